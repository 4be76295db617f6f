// Writes Item 1's segment subsections: product lines, customers, channels and competitors, product-line history and each segment's plants.
import { makesGoods } from '../../profile.js';
import { counted, list, numberWord } from '../../writing/english.js';
import { channelSales, lineSales, lineShares } from '../../figures/sales.js';
import { yearRng } from '../../streams.js';
import type { ReportContext } from '../../writing/context.js';
import { changeTenthsPct, money, pct, share, table } from '../../writing/format.js';
import type { Block } from '../../../../types.js';

/** Brands, customers and competitors of segment `i`, printed under its Item 1 subsection. */
export function* renderSegmentDetail(ctx: ReportContext, i: number): Generator<Block> {
  const { c, y, p, pr } = ctx;
  const s = c.segments[i]!;
  const lines = pr.lines[i]!;
  const cur = lineShares(ctx, i, y.year);
  const prev = lineShares(ctx, i, p.year);
  yield ctx.table(table(`${s.name} product lines, fiscal ${y.year}`, ['Brand', 'Product line', 'Principal end market', 'Introduced', `Share of segment net sales, fiscal ${y.year}`, `Fiscal ${p.year}`],
    lines.map((l, k) => [l.brand, l.product, l.market, String(l.launched), pct(cur[k]!), pct(prev[k]!)])));
  yield ctx.para(lines.map((l, k) => {
    const dir = cur[k]! > prev[k]! ? '{up from|compared with|rising from}' : '{down from|compared with|easing from}';
    const versus = cur[k] === prev[k] ? `, unchanged from fiscal ${p.year}` : `, ${dir} ${pct(prev[k]!)} in fiscal ${p.year}`;
    return ctx.say(`{Our|The} ${l.brand} ${l.product} line{, introduced in ${l.launched},| (first sold in ${l.launched})|} {accounted for|represented|made up} ${pct(cur[k]!)} of ${s.name} net sales in fiscal ${y.year}${versus}{, and sells mainly into ${l.market}|, with most of its sales in ${l.market}|}.`);
  }));
  const ch = channelSales(ctx, i, y);
  const kc = pr.keyCustomers[i]!;
  const top = Math.round(y.seg[i]!.sales * yearRng(c, y.year, `top-${i}`).float(0.04, 0.11));
  yield ctx.para([
    ctx.say(`${s.name} {sells|markets its products} to ${list(ctx.rng.sample(s.customers, 2))}, {among others|and other customers}{, through a mix of direct sales and distribution|}.`),
    ctx.states('customers.concentration')
      ? ctx.say(`{Its largest customers include|Significant customers of the segment include|The segment's largest accounts are} ${list(kc)}{; the largest of these|, and the largest} accounted for {approximately |}${pct(Math.round((top / y.seg[i]!.sales) * 1000))} of segment net sales in fiscal ${y.year}.`)
      : ctx.say(`{Its largest customers include|Significant customers of the segment include|The segment's largest accounts are} ${list(kc)}{, each under a multi-year supply agreement|, along with several large distributors|}.`),
    ctx.say(`{In fiscal ${y.year}|During the year}, ${share(ch[0]!, y.seg[i]!.sales)}% of ${s.name} net sales {were made directly to end customers|came from direct sales}, ${share(ch[1]!, y.seg[i]!.sales)}% {through distributors and dealers|through independent distributors}, ${share(ch[2]!, y.seg[i]!.sales)}% to original equipment manufacturers and the {rest|remainder} through {e-commerce and other channels|online and other channels}.`),
    ctx.say(`{We compete in ${s.name} principally with|Principal competitors of ${s.name} include|In ${s.name}, our main competitors are} ${list(pr.competitors[i]!)}{, as well as {numerous|many} regional producers|, along with smaller regional suppliers|}; {in fiscal ${y.year}, competition turned on|competition in fiscal ${y.year} centered on} {product performance, price and technical service|quality, delivery reliability and total cost|breadth of line, service and price}.`),
  ]);
}


