// Extra tables for Notes 11–19: tax provision and deferred taxes, pension roll-forwards, RSU activity, restructuring, geography, environmental sites.
import type { Block } from '../../types.js';
import type { Rng } from '../../util/rng.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, dollars, table } from './format.js';
import { splitBy, yearRng } from './profile.js';

const paren = (t: number) => `(${amount(Math.abs(t))})`;

/** Current and deferred tax provision by jurisdiction: [federal, state, foreign] each, in tenths; all six sum to the provision. */
export function taxProvision(ctx: ReportContext, l: YearLedger): { current: number[]; deferred: number[] } {
  const r = yearRng(ctx.c, l.year, 'tax-split');
  const w = [r.float(0.45, 0.6), r.float(0.08, 0.14), r.float(0.25, 0.4)];
  return { current: splitBy(l.tax - l.cf.deferredTax, w), deferred: splitBy(l.cf.deferredTax, w) };
}

/** Unrecognized tax benefits at a year end, in tenths (as printed in the taxes note). */
export function utb(l: YearLedger): number {
  return Math.round(Math.abs(l.tax) * 0.3);
}

/** Tax provision components, deferred tax balances and the unrecognized-benefit roll-forward (Note 11). */
export function* taxDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const y3 = [y, p, pp];
  const tp = y3.map((l) => taxProvision(ctx, l));
  const jur = ['Federal', 'State', 'Foreign'];
  yield ctx.table(table('Components of the provision for income taxes (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ...jur.map((j, k) => [`Current: ${j.toLowerCase()}`, ...tp.map((t) => cell(t.current[k]!))]),
    ...jur.map((j, k) => [`Deferred: ${j.toLowerCase()}`, ...tp.map((t) => cell(t.deferred[k]!))]),
    ['Provision for income taxes', ...y3.map((l) => amount(l.tax))],
  ]));
  const dt = (l: YearLedger) => {
    const r = yearRng(c, l.year, 'deferred-tax');
    const dta = [l.bs.accrued * r.float(0.04, 0.07), l.bs.pension * 0.22, l.sales * r.float(0.002, 0.006), (l.bs.curLease + l.bs.ltLease) * 0.23, l.cf.sbc * r.float(0.3, 0.6), l.sales * r.float(0.001, 0.004)].map(Math.round);
    const va = -Math.round(dta[2]! * r.float(0.3, 0.7));
    const netDta = dta.reduce((a, b) => a + b, 0) + va;
    const dtl = splitBy(l.bs.deferredTax + netDta, [l.bs.ppe * 0.06, l.bs.intang * 0.2, l.bs.rou * 0.05, l.sales * 0.002]);
    return { dta, va, dtl };
  };
  const a = dt(y);
  const b = dt(p);
  const dtaLabels = ['Accrued liabilities and reserves', 'Pension and postretirement benefits', 'Net operating loss and credit carryforwards', 'Operating lease liabilities', 'Stock-based compensation', 'Other'];
  const dtlLabels = ['Property, plant and equipment', 'Goodwill and intangible assets', 'Operating lease right-of-use assets', 'Other'];
  yield ctx.table(table('Deferred tax assets and liabilities (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...dtaLabels.map((lab, k) => [lab, amount(a.dta[k]!), amount(b.dta[k]!)]), ['Valuation allowance', paren(a.va), paren(b.va)],
    ...dtlLabels.map((lab, k) => [lab, paren(a.dtl[k]!), paren(b.dtl[k]!)]), ['Net deferred tax liability', paren(y.bs.deferredTax), paren(p.bs.deferredTax)],
  ]));
  const r = yearRng(c, y.year, 'utb');
  const begin = utb(p);
  const end = utb(y);
  const addCur = Math.round(end * r.float(0.12, 0.25));
  const addPrior = Math.round(end * r.float(0.02, 0.08));
  const settle = Math.round(begin * r.float(0.02, 0.08));
  const lapse = begin + addCur + addPrior - settle - end;
  yield ctx.table(table('Unrecognized tax benefits (in millions)', ['', `Fiscal ${y.year}`], [
    ['Balance at beginning of year', amount(begin)], ['Additions for tax positions of the current year', amount(addCur)], ['Additions for tax positions of prior years', amount(addPrior)],
    ['Settlements with tax authorities', paren(settle)], ['Lapse of statutes of limitations and other', lapse <= 0 ? amount(-lapse) : paren(lapse)], ['Balance at end of year', amount(end)],
  ]));
  yield ctx.para([ctx.say(`{The valuation allowance|Our valuation allowance} of $${amount(-a.va)} million {relates mainly to|covers primarily} {foreign net operating losses|tax loss carryforwards in certain foreign jurisdictions} {that begin to expire in|with expirations starting in} fiscal ${y.year + 3 + (y.year % 5)}.`)]);
}

/** Pension assumptions of a fiscal year: discount rate, expected return and salary growth in hundredths of a percent. */
export function pensionAssumptions(ctx: ReportContext, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'pension-assumptions');
  return [r.int(430, 590), r.int(550, 725), r.int(250, 375)];
}

