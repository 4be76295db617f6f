// Pension assumptions and the year's benefit flows, from the ledger's obligation and plan assets.
import { yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { Company } from '../company.js';
import type { Tenths, YearLedger } from '../year-ledger.js';
import type { Rng } from '../../../util/rng.js';

/** Pension assumptions of a fiscal year: discount rate, expected return and salary growth in hundredths of a percent. */
export function pensionAssumptions(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'pension-assumptions');
  r.int(430, 590); // the discount rate is the ledger's, which moves the obligation; the draw keeps the stream's order
  return [l.pensionDiscount, r.int(550, 725), r.int(250, 375)];
}

/** Service cost, benefits paid, contributions and loss amortization of fiscal `year` in tenths, from the obligation a year earlier. */
export function pensionFlows(c: Company, year: number, prevPbo: Tenths): { r: Rng; service: number; paid: number; contrib: number; amortLoss: number } {
  const r = yearRng(c, year, 'pension');
  const service = Math.round(prevPbo * r.float(0.01, 0.02));
  const paid = Math.round(prevPbo * r.float(0.05, 0.07));
  const contrib = Math.round(prevPbo * r.float(0.01, 0.03));
  const amortLoss = Math.round(prevPbo * r.float(0.003, 0.01));
  return { r, service, paid, contrib, amortLoss };
}

/** Interest cost of a year: the prior year-end obligation at the prior year-end discount rate, in tenths. */
export function pensionInterest(prev: YearLedger): number {
  return Math.round((prev.pensionPbo * prev.pensionDiscount) / 10000);
}

/** Pension flows of fiscal year `l` (prior year `prev`) in tenths, with the year's stream positioned for the allocation draws that follow. */
export function pensionCost(ctx: ReportYear, l: YearLedger, prev: YearLedger): { r: Rng; service: number; interest: number; paid: number; contrib: number; expRet: number; amortLoss: number } {
  const { r, service, paid, contrib, amortLoss } = pensionFlows(ctx.c, l.year, prev.pensionPbo);
  const expRet = Math.round((prev.pensionAssets * pensionAssumptions(ctx, l)[1]!) / 10000);
  return { r, service, interest: pensionInterest(prev), paid, contrib, expRet, amortLoss };
}

/** Target allocation of pension plan assets in percent: [equity securities, real estate and other alternatives]; fixed income takes the rest. */
export function pensionTargetAllocation(ctx: ReportYear, l: YearLedger): [number, number] {
  const r = yearRng(ctx.c, l.year, 'pension-allocation');
  return [r.int(20, 45), r.int(5, 15)];
}
