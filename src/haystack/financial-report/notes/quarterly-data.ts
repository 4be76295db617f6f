// Writes Note 19, Quarterly Financial Data (Unaudited), for the current and prior fiscal years.
import { epsDiluted } from '../figures/earnings.js';
import type { ReportContext } from '../writing/context.js';
import { amount, dollars, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Note 19. */
export function* noteQuarterlyData(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.note(19, 'Quarterly Financial Data (Unaudited)');
  for (const l of [y, p]) {
    const q = l.quarters;
    const row = (label: string, f: (k: (typeof q)[number]) => number, total: number) => [label, ...q.map((k) => amount(f(k))), amount(total)];
    yield ctx.table(table(`Fiscal ${l.year} (in millions, except per-share amounts)`, ['', 'First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter', 'Fiscal year'], [
      row('Net sales', (k) => k.sales, l.sales), row('Gross profit', (k) => k.gross, l.gross), row('Operating income', (k) => k.oi, l.oi), row('Net income', (k) => k.ni, l.ni),
      ['Diluted earnings per share', ...q.map((k) => dollars(k.ni / l.dilutedShares)), dollars(epsDiluted(l))],
    ]));
  }
  yield ctx.para([ctx.say('{The sum of quarterly earnings per share|Quarterly earnings per share} may not equal {the annual amount|full-year earnings per share} {because of rounding and changes in share counts|due to rounding and differences in weighted-average shares}.')]);
}