/** Pension flows of fiscal year `l` (prior year `prev`) in tenths, with the year's stream positioned for the allocation draws that follow. */
export function pensionCost(ctx: ReportContext, l: YearLedger, prev: YearLedger): { r: Rng; service: number; interest: number; paid: number; contrib: number; expRet: number; amortLoss: number } {
  const r = yearRng(ctx.c, l.year, 'pension');
  const [disc] = pensionAssumptions(ctx, prev);
  const service = Math.round(prev.pensionPbo * r.float(0.01, 0.02));
  const interest = Math.round((prev.pensionPbo * disc!) / 10000);
  const paid = Math.round(prev.pensionPbo * r.float(0.05, 0.07));
  const contrib = Math.round(prev.pensionPbo * r.float(0.01, 0.03));
  const expRet = Math.round((prev.pensionAssets * pensionAssumptions(ctx, l)[1]!) / 10000);
  const amortLoss = Math.round(prev.pensionPbo * r.float(0.003, 0.01));
  return { r, service, interest, paid, contrib, expRet, amortLoss };
}

/** Pension obligation and asset roll-forwards, costs, assumptions and allocation (Note 12). */
export function* pensionDetail(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const { r, service, interest, paid, contrib } = pensionCost(ctx, y, p);
  const actuarial = y.pensionPbo - p.pensionPbo - service - interest + paid;
  const ret = y.pensionAssets - p.pensionAssets - contrib + paid;
  yield ctx.table(table(`Changes in benefit obligation and plan assets, fiscal ${y.year} (in millions)`, ['', 'Amount'], [
    ['Benefit obligation at beginning of year', amount(p.pensionPbo)], ['Service cost', amount(service)], ['Interest cost', amount(interest)],
    ['Actuarial loss (gain)', cell(actuarial)], ['Benefits paid', paren(paid)], ['Benefit obligation at end of year', amount(y.pensionPbo)],
    ['Fair value of plan assets at beginning of year', amount(p.pensionAssets)], ['Actual return on plan assets', cell(ret)], ['Employer contributions', amount(contrib)],
    ['Benefits paid', paren(paid)], ['Fair value of plan assets at end of year', amount(y.pensionAssets)],
  ]));
  const ys = [y, p, pp];
  const as = ys.map((l) => pensionAssumptions(ctx, l));
  const h = (n: number) => `${(n / 100).toFixed(2)}%`;
  yield ctx.table(table('Weighted-average assumptions', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ['Discount rate', ...as.map((a) => h(a[0]!))], ['Expected long-term return on plan assets', ...as.map((a) => h(a[1]!))], ['Rate of compensation increase', ...as.map((a) => h(a[2]!))],
  ]));
  const years = ctx.older.length ? [[y, p], [p, pp], [pp, ctx.older[0]!]] as const : [[y, p]] as const;
  const costs = years.map(([l, prev]) => pensionCost(ctx, l, prev));
  yield ctx.table(table('Net periodic benefit cost (in millions)', ['Component', ...years.map(([l]) => `Fiscal ${l.year}`)], [
    ['Service cost', ...costs.map((k) => amount(k.service))], ['Interest cost', ...costs.map((k) => amount(k.interest))], ['Expected return on plan assets', ...costs.map((k) => paren(k.expRet))],
    ['Amortization of net actuarial loss', ...costs.map((k) => amount(k.amortLoss))], ['Net periodic benefit cost (income)', ...costs.map((k) => cell(k.service + k.interest - k.expRet + k.amortLoss))],
  ]));
  const eq = r.int(20, 45);
  const alt = r.int(5, 15);
  yield ctx.table(table('Plan asset allocation', ['Asset class', 'Target allocation', `Actual at ${ctx.fyEnd(y.year)}`], [
    ['Equity securities', `${eq}%`, `${eq + r.int(-3, 3)}%`], ['Fixed income securities', `${100 - eq - alt}%`, `${100 - eq - alt + r.int(-3, 3)}%`], ['Real estate and other alternatives', `${alt}%`, `${alt + r.int(-2, 2)}%`],
  ]));
  const pay = [1, 2, 3, 4, 5].map((k) => Math.round(paid * (1 + 0.02 * k)));
  yield ctx.table(table('Expected benefit payments (in millions)', ['Fiscal year', 'Amount'], [...pay.map((v, k) => [String(y.year + 1 + k), amount(v)]), [`${y.year + 6} to ${y.year + 10}`, amount(Math.round(paid * 5.6))]]));
}

/** Restricted stock units outstanding at a year end, in thousands (moves with the share count). */
function rsuOutstanding(ctx: ReportContext, l: YearLedger): number {
  return Math.round(l.basicShares * 1.1 * yearRng(ctx.c, l.year, 'rsu-out').float(0.97, 1.03));
}

