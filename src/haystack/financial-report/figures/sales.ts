// Breakdowns of net sales and people by channel, product line, region, quarter and segment; each sums to the ledger line it splits.
import { splitBy, yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { YearLedger } from '../year-ledger.js';

/** Net sales by region and segment: per segment [United States, Europe, Asia Pacific, Other Americas], in tenths. */
export function regionSales(ctx: ReportYear, l: YearLedger): number[][] {
  return ctx.c.segments.map((_, i) => {
    const base = yearRng(ctx.c, 0, `region-${i}`);
    const r = yearRng(ctx.c, l.year, `region-${i}`);
    return splitBy(l.seg[i]!.sales, [base.float(0.45, 0.65), base.float(0.12, 0.25), base.float(0.08, 0.15), base.float(0.05, 0.12)].map((w) => w * r.float(0.97, 1.03)));
  });
}

/** Segment net sales and operating income by quarter, in tenths: each segment's quarters sum to its year, and each quarter's segments (plus corporate) sum to the consolidated quarter. */
export function segmentQuarters(ctx: ReportYear, l: YearLedger): { sales: number[][]; oi: number[][]; corporate: number[] } {
  const r = yearRng(ctx.c, l.year, 'segment-quarters');
  const n = l.seg.length;
  const shares = l.quarters.map((q) => q.sales / l.sales);
  const spread = (total: number, target: (k: number) => number, others: number[][], last: boolean): number[] => {
    const q = [0, 1, 2].map((k) => (last ? target(k) - others.reduce((a, o) => a + o[k]!, 0) : Math.round(total * shares[k]! * r.float(0.97, 1.03))));
    return [...q, total - q.reduce((a, b) => a + b, 0)];
  };
  // The largest segment takes the rounding residue of the quarters, so no small segment swings wildly by quarter.
  const largest = l.seg.reduce((best, s, i) => (s.sales > l.seg[best]!.sales ? i : best), 0);
  const order = [...Array(n).keys()].filter((i) => i !== largest).concat(largest);
  const fill = (value: (i: number) => number, target: (k: number) => number): number[][] => {
    const out: number[][] = [];
    const done: number[][] = [];
    for (const i of order) done.push((out[i] = spread(value(i), target, done, i === largest)));
    return out;
  };
  const sales = fill((i) => l.seg[i]!.sales, (k) => l.quarters[k]!.sales);
  const corporate = splitBy(l.corporate, [1, 1, 1, 1].map(() => r.float(0.9, 1.1)));
  const oi = fill((i) => l.seg[i]!.oi, (k) => l.quarters[k]!.oi - corporate[k]!);
  return { sales, oi, corporate };
}

/** Significant segment expenses regularly provided to the chief operating decision maker: [cost of sales, SG&A, R&D] per segment, in tenths. */
export function segmentExpenses(ctx: ReportYear, l: YearLedger): number[][] {
  const r = yearRng(ctx.c, l.year, 'segment-expenses');
  const rnd = splitBy(l.rnd, l.seg.map((s) => s.sales * r.float(0.8, 1.2)));
  return l.seg.map((s, i) => {
    const sga = Math.round(s.sales * (l.sga / l.sales) * r.float(0.85, 1.05));
    return [s.sales - sga - rnd[i]! - s.oi, sga, rnd[i]!];
  });
}

/** Revenue of a segment recognized over time (installation, service and custom contracts) in a fiscal year, in tenths. */
export function overTimeRevenue(ctx: ReportYear, l: YearLedger, i: number): number {
  const base = yearRng(ctx.c, 0, `over-time-${i}`).float(0.01, 0.16);
  return Math.round(l.seg[i]!.sales * base * yearRng(ctx.c, l.year, `over-time-${i}`).float(0.92, 1.08));
}

/** Channel names, in the order of `Profile.channels`. */
export const CHANNELS = ['Direct to end customers', 'Distributors and dealers', 'Original equipment manufacturers', 'E-commerce and other'];

/** Net sales of each channel for segment `i` in a fiscal year, in tenths; they sum to the segment's sales. */
export function channelSales(ctx: ReportYear, i: number, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, `channels-${i}`);
  return splitBy(l.seg[i]!.sales, ctx.pr.channels[i]!.map((w) => w * r.float(0.96, 1.04)));
}

/** Share of segment sales of each product line in a fiscal year, in tenths of a percent (sums to 1000). */
export function lineShares(ctx: ReportYear, i: number, year: number): number[] {
  return splitBy(1000, lineWeights(ctx, i, year));
}