/** The plants serving segment `i`, with sizes and products (Item 1 segment subsection). */
export function* segmentFootprint(ctx: ReportContext, i: number): Generator<Block> {
  const { c, y, pr } = ctx;
  const s = c.segments[i]!;
  const sites = c.properties.map((x, k) => ({ x, d: pr.plants[k]!, k })).filter(({ x }) => x.segment === s.name);
  if (!sites.length) return;
  const sqft = sites.reduce((a, { x }) => a + x.sqft, 0);
  const abroad = sites.filter(({ x }) => !x.domestic);
  const out = [ctx.say(`${s.name} {operates from|relies on} ${counted(sites.length, 'principal site')} with ${sqft.toLocaleString('en-US')} square feet{ in total|}${abroad.length ? `, ${numberWord(abroad.length)} of them outside the United States` : ', all in the United States'}.`)];
  // Sites that make nothing are described in turn by what they do and when they opened, never in one repeated sentence.
  type Site = (typeof sites)[number];
  // What a site that makes nothing does, by its kind: a warehouse ships, a technical or design center supports customers.
  const work = (x: Site['x']) => (/warehouse|distribution/.test(x.use) ? '{ships our products to customers|handles orders and deliveries for customers}' : /technical|research|design|engineering|lab|kitchen/.test(x.use) ? '{works on applications and testing with customers|provides application and technical support to customers}' : 'serves customers');
  const support = [
    ({ x, d }: Site) => `{The|Its} ${x.city} ${x.use} {supports|serves} customers across the segment{ and opened in ${d.opened}|}.`,
    ({ x, d }: Site) => `We opened the ${x.city} ${x.use} in ${d.opened}${x.domestic ? '' : ` to serve customers in ${x.region}`}.`,
    ({ x }: Site) => `${x.city} is home to ${/^[aeiou]/.test(x.use) ? 'an' : 'a'} ${x.use} that ${work(x)} ${x.domestic ? 'across the United States' : `in ${x.region} and nearby markets`}.`,
    ({ x, d }: Site) => `The ${x.city} ${x.use}{, in use since ${d.opened},|} ${work(x)} of the segment.`,
  ];
  let plain = 0;
  for (const { x, d } of sites.slice(0, 4)) {
    out.push(ctx.say(d.outputs.length && makesGoods(x.use)
      ? `{The|Its} ${x.city} ${x.use} {makes|produces} ${list(d.outputs)}{ from ${list(d.inputs)}|} on ${numberWord(d.lines)} lines{ and has operated since ${d.opened}|}.`
      : support[(i + plain++) % support.length]!({ x, d } as Site)));
  }
  const r = yearRng(c, y.year, `footprint-${i}`);
  out.push(ctx.say(`{In fiscal ${y.year}, the segment|The segment} {spent ${money(y.seg[i]!.capex)} on|invested ${money(y.seg[i]!.capex)} in} capital projects{, including ${r.pick(['automation of', 'maintenance work at', 'new tooling for', 'energy-efficiency upgrades at'])} the ${sites[r.int(0, sites.length - 1)]!.x.city} site|}.`));
  yield ctx.para(out);
}

/** A few sentences per product line on three years of sales (Item 1 segment subsection). */
export function* productLineHistory(ctx: ReportContext, i: number): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  const [a, b, d] = [y, p, pp].map((l) => lineSales(ctx, i, l));
  yield ctx.para(pr.lines[i]!.map((l, k) => {
    const g1 = changeTenthsPct(a![k]!, b![k]!);
    const g2 = changeTenthsPct(b![k]!, d![k]!);
    // Lines of a segment often move alike: each line in turn takes another wording, so four in a row never read the same.
    const grown = ['have grown in each of the last two years, {reaching|to}', 'rose for a second year, to', 'increased again, to'];
    const fallen = ['have declined for two years, {to|falling to}', 'fell for a second year, to', 'declined again, to'];
    const trend = g1 >= 0 && g2 >= 0 ? grown[k % 3]! : g1 < 0 && g2 < 0 ? fallen[k % 3]! : g1 >= 0 ? ['recovered to', 'rebounded to', 'returned to growth at'][k % 3]! : ['{slipped|eased} to', 'dipped to', 'edged down to'][k % 3]!;
    return ctx.say(`Sales of ${l.brand} ${l.product} ${trend} ${money(a![k]!)} in fiscal ${y.year} after ${money(b![k]!)} in fiscal ${p.year} and ${money(d![k]!)} in fiscal ${pp.year}{; ${c.segments[i]!.name} sells the line mainly to ${pr.keyCustomers[i]![k % 3]} and other customers in ${l.market}|}.`);
  }));
}