/** RSU activity table (Note 15). */
export function* stockCompDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const r = yearRng(c, y.year, 'rsu');
  const begin = rsuOutstanding(ctx, p);
  const end = rsuOutstanding(ctx, y);
  const granted = y.rsuGranted;
  const forfeited = Math.round(granted * r.float(0.03, 0.08));
  const vested = begin + granted - forfeited - end;
  const fv = (k: number) => dollars(y.price * (0.8 + k * 0.07) * r.float(0.95, 1.05));
  yield ctx.table(table(`Restricted stock unit activity, fiscal ${y.year}`, ['', 'Units (thousands)', 'Weighted-average grant-date fair value'], [
    [`Outstanding at ${ctx.fyEnd(p.year)}`, begin.toLocaleString('en-US'), fv(0)], ['Granted', granted.toLocaleString('en-US'), fv(2)], ['Vested', `(${vested.toLocaleString('en-US')})`, fv(1)],
    ['Forfeited', `(${forfeited.toLocaleString('en-US')})`, fv(1)], [`Outstanding at ${ctx.fyEnd(y.year)}`, end.toLocaleString('en-US'), fv(1)],
  ]));
  yield ctx.para([ctx.say(`{Unrecognized compensation cost|Compensation cost not yet recognized} for unvested awards {was|totaled} $${amount(Math.round(y.cf.sbc * r.float(1.1, 1.8)))} million at <fyEnd>{, which we expect to recognize over a weighted-average period of ${r.float(1.4, 2.6).toFixed(1)} years|}.`)]);
}

/** Restructuring liability at a year end, in tenths. */
export function restructuringLiability(ctx: ReportContext, l: YearLedger): number {
  return Math.round(l.restructuring * yearRng(ctx.c, l.year, 'restr-liab').float(0.2, 0.5));
}

/** Restructuring liability roll-forward (Note 16). */
export function* restructuringDetail(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  const begin = restructuringLiability(ctx, p);
  const end = restructuringLiability(ctx, y);
  const nonCash = Math.round(y.restructuring * 0.15);
  const payments = begin + y.restructuring - nonCash - end;
  if (begin === 0 && y.restructuring === 0) return;
  yield ctx.table(table('Restructuring liability (in millions)', ['', `Fiscal ${y.year}`], [
    ['Balance at beginning of year', cell(begin)], ['Charges', cell(y.restructuring)], ['Non-cash asset write-downs', nonCash ? paren(nonCash) : '—'],
    ['Cash payments', payments ? paren(payments) : '—'], ['Balance at end of year', cell(end)],
  ]));
}

/** Net sales by region and segment: per segment [United States, Europe, Asia Pacific, Other Americas], in tenths. */
export function regionSales(ctx: ReportContext, l: YearLedger): number[][] {
  return ctx.c.segments.map((_, i) => {
    const base = yearRng(ctx.c, 0, `region-${i}`);
    const r = yearRng(ctx.c, l.year, `region-${i}`);
    return splitBy(l.seg[i]!.sales, [base.float(0.45, 0.65), base.float(0.12, 0.25), base.float(0.08, 0.15), base.float(0.05, 0.12)].map((w) => w * r.float(0.97, 1.03)));
  });
}

/** Net sales and long-lived assets by geography (Note 17). */
export function* geographyDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const regions = ['United States', 'Europe', 'Asia Pacific', 'Other Americas'];
  const y3 = [y, p, pp];
  const bySales = y3.map((l) => regionSales(ctx, l));
  yield ctx.table(table('Net sales by geographic area (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ...regions.map((name, k) => [name, ...bySales.map((s) => amount(s.reduce((a, seg) => a + seg[k]!, 0)))]), ['Total net sales', ...y3.map((l) => amount(l.sales))],
  ]));
  const ppe = (l: YearLedger) => { const b = yearRng(c, 0, 'ppe-geo'); const r = yearRng(c, l.year, 'ppe-geo'); return splitBy(l.bs.ppe, [b.float(0.5, 0.7), b.float(0.15, 0.25), b.float(0.08, 0.15), b.float(0.03, 0.08)].map((w) => w * r.float(0.97, 1.03))); };
  const a = ppe(y);
  const b = ppe(p);
  yield ctx.table(table('Property, plant and equipment, net, by geographic area (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...regions.map((name, k) => [name, amount(a[k]!), amount(b[k]!)]), ['Total', amount(y.bs.ppe), amount(p.bs.ppe)],
  ]));
}

/** Accrued environmental liability at a year end, in tenths. */
export function environmentalAccrual(ctx: ReportContext, l: YearLedger): number {
  return Math.max(3, Math.round(l.sales * yearRng(ctx.c, l.year, 'env').float(0.0005, 0.002)));
}

/** Environmental sites and their accruals (Note 18). */
export function* environmentalDetail(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const total = environmentalAccrual(ctx, y);
  const sites = c.properties.filter((x) => x.domestic).slice(1, 5);
  const r = yearRng(c, y.year, 'env-sites');
  const parts = splitBy(total, sites.map(() => r.float(0.5, 2)));
  const status = ['Remedial investigation', 'Feasibility study', 'Remediation under way', 'Long-term monitoring'];
  yield ctx.table(table(`Environmental accruals by site at ${ctx.fyEnd(y.year)} (in millions)`, ['Site', 'Status', 'Accrual'], [
    ...sites.map((s, k) => [`${s.city}, ${s.region}`, status[(k + y.year) % 4]!, amount(parts[k]!)]), ['Total environmental accruals', '', amount(total)],
  ]));
}
