// Debt figures derived from the ledger: maturities, fair values, derivative notionals, the leverage covenant and credit ratios.
import { yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { YearLedger } from '../year-ledger.js';

/** Debt maturities, as printed in Note 7 and the contractual obligations table. */
export function debtMaturities(l: YearLedger): { years: number[]; later: number; total: number } {
  const total = l.bs.curDebt + l.bs.ltDebt;
  const years = [1, 2, 3, 4, 5].map((k) => l.debt.filter((d) => d.maturity === l.year + k).reduce((a, d) => a + d.principal, 0));
  return { years, later: total - years.reduce((a, b) => a + b, 0), total };
}

/** Notional amounts of currency forwards, commodity swaps and interest-rate swaps at a year end, in tenths. */
export function derivativeNotionals(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'notional');
  return [Math.round(l.sales * r.float(0.04, 0.12)), Math.round(l.cogs * r.float(0, 0.03)), Math.round((l.bs.curDebt + l.bs.ltDebt) * r.float(0, 0.25))];
}

/** Fair value of the fixed-rate notes at a year end, in tenths. */
export function notesFairValue(ctx: ReportYear, l: YearLedger): number {
  const fixed = l.debt.filter((d) => d.kind === 'notes').reduce((a, d) => a + d.principal, 0);
  return Math.round(fixed * yearRng(ctx.c, l.year, 'notes-fv').float(0.9, 1.03));
}

/** The maximum net leverage ratio the credit agreement allows. */
export function covenantMax(ctx: ReportYear): number {
  return [3.5, 3.75, 4, 4.25][ctx.pr.creditAgreementYear % 4]!;
}

/** Net leverage ratio and interest coverage ratio of a fiscal year. */
export function ratios(l: YearLedger): { ebitda: number; leverage: number; coverage: number } {
  const ebitda = l.oi + l.cf.da + l.amort + l.restructuring;
  return { ebitda, leverage: (l.bs.curDebt + l.bs.ltDebt - l.bs.cash) / ebitda, coverage: ebitda / Math.max(1, l.interest) };
}
