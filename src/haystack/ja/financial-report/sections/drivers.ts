// What moved a segment's sales and margin, read from the ledger: the MD&A's segment paragraphs and its margin analysis
// name the same drivers, and a driver named always goes the way the figures it introduces go.
import type { JaReportContext } from '../context.js';
import { productSales } from './splits.js';

/** A product's sales this year and last (百万円). */
export interface ProductMove {
  product: string;
  /** Index in the segment's product list (0 is the segment's largest line). */
  k: number;
  cur: number;
  prev: number;
}

/** Each product of segment `i` with this year's and last year's sales. */
export function productMoves(ctx: JaReportContext, i: number): ProductMove[] {
  const cur = productSales(ctx, i, ctx.year);
  const prev = productSales(ctx.withYear(ctx.year - 1), i, ctx.year - 1);
  return ctx.company.segments[i]!.products.map((product, k) => ({ product, k, cur: cur[k]!, prev: prev[k]! }));
}

/**
 * The product that moved the segment's sales most in the direction they went (largest gain when they rose, largest
 * fall when they fell); undefined when no product went that way.
 */
export function leadProduct(ctx: JaReportContext, i: number): ProductMove | undefined {
  const moves = productMoves(ctx, i);
  const up = ctx.y.segments[i]!.sales >= ctx.p.segments[i]!.sales;
  const sign = up ? 1 : -1;
  const best = [...moves].sort((a, b) => sign * (b.cur - b.prev) - sign * (a.cur - a.prev))[0];
  return best && sign * (best.cur - best.prev) > 0 ? best : undefined;
}

/** Why a segment's margin moved: a short form for 損益面では…, a long one for the margin analysis. */
export interface MarginCause {
  short: string;
  long: string;
}

/**
 * The cause of segment `i`'s margin moving the way it did this year, drawn once per segment and year (both the
 * segment paragraph and the margin analysis read it, so they never give two different causes). A volume cause is
 * offered only when sales went that way.
 */
export function marginCause(ctx: JaReportContext, i: number): MarginCause {
  const cur = ctx.y.segments[i]!;
  const prev = ctx.p.segments[i]!;
  const marginUp = cur.op / cur.sales >= prev.op / prev.sales;
  const salesUp = cur.sales >= prev.sales;
  const material = ctx.company.materials[(i + ctx.year) % ctx.company.materials.length]!;
  const rng = ctx.rng.fork(`margin-cause-${ctx.year}-${i}`);
  const causes: MarginCause[] = marginUp
    ? [
        { short: '販売価格の改定', long: `${material}価格の上昇分の販売価格への転嫁が進んだこと` },
        { short: '生産性の改善', long: '生産性の向上による原価低減' },
        { short: '原価低減の進展', long: '生産工程の見直しによる原価低減の進展' },
        ...(salesUp ? [{ short: '増収効果', long: '増収に伴う固定費負担の軽減' }] : []),
      ]
    : [
        { short: `${material}価格の上昇`, long: `${material}価格の上昇を販売価格に十分転嫁できなかったこと` },
        { short: '人件費の増加', long: '賃上げに伴う人件費の増加' },
        { short: '減価償却費の増加', long: '新設備の稼働開始に伴う減価償却費の増加' },
        ...(!salesUp ? [{ short: '減収', long: '減収に伴う固定費負担の増加' }] : []),
      ];
  return rng.pick(causes);
}
