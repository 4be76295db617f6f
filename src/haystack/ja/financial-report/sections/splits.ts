// Splits of a year's figures that several sections print alike: sales by region and segment, and the four quarters.
import type { JaReportContext } from '../context.js';
import type { JaYear } from '../ledger.js';
import { steady } from './draws.js';

/** Regions of 地域ごとの情報, in the order the tables print them. */
export const REGIONS = ['日本', 'アジア', '北米', '欧州', 'その他'];

/** Sales of each segment by region (百万円); rows sum to the segment's sales. */
export function salesByRegion(ctx: JaReportContext, y: JaYear = ctx.y): number[][] {
  // Each segment's regional mix is the company's own and drifts a little from year to year.
  const ranges: Array<[number, number]> = [[0.45, 0.7], [0.12, 0.3], [0.04, 0.12], [0.03, 0.09], [0.005, 0.02]];
  return y.segments.map((s, i) => {
    const w = ranges.map(([lo, hi], k) => steady(ctx, y.year, `regions-${i}-${k}`, lo, hi));
    const total = w.reduce((a, b) => a + b, 0);
    const parts = w.map((x) => Math.round((s.sales * x) / total));
    parts[0]! += s.sales - parts.reduce((a, b) => a + b, 0);
    return parts;
  });
}

/** Cumulative quarter figures (Q1, H1, 9M, full year) of sales, pretax profit and parent income. */
export function quarters(ctx: JaReportContext): Array<{ sales: number; pretax: number; income: number }> {
  const y = ctx.y;
  const rng = ctx.rng.fork('quarters');
  const shares = [rng.float(0.22, 0.26), rng.float(0.23, 0.27), rng.float(0.24, 0.27)];
  let s = 0;
  const out = shares.map((q) => {
    s += q;
    return { sales: Math.round(y.sales * s), pretax: Math.round(y.pretax * (s + rng.float(-0.02, 0.02))), income: Math.round(y.parentIncome * (s + rng.float(-0.02, 0.02))) };
  });
  out.push({ sales: y.sales, pretax: y.pretax, income: y.parentIncome });
  return out;
}

/** Sales of a segment's products (百万円) in fiscal `year`, summing to the segment's sales. */
export function productSales(ctx: JaReportContext, i: number, year: number): number[] {
  const total = ctx.books(year).segments[i]!.sales;
  const rng = ctx.rng.fork(`products-${year}-${i}`);
  const base = ctx.company.segments[i]!.products.map((_, k) => 1 / (k + 1.4));
  const w = base.map((b) => b * rng.float(0.95, 1.05));
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.round((total * x) / sum));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/**
 * 生産実績 of segment `i` in fiscal `year` (百万円): its sales at a ratio that moves a little with the year, as the
 * MD&A's table prints it and the plants' table splits it.
 */
export function segmentProduction(ctx: JaReportContext, i: number, year: number): number {
  return Math.round(ctx.books(year).segments[i]!.sales * (0.86 + ((year * 7 + i * 13) % 5) / 100));
}
