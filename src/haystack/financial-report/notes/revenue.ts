// Writes Note 2, Revenue: net sales by region, channel and product line, contract balances and performance obligations.
import { CHANNELS, channelSales, lineSales, regionSales } from '../figures/sales.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

/** Net sales by channel and segment, with contract balances (Note 2). */
export function* revenueDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const bySeg = c.segments.map((_, i) => channelSales(ctx, i, y));
  yield ctx.table(table(`Net sales by channel and segment, fiscal ${y.year} (in millions)`, ['Channel', ...c.segments.map((s) => s.name), 'Total'], [
    ...CHANNELS.map((name, k) => [name, ...bySeg.map((ch) => amount(ch[k]!)), amount(bySeg.reduce((a, ch) => a + ch[k]!, 0))]),
    ['Total net sales', ...y.seg.map((s) => amount(s.sales)), amount(y.sales)],
  ]));
  const contract = (l: YearLedger) => { const r = yearRng(c, l.year, 'contract'); return [Math.round(l.sales * r.float(0.004, 0.012)), Math.round(l.sales * r.float(0.008, 0.02))]; };
  const [ca, cl] = contract(y);
  const [pca, pcl] = contract(p);
  yield ctx.table(table('Contract balances (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Contract assets', amount(ca!), amount(pca!)], ['Contract liabilities (customer deposits and deferred revenue)', amount(cl!), amount(pcl!)],
  ]));
  yield ctx.para([
    ctx.say(`{We recognized|Revenue recognized} ${'$' + amount(Math.round(pcl! * 0.86))} million {of revenue in fiscal ${y.year} that was|in fiscal ${y.year} had been} included in contract liabilities at the beginning of the year.`),
    ctx.say(`{Remaining performance obligations|Unsatisfied performance obligations} on contracts with an original duration of more than one year {were|totaled} ${'$' + amount(Math.round(y.backlog * 0.35))} million at <fyEnd>{, of which we expect to recognize about ${60 + (y.year % 25)}% within twelve months|}.`),
  ]);
}

/** Net sales by product line for three years (Note 2). */
export function* productLineNote(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  const ys = [y, p, pp];
  const rows: string[][] = [];
  c.segments.forEach((s, i) => {
    const v = ys.map((l) => lineSales(ctx, i, l));
    pr.lines[i]!.forEach((l, k) => rows.push([`${s.name}: ${l.brand} ${l.product}`, ...v.map((x) => amount(x[k]!))]));
  });
  rows.push(['Total net sales', ...ys.map((l) => amount(l.sales))]);
  yield ctx.table(table('Net sales by segment and product line (in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], rows));
}

/** Note 2. */
export function* noteRevenue(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  yield ctx.note(2, 'Revenue');
  yield ctx.fromList('revenue', 2, { contractM: amount(Math.round(y.sales * rng.float(0.005, 0.02))) });
  const regions = ['United States', 'Europe', 'Asia Pacific', 'Other Americas'];
  const regionRows: string[][] = [];
  const splits = regionSales(ctx, y);
  regions.forEach((r, k) => regionRows.push([r, ...splits.map((sp) => amount(sp[k]!)), amount(splits.reduce((t, sp) => t + sp[k]!, 0))]));
  regionRows.push(['Total net sales', ...y.seg.map((s) => amount(s.sales)), amount(y.sales)]);
  yield ctx.table(table(`Net sales by region and segment, fiscal ${y.year} (in millions)`, ['Region', ...c.segments.map((s) => s.name), 'Total'], regionRows));
  yield* revenueDetail(ctx);
  yield* productLineNote(ctx);

}
