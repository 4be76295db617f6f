// Breakdowns of balance-sheet and income-statement lines (reserves, accruals, goodwill by segment, cash by region…); each sums to its ledger line.
import { driftWeights, splitBy, yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { YearLedger } from '../year-ledger.js';

/** Goodwill of each segment at a fiscal year end, in tenths; the parts sum to balance-sheet goodwill. */
export function goodwillBySegment(ctx: ReportYear, l: YearLedger): number[] {
  const base = yearRng(ctx.c, 0, 'goodwill-weights');
  const r = yearRng(ctx.c, l.year, 'goodwill');
  return splitBy(l.bs.goodwill, ctx.c.segments.map(() => base.float(0.5, 2) * r.float(0.97, 1.03)));
}

/** Fair values of a year end: rows of [label, level1, level2, level3] in tenths (assets positive). */
export function fairValueRows(ctx: ReportYear, l: YearLedger): Array<[string, number, number, number]> {
  const r = yearRng(ctx.c, l.year, 'fair-value');
  const rows: Array<[string, number, number, number]> = [
    ['Money market funds', Math.round(l.bs.cash * r.float(0.15, 0.4)), 0, 0],
    ['Deferred compensation plan assets', Math.round(l.sales * r.float(0.001, 0.003)), 0, 0],
    ['Foreign currency forward contracts, assets', 0, Math.max(1, Math.round(l.sales * r.float(0.0003, 0.0015))), 0],
    ['Commodity swaps, assets', 0, Math.round(l.sales * r.float(0, 0.0008)), 0],
    ['Foreign currency forward contracts, liabilities', 0, -Math.max(1, Math.round(l.sales * r.float(0.0002, 0.0012))), 0],
    ['Interest rate swaps, liabilities', 0, -Math.round(l.sales * r.float(0, 0.001)), 0],
  ];
  if (l.acquisition) rows.push(['Contingent consideration', 0, 0, -Math.max(1, Math.round(l.acquisition.price * r.float(0.02, 0.08)))]);
  return rows;
}

/** Restructuring liability at a year end, in tenths. */
export function restructuringLiability(ctx: ReportYear, l: YearLedger): number {
  return Math.round(l.restructuring * yearRng(ctx.c, l.year, 'restr-liab').float(0.2, 0.5));
}

/** Environmental spending of a year, in tenths: [capital projects, compliance operating costs, remediation charged to accruals]. */
export function environmentalSpend(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'env-spend');
  return [Math.round(l.sales * r.float(0.001, 0.003)), Math.round(l.sales * r.float(0.002, 0.004)), Math.round(l.sales * r.float(0.0002, 0.001))];
}

/** Domestic sites (headquarters aside) where the company carries environmental accruals, as listed in Note 18. */
export function environmentalSites(ctx: ReportYear): ReportYear['c']['properties'] {
  return ctx.c.properties.filter((x) => x.domestic).slice(1, 5);
}

/** Surety bonds outstanding at a year end, in tenths. */
export function suretyBonds(ctx: ReportYear, l: YearLedger): number {
  return Math.round(l.sales * yearRng(ctx.c, l.year, 'surety').float(0.002, 0.008));
}

/** Accrued environmental liability at a year end, in tenths. */
export function environmentalAccrual(ctx: ReportYear, l: YearLedger): number {
  return Math.max(3, Math.round(l.sales * yearRng(ctx.c, l.year, 'env').float(0.0005, 0.002)));
}

/** Lease cost by component for a fiscal year: [operating, short-term, variable], in tenths; they sum to `leaseCost`. */
export function leaseCosts(ctx: ReportYear, l: YearLedger): number[] {
  return splitBy(l.leaseCost, [0.78, 0.12, 0.1].map((w) => w * yearRng(ctx.c, l.year, 'lease-cost').float(0.9, 1.1)));
}

/** Other income (expense), net by component for a year: [interest income, pension non-service, currency, other], in tenths; they sum to the income-statement line. */
export function otherIncomeParts(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'other-income');
  const interest = Math.round(l.cf.begin * r.float(0.01, 0.035));
  const pension = -Math.round(l.pensionPbo * r.float(0.002, 0.008));
  const fx = Math.round(l.sales * r.float(-0.002, 0.001));
  return [interest, pension, fx, l.otherIncome - interest - pension - fx];
}

