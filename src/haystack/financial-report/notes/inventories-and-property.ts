// Writes Notes 5 (Inventories) and 6 (Property, Plant and Equipment).
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, money, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Note 5 prose: why inventories moved. */
export function inventoryProse(ctx: ReportContext): string[] {
  const { y, p } = ctx;
  return [ctx.say(`Inventories ${y.bs.inv >= p.bs.inv ? '{increased|rose}' : '{decreased|fell}'} ${money(y.bs.inv - p.bs.inv)} during fiscal ${y.year}{, ${y.bs.inv >= p.bs.inv ? 'as we carried more safety stock of purchased components' : 'as supply chains normalized and we reduced safety stock'}|}; reserves for excess and obsolete items are netted against the balances shown.`)];
}

/** Note 6 prose: where capital spending went. */
export function ppeProse(ctx: ReportContext): string[] {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'notes-prose-ppe');
  const top = y.seg.map((s, i) => ({ s, i })).reduce((a, b) => (b.s.capex > a.s.capex ? b : a));
  return [ctx.say(`Capital expenditures of ${money(-y.cf.capex)} in fiscal ${y.year} {were concentrated in|went mainly to} ${c.segments[top.i]!.name}, which {spent|invested} ${money(top.s.capex)}{, and construction in progress at year end related mainly to ${r.pick(['new production lines', 'a warehouse expansion', 'automation projects', 'a plant modernization'])}|}.`)];
}

/** Note 5. */
export function* noteInventories(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.note(5, 'Inventories');
  const invSplit = (inv: number, seed: number) => {
    const raw = Math.round(inv * (0.33 + (seed % 7) / 100));
    const wip = Math.round(inv * (0.14 + (seed % 5) / 100));
    return [raw, wip, inv - raw - wip];
  };
  const iy = invSplit(y.bs.inv, y.year);
  const ip = invSplit(p.bs.inv, p.year);
  yield ctx.table(table('(in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Raw materials', amount(iy[0]!), amount(ip[0]!)], ['Work in process', amount(iy[1]!), amount(ip[1]!)], ['Finished goods', amount(iy[2]!), amount(ip[2]!)], ['Total inventories', amount(y.bs.inv), amount(p.bs.inv)],
  ]));

  yield ctx.para(inventoryProse(ctx));

}

/** Note 6. */
export function* notePropertyPlant(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.note(6, 'Property, Plant and Equipment');
  const gross = (ppe: number, k: number) => { const g = Math.round(ppe * (2.1 + k * 0.01)); return [Math.round(g * 0.04), Math.round(g * 0.27), Math.round(g * 0.6), g - Math.round(g * 0.04) - Math.round(g * 0.27) - Math.round(g * 0.6), g - ppe]; };
  const gy = gross(y.bs.ppe, y.year % 9);
  const gp = gross(p.bs.ppe, p.year % 9);
  yield ctx.table(table('(in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Land', amount(gy[0]!), amount(gp[0]!)], ['Buildings and improvements', amount(gy[1]!), amount(gp[1]!)], ['Machinery and equipment', amount(gy[2]!), amount(gp[2]!)],
    ['Construction in progress', amount(gy[3]!), amount(gp[3]!)], ['Less accumulated depreciation', `(${amount(gy[4]!)})`, `(${amount(gp[4]!)})`], ['Property, plant and equipment, net', amount(y.bs.ppe), amount(p.bs.ppe)],
  ]));
  yield ctx.para([ctx.say(`Depreciation expense was $${amount(y.cf.da)} million, $${amount(p.cf.da)} million and $${amount(ctx.pp.cf.da)} million in fiscal ${y.year}, ${p.year} and ${ctx.pp.year}{, respectively|}.`)]);

  yield ctx.para(ppeProse(ctx));

}
