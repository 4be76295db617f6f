// Writes MD&A quarterly results (consolidated, fourth quarter and by segment), working capital metrics and the outlook for next year.
import { segmentQuarters } from '../../figures/sales.js';
import { yearRng } from '../../streams.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, changeTenthsPct, dollars, money, pct, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';

/** Segment outlook paragraphs at the end of the outlook section. */
export function* segmentOutlook(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  yield ctx.para(c.segments.map((s, i) => {
    const r = yearRng(c, y.year, `seg-outlook-${i}`);
    const lo = r.int(-3, 4);
    const m = Math.round((y.seg[i]!.oi / y.seg[i]!.sales) * 1000);
    const hi = lo + r.int(2, 4);
    const range = lo >= 0 ? `to grow ${lo}% to ${hi}%` : hi > 0 ? `to range from a ${-lo}% decline to ${hi}% growth` : hi === 0 ? `to be flat to down ${-lo}%` : `to decline ${-hi}% to ${-lo}%`;
    return ctx.say(`{For|In} ${s.name}, we expect net sales ${range} in fiscal ${y.year + 1}{, with demand in ${s.markets[0]} ${r.chance(0.5) ? 'firm' : 'uneven'}|}, and a segment operating margin {near|around|close to} ${pct(m + r.int(-10, 15))}.`);
  }));
}

const up = (a: number, b: number) => (a >= b ? '{rose|increased|grew}' : '{declined|decreased|fell}');

/** Quarterly results discussion, working-capital metrics and the outlook for next year. */
export function* renderQuarterlyAndOutlook(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  yield ctx.subsection('Quarterly Results');
  const Q = ['first', 'second', 'third', 'fourth'];
  yield ctx.para(y.quarters.map((q, k) => {
    const b = p.quarters[k]!;
    return ctx.say(`In the ${Q[k]} quarter, net sales ${up(q.sales, b.sales)} ${pct(changeTenthsPct(q.sales, b.sales))} to ${money(q.sales)}, and {operating income was|we earned operating income of} ${money(q.oi)}{, or ${pct(Math.round((q.oi / q.sales) * 1000))} of sales|} {against|compared with} ${money(b.oi)} a year earlier.`);
  }));
  yield ctx.heading('Working Capital');
  const days = (l: YearLedger) => [Math.round((l.bs.ar / l.sales) * 365), Math.round((l.bs.inv / l.cogs) * 365), Math.round((l.bs.ap / l.cogs) * 365)];
  const d3 = [y, p, pp].map(days);
  yield ctx.table(table('Working capital metrics', ['', ...[y, p, pp].map((l) => `Fiscal ${l.year}`)], [
    ['Days sales outstanding', ...d3.map((d) => String(d[0]))], ['Days inventory on hand', ...d3.map((d) => String(d[1]))], ['Days payables outstanding', ...d3.map((d) => String(d[2]))],
    ['Cash conversion cycle (days)', ...d3.map((d) => String(d[0]! + d[1]! - d[2]!))],
  ]));
  const [dso, dio, dpo] = d3[0]!;
  const [pdso, pdio, pdpo] = d3[1]!;
  yield ctx.para([
    ctx.say(`Days sales outstanding {were|stood at} ${dso} at <fyEnd>, {compared with|versus} ${pdso} a year earlier, and {inventory days|days inventory on hand} {moved|went} from ${pdio} to ${dio}{ as we ${dio! > pdio! ? 'built safety stock ahead of plant transitions' : 'reduced safety stock'}|}.`),
    ctx.say(`Days payables outstanding were ${dpo}{, against ${pdpo} in fiscal ${p.year}|}, {leaving a|for a} cash conversion cycle of ${dso! + dio! - dpo!} days.`),
  ]);
  yield ctx.heading(`Outlook for Fiscal ${y.year + 1}`);
  const r = yearRng(c, y.year, 'outlook');
  const g = r.int(0, 6);
  const eps = (y.ni / y.dilutedShares) * (1 + g / 100);
  yield ctx.para([
    ctx.say(`For fiscal ${y.year + 1}, we expect net sales {growth of|to change by} ${g}% to ${g + r.int(2, 3)}%{, including about ${r.int(0, 2)} point of favorable pricing|, with organic growth at the midpoint|}, and diluted earnings per share of ${dollars(eps * 0.97)} to ${dollars(eps * 1.04)}.`),
    ctx.say(`{We plan|Our plan calls for} capital expenditures of {approximately |}${money(Math.round(-y.cf.capex * r.float(0.95, 1.15)))}, an effective tax rate of ${r.int(21, 26)}% to ${r.int(27, 28)}% and free cash flow of {about|at least} ${money(Math.round((y.cf.cfo + y.cf.capex) * r.float(0.95, 1.1)))}.`),
  ]);
}

/** Fourth-quarter segment sales and operating income against the prior-year quarter (MD&A). */
export function* fourthQuarterSegments(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = segmentQuarters(ctx, y);
  const b = segmentQuarters(ctx, p);
  yield ctx.table(table(`Fourth-quarter segment results (in millions)`, ['Segment', `Net sales, Q4 ${y.year}`, `Net sales, Q4 ${p.year}`, '% change', `Operating income, Q4 ${y.year}`, `Operating income, Q4 ${p.year}`], c.segments.map((s, i) => [
    s.name, amount(a.sales[i]![3]!), amount(b.sales[i]![3]!), pct(changeTenthsPct(a.sales[i]![3]!, b.sales[i]![3]!), true), amount(a.oi[i]![3]!), amount(b.oi[i]![3]!),
  ])));
}

const Q = ['first', 'second', 'third', 'fourth'];

/** Segment sales and operating income by quarter against the prior-year quarter (MD&A). */
export function* segmentQuarterDiscussion(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = segmentQuarters(ctx, y);
  const b = segmentQuarters(ctx, p);
  yield ctx.heading('Segment Results by Quarter');
  for (const [i, s] of c.segments.entries()) {
    const parts = [0, 1, 2, 3].map((k) => {
      const d = changeTenthsPct(a.sales[i]![k]!, b.sales[i]![k]!);
      return `${Q[k]}-quarter sales ${d >= 0 ? '{rose|grew|increased}' : '{fell|declined|decreased}'} ${pct(d)} to ${money(a.sales[i]![k]!)}`;
    });
    const best = a.oi[i]!.indexOf(Math.max(...a.oi[i]!));
    yield ctx.para([
      ctx.say(`{In|For} ${s.name}, ${parts[0]} and ${parts[1]}{, while|; then} ${parts[2]} and ${parts[3]}.`),
      ctx.say(`Segment operating income {peaked|was highest} in the ${Q[best]} quarter at ${money(a.oi[i]![best]!)}{, against ${money(b.oi[i]![best]!)} in the same quarter of fiscal ${p.year}|}.`),
    ]);
  }
}