/** Pension plan assets by class and fair-value level at a year end: rows [Level 1, Level 2, NAV] per class, in tenths; all cells sum to plan assets. */
export function pensionAssetLevels(ctx: ReportYear, l: YearLedger): number[][] {
  const r = yearRng(ctx.c, l.year, 'plan-asset-levels');
  const classes = splitBy(l.pensionAssets, [r.float(0.2, 0.4), r.float(0.4, 0.6), r.float(0.05, 0.15), r.float(0.01, 0.04)]);
  const [eq, fi, alt, cash] = classes as [number, number, number, number];
  const eq1 = Math.round(eq * r.float(0.5, 0.8));
  const fi1 = Math.round(fi * r.float(0.1, 0.3));
  return [[eq1, eq - eq1, 0], [fi1, fi - fi1, 0], [0, 0, alt], [cash, 0, 0]];
}

/** Allowance for credit losses at a year end, in tenths. */
export function creditAllowance(ctx: ReportYear, l: YearLedger): number {
  return Math.max(1, Math.round(l.bs.ar * yearRng(ctx.c, l.year, 'allowance').float(0.01, 0.03)));
}

export function inventoryReserve(ctx: ReportYear, l: YearLedger): number {
  return Math.max(1, Math.round(l.bs.inv * yearRng(ctx.c, l.year, 'inventory-reserve').float(0.03, 0.06)));
}

/** Total assets by segment at a year end, with corporate assets (cash, deferred taxes, pension) as the residual, in tenths. */
export function segmentAssets(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'segment-assets');
  const gw = goodwillBySegment(ctx, l);
  const corporate = l.bs.cash + Math.round(l.bs.otherNca * r.float(0.3, 0.6));
  const operating = splitBy(l.bs.ta - corporate - l.bs.goodwill, l.seg.map((s) => s.sales * r.float(0.9, 1.1)));
  return [...operating.map((a, i) => a + gw[i]!), corporate];
}

/** Letters of credit issued under the revolving facility at a year end, in tenths. */
export function lettersOfCredit(ctx: ReportYear, l: YearLedger): number {
  return Math.max(5, Math.round(l.revolverCapacity * yearRng(ctx.c, l.year, 'letters-of-credit').float(0.01, 0.04)));
}

/** Cash and cash equivalents by region at a fiscal year end, in tenths; they sum to balance-sheet cash. */
export function cashByRegion(ctx: ReportYear, l: YearLedger): number[] {
  return splitBy(l.bs.cash, driftWeights(ctx.c, l.year, 'cash-regions', [[3, 6], [1.5, 3], [1, 2.5], [0.3, 1]]));
}

/** Cost of sales by component for a year: [materials, labor, overhead, freight and distribution], in tenths; they sum to cost of sales. */
export function costOfSalesParts(ctx: ReportYear, l: YearLedger): number[] {
  return splitBy(l.cogs, driftWeights(ctx.c, l.year, 'cogs-parts', [[0.5, 0.62], [0.14, 0.2], [0.14, 0.22], [0.05, 0.09]]));
}

/** Accounts receivable by age at a year end: [current, 1–30, 31–90, over 90 days past due], in tenths of gross receivables. */
export function receivableAging(ctx: ReportYear, l: YearLedger): number[] {
  return splitBy(l.bs.ar + creditAllowance(ctx, l), driftWeights(ctx.c, l.year, 'aging', [[0.78, 0.86], [0.08, 0.12], [0.03, 0.06], [0.01, 0.03]]));
}

/** Product warranty reserve at a year end, in tenths. */
export function warrantyReserve(ctx: ReportYear, l: YearLedger): number {
  const base = yearRng(ctx.c, 0, 'warranty').float(0.003, 0.006);
  return Math.round(l.sales * base * yearRng(ctx.c, l.year, 'warranty').float(0.97, 1.03));
}

/** Warranty settlements of a fiscal year, in tenths (Note 21 and Schedule II). */
export function warrantySettled(ctx: ReportYear, l: YearLedger, begin: number): number {
  return Math.round(begin * yearRng(ctx.c, l.year, 'warranty-paid').float(0.55, 0.85));
}

/** Accrued liabilities by component at a year end, in tenths; they sum to the balance-sheet amount. */
export function accruedComponents(ctx: ReportYear, l: YearLedger): number[] {
  const fixed = [warrantyReserve(ctx, l), restructuringLiability(ctx, l)];
  const rest = splitBy(l.bs.accrued - fixed[0]! - fixed[1]!, driftWeights(ctx.c, l.year, 'accrued', [[0.3, 0.4], [0.15, 0.25], [0.08, 0.14], [0.04, 0.08], [0.1, 0.2]]));
  return [rest[0]!, rest[1]!, fixed[0]!, fixed[1]!, rest[2]!, rest[3]!, rest[4]!];
}

/** Labels of `accruedComponents`, in order. */
export const ACCRUED_LABELS = ['Compensation and benefits', 'Customer rebates and allowances', 'Product warranties', 'Restructuring', 'Taxes other than income taxes', 'Accrued interest', 'Other'];
