// Per-share and adjusted earnings figures, other comprehensive income components and the operating income bridge.
import { yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { Tenths, YearLedger } from '../year-ledger.js';

/** Adjustments excluded from adjusted operating income in a fiscal year, in tenths. */
export function adjustments(ctx: ReportYear, l: YearLedger): { amort: number; restructuring: number; acquisition: number; total: number } {
  const acquisition = l.acquisition ? Math.max(1, Math.round(l.acquisition.price * yearRng(ctx.c, l.year, 'deal-costs').float(0.01, 0.03))) : 0;
  return { amort: l.amort, restructuring: l.restructuring, acquisition, total: l.amort + l.restructuring + acquisition };
}

/** Goodwill headroom of each reporting unit (segment) in the year's impairment test, in percent. */
export function goodwillHeadroom(ctx: ReportYear): Array<readonly [string, number]> {
  const r = yearRng(ctx.c, ctx.y.year, 'goodwill-headroom');
  return ctx.c.segments.map((s) => [s.name, r.int(9, 160)] as const);
}

/** Operating income bridge from `prev` to `cur`: [volume and mix, price, cost inflation, productivity, currency, acquisitions, other], in tenths; they sum to the change. */
export function oiBridge(ctx: ReportYear, cur: YearLedger, prev: YearLedger): number[] {
  const r = yearRng(ctx.c, cur.year, 'oi-bridge');
  const w = (f: (i: number) => number) => cur.seg.reduce((a, _, i) => a + f(i) * prev.seg[i]!.sales, 0) / 1000;
  const margin = prev.gross / prev.sales;
  const volume = Math.round(w((i) => cur.seg[i]!.volume) * margin);
  const price = Math.round(w((i) => cur.seg[i]!.price));
  const fx = Math.round(w((i) => cur.seg[i]!.fx) * (prev.oi / prev.sales));
  const acq = Math.round(w((i) => cur.seg[i]!.acquisition) * 0.08);
  const inflation = -Math.round(prev.cogs * r.float(0.015, 0.045));
  const productivity = Math.round(prev.cogs * r.float(0.01, 0.03));
  return [volume, price, inflation, productivity, fx, acq, cur.oi - prev.oi - volume - price - inflation - productivity - fx - acq];
}

/** Shares repurchased in a fiscal year, in thousands (from the cost and the year's share price). */
export function sharesRepurchasedThousands(l: YearLedger): number {
  return l.cf.buybacks === 0 ? 0 : Math.max(1, Math.round((-l.cf.buybacks * 100) / l.price));
}

/** "1.4 million shares" or "86,000 shares" for a year's repurchases; null when there were none. */
export function repurchasedShares(l: YearLedger): string | null {
  const k = sharesRepurchasedThousands(l);
  if (k === 0) return null;
  return k >= 100 ? `${(k / 1000).toFixed(1)} million shares` : `${(k * 1000).toLocaleString('en-US')} shares`;
}

/** Diluted earnings per share in dollars, as printed everywhere. */
export function epsDiluted(l: YearLedger): number {
  return Math.round((l.ni / l.dilutedShares) * 100) / 100;
}

/** Pension part of accumulated other comprehensive loss at a year end: a third of the balance. */
export function aociPension(aoci: Tenths): Tenths {
  return Math.round(aoci / 3);
}

/** Pension part of a year's other comprehensive income, so that the AOCI components roll forward exactly. */
export function pensionOci(l: YearLedger): Tenths {
  return aociPension(l.bs.aoci) - aociPension(l.bs.aoci - l.oci);
}

/** Basic earnings per share in dollars. */
export function epsBasic(l: YearLedger): number {
  return Math.round((l.ni / l.basicShares) * 100) / 100;
}
