// The seeded books of the Japanese company, year after year (百万円): segments sum to totals, the balance sheet balances, cash flows explain the change in cash.
import type { Rng } from '../../../util/rng.js';
import type { JaCompany } from './company.js';

/** One segment's year. */
export interface JaSegmentYear {
  sales: number;
  op: number;
  assets: number;
  capex: number;
  depreciation: number;
  employees: number;
  rnd: number;
}

/** The books of one fiscal year, in 百万円 unless noted. */
export interface JaYear {
  year: number;
  segments: JaSegmentYear[];
  /** 調整額 of segment operating income (全社費用). */
  adjustment: number;
  sales: number;
  cogs: number;
  gross: number;
  sga: number;
  op: number;
  nonOpIncome: number;
  nonOpExpense: number;
  ordinary: number;
  /** 投資有価証券売却益. */
  securitiesGain: number;
  /** 固定資産売却益. */
  assetSaleGain: number;
  impairment: number;
  disposalLoss: number;
  pretax: number;
  taxCurrent: number;
  taxDeferred: number;
  netIncome: number;
  nciIncome: number;
  parentIncome: number;
  // Balance sheet.
  cash: number;
  receivables: number;
  inventories: number;
  otherCurrent: number;
  currentAssets: number;
  buildings: number;
  machinery: number;
  land: number;
  construction: number;
  ppe: number;
  intangibles: number;
  securities: number;
  otherInvest: number;
  noncurrentAssets: number;
  totalAssets: number;
  payables: number;
  shortBorrow: number;
  currentLongDebt: number;
  taxPayable: number;
  otherCurrentLiab: number;
  currentLiab: number;
  bonds: number;
  longBorrow: number;
  retirement: number;
  otherLongLiab: number;
  totalLiab: number;
  capital: number;
  surplus: number;
  retained: number;
  treasury: number;
  aoci: number;
  nci: number;
  netAssets: number;
  // Cash flows.
  cf: {
    depreciation: number;
    receivables: number;
    inventories: number;
    payables: number;
    taxesPaid: number;
    otherOp: number;
    operating: number;
    capexPaid: number;
    securitiesSold: number;
    otherInv: number;
    investing: number;
    shortBorrow: number;
    newLong: number;
    repayLong: number;
    dividends: number;
    otherFin: number;
    financing: number;
    fx: number;
    change: number;
  };
  capex: number;
  rnd: number;
  // Per share (円) and ratios.
  dividend: number;
  interimDividend: number;
  eps: number;
  bps: number;
  equityRatio: number;
  roe: number;
  per: number;
  payout: number;
  price: number;
  // People.
  employees: number;
  parentEmployees: number;
  avgAge: number;
  avgTenure: number;
  /** 平均年間給与 (千円). */
  avgSalary: number;
  /** Average interest rates (%) of short-term and long-term borrowings. */
  shortRate: number;
  longRate: number;
  /** 退職給付債務 and 年金資産, and the discount rate (%). */
  dbo: number;
  planAssets: number;
  discountRate: number;
}

const r = Math.round;

/** The company's books: year y is built from year y − 1 and draws from its own fork, so any year is reproducible. */
export class JaLedger {
  private readonly years = new Map<number, JaYear>();
  private readonly base: number;

  constructor(private readonly company: JaCompany, private readonly rng: Rng, firstYear: number) {
    this.base = firstYear - 5;
  }

  /** The books of fiscal `year` (from the first report's year − 5 on). */
  get(year: number): JaYear {
    const hit = this.years.get(year);
    if (hit) return hit;
    const y = year <= this.base ? this.make(year, undefined) : this.make(year, this.get(year - 1));
    this.years.set(year, y);
    return y;
  }

