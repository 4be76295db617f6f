// Item 1 research and development and backlog by segment, and the list of subsidiaries filed as Exhibit 21.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, changeTenthsPct, money, pct, share, table } from './format.js';
import { segmentExpenses } from './notes-detail-c.js';
import { splitBy, yearRng } from './profile.js';

/** Backlog of each segment at a year end, in tenths; the parts sum to the reported backlog. */
export function backlogBySegment(ctx: ReportContext, l: YearLedger): number[] {
  const base = yearRng(ctx.c, 0, 'backlog-segments');
  const r = yearRng(ctx.c, l.year, 'backlog-segments');
  return splitBy(l.backlog, l.seg.map((s) => s.sales * base.float(0.5, 2) * r.float(0.9, 1.1)));
}

/** Research and development by segment, with programs named after the segment's brands. */
export function* renderResearch(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  yield ctx.heading('Research and Development');
  const ys = [y, p, pp];
  const rd = ys.map((l) => segmentExpenses(ctx, l).map((e) => e[2]!));
  yield ctx.table(table('Research and development expense by segment (in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ...c.segments.map((s, i) => [s.name, ...rd.map((v) => amount(v[i]!))]), ['Total research and development expense', ...ys.map((l) => amount(l.rnd))],
  ]));
  const r = yearRng(c, y.year, 'research');
  const engineers = Math.round(y.headcount * r.float(0.04, 0.09));
  yield ctx.para([
    ctx.say(`Research and development expense was ${money(y.rnd)} in fiscal ${y.year}, or ${pct(Math.round((y.rnd / y.sales) * 1000))} of net sales, {and|while} about ${engineers.toLocaleString('en-US')} engineers and scientists {worked on|supported} product development{ at <rdSites>|}.`, { rdSites: [c.properties.filter((x) => /engineering|research|design|laboratory|innovation/i.test(x.use)).map((x) => x.city).slice(0, 2).join(' and ') || c.hqCity] }),
    ...c.segments.slice(0, 3).map((s, i) => {
      const line = pr.lines[i]![(y.year + i) % pr.lines[i]!.length]!;
      const d = changeTenthsPct(rd[0]![i]!, rd[1]![i]!);
      return ctx.say(`${s.name} {spent|invested} ${money(rd[0]![i]!)}, ${d >= 0 ? 'up' : 'down'} ${pct(d)}{, much of it on|, with priority on|; its largest program is} the next generation of ${line.brand} ${line.product} for ${line.market}.`);
    }),
    ctx.say(`{Products introduced in the last three years|New products launched within the past three fiscal years} {generated|accounted for} ${r.int(11, 31)}% of fiscal ${y.year} net sales{, compared with a target of ${r.int(20, 30)}%|}.`),
  ]);
}

/** Backlog by segment at the current and prior year ends. */
export function* renderBacklogBySegment(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = backlogBySegment(ctx, y);
  const b = backlogBySegment(ctx, p);
  yield ctx.table(table('Backlog by segment (in millions)', ['Segment', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...c.segments.map((s, i) => [s.name, amount(a[i]!), amount(b[i]!)]), ['Total backlog', amount(y.backlog), amount(p.backlog)],
  ]));
  const i = a.indexOf(Math.max(...a));
  yield ctx.para([ctx.say(`${c.segments[i]!.name} {held|carried} ${share(a[i]!, y.backlog)}% of {year-end|total} backlog{, reflecting its longer lead times| because many of its orders are scheduled months ahead|}, and its backlog ${a[i]! >= b[i]! ? 'rose' : 'fell'} ${pct(changeTenthsPct(a[i]!, b[i]!))} from a year earlier.`)]);
}

const SUFFIX: Record<string, string> = {
  Germany: 'GmbH', France: 'SAS', Italy: 'S.r.l.', Spain: 'S.L.', 'the Netherlands': 'B.V.', Belgium: 'BV', 'the United Kingdom': 'Limited', Ireland: 'Limited', Mexico: 'S. de R.L. de C.V.',
  Brazil: 'Ltda.', Canada: 'ULC', China: 'Co., Ltd.', Japan: 'K.K.', India: 'Private Limited', Poland: 'Sp. z o.o.', 'the Czech Republic': 's.r.o.', Sweden: 'AB', Finland: 'Oy',
  Singapore: 'Pte. Ltd.', Malaysia: 'Sdn. Bhd.', Thailand: 'Co., Ltd.', Australia: 'Pty Ltd', 'New Zealand': 'Limited', 'South Korea': 'Co., Ltd.', Chile: 'SpA', Portugal: 'Lda.',
  Romania: 'S.R.L.', 'the United Arab Emirates': 'FZE',
};

