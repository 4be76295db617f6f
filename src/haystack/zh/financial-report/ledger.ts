// The seeded books of the Chinese company, year by year in fen (1/100 元): every table and sentence of a report reads them.
import type { Rng } from '../../../util/rng.js';
import type { ZhCompany } from './company.js';

/** One product segment's year. */
export interface ZhSegmentYear { name: string; unit: string; revenue: number; cost: number; sold: number; produced: number; stock: number; /** 元 per unit. */ price: number }

/** The balance sheet at year end (fen). */
export interface ZhBalance {
  cash: number; tradingAssets: number; notesReceivable: number; receivables: number; prepayments: number; inventory: number; otherCurrent: number; currentAssets: number;
  longTermInvest: number; fixedAssets: number; construction: number; intangibles: number; goodwill: number; deferredTaxAssets: number; otherNonCurrent: number; nonCurrentAssets: number;
  totalAssets: number;
  shortLoans: number; notesPayable: number; payables: number; contractLiab: number; payroll: number; taxesPayable: number; otherPayables: number; currentPortion: number; currentLiab: number;
  longLoans: number; leaseLiab: number; deferredIncome: number; deferredTaxLiab: number; nonCurrentLiab: number; totalLiab: number;
  shareCapital: number; capitalReserve: number; surplusReserve: number; retained: number; parentEquity: number; minorityEquity: number; totalEquity: number;
}

/** The cash-flow statement of the year (fen). */
export interface ZhCashFlow {
  salesReceipts: number; taxRefunds: number; otherOpIn: number; opIn: number; purchases: number; staffPaid: number; taxesPaid: number; otherOpOut: number; opOut: number; opNet: number;
  disposalsIn: number; investReceived: number; investIn: number; capex: number; investPaid: number; investOut: number; investNet: number;
  borrowingsIn: number; finIn: number; repayments: number; dividendsPaid: number; finOut: number; finNet: number;
  fx: number; netChange: number; cashBegin: number; cashEnd: number;
}

/** One year's books. */
export interface ZhYear {
  year: number;
  segments: ZhSegmentYear[];
  /** Revenue by region: 境内 and 境外. */
  domestic: number; overseas: number;
  revenue: number; cost: number; taxes: number; selling: number; admin: number; rd: number; finance: number;
  otherIncome: number; investIncome: number; creditLoss: number; assetLoss: number; operatingProfit: number;
  nonOpIncome: number; nonOpExpense: number; totalProfit: number; incomeTax: number; netProfit: number; minority: number; parentProfit: number;
  nonRecurring: number; deductedProfit: number;
  quarters: { revenue: number[]; parentProfit: number[]; deducted: number[]; opCash: number[] };
  balance: ZhBalance;
  cash: ZhCashFlow;
  /** Shares outstanding (股). */
  shares: number;
  /** 基本每股收益 (元, two decimals) and 加权平均净资产收益率 (%). */
  eps: number; roe: number;
  /** Cash dividend proposed for the year, 元 per 10 shares, and its total (fen). */
  dividendPer10: number; dividendTotal: number;
  employees: { total: number; production: number; sales: number; technical: number; finance: number; admin: number; masters: number; bachelors: number; college: number; below: number };
  rdStaff: number;
  /** 前五名客户/供应商 amounts (fen), largest first. */
  topCustomers: number[]; topSuppliers: number[];
  /** Government grants counted in other income (fen). */
  grants: number;
}

/** Splits `total` into integer parts proportional to `weights` (the last part takes the rounding). */
export function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.round((total * w) / sum));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

const fen = (rng: Rng, base: number, lo: number, hi: number) => Math.round(base * rng.float(lo, hi));

/** A ratio to revenue that drifts from last year's (within its range), or a fresh draw in the first year. */
function ratioOf(rng: Rng, prev: number | undefined, lo: number, hi: number): number {
  if (prev === undefined) return rng.float(lo, hi);
  return Math.min(hi, Math.max(lo, prev * rng.float(0.9, 1.1)));
}

