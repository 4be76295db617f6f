// Rolls a year's books into the next: income statement, balance sheet and cash flows that tie to each other.
import { MONTHS } from './calendar.js';
import type { Company } from './company.js';
import { splitQuarters, type Acquisition, type BalanceSheet, type CashFlow, type Debt, type SegmentYear, type YearLedger } from './year-ledger.js';
import type { Rng } from '../../util/rng.js';

const r = (x: number): number => Math.round(x);

const ACQ_WORDS = ['Technologies', 'Systems', 'Solutions', 'Industries', 'Labs', 'Engineering', 'Products', 'Group'];

const ACQ_ROOTS = ['Arclight', 'Bramble', 'Copperleaf', 'Dunmore', 'Estuary', 'Fathom', 'Glasswing', 'Hollins', 'Inkwell', 'Jetstream', 'Kilnworth', 'Lodestar', 'Marisol', 'Nimbus', 'Orrin', 'Palisade', 'Quayside', 'Rookwood', 'Sable', 'Tessellate', 'Umbra', 'Verity', 'Wolcott', 'Yardley', 'Zenith Peak'];

/** Computes fiscal `year` from the prior year's ledger. */
export function rollYear(c: Company, p: YearLedger, year: number, rng: Rng): YearLedger {
  const acqSeg = rng.chance(0.4) ? rng.int(0, c.segments.length - 1) : -1;
  const seg: SegmentYear[] = p.seg.map((ps, i) => {
    const price = r(rng.float(-10, 50));
    const fx = r(rng.float(-30, 25));
    const acquisition = i === acqSeg ? r(rng.float(20, 90)) : 0;
    const raw = rng.float(-60, 85) + price + fx + acquisition;
    const sales = r(ps.sales * (1 + raw / 1000));
    const pct = r(((sales - ps.sales) / ps.sales) * 1000);
    const margin = Math.min(0.26, Math.max(0.04, ps.oi / ps.sales + rng.float(-0.015, 0.016)));
    return {
      sales, oi: r(sales * margin), da: 0, capex: r(sales * rng.float(0.028, 0.055)),
      volume: pct - price - fx - acquisition, price, fx, acquisition,
    };
  });
  const sales = seg.reduce((a, s) => a + s.sales, 0);
  const corporate = -r(sales * rng.float(0.012, 0.03));
  const oi = seg.reduce((a, s) => a + s.oi, 0) + corporate;
  const amort = r(p.bs.intang * rng.float(0.08, 0.12));
  const rnd = r(sales * rng.float(0.018, 0.04));
  const restructuring = rng.chance(0.5) ? r(sales * rng.float(0.002, 0.008)) : 0;
  const gm = Math.min(0.5, Math.max(0.24, p.gross / p.sales + rng.float(-0.012, 0.012)));
  let gross = r(sales * gm);
  let sga = gross - rnd - amort - restructuring - oi;
  if (sga < sales * 0.09) {
    sga = r(sales * rng.float(0.09, 0.11));
    gross = oi + rnd + amort + restructuring + sga;
  }
  const interest = r(p.debt.reduce((a, d) => a + (d.principal * d.rate) / 100, 0));
  const otherIncome = r(sales * rng.float(-0.003, 0.005));
  const pretax = oi - interest + otherIncome;
  const taxRec = { statutory: 210, state: r(rng.float(15, 35)), foreign: r(rng.float(-20, 25)), credits: r(rng.float(-30, -5)), other: r(rng.float(-10, 15)) };
  const eff = taxRec.statutory + taxRec.state + taxRec.foreign + taxRec.credits + taxRec.other;
  const tax = r((pretax * eff) / 1000);
  const ni = pretax - tax;
  const basicShares = r(p.basicShares * rng.float(0.975, 1.004));
  const dilutedShares = basicShares + Math.max(1, r(basicShares * rng.float(0.004, 0.012)));
  const dps = Math.round(p.dps * 100 * rng.float(1.02, 1.1)) / 100;
  const eps = ni / dilutedShares;
  const price = Math.round(Math.max(8, eps * rng.float(13, 26)) * 100) / 100;

  // Acquisition and long-lived assets.
  let acquisition: Acquisition | null = null;
  if (acqSeg >= 0) {
    const priceA = r(sales * rng.float(0.03, 0.1));
    const goodwill = r(priceA * rng.float(0.45, 0.6));
    const intangibles = r(priceA * rng.float(0.25, 0.35));
    acquisition = {
      target: `${rng.pick(ACQ_ROOTS)} ${rng.pick(ACQ_WORDS)}`, segment: c.segments[acqSeg]!.name,
      price: priceA, goodwill, intangibles, netOther: priceA - goodwill - intangibles, month: rng.pick(MONTHS),
    };
  }
  const depreciation = r(p.bs.ppe * rng.float(0.1, 0.13));
  let left = depreciation;
  seg.forEach((s, i) => {
    s.da = i === seg.length - 1 ? left : r((depreciation * s.sales) / sales);
    left -= s.da;
  });
  const capex = seg.reduce((a, s) => a + s.capex, 0);
  const assetSales = rng.chance(0.5) ? r(sales * rng.float(0.001, 0.004)) : 0;
  const goodwillFx = r(p.bs.goodwill * rng.float(-0.01, 0.01));
  const oci = goodwillFx + r(sales * rng.float(-0.004, 0.004));

  const bs = {} as BalanceSheet;
  bs.ar = r(sales * rng.float(0.12, 0.16));
  bs.inv = r(sales * rng.float(0.11, 0.15));
  bs.prepaid = r(sales * rng.float(0.02, 0.03));
  bs.ap = r(sales * rng.float(0.09, 0.12));
  bs.accrued = r(sales * rng.float(0.07, 0.09));
  bs.ppe = p.bs.ppe + capex - depreciation - assetSales + (acquisition?.netOther ?? 0);
  bs.intang = p.bs.intang + (acquisition?.intangibles ?? 0) - amort;
  bs.goodwill = p.bs.goodwill + (acquisition?.goodwill ?? 0) + goodwillFx;
  bs.rou = r(p.bs.rou * rng.float(0.95, 1.12));
  bs.curLease = r(bs.rou * rng.float(0.2, 0.25));
  bs.ltLease = r(bs.rou * rng.float(0.8, 0.88));
  const sbc = r(sales * rng.float(0.004, 0.01));
  const deferredTaxCf = r(sales * rng.float(-0.003, 0.003));
  bs.deferredTax = Math.max(10, p.bs.deferredTax + deferredTaxCf);
  const otherOp = r(sales * rng.float(-0.005, 0.005));

  const cf = {} as CashFlow;
  Object.assign(cf, {
    ni, da: depreciation, amort, sbc, deferredTax: bs.deferredTax - p.bs.deferredTax, otherOp,
    dAr: -(bs.ar - p.bs.ar), dInv: -(bs.inv - p.bs.inv), dPrepaid: -(bs.prepaid - p.bs.prepaid),
    dAp: bs.ap - p.bs.ap, dAccrued: bs.accrued - p.bs.accrued,
    capex: -capex, acquisitions: -(acquisition?.price ?? 0), assetSales, otherInv: r(sales * rng.float(-0.003, 0.001)),
  });
  cf.cfo = cf.ni + cf.da + cf.amort + cf.sbc + cf.deferredTax + cf.otherOp + cf.dAr + cf.dInv + cf.dPrepaid + cf.dAp + cf.dAccrued;
  cf.cfi = cf.capex + cf.acquisitions + cf.assetSales + cf.otherInv;

  // Debt: maturities repaid, the term loan amortizes, new notes fund acquisitions, the revolver covers shortfalls.
  const debt: Debt[] = [];
  let repayments = 0;
  let borrowings = 0;
  for (const d of p.debt) {
    if (d.maturity <= year) { repayments += d.principal; continue; }
    if (d.kind === 'term') {
      const pay = Math.min(d.principal, r(d.principal * rng.float(0.05, 0.12)));
      repayments += pay;
      if (d.principal - pay > 0) debt.push({ ...d, principal: d.principal - pay });
    } else if (d.kind === 'revolver') {
      repayments += d.principal;
    } else debt.push({ ...d });
  }
  const needNotes = repayments > sales * 0.06 || (acquisition && acquisition.price > sales * 0.05);
  if (needNotes) {
    const principal = r(Math.max(repayments, acquisition?.price ?? 0) * rng.float(0.8, 1.1) / 250) * 250;
    const rate = rng.int(350, 690) / 100;
    const maturity = year + rng.pick([5, 7, 10, 10, 12, 30]);
    debt.push({ name: `${rate.toFixed(3).replace(/0$/, '')}% Senior Notes due ${maturity}`, rate, maturity, principal, kind: 'notes' });
    borrowings += principal;
  }
  const dividends = -r(dps * basicShares);
  let buybacks = rng.chance(0.7) ? -r(ni * rng.float(0.1, 0.5)) : 0;
  const optionProceeds = r(sales * rng.float(0.001, 0.003));
  const otherFin = -r(sales * rng.float(0.0005, 0.002));
  const fx = r(sales * rng.float(-0.004, 0.003));
  let cash = p.bs.cash + cf.cfo + cf.cfi + borrowings - repayments + dividends + buybacks + optionProceeds + otherFin + fx;
  if (cash < sales * 0.05) {
    const draw = r((sales * 0.07 - cash) / 10) * 10;
    debt.push({ name: 'Revolving credit facility', rate: rng.int(520, 690) / 100, maturity: year + 1, principal: draw, kind: 'revolver' });
    borrowings += draw;
    cash += draw;
  } else if (cash > sales * 0.14) {
    const extra = r(cash - sales * 0.1);
    buybacks -= extra;
    cash -= extra;
  }
  Object.assign(cf, { borrowings, repayments: -repayments, dividends, buybacks, optionProceeds, otherFin });
  cf.cff = borrowings - repayments + dividends + buybacks + optionProceeds + otherFin;
  cf.fx = fx;
  cf.change = cf.cfo + cf.cfi + cf.cff + cf.fx;
  cf.begin = p.bs.cash;
  cf.end = p.bs.cash + cf.change;
  bs.cash = cf.end;

  const totalDebt = debt.reduce((a, d) => a + d.principal, 0);
  bs.curDebt = debt.filter((d) => d.maturity <= year + 1).reduce((a, d) => a + d.principal, 0);
  bs.ltDebt = totalDebt - bs.curDebt;
  const pensionPbo = r(p.pensionPbo * rng.float(0.96, 1.03));
  const pensionAssets = r(p.pensionAssets * rng.float(0.97, 1.08));
  bs.pension = Math.max(0, pensionPbo - pensionAssets);
  bs.otherLtl = r(p.bs.otherLtl * rng.float(0.95, 1.08));
  bs.apic = p.bs.apic + sbc + optionProceeds + otherFin;
  bs.treasury = p.bs.treasury + buybacks;
  bs.retained = p.bs.retained + ni + dividends;
  bs.aoci = p.bs.aoci + oci;
  bs.te = bs.apic + bs.retained + bs.aoci + bs.treasury;
  bs.tcl = bs.ap + bs.accrued + bs.curDebt + bs.curLease;
  bs.tca = bs.cash + bs.ar + bs.inv + bs.prepaid;
  let liabNonCur = bs.ltDebt + bs.ltLease + bs.pension + bs.deferredTax + bs.otherLtl;
  const assetsExOther = bs.tca + bs.ppe + bs.goodwill + bs.intang + bs.rou;
  let otherNca = bs.tcl + liabNonCur + bs.te - assetsExOther;
  if (otherNca < sales * 0.02) {
    const lift = r(sales * 0.03) - otherNca;
    bs.otherLtl += lift;
    liabNonCur += lift;
    otherNca += lift;
  }
  bs.otherNca = otherNca;
  bs.ta = assetsExOther + otherNca;
  bs.tl = bs.tcl + liabNonCur;
  bs.tle = bs.tl + bs.te;

  const pay1 = r(bs.curLease * 1.08);
  const leasePayments = [pay1, r(pay1 * 0.9), r(pay1 * 0.78), r(pay1 * 0.65), r(pay1 * 0.52)];
  const paid = leasePayments.reduce((a, b) => a + b, 0);
  leasePayments.push(Math.max(r(bs.ltLease * 0.2), bs.curLease + bs.ltLease - paid + r((bs.curLease + bs.ltLease) * 0.12)));

  const quarterSplit = (total: number) => splitQuarters(total, c.seasonality, rng);
  const qs = quarterSplit(sales);
  const qg = quarterSplit(gross);
  const qo = quarterSplit(oi);
  const qn = quarterSplit(ni);
  const priceHigh = [0, 1, 2, 3].map(() => Math.round(price * rng.float(1.02, 1.18) * 100) / 100);
  const priceLow = priceHigh.map((h) => Math.round(h * rng.float(0.72, 0.92) * 100) / 100);
  return {
    year, seg, corporate, sales, cogs: sales - gross, gross, sga, rnd, amort, restructuring, oi, interest, otherIncome, pretax, tax, ni,
    taxRec, basicShares, dilutedShares, dps,
    quarters: qs.map((s, i) => ({ sales: s, gross: qg[i]!, oi: qo[i]!, ni: qn[i]! })),
    bs, cf, debt, revolverCapacity: p.revolverCapacity, acquisition,
    leaseCost: r(bs.curLease * rng.float(1.05, 1.2)), leasePayments,
    headcount: r(p.headcount * (sales / p.sales) * rng.float(0.97, 1.02)),
    sharesRepurchased: r((-buybacks / price) * 10) / 10 > 0 ? r(-buybacks / price) : 0,
    pensionPbo, pensionAssets, rsuGranted: r(basicShares * rng.float(0.3, 0.8) * 10) / 10,
    backlog: r(p.backlog * (sales / p.sales) * rng.float(0.9, 1.12)), holders: r(p.holders * rng.float(0.95, 1.02)),
    price, priceHigh, priceLow, oci,
  };
}
