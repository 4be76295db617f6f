// Pension assumptions and the year's benefit flows, from the ledger's obligation and plan assets.
import { yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { YearLedger } from '../year-ledger.js';
import type { Rng } from '../../../util/rng.js';

/** Pension assumptions of a fiscal year: discount rate, expected return and salary growth in hundredths of a percent. */
export function pensionAssumptions(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'pension-assumptions');
  return [r.int(430, 590), r.int(550, 725), r.int(250, 375)];
}

/** Pension flows of fiscal year `l` (prior year `prev`) in tenths, with the year's stream positioned for the allocation draws that follow. */
export function pensionCost(ctx: ReportYear, l: YearLedger, prev: YearLedger): { r: Rng; service: number; interest: number; paid: number; contrib: number; expRet: number; amortLoss: number } {
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
