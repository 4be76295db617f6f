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
  const sales: number[][] = [];
  for (let i = 0; i < n; i++) sales.push(spread(l.seg[i]!.sales, (k) => l.quarters[k]!.sales, sales, i === n - 1));
  const corporate = splitBy(l.corporate, [1, 1, 1, 1].map(() => r.float(0.9, 1.1)));
  const oi: number[][] = [];
  for (let i = 0; i < n; i++) oi.push(spread(l.seg[i]!.oi, (k) => l.quarters[k]!.oi - corporate[k]!, oi, i === n - 1));
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
  const r = yearRng(ctx.c, year, `lines-${i}`);
  return splitBy(1000, ctx.pr.lines[i]!.map((l) => l.weight * r.float(0.94, 1.06)));
}

/** Backlog of each segment at a year end, in tenths; the parts sum to the reported backlog. */
export function backlogBySegment(ctx: ReportYear, l: YearLedger): number[] {
  const base = yearRng(ctx.c, 0, 'backlog-segments');
  const r = yearRng(ctx.c, l.year, 'backlog-segments');
  return splitBy(l.backlog, l.seg.map((s) => s.sales * base.float(0.5, 2) * r.float(0.9, 1.1)));
}

/** Product-line net sales of segment `i` in a fiscal year, in tenths; they sum to the segment's sales. */
export function lineSales(ctx: ReportYear, i: number, l: YearLedger): number[] {
  const shares = lineShares(ctx, i, l.year);
  const parts = shares.slice(0, -1).map((s) => Math.round((l.seg[i]!.sales * s) / 1000));
  return [...parts, l.seg[i]!.sales - parts.reduce((a, b) => a + b, 0)];
}

/** Employees of each segment and of corporate functions at a year end; they sum to the headcount. */
export function headcountBySegment(ctx: ReportYear, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'headcount-segments');
  return splitBy(l.headcount, [...l.seg.map((s) => s.sales * r.float(0.9, 1.1)), l.sales * 0.06]);
}