/** The books of every year, built on demand from the year before (so a later year never changes an earlier one). */
export class ZhLedger {
  private readonly years = new Map<number, ZhYear>();
  private readonly origin: number;

  constructor(private readonly company: ZhCompany, firstYear: number, private readonly rng: Rng) {
    this.origin = firstYear - 3;
  }

  /** The books of `year` (from the first report's year − 3 on). */
  get(year: number): ZhYear {
    if (year < this.origin) throw new Error(`no books before ${this.origin}`);
    let y = this.years.get(year);
    if (!y) {
      y = this.roll(year, year === this.origin ? undefined : this.get(year - 1));
      this.years.set(year, y);
    }
    return y;
  }

  private roll(year: number, prev: ZhYear | undefined): ZhYear {
    const r = this.rng.fork(`year-${year}`);
    const c = this.company;
    const growth = prev ? r.float(-0.09, 0.27) : 0;
    const revenueTarget = prev ? prev.revenue * (1 + growth) : r.int(8, 55) * 1e10 + r.int(0, 1e9);
    const segments: ZhSegmentYear[] = c.segments.map((s, i) => {
      const prevSeg = prev?.segments[i];
      const weight = prevSeg ? (prevSeg.revenue / prev!.revenue) * r.float(0.85, 1.18) : r.float(0.6, 1.6) * (i === 0 ? 1.6 : 1);
      return { name: s.name, unit: s.unit, revenue: weight, cost: 0, sold: 0, produced: 0, stock: 0, price: 0 };
    });
    const revenues = split(Math.round(revenueTarget), segments.map((s) => s.revenue));
    segments.forEach((s, i) => {
      const seg = c.segments[i]!;
      s.revenue = revenues[i]!;
      const prevSeg = prev?.segments[i];
      const margin = prevSeg ? Math.min(seg.margin[1] + 0.03, Math.max(seg.margin[0] - 0.03, (1 - prevSeg.cost / prevSeg.revenue) + r.float(-0.02, 0.02))) : r.float(seg.margin[0], seg.margin[1]);
      s.cost = Math.round(s.revenue * (1 - margin));
      // Prices move a few per cent a year, so volumes follow revenue.
      const price = prevSeg ? prevSeg.price * r.float(0.94, 1.06) : r.float(seg.price[0], seg.price[1]);
      s.price = price;
      // Machines are counted whole (8,444台, not 8,443.87台); tonnes and 万-units keep two decimals.
      const f = s.unit === '台' ? 1 : 100;
      const round = (x: number) => Math.round(x * f) / f;
      s.sold = Math.max(1, round(s.revenue / 100 / price));
      s.produced = round(s.sold * r.float(0.96, 1.08));
      const prevStock = prev?.segments[i]?.stock ?? round(s.sold * 0.08);
      s.stock = Math.max(1 / f, round(prevStock + s.produced - s.sold));
    });
    const revenue = revenues.reduce((a, b) => a + b, 0);
    const cost = segments.reduce((a, s) => a + s.cost, 0);
    const overseasShare = prev ? Math.min(0.45, Math.max(0.03, prev.overseas / prev.revenue + r.float(-0.03, 0.04))) : r.float(0.05, 0.3);
    const overseas = Math.round(revenue * overseasShare);
    const taxes = fen(r, revenue, 0.005, 0.011);
    const selling = Math.round(revenue * ratioOf(r, prev && prev.selling / prev.revenue, 0.025, 0.07));
    const admin = Math.round(revenue * ratioOf(r, prev && prev.admin / prev.revenue, 0.035, 0.07));
    const rd = Math.round(revenue * ratioOf(r, prev && prev.rd / prev.revenue, 0.032, 0.075));
    const finance = fen(r, revenue, -0.006, 0.012);
    const grants = fen(r, revenue, 0.002, 0.009);
    const otherIncome = grants + fen(r, revenue, 0.0005, 0.002);
    const investIncome = fen(r, revenue, -0.002, 0.008);
    const creditLoss = -fen(r, revenue, 0.001, 0.006);
    const assetLoss = -fen(r, revenue, 0.0005, 0.005);
    const operatingProfit = revenue - cost - taxes - selling - admin - rd - finance + otherIncome + investIncome + creditLoss + assetLoss;
    const nonOpIncome = fen(r, revenue, 0.0002, 0.0015);
    const nonOpExpense = fen(r, revenue, 0.0002, 0.002);
    const totalProfit = operatingProfit + nonOpIncome - nonOpExpense;
    const incomeTax = Math.round(totalProfit * r.float(0.11, 0.17));
    const netProfit = totalProfit - incomeTax;
    const minority = Math.round(netProfit * r.float(0.005, 0.04));
    const parentProfit = netProfit - minority;
    const nonRecurring = Math.round((grants + nonOpIncome - nonOpExpense + Math.max(0, investIncome) * 0.4) * 0.85);
    const deductedProfit = parentProfit - nonRecurring;
    const qw = [r.float(0.19, 0.23), r.float(0.23, 0.27), r.float(0.24, 0.28), r.float(0.25, 0.31)];
    const pw = qw.map((w) => w * r.float(0.85, 1.15));
    const quarters = {
      revenue: split(revenue, qw),
      parentProfit: split(parentProfit, pw),
      deducted: split(deductedProfit, pw.map((w) => w * r.float(0.9, 1.1))),
      opCash: [] as number[],
    };

    // Equity rolls from last year's; the balance sheet is sized by leverage and cash is what the other assets leave.
    const shares = prev?.shares ?? c.shares;
    const dividendsPaid = prev?.dividendTotal ?? 0;
    const pb = prev?.balance;
    const shareCapital = shares * 100;
    const capitalReserve = pb?.capitalReserve ?? fen(r, shareCapital, 1.2, 4.5);
    const surplusAdd = pb ? Math.max(0, Math.min(Math.round(parentProfit * 0.1), shareCapital / 2 - pb.surplusReserve)) : 0;
    const surplusReserve = pb ? pb.surplusReserve + surplusAdd : Math.round(shareCapital * r.float(0.12, 0.3));
    const retained = pb ? pb.retained + parentProfit - surplusAdd - dividendsPaid : fen(r, revenue, 0.25, 0.55);
    const parentEquity = shareCapital + capitalReserve + surplusReserve + retained;
    const minorityEquity = (pb?.minorityEquity ?? fen(r, parentEquity, 0.005, 0.03)) + minority;
    const totalEquity = parentEquity + minorityEquity;
    const leverage = pb ? Math.min(0.55, Math.max(0.2, pb.totalLiab / pb.totalAssets + r.float(-0.04, 0.04))) : r.float(0.24, 0.48);
    const totalLiab = Math.round((totalEquity * leverage) / (1 - leverage));
    const totalAssets = totalEquity + totalLiab;
    const [shortLoans, notesPayable, payables, contractLiab, payroll, taxesPayable, otherPayables, currentPortion, longLoans, leaseLiab, deferredIncome, deferredTaxLiab] = split(totalLiab, [
      r.float(0.08, 0.2), r.float(0.05, 0.15), r.float(0.2, 0.32), r.float(0.04, 0.1), r.float(0.03, 0.06), r.float(0.015, 0.04), r.float(0.02, 0.06), r.float(0.02, 0.06),
      r.float(0.06, 0.18), r.float(0.005, 0.02), r.float(0.02, 0.05), r.float(0.003, 0.01),
    ]) as [number, number, number, number, number, number, number, number, number, number, number, number];
    const currentLiab = shortLoans + notesPayable + payables + contractLiab + payroll + taxesPayable + otherPayables + currentPortion;
    const nonCurrentLiab = longLoans + leaseLiab + deferredIncome + deferredTaxLiab;
    const nonCash = Math.round(totalAssets * r.float(0.78, 0.9));
    const [tradingAssets, notesReceivable, receivables, prepayments, inventory, otherCurrent, longTermInvest, fixedAssets, construction, intangibles, goodwill, deferredTaxAssets, otherNonCurrent] = split(nonCash, [
      r.float(0.01, 0.06), r.float(0.02, 0.05), r.float(0.12, 0.2), r.float(0.01, 0.03), r.float(0.12, 0.2), r.float(0.01, 0.03),
      r.float(0.01, 0.04), r.float(0.22, 0.32), r.float(0.03, 0.08), r.float(0.05, 0.08), r.float(0.004, 0.02), r.float(0.005, 0.012), r.float(0.01, 0.03),
    ]) as [number, number, number, number, number, number, number, number, number, number, number, number, number];
    const cashBal = totalAssets - nonCash;
    const currentAssets = cashBal + tradingAssets + notesReceivable + receivables + prepayments + inventory + otherCurrent;
    const nonCurrentAssets = longTermInvest + fixedAssets + construction + intangibles + goodwill + deferredTaxAssets + otherNonCurrent;
    const balance: ZhBalance = {
      cash: cashBal, tradingAssets, notesReceivable, receivables, prepayments, inventory, otherCurrent, currentAssets,
      longTermInvest, fixedAssets, construction, intangibles, goodwill, deferredTaxAssets, otherNonCurrent, nonCurrentAssets, totalAssets,
      shortLoans, notesPayable, payables, contractLiab, payroll, taxesPayable, otherPayables, currentPortion, currentLiab,
      longLoans, leaseLiab, deferredIncome, deferredTaxLiab, nonCurrentLiab, totalLiab,
      shareCapital, capitalReserve, surplusReserve, retained, parentEquity, minorityEquity, totalEquity,
    };

    // Cash flows: operating from profit, financing from borrowing and dividends, investing what reconciles the change in cash.
    const cashBegin = pb?.cash ?? Math.round(cashBal * r.float(0.8, 1.2));
    const netChange = cashBal - cashBegin;
    const opNet = Math.round(netProfit * r.float(0.75, 1.45));
    const loans = shortLoans + longLoans + currentPortion;
    const prevLoans = pb ? pb.shortLoans + pb.longLoans + pb.currentPortion : Math.round(loans * r.float(0.85, 1.1));
    const repayments = Math.round(prevLoans * r.float(0.55, 0.9));
    const borrowingsIn = Math.max(0, loans - prevLoans + repayments);
    const finIn = borrowingsIn;
    const finOut = repayments + dividendsPaid;
    const finNet = finIn - finOut;
    const fx = overseas > 0 ? Math.round(overseas * r.float(-0.002, 0.004)) : 0;
    const investNet = netChange - opNet - finNet - fx;
    let disposalsIn = fen(r, revenue, 0.0005, 0.003);
    let investReceived = fen(r, revenue, 0.02, 0.12);
    let investIn = disposalsIn + investReceived;
    let capex = fen(r, revenue, 0.04, 0.11);
    let investOut = investIn - investNet;
    if (investOut < capex) {
      investReceived += capex - investOut;
      investIn = disposalsIn + investReceived;
      investOut = investIn - investNet;
    }
    const investPaid = investOut - capex;
    const salesReceipts = Math.round(revenue * r.float(1.0, 1.1));
    const taxRefunds = overseas > 0 ? Math.round(overseas * r.float(0.02, 0.06)) : 0;
    const otherOpIn = fen(r, revenue, 0.005, 0.02);
    const opIn = salesReceipts + taxRefunds + otherOpIn;
    const opOut = opIn - opNet;
    const [purchases, staffPaid, taxesPaid, otherOpOut] = split(opOut, [r.float(0.62, 0.72), r.float(0.12, 0.18), r.float(0.04, 0.07), r.float(0.05, 0.09)]) as [number, number, number, number];
    quarters.opCash = split(opNet, [r.float(-0.1, 0.15), r.float(0.15, 0.3), r.float(0.2, 0.3), r.float(0.35, 0.5)]);
    const cash: ZhCashFlow = {
      salesReceipts, taxRefunds, otherOpIn, opIn, purchases, staffPaid, taxesPaid, otherOpOut, opOut, opNet,
      disposalsIn, investReceived, investIn, capex, investPaid, investOut, investNet,
      borrowingsIn, finIn, repayments, dividendsPaid, finOut, finNet, fx, netChange, cashBegin, cashEnd: cashBal,
    };

    const eps = Math.round(parentProfit / shares) / 100;
    const avgEquity = pb ? (pb.parentEquity + parentEquity) / 2 : parentEquity;
    const roe = Math.round((parentProfit / avgEquity) * 10000) / 100;
    // 每10股派现 in whole jiao: about a third of the year's profit.
    const dividendPer10 = Math.max(0.5, Math.round(((parentProfit * r.float(0.25, 0.4)) / shares / 100) * 10 * 10) / 10);
    const dividendTotal = Math.round((shares * dividendPer10 * 100) / 10);
    const staff = prev ? Math.round(prev.employees.total * (1 + growth * r.float(0.3, 0.8))) : Math.round(revenue / 100 / r.float(700_000, 1_400_000));
    // The workforce's make-up drifts a few per cent a year from last year's (R&D staff fell from 648 to 462 in a year
    // when each year's shares were drawn anew), and so does the R&D staff's share of the technical staff.
    const pe = prev?.employees;
    const drift = (w: number[], last: number[] | undefined) => (last ? last.map((x) => x * r.float(0.96, 1.04)) : w);
    const [production, sales, technical, financeStaff, adminStaff] = split(staff, drift([r.float(0.5, 0.65), r.float(0.06, 0.12), r.float(0.15, 0.24), r.float(0.015, 0.03), r.float(0.06, 0.1)], pe && [pe.production, pe.sales, pe.technical, pe.finance, pe.admin])) as [number, number, number, number, number];
    const [masters, bachelors, college, below] = split(staff, drift([r.float(0.03, 0.08), r.float(0.18, 0.3), r.float(0.2, 0.3), r.float(0.35, 0.5)], pe && [pe.masters, pe.bachelors, pe.college, pe.below])) as [number, number, number, number];
    const rdShare = prev ? Math.min(0.95, (prev.rdStaff / prev.employees.technical) * r.float(0.97, 1.03)) : r.float(0.6, 0.9);
    const topShares = [r.float(0.05, 0.11), r.float(0.035, 0.06), r.float(0.025, 0.04), r.float(0.018, 0.028), r.float(0.012, 0.018)];
    const supShares = [r.float(0.06, 0.12), r.float(0.04, 0.06), r.float(0.03, 0.04), r.float(0.02, 0.03), r.float(0.015, 0.02)];
    return {
      year, segments, domestic: revenue - overseas, overseas, revenue, cost, taxes, selling, admin, rd, finance, otherIncome, investIncome, creditLoss, assetLoss,
      operatingProfit, nonOpIncome, nonOpExpense, totalProfit, incomeTax, netProfit, minority, parentProfit, nonRecurring, deductedProfit, quarters, balance, cash,
      shares, eps, roe, dividendPer10, dividendTotal,
      employees: { total: staff, production, sales, technical, finance: financeStaff, admin: adminStaff, masters, bachelors, college, below },
      rdStaff: Math.round(technical * rdShare),
      topCustomers: topShares.map((s) => Math.round(revenue * s)),
      topSuppliers: supShares.map((s) => Math.round((cost * 0.7) * s)),
      grants,
    };
  }
}
