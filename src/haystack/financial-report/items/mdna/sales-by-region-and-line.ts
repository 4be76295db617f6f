// Writes MD&A net sales by geography and by product line for one comparison of two fiscal years.
import { lineSales, regionSales } from '../../figures/sales.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, changeTenthsPct, money, pct, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';

const REGIONS = ['the United States', 'Europe', 'Asia Pacific', 'Other Americas'];

const up = (a: number, b: number) => (a >= b ? '{rose|increased|grew}' : '{declined|decreased|fell}');

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
