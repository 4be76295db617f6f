// Writes Note 16, Restructuring: charges of the year and the liability roll-forward.
import { restructuringLiability } from '../figures/balances.js';
import { restructuringSite } from '../figures/operations.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

const paren = (t: number) => `(${amount(Math.abs(t))})`;

/** Restructuring liability roll-forward (Note 16). */
export function* restructuringDetail(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  const begin = restructuringLiability(ctx, p);
  const end = restructuringLiability(ctx, y);
  const nonCash = Math.round(y.restructuring * 0.15);
  const payments = begin + y.restructuring - nonCash - end;
  if (begin === 0 && y.restructuring === 0) return;
  yield ctx.table(table('Restructuring liability (in millions)', ['', `Fiscal ${y.year}`], [
    ['Balance at beginning of year', cell(begin)], ['Charges', cell(y.restructuring)], ['Non-cash asset write-downs', nonCash ? paren(nonCash) : '—'],
    ['Cash payments', payments ? paren(payments) : '—'], ['Balance at end of year', cell(end)],
  ]));
}

/** Note 16. */
export function* noteRestructuring(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  yield ctx.note(16, 'Restructuring');
  const program = ctx.states('restructuring.plant-consolidation')
    ? [`the consolidation of our ${restructuringSite(ctx.c).city} plant`, 'the realignment of our <segment> segment', 'our footprint optimization program']
    : ['the realignment of our <segment> segment', 'our productivity program', 'the consolidation of shared services'];
  if (y.restructuring > 0) yield ctx.fromList('restructuring', 2, { restrM: amount(y.restructuring), restrLiabM: amount(restructuringLiability(ctx, y)), program });
  else yield ctx.para([ctx.say(`{We did not record|No} restructuring charges {were recorded |}in fiscal ${y.year}{, and the remaining liability from prior programs was not material|}.`.replace('{were recorded |}', ''))]);

  yield* restructuringDetail(ctx);

}
