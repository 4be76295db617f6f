// Writes Note 17, Segment Information: segment results, expenses, assets, quarters and geography.
import { segmentAssets } from '../figures/balances.js';
import { regionSales, segmentExpenses, segmentQuarters } from '../figures/sales.js';
import { splitBy, yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

/** Net sales and long-lived assets by geography (Note 17). */
export function* geographyDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const regions = ['United States', 'Europe', 'Asia Pacific', 'Other Americas'];
  const y3 = [y, p, pp];
  const bySales = y3.map((l) => regionSales(ctx, l));
  yield ctx.table(table('Net sales by geographic area (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ...regions.map((name, k) => [name, ...bySales.map((s) => amount(s.reduce((a, seg) => a + seg[k]!, 0)))]), ['Total net sales', ...y3.map((l) => amount(l.sales))],
  ]));
  const ppe = (l: YearLedger) => { const b = yearRng(c, 0, 'ppe-geo'); const r = yearRng(c, l.year, 'ppe-geo'); return splitBy(l.bs.ppe, [b.float(0.5, 0.7), b.float(0.15, 0.25), b.float(0.08, 0.15), b.float(0.03, 0.08)].map((w) => w * r.float(0.97, 1.03))); };
  const a = ppe(y);
  const b = ppe(p);
  yield ctx.table(table('Property, plant and equipment, net, by geographic area (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...regions.map((name, k) => [name, amount(a[k]!), amount(b[k]!)]), ['Total', amount(y.bs.ppe), amount(p.bs.ppe)],
  ]));
}

const QUARTERS = ['First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter'];

/** Segment results by quarter for the current and prior year (Note 17). */
export function* segmentQuarterTables(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  for (const l of [y, p]) {
    const q = segmentQuarters(ctx, l);
    const line = (label: string, v: number[], total: number) => [label, ...v.map(cell), cell(total)];
    yield ctx.table(table(`Segment net sales and operating income by quarter, fiscal ${l.year} (in millions)`, ['', ...QUARTERS, 'Fiscal year'], [
      ['Net sales:', '', '', '', '', ''],
      ...c.segments.map((s, i) => line(s.name, q.sales[i]!, l.seg[i]!.sales)),
      line('Total net sales', l.quarters.map((x) => x.sales), l.sales),
      ['Operating income:', '', '', '', '', ''],
      ...c.segments.map((s, i) => line(s.name, q.oi[i]!, l.seg[i]!.oi)),
      line('Corporate and unallocated', q.corporate, l.corporate),
      line('Total operating income', l.quarters.map((x) => x.oi), l.oi),
    ]));
  }
  const q = segmentQuarters(ctx, y);
  const best = c.segments.map((s, i) => ({ s, k: q.sales[i]!.indexOf(Math.max(...q.sales[i]!)) }));
  const names = ['first', 'second', 'third', 'fourth'];
  yield ctx.para([
    ctx.say(`{Quarterly segment results|Segment results by quarter} {are unaudited|have not been audited} and {reflect|follow} the same {segment measure|definition of segment operating income} used for the annual {figures|amounts}.`),
    ...best.slice(0, 3).map(({ s, k }, i) => ctx.say(`${s.name} {recorded|posted} its {highest|largest} quarterly net sales in the ${names[k]} quarter of fiscal ${y.year}, ${money(q.sales[i]!.at(k)!)}{, when operating income in the segment was ${money(q.oi[i]!.at(k)!)}|}.`)),
  ]);
}

const money = (t: number) => `$${amount(Math.abs(t))} million`;

/** Segment expense table of the current year (Note 17). */
export function* segmentExpenseTable(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const e = segmentExpenses(ctx, y);
  yield ctx.para([ctx.say(`{The table below|The following table} {presents|shows} the significant expense categories {regularly provided to|reviewed by} the chief operating decision maker for each segment in fiscal ${y.year}{; segment cost of sales excludes amortization of acquired intangible assets, which is not allocated|}.`)]);
  yield ctx.table(table(`Significant segment expenses, fiscal ${y.year} (in millions)`, ['', ...c.segments.map((s) => s.name)], [
    ['Net sales', ...y.seg.map((s) => amount(s.sales))],
    ['Cost of sales', ...e.map((x) => amount(x[0]!))], ['Selling, general and administrative expenses', ...e.map((x) => amount(x[1]!))],
    ['Research and development expenses', ...e.map((x) => amount(x[2]!))], ['Segment operating income', ...y.seg.map((s) => amount(s.oi))],
  ]));
}

/** Segment assets table (Note 17). */
export function* segmentAssetTable(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = segmentAssets(ctx, y);
  const b = segmentAssets(ctx, p);
  yield ctx.table(table('Total assets by segment (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...c.segments.map((s, i) => [s.name, amount(a[i]!), amount(b[i]!)]), ['Corporate', amount(a[a.length - 1]!), amount(b[b.length - 1]!)], ['Total consolidated assets', amount(y.bs.ta), amount(p.bs.ta)],
  ]));
}

/** Note 17. */
export function* noteSegments(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const y3 = [y, p, pp];
  const hdr3 = ['(in millions)', ...y3.map((l) => `Fiscal ${l.year}`)];
  yield ctx.note(17, 'Segment Information');
  yield ctx.fromList('segments_note', 2);
  yield ctx.table(table('Segment net sales and operating income', hdr3, [
    ['Net sales:', '', '', ''],
    ...c.segments.map((s, i) => [s.name, ...y3.map((l) => amount(l.seg[i]!.sales))]),
    ['Total net sales', ...y3.map((l) => amount(l.sales))],
    ['Operating income:', '', '', ''],
    ...c.segments.map((s, i) => [s.name, ...y3.map((l) => amount(l.seg[i]!.oi))]),
    ['Corporate and unallocated', ...y3.map((l) => cell(l.corporate))],
    ['Total operating income', ...y3.map((l) => amount(l.oi))],
  ]));
  yield ctx.table(table('Depreciation and capital expenditures by segment', hdr3, [
    ...c.segments.map((s, i) => [`${s.name} depreciation`, ...y3.map((l) => amount(l.seg[i]!.da))]),
    ...c.segments.map((s, i) => [`${s.name} capital expenditures`, ...y3.map((l) => amount(l.seg[i]!.capex))]),
  ]));

  yield* segmentExpenseTable(ctx);
  yield* segmentAssetTable(ctx);
  yield* segmentQuarterTables(ctx);
  yield* geographyDetail(ctx);

}
