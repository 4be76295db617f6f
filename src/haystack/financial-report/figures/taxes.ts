// Income-tax figures derived from the ledger: the provision by jurisdiction and unrecognized tax benefits.
import { splitBy, yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { YearLedger } from '../year-ledger.js';

/** Current and deferred tax provision by jurisdiction: [federal, state, foreign] each, in tenths; all six sum to the provision. */
export function taxProvision(ctx: ReportYear, l: YearLedger): { current: number[]; deferred: number[] } {
  const r = yearRng(ctx.c, l.year, 'tax-split');
  const w = [r.float(0.45, 0.6), r.float(0.08, 0.14), r.float(0.25, 0.4)];
  return { current: splitBy(l.tax - l.cf.deferredTax, w), deferred: splitBy(l.cf.deferredTax, w) };
}

/** Unrecognized tax benefits at a year end, in tenths (as printed in the taxes note). */
export function utb(l: YearLedger): number {
  return Math.round(Math.abs(l.tax) * 0.3);
}