  private make(year: number, prev: JaYear | undefined): JaYear {
    const rng = this.rng.fork(`year-${year}`);
    const c = this.company;
    const startSales = this.rng.fork('scale').int(600, 4000) * 100;
    const segments: JaSegmentYear[] = c.segments.map((s, i) => {
      const p = prev?.segments[i];
      const sales = p ? r(p.sales * (1 + rng.float(-0.06, 0.1))) : r(startSales * s.share);
      const margin = Math.max(0.01, s.margin + rng.float(-0.008, 0.008));
      const assets = p ? r(p.assets * (1 + rng.float(-0.02, 0.07))) : r(sales * rng.float(0.8, 1.1));
      const capex = r(sales * rng.float(0.03, 0.07));
      return { sales, op: r(sales * margin), assets, capex, depreciation: r(capex * rng.float(0.7, 1.05)), employees: p ? r(p.employees * (1 + (sales / p.sales - 1) * 0.5 + rng.float(-0.01, 0.02))) : r(sales / rng.float(28, 45)), rnd: r(sales * rng.float(0.015, 0.035)) };
    });
    const sum = (f: (s: JaSegmentYear) => number) => segments.reduce((a, s) => a + f(s), 0);
    const sales = sum((s) => s.sales);
    const adjustment = -r(sales * rng.float(0.012, 0.025));
    const op = sum((s) => s.op) + adjustment;
    // The gross margin drifts from last year's (a cost structure does not jump); SG&A is what lies between it and operating income.
    const gross = r(sales * (prev ? Math.min(0.34, Math.max(0.22, prev.gross / prev.sales + rng.float(-0.006, 0.006))) : rng.float(0.24, 0.32)));
    const cogs = sales - gross;
    const sga = gross - op;
    const nonOpIncome = r(sales * rng.float(0.004, 0.011));
    const nonOpExpense = r(sales * rng.float(0.002, 0.006));
    const ordinary = op + nonOpIncome - nonOpExpense;
    const securitiesGain = rng.chance(0.6) ? rng.int(40, 900) : 0;
    const assetSaleGain = rng.chance(0.4) ? rng.int(10, 300) : 0;
    const impairment = rng.chance(0.5) ? rng.int(30, 1500) : 0;
    const disposalLoss = rng.int(20, 400);
    const pretax = ordinary + securitiesGain + assetSaleGain - impairment - disposalLoss;
    const tax = r(pretax * rng.float(0.27, 0.33));
    const taxDeferred = r(tax * rng.float(-0.15, 0.1));
    const taxCurrent = tax - taxDeferred;
    const netIncome = pretax - tax;
    const nciIncome = r(netIncome * rng.float(0.005, 0.03));
    const parentIncome = netIncome - nciIncome;

    const depreciation = sum((s) => s.depreciation) + r(sales * 0.003);
    const capex = sum((s) => s.capex) + r(sales * 0.004);
    const rnd = sum((s) => s.rnd) + r(sales * 0.002);
    const receivables = r(sales * rng.float(0.21, 0.28));
    const inventories = r(sales * rng.float(0.14, 0.21));
    const otherCurrent = r(sales * rng.float(0.02, 0.04));
    const ppePrev = prev?.ppe ?? r(sales * rng.float(0.3, 0.42));
    const land = prev?.land ?? r(ppePrev * rng.float(0.12, 0.2));
    const ppe = prev ? prev.ppe + capex - depreciation - impairment - rng.int(50, 400) : ppePrev;
    const construction = r((ppe - land) * rng.float(0.03, 0.08));
    const buildings = r((ppe - land - construction) * rng.float(0.45, 0.55));
    const machinery = ppe - land - construction - buildings;
    const intangibles = r(sales * rng.float(0.015, 0.025));
    const securitiesSold = securitiesGain > 0 ? securitiesGain + rng.int(20, 600) : 0;
    const securities = prev ? Math.max(500, r(prev.securities * (1 + rng.float(-0.08, 0.12))) - securitiesSold + securitiesGain) : r(sales * rng.float(0.04, 0.09));
    const otherInvest = prev ? r(prev.otherInvest * (1 + rng.float(-0.03, 0.03))) : r(sales * 0.02);
    const noncurrentAssets = ppe + intangibles + securities + otherInvest;

    const payables = r(sales * rng.float(0.11, 0.16));
    const taxPayable = r(taxCurrent * rng.float(0.35, 0.5));
    const otherCurrentLiab = r(sales * rng.float(0.05, 0.07));
    const repayLong = prev ? prev.currentLongDebt : 0;
    const newLong = prev && rng.chance(0.5) ? rng.int(10, 60) * 100 : 0;
    const longTotalPrev = prev ? prev.longBorrow + prev.currentLongDebt : r(sales * rng.float(0.06, 0.12));
    const longTotal = longTotalPrev - repayLong + newLong;
    const currentLongDebt = r(longTotal * rng.float(0.15, 0.25));
    const longBorrow = longTotal - currentLongDebt;
    const bonds = prev?.bonds ?? (rng.chance(0.5) ? rng.int(1, 3) * 10_000 : 0);
    const dbo = prev ? r(prev.dbo * (1 + rng.float(-0.03, 0.04))) : r(sales * rng.float(0.1, 0.16));
    const planAssets = prev ? r(prev.planAssets * (1 + rng.float(-0.05, 0.07))) : r(dbo * rng.float(0.55, 0.75));
    const retirement = Math.max(r(dbo * 0.1), dbo - planAssets);
    const otherLongLiab = prev ? r(prev.otherLongLiab * (1 + rng.float(-0.05, 0.05))) : r(sales * 0.015);

    const shares = c.shares;
    const dividend = Math.max(4, 2 * r((parentIncome * 1e6 * rng.float(0.28, 0.36)) / shares / 2));
    const interimDividend = dividend / 2 % 1 === 0 ? dividend / 2 : (dividend - 2) / 2;
    const dividendsPaid = r(((prev?.dividend ?? dividend) / 2 + interimDividend) * shares / 1e6);
    const capital = prev?.capital ?? this.rng.fork('capital').int(40, 250) * 100;
    const surplus = prev?.surplus ?? r(capital * this.rng.fork('surplus').float(0.9, 1.3));
    const treasury = prev?.treasury ?? -this.rng.fork('treasury').int(3, 30) * 100;
    const aoci = prev ? prev.aoci + rng.int(-800, 1200) : r(sales * 0.03);
    const nci = prev ? prev.nci + nciIncome - rng.int(0, r(nciIncome / 2)) : r(sales * 0.01);
    const currentAssetsExCash = receivables + inventories + otherCurrent;
    const baseRetained = r((currentAssetsExCash + noncurrentAssets) * 0.45);
    const retained = prev ? prev.retained + parentIncome - dividendsPaid : baseRetained;
    const netAssets = capital + surplus + retained + treasury + aoci + nci;
    let shortBorrow = prev ? Math.max(0, prev.shortBorrow + rng.int(-15, 15) * 100) : r(sales * 0.04);
    const liabExShort = payables + currentLongDebt + taxPayable + otherCurrentLiab + bonds + longBorrow + retirement + otherLongLiab;
    let cash = liabExShort + shortBorrow + netAssets - currentAssetsExCash - noncurrentAssets;
    const floor = r(sales * 0.06);
    if (cash < floor) {
      shortBorrow += floor - cash;
      cash = floor;
    }
    const currentLiab = payables + shortBorrow + currentLongDebt + taxPayable + otherCurrentLiab;
    const totalLiab = currentLiab + bonds + longBorrow + retirement + otherLongLiab;
    const currentAssets = cash + currentAssetsExCash;
    const totalAssets = currentAssets + noncurrentAssets;

    const change = prev ? cash - prev.cash : rng.int(-2000, 3000);
    const fx = rng.int(-300, 600);
    const investing = -(capex - rng.int(0, r(capex * 0.05))) + securitiesSold + rng.int(-800, 200);
    const capexPaid = -(capex - rng.int(0, r(capex * 0.05)));
    const otherInv = investing - capexPaid - securitiesSold;
    const dShort = prev ? shortBorrow - prev.shortBorrow : 0;
    const otherFin = -rng.int(50, 600);
    const financing = dShort + newLong - repayLong - dividendsPaid + otherFin;
    const operating = change - investing - financing - fx;
    const cfRecv = prev ? -(receivables - prev.receivables) : -rng.int(100, 900);
    const cfInv = prev ? -(inventories - prev.inventories) : -rng.int(100, 900);
    const cfPay = prev ? payables - prev.payables : rng.int(50, 600);
    const taxesPaid = -r(tax * rng.float(0.9, 1.1));
    const otherOp = operating - (pretax + depreciation + impairment + cfRecv + cfInv + cfPay + taxesPaid);

    const equity = netAssets - nci;
    const eps = (parentIncome * 1e6) / shares;
    const bps = (equity * 1e6) / shares;
    const prevEquity = prev ? prev.netAssets - prev.nci : equity;
    const per = rng.float(8, 19);
    return {
      year, segments, adjustment, sales, cogs, gross, sga, op, nonOpIncome, nonOpExpense, ordinary, securitiesGain, assetSaleGain,
      impairment, disposalLoss, pretax, taxCurrent, taxDeferred, netIncome, nciIncome, parentIncome,
      cash, receivables, inventories, otherCurrent, currentAssets, buildings, machinery, land, construction, ppe, intangibles, securities,
      otherInvest, noncurrentAssets, totalAssets, payables, shortBorrow, currentLongDebt, taxPayable, otherCurrentLiab, currentLiab, bonds,
      longBorrow, retirement, otherLongLiab, totalLiab, capital, surplus, retained, treasury, aoci, nci, netAssets,
      cf: { depreciation, receivables: cfRecv, inventories: cfInv, payables: cfPay, taxesPaid, otherOp, operating, capexPaid, securitiesSold, otherInv, investing, shortBorrow: dShort, newLong, repayLong: -repayLong, dividends: -dividendsPaid, otherFin, financing, fx, change },
      capex, rnd, dividend, interimDividend,
      eps: Math.round(eps * 100) / 100,
      bps: Math.round(bps * 100) / 100,
      equityRatio: Math.round((equity / totalAssets) * 1000) / 10,
      roe: Math.round(((parentIncome / ((equity + prevEquity) / 2)) * 1000)) / 10,
      per: Math.round(per * 10) / 10,
      payout: Math.round((dividend / eps) * 1000) / 10,
      price: Math.round(eps * per),
      employees: sum((s) => s.employees) + r(sales / 400),
      parentEmployees: r(sum((s) => s.employees) * this.rng.fork('parent-share').float(0.35, 0.5) * rng.float(0.99, 1.01)),
      avgAge: Math.round(rng.float(39, 44.5) * 10) / 10,
      avgTenure: Math.round(rng.float(13, 19) * 10) / 10,
      avgSalary: rng.int(6200, 8400),
      shortRate: Math.round(rng.float(0.3, 1.2) * 1000) / 1000,
      longRate: Math.round(rng.float(0.4, 1.4) * 1000) / 1000,
      dbo, planAssets,
      discountRate: Math.round(rng.float(0.3, 1.6) * 10) / 10,
    };
  }
}
