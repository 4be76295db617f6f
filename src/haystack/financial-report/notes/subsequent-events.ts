// Writes the last note, Subsequent Events: what happened between the balance-sheet date and the filing.
import { MONTHS } from '../calendar.js';
import type { ReportContext } from '../writing/context.js';
import { amount, dollars } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** The last note: events after the balance-sheet date. */
export function* renderSubsequentEvents(ctx: ReportContext, n: number): Generator<Block> {
  const { y, rng } = ctx;
  yield ctx.heading(`Note ${n}. Subsequent Events`);
  const m = rng.int(0, 1) ? 'January' : 'February';
  const div = Math.round(y.dps * 100 * rng.float(1.02, 1.08) / 4) / 100;
  yield ctx.fromList('subsequent', rng.int(2, 4), {
    subDate: `${m} ${rng.int(5, 25)}, ${y.year + 1}`, divText: dollars(div), payDate: `${MONTHS[(MONTHS.indexOf(m) + 2) % 12]} ${rng.int(1, 28)}, ${y.year + 1}`,
    recordDate: `${MONTHS[(MONTHS.indexOf(m) + 1) % 12]} ${rng.int(1, 28)}, ${y.year + 1}`, subMonth: m,
    subTarget: `${rng.pick(['Harlow', 'Ebbtide', 'Cinder', 'Falkner', 'Grisham', 'Tamarind', 'Ludlow', 'Brisbane'])} ${rng.pick(['Controls', 'Fabrication', 'Polymers', 'Instruments', 'Services'])}`,
    subPriceM: amount(Math.round(y.sales * rng.float(0.01, 0.06))), revolverYear2: y.year + rng.int(5, 6), revolverNewM: amount(y.revolverCapacity + 2500),
  });
}
