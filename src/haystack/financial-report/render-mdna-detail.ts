// MD&A detail per comparison: net sales by geography and product line, quarterly results, working capital and the outlook.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, changeTenthsPct, dollars, money, pct, table } from './format.js';
import { regionSales } from './notes-detail-b.js';
import { lineShares } from './render-business-detail.js';
import { yearRng } from './profile.js';

const REGIONS = ['the United States', 'Europe', 'Asia Pacific', 'Other Americas'];
const up = (a: number, b: number) => (a >= b ? '{rose|increased|grew}' : '{declined|decreased|fell}');

/** Product-line net sales of segment `i` in a fiscal year, in tenths; they sum to the segment's sales. */
export function lineSales(ctx: ReportContext, i: number, l: YearLedger): number[] {
  const shares = lineShares(ctx, i, l.year);
  const parts = shares.slice(0, -1).map((s) => Math.round((l.seg[i]!.sales * s) / 1000));
  return [...parts, l.seg[i]!.sales - parts.reduce((a, b) => a + b, 0)];
}

/** Net sales by geography and by product line, comparing `cur` with `prev`. */
export function* renderSalesDetail(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const { c, pr } = ctx;
  yield ctx.heading(`Net Sales by Geography, Fiscal ${cur.year} Compared with Fiscal ${prev.year}`);
  const rc = regionSales(ctx, cur);
  const rp = regionSales(ctx, prev);
  const tot = (r: number[][], k: number) => r.reduce((a, s) => a + s[k]!, 0);
  yield ctx.table(table(null, ['(in millions)', `Fiscal ${cur.year}`, `Fiscal ${prev.year}`, '% change'], [
    ...REGIONS.map((name, k) => [name.replace(/^the /, ''), amount(tot(rc, k)), amount(tot(rp, k)), pct(changeTenthsPct(tot(rc, k), tot(rp, k)), true)]),
    ['Total net sales', amount(cur.sales), amount(prev.sales), pct(changeTenthsPct(cur.sales, prev.sales), true)],
  ]));
  yield ctx.para(REGIONS.map((name, k) => {
    const a = tot(rc, k);
    const b = tot(rp, k);
    const best = c.segments.map((s, i) => ({ s, d: changeTenthsPct(rc[i]![k]!, rp[i]![k]!) })).sort((x, z) => z.d - x.d)[0]!;
    return ctx.say(`Net sales in ${name} ${up(a, b)} ${pct(changeTenthsPct(a, b))} to ${money(a)} in fiscal ${cur.year}{, led by ${best.s.name}, where sales in the region ${best.d >= 0 ? 'grew' : 'fell'} ${pct(best.d)}|, with ${best.s.name} ${best.d >= 0 ? 'up' : 'down'} ${pct(best.d)}|}.`);
  }));
  yield ctx.para(c.segments.map((s, i) => {
    const moves = REGIONS.map((name, k) => ({ name, a: rc[i]![k]!, d: changeTenthsPct(rc[i]![k]!, rp[i]![k]!) }));
    const ups = moves.filter((m) => m.d >= 0);
    const downs = moves.filter((m) => m.d < 0);
    const join = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
    const part = (xs: typeof moves) => join(xs.map((m) => `${m.name} (${pct(m.d)}, to ${money(m.a)})`));
    return ctx.say(downs.length === 0
      ? `{By region|Regionally}, ${s.name} net sales grew everywhere in fiscal ${cur.year}: ${part(ups)}.`
      : ups.length === 0
        ? `{By region|Regionally}, ${s.name} net sales declined in every region in fiscal ${cur.year}: ${part(downs)}.`
        : `{By region|Regionally}, ${s.name} net sales increased in ${part(ups)}{, and| but} decreased in ${part(downs)} in fiscal ${cur.year}.`);
  }));
  yield ctx.heading(`Net Sales by Product Line, Fiscal ${cur.year} Compared with Fiscal ${prev.year}`);
  for (const [i, s] of c.segments.entries()) {
    const lc = lineSales(ctx, i, cur);
    const lp = lineSales(ctx, i, prev);
    const lines = pr.lines[i]!;
    yield ctx.table(table(`${s.name} net sales by product line (in millions)`, ['Product line', `Fiscal ${cur.year}`, `Fiscal ${prev.year}`, '% change'], [
      ...lines.map((l, k) => [`${l.brand} ${l.product}`, amount(lc[k]!), amount(lp[k]!), pct(changeTenthsPct(lc[k]!, lp[k]!), true)]),
      [`Total ${s.name}`, amount(cur.seg[i]!.sales), amount(prev.seg[i]!.sales), pct(changeTenthsPct(cur.seg[i]!.sales, prev.seg[i]!.sales), true)],
    ]));
    const order = lines.map((l, k) => ({ l, k, d: changeTenthsPct(lc[k]!, lp[k]!) })).sort((x, z) => z.d - x.d);
    const top = order[0]!;
    const low = order[order.length - 1]!;
    yield ctx.para([
      ctx.say(`{Within|In} ${s.name}, ${top.l.brand} ${top.l.product} {posted the strongest growth|grew fastest|led the segment}, with sales ${top.d >= 0 ? 'up' : 'down'} ${pct(top.d)} to ${money(lc[top.k]!)}{, on {new business|share gains|new customer programs} in ${top.l.market}| as demand in ${top.l.market} improved|}.`),
      ctx.say(`{Sales of|Revenue from} ${low.l.brand} ${low.l.product} ${low.d >= 0 ? '{rose only|increased just}' : '{fell|declined}'} ${pct(low.d)} to ${money(lc[low.k]!)}{, the weakest performance in the segment|, reflecting softer conditions in ${low.l.market}|}.`),
    ]);
  }
}

/** Quarterly results discussion, working-capital metrics and the outlook for next year. */
export function* renderQuarterlyAndOutlook(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  yield ctx.heading('Quarterly Results');
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
