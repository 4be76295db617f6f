// Writes Item 2, Properties: the property table, square footage and utilization by segment, and the principal sites one by one.
import { list } from '../writing/english.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { share, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Square footage by segment and use (Item 2). */
export function* propertiesBySegment(ctx: ReportContext): Generator<Block> {
  const { c } = ctx;
  const groups = [...c.segments.map((s) => s.name), 'Corporate'];
  const rows = groups.map((g) => {
    const ps = c.properties.filter((x) => x.segment === g);
    const owned = ps.filter((x) => x.owned).reduce((a, x) => a + x.sqft, 0);
    const leased = ps.filter((x) => !x.owned).reduce((a, x) => a + x.sqft, 0);
    return [g, String(ps.length), owned.toLocaleString('en-US'), leased.toLocaleString('en-US'), (owned + leased).toLocaleString('en-US')];
  });
  const all = c.properties.reduce((a, x) => a + x.sqft, 0);
  const ownedAll = c.properties.filter((x) => x.owned).reduce((a, x) => a + x.sqft, 0);
  yield ctx.table(table('Principal properties by segment (square feet)', ['Segment', 'Sites', 'Owned', 'Leased', 'Total'], [...rows, ['Total', String(c.properties.length), ownedAll.toLocaleString('en-US'), (all - ownedAll).toLocaleString('en-US'), all.toLocaleString('en-US')]]));
  yield ctx.para([ctx.say(`{We own|The Company owns} ${share(ownedAll, all)}% of the square footage of our principal properties and lease the rest{, generally under leases with renewal options|}.`)]);
}

/** Average capacity utilization of each segment's principal sites, as printed site by site in Item 2. */
export function* utilizationBySegment(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const ys = [y, p, pp];
  const avg = (name: string, year: number) => {
    const ks = c.properties.map((x, k) => ({ x, k })).filter(({ x }) => x.segment === name);
    return ks.length ? Math.round(ks.reduce((a, { k }) => a + yearRng(c, year, `util-${k}`).int(55, 97), 0) / ks.length) : 0;
  };
  yield ctx.table(table('Average capacity utilization of principal sites by segment', ['Segment', ...ys.map((l) => `Fiscal ${l.year}`)], c.segments.filter((s) => avg(s.name, y.year) > 0).map((s) => [s.name, ...ys.map((l) => `${avg(s.name, l.year)}%`)])));
}

const MAKES = /plant|facility|factory|works|mill|foundry|bakery|assembly|machining|fabrication/i;

/** Item 2. */
export function* renderProperties(ctx: ReportContext): Generator<Block> {
  const { c, y, rng, pr } = ctx;
  yield ctx.heading('Item 2. Properties', true);
  const pv = { hqOwned: c.properties[0]!.owned ? 'own' : 'lease', util: rng.int(68, 91) };
  yield ctx.fromList('properties', 3, pv);
  const util = c.properties.map((_, k) => yearRng(c, y.year, `util-${k}`).int(55, 97));
  const sqft = (k: number) => Math.round(c.properties[k]!.sqft * (1 + 0.01 * ((y.year * 7 + c.properties[k]!.sqft) % 5)));
  yield ctx.table(table(null, ['Location', 'Principal use', 'Segment', 'Square feet', 'Owned or leased', `Fiscal ${y.year} utilization`],
    c.properties.map((p, k) => [`${p.city}, ${p.region}`, p.use, p.segment, sqft(k).toLocaleString('en-US'), p.owned ? 'Owned' : 'Leased', `${util[k]}%`])));
  yield ctx.para([ctx.say('@properties', pv)]);
  yield* propertiesBySegment(ctx);
  yield* utilizationBySegment(ctx);
  yield ctx.subsection('Principal Sites');
  const staff = (k: number) => Math.round((y.headcount * pr.plants[k]!.staffShare) / 1000);
  for (let k = 1; k < c.properties.length; k += 3) {
    const group = c.properties.slice(k, k + 3).map((p, j) => ({ p, d: pr.plants[k + j]!, k: k + j }));
    yield ctx.para(group.flatMap(({ p, d, k: n }) => {
      const out = [ctx.say(`{Our|The} ${p.city} ${p.use}{, which opened in ${d.opened},| (opened ${d.opened})|, in service since ${d.opened},} {occupies|covers} ${sqft(n).toLocaleString('en-US')} square feet{ that we ${p.owned ? 'own' : 'lease'}|}, {employs|has} {about|approximately} ${staff(n).toLocaleString('en-US')} people and {ran at|operated at} ${util[n]}% of capacity in fiscal ${y.year}.`)];
      if (d.outputs.length && MAKES.test(p.use)) out.push(ctx.say(`{It|The site} {makes|produces|supplies} ${d.outputs.join(' and ')} for ${p.segment} on ${d.lines} {production lines|lines}{ and holds ${list(d.certifications)} certification| and is certified to ${list(d.certifications)}|}.`));
      if (d.union) out.push(ctx.say(`{Hourly employees at ${p.city} are represented by|At ${p.city}, production employees belong to} ${d.union}{, under an agreement that expires in fiscal ${y.year + 1 + ((d.opened + y.year) % 3)}|}.`));
      return out;
    }));
  }
}