/** How a segment's sales divide among its product lines in a year (shares and amounts both come from these). */
function lineWeights(ctx: ReportYear, i: number, year: number): number[] {
  const r = yearRng(ctx.c, year, `lines-${i}`);
  return ctx.pr.lines[i]!.map((l) => l.weight * r.float(0.94, 1.06));
}

/** Backlog of each segment at a year end, in tenths; the parts sum to the reported backlog. */
export function backlogBySegment(ctx: ReportYear, l: YearLedger): number[] {
  const base = yearRng(ctx.c, 0, 'backlog-segments');
  const r = yearRng(ctx.c, l.year, 'backlog-segments');
  return splitBy(l.backlog, l.seg.map((s) => s.sales * base.float(0.5, 2) * r.float(0.9, 1.1)));
}

/** Product-line net sales of segment `i` in a fiscal year, in tenths; they sum to the segment's sales. */
export function lineSales(ctx: ReportYear, i: number, l: YearLedger): number[] {
  // Split by the weights themselves, not the rounded per-mille shares, so two lines rarely print the same amount.
  return splitBy(l.seg[i]!.sales, lineWeights(ctx, i, l.year));
}

/** Employees of each segment and of corporate functions at a year end; they sum to the headcount. */
export function headcountBySegment(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'headcount-segments');
  return splitBy(l.headcount, [...l.seg.map((s) => s.sales * r.float(0.9, 1.1)), l.sales * 0.06]);
}

/** Next year's net sales guidance of each segment, in percent: [low, high] (MD&A outlook). */
export function segmentGuidance(ctx: ReportYear): Array<[number, number]> {
  return ctx.c.segments.map((_, i) => {
    const r = yearRng(ctx.c, ctx.y.year, `seg-outlook-${i}`);
    const lo = r.int(-3, 4);
    return [lo, lo + r.int(2, 4)];
  });
}

/** Next year's consolidated net sales guidance: the segments' ranges weighted by this year's sales, in whole percent. */
export function salesGuidance(ctx: ReportYear): [number, number] {
  const g = segmentGuidance(ctx);
  const w = (k: 0 | 1) => ctx.y.seg.reduce((a, s, i) => a + s.sales * g[i]![k], 0) / ctx.y.sales;
  const lo = Math.floor(w(0));
  return [lo, Math.max(lo + 1, Math.ceil(w(1)))];
}

const REGION_OF: Record<string, string> = {
  Mexico: 'Canada and Latin America', Canada: 'Canada and Latin America', Brazil: 'Canada and Latin America', Chile: 'Canada and Latin America',
  China: 'Asia Pacific', Malaysia: 'Asia Pacific', Thailand: 'Asia Pacific', India: 'Asia Pacific', Japan: 'Asia Pacific', 'South Korea': 'Asia Pacific',
  Australia: 'Asia Pacific', 'New Zealand': 'Asia Pacific', Singapore: 'Asia Pacific',
};

/** Regions of the employee tables, in order. */
export const EMPLOYEE_REGIONS = ['United States', 'Canada and Latin America', 'Europe, Middle East and Africa', 'Asia Pacific'];

/** Employees of each country where the company has a principal site at a year end, the United States first; they sum to the headcount. */
export function headcountByCountry(ctx: ReportYear, l: YearLedger): Array<{ country: string; region: string; employees: number }> {
  const c = ctx.c;
  const abroad = [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))];
  const countries = ['United States', ...abroad];
  const weights = countries.map((name, k) => (k === 0 ? 6 : 1) * yearRng(c, 0, `emp-${name}`).float(0.5, 1.5) * yearRng(c, l.year, `emp-${name}`).float(0.95, 1.05));
  const parts = splitBy(l.headcount, weights);
  return countries.map((name, k) => ({
    country: name.replace(/^the /, 'The '),
    region: k === 0 ? 'United States' : REGION_OF[name] ?? 'Europe, Middle East and Africa',
    employees: parts[k]!,
  }));
}

/** Employees covered by each principal collective bargaining agreement at a year end (union sites, in property order), with the fiscal year it expires. */
export function unionCovered(ctx: ReportYear, l: YearLedger): Array<{ index: number; covered: number; expires: number }> {
  return ctx.c.properties.flatMap((_, k) => {
    const d = ctx.pr.plants[k]!;
    return d.union ? [{ index: k, covered: Math.round(((l.headcount * d.staffShare) / 1000) * 0.7), expires: l.year + 1 + ((d.opened + l.year) % 3) }] : [];
  });
}
