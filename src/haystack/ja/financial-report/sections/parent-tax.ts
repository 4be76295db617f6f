// The parent's own figures that its statements, notes and the consolidated estimates quote: its share of the group's
// figures, 関係会社株式 and the deferred tax assets by cause (百万円). Kept apart so the notes that print them do not import each other.
import type { JaReportContext } from '../context.js';

/** The parent's share of the group's figures (0.55–0.64, fixed by the company): its statements scale the group's by it. */
export function parentShare(ctx: JaReportContext): number {
  return 0.55 + ((ctx.company.shares / 100_000) % 10) / 100;
}

/** 関係会社株式 as the parent's balance sheet prints it at the end of `year`. */
export function subsidiaryShares(ctx: JaReportContext, year: number): number {
  return Math.round(ctx.books(year).capital * 1.4);
}

/** The parent's deferred tax assets of `year` by cause (百万円), before the valuation allowance. */
export function parentTaxItems(ctx: JaReportContext, year: number): Array<[string, number]> {
  const bk = ctx.books(year);
  const k = parentShare(ctx);
  return [
    ['退職給付引当金', Math.round(bk.retirement * 0.8 * 0.306 * 1.08)],
    ['賞与引当金', Math.round(bk.sga * k * 0.05 * 0.306)],
    ['関係会社株式評価損', Math.round(subsidiaryShares(ctx, year) * 0.03)],
    ['減価償却超過額', Math.round(bk.ppe * k * 0.01)],
    ['その他', Math.round(bk.sales * k * 0.003)],
  ] as Array<[string, number]>;
}

/** The parent's deferred tax assets of `year` after the valuation allowance (before offsetting the liabilities). */
export function parentDeferredAssets(ctx: JaReportContext, year: number): number {
  const list = parentTaxItems(ctx, year);
  const total = list.reduce((t, [, v]) => t + v, 0);
  return total - Math.round(list[2]![1] + total * 0.03);
}
