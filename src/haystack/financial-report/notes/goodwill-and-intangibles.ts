// Writes Note 4, Goodwill and Intangible Assets: roll-forwards in total and by segment, intangibles by class, expected amortization.
import { goodwillBySegment } from '../figures/balances.js';
import { splitBy, yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Goodwill by segment and intangible assets by class (Note 4). */
export function* goodwillDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const gy = goodwillBySegment(ctx, y);
  const gp = goodwillBySegment(ctx, p);
  yield ctx.table(table('Goodwill by segment (in millions)', ['Segment', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...c.segments.map((s, i) => [s.name, amount(gy[i]!), amount(gp[i]!)]), ['Total goodwill', amount(y.bs.goodwill), amount(p.bs.goodwill)],
  ]));
  const classes = ['Customer relationships', 'Developed technology', 'Trade names', 'Other'];
  const lives = ['10 to 20 years', '7 to 15 years', '15 to 25 years', '3 to 10 years'];
  const net = splitBy(y.bs.intang, [0.55, 0.25, 0.15, 0.05].map((w) => w * yearRng(c, y.year, 'intang').float(0.9, 1.1)));
  const acc = net.map((n, k) => Math.round(n * (0.6 + k * 0.15 + (y.year - c.firstYear) * 0.04)));
  yield ctx.table(table(`Intangible assets at ${ctx.fyEnd(y.year)} (in millions)`, ['Class', 'Useful lives', 'Gross carrying amount', 'Accumulated amortization', 'Net carrying amount'], [
    ...classes.map((name, k) => [name, lives[k]!, amount(net[k]! + acc[k]!), `(${amount(acc[k]!)})`, amount(net[k]!)]),
    ['Total', '', amount(y.bs.intang + acc.reduce((a, b) => a + b, 0)), `(${amount(acc.reduce((a, b) => a + b, 0))})`, amount(y.bs.intang)],
  ]));
}

/** Changes in goodwill by segment (Note 4): each segment's year-end balance is the next year's opening balance. */
export function* goodwillRollBySegment(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = goodwillBySegment(ctx, y);
  const b = goodwillBySegment(ctx, p);
  const acq = c.segments.map((s) => (y.acquisition?.segment === s.name ? y.acquisition.goodwill : 0));
  yield ctx.table(table(`Changes in goodwill by segment, fiscal ${y.year} (in millions)`, ['Segment', 'Beginning of year', 'Acquisitions', 'Currency translation and other', 'End of year'], [
    ...c.segments.map((s, i) => [s.name, amount(b[i]!), cell(acq[i]!), cell(a[i]! - b[i]! - acq[i]!), amount(a[i]!)]),
    ['Total', amount(p.bs.goodwill), cell(y.acquisition?.goodwill ?? 0), cell(y.bs.goodwill - p.bs.goodwill - (y.acquisition?.goodwill ?? 0)), amount(y.bs.goodwill)],
  ]));
}

/** Note 4. */
export function* noteGoodwill(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.note(4, 'Goodwill and Intangible Assets');
  yield ctx.fromList('goodwill', 2);
  const gwFx = (l: typeof y, prev: typeof p) => l.bs.goodwill - prev.bs.goodwill - (l.acquisition?.goodwill ?? 0);
  yield ctx.table(table('Changes in goodwill (in millions)', ['', `Fiscal ${y.year}`, `Fiscal ${p.year}`], [
    ['Balance at beginning of year', amount(p.bs.goodwill), amount(ctx.pp.bs.goodwill)],
    ['Acquisitions', cell(y.acquisition?.goodwill ?? 0), cell(p.acquisition?.goodwill ?? 0)],
    ['Foreign currency translation', cell(gwFx(y, p)), cell(gwFx(p, ctx.pp))],
    ['Balance at end of year', amount(y.bs.goodwill), amount(p.bs.goodwill)],
  ]));
  yield* goodwillDetail(ctx);
  yield* goodwillRollBySegment(ctx);
  const nextAmort = [1, 2, 3, 4, 5].map((k) => Math.round(y.amort * Math.pow(0.93, k)));
  yield ctx.para([ctx.say(`Amortization expense was ${'$' + amount(y.amort)} million in fiscal ${y.year}, and {we expect|estimated} amortization {expense |}for the next five fiscal years {is|will be} ${nextAmort.map((a) => '$' + amount(a) + ' million').join(', ')}{, respectively|}.`)]);

}
