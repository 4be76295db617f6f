// Writes the last note, Subsequent Events: what happened between the balance-sheet date and the filing.
import { dayIso, isoDay, longDate, monthYear } from '../calendar.js';
import type { ReportContext } from '../writing/context.js';
import { amount, dollars } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** The last note: events after the balance-sheet date, all dated between the period end and the filing. */
export function* renderSubsequentEvents(ctx: ReportContext, n: number): Generator<Block> {
  const { y, rng, cal } = ctx;
  yield ctx.note(n, 'Subsequent Events');
  const end = isoDay(cal.periodEnd(y.year));
  const filed = isoDay(cal.filedOn(y.year));
  const declared = end + rng.int(8, Math.max(9, filed - end - 12));
  const div = Math.round(y.dps * 100 * rng.float(1.02, 1.08) / 4) / 100;
  const vars = {
    subDate: longDate(dayIso(declared)), divText: dollars(div), recordDate: longDate(dayIso(declared + rng.int(14, 24))), payDate: longDate(dayIso(declared + rng.int(30, 45))),
    subMonthYear: monthYear(dayIso(end + rng.int(5, filed - end - 3))),
    subTarget: `${rng.pick(['Harlow', 'Ebbtide', 'Cinder', 'Falkner', 'Grisham', 'Tamarind', 'Ludlow', 'Brisbane'])} ${rng.pick(['Controls', 'Fabrication', 'Polymers', 'Instruments', 'Services'])}`,
    subPriceM: amount(Math.round(y.sales * rng.float(0.01, 0.06))), revolverYear2: y.year + rng.int(5, 6), revolverNewM: amount(y.revolverCapacity + 2500),
  };
  // One to three events (as far as the needles of the sweep leave them), then the review statement.
  const all = ctx.g.list('subsequent');
  const events = all.filter((t) => !/subsequent events through/.test(t));
  const closing = all.filter((t) => /subsequent events through/.test(t));
  const picked = rng.sample(events, rng.int(1, 3)).sort((a, b) => events.indexOf(a) - events.indexOf(b));
  const last = closing.find((t) => t.startsWith('[fact ') && !ctx.omit.has(t.slice(6, t.indexOf(']')))) ?? closing.find((t) => !t.startsWith('[fact '))!;
  yield ctx.para([...picked, last].map((t) => ctx.say(t, vars)));
}