/** Exhibit 21: subsidiaries of the registrant, by jurisdiction. */
export function* renderSubsidiaries(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const rows: string[][] = [[`${c.short} Holdings LLC`, 'Delaware', '100%'], [`${c.short} International Holdings B.V.`, 'The Netherlands', '100%']];
  for (const s of c.segments) rows.push([`${c.short} ${s.name} LLC`, 'Delaware', '100%']);
  for (const region of [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))]) {
    rows.push([`${c.short} ${region.replace(/^the /, '')} ${SUFFIX[region] ?? 'Limited'}`, region.replace(/^the /, 'The '), region === 'China' ? `${yearRng(c, 0, 'jv-china').pick([60, 70, 100])}%` : '100%']);
  }
  for (const l of [pp, p, y]) if (l.acquisition) rows.push([`${l.acquisition.target} LLC`, 'Delaware', '100%']);
  rows.push([`${c.short} Insurance Company`, 'Vermont', '100%'], [`${c.short} Receivables Funding LLC`, 'Delaware', '100%']);
  yield ctx.table(table(`Exhibit 21.1: subsidiaries of ${c.name} at ${ctx.fyEnd(y.year)}`, ['Subsidiary', 'Jurisdiction of organization', 'Ownership'], rows));
}

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** The plants serving segment `i`, with sizes and products (Item 1 segment subsection). */
export function* segmentFootprint(ctx: ReportContext, i: number): Generator<Block> {
  const { c, y, pr } = ctx;
  const s = c.segments[i]!;
  const sites = c.properties.map((x, k) => ({ x, d: pr.plants[k]!, k })).filter(({ x }) => x.segment === s.name);
  if (!sites.length) return;
  const sqft = sites.reduce((a, { x }) => a + x.sqft, 0);
  const abroad = sites.filter(({ x }) => !x.domestic);
  const out = [ctx.say(`${s.name} {operates from|relies on} ${sites.length} principal ${sites.length === 1 ? 'site' : 'sites'} with ${sqft.toLocaleString('en-US')} square feet{ in total|}${abroad.length ? `, ${abroad.length} of them outside the United States` : ', all in the United States'}.`)];
  for (const { x, d } of sites.slice(0, 4)) {
    out.push(ctx.say(d.outputs.length
      ? `{The|Its} ${x.city} ${x.use} {makes|produces} ${list(d.outputs)}{ from ${list(d.inputs)}|} on ${d.lines} lines{ and has operated since ${d.opened}|}.`
      : `{The|Its} ${x.city} ${x.use} {supports|serves} customers {across the segment|in the region}{ and opened in ${d.opened}|}.`));
  }
  const r = yearRng(c, y.year, `footprint-${i}`);
  out.push(ctx.say(`{In fiscal ${y.year}, the segment|The segment} {spent|invested} ${money(y.seg[i]!.capex)} on capital projects{, including ${r.pick(['automation of', 'a capacity expansion at', 'new tooling for', 'energy-efficiency upgrades at'])} the ${sites[r.int(0, sites.length - 1)]!.x.city} site|}.`));
  yield ctx.para(out);
}

/** Competitors, bases of competition and our position in each segment (Item 1). */
export function* competitionTable(ctx: ReportContext): Generator<Block> {
  const { c, pr } = ctx;
  yield ctx.heading('Competition');
  const basis = ['Quality, service and price', 'Technology, reliability and lead times', 'Breadth of line and technical support', 'Price, delivery and brand recognition'];
  const pos = ['Leading position in North America', 'Among the three largest suppliers', 'Number two globally', 'A leading position in several niches'];
  yield ctx.table(table('Principal competitors by segment', ['Segment', 'Principal competitors', 'Principal bases of competition', 'Our position (management estimate)'], c.segments.map((s, i) => {
    const r = yearRng(c, 0, `competition-${i}`);
    return [s.name, pr.competitors[i]!.join('; '), r.pick(basis), r.pick(pos)];
  })));
  yield ctx.para([ctx.say(`{Some of our competitors|Several competitors} are {units of larger diversified companies|larger than we are} {and may have|with} greater {financial resources|resources for research and marketing}, while {others|smaller rivals} {compete mainly on price in regional markets|focus on a single product category}{; no competitor is active in all of our segments|}.`)]);
}
