// Writes Item 1's company-wide topics: customers and channels, seasonality, backlog, raw materials, patents, regulation, environment, sustainability, research.
import { environmentalAccrual, environmentalSites, environmentalSpend } from '../../figures/balances.js';
import { counted, list, numberWord } from '../../writing/english.js';
import { countriesServed, esgMetrics, patentCounts } from '../../figures/operations.js';
import { CHANNELS, backlogBySegment, channelSales, segmentExpenses } from '../../figures/sales.js';
import { yearRng } from '../../streams.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, changeTenthsPct, money, pct, share, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';

/** Company-level Item 1 topics between the segment subsections and the executive officers. */
export function* renderBusinessTopics(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr, rng } = ctx;
  yield ctx.subsection('Customers and Distribution Channels');
  const rowsCh = CHANNELS.map((name, k) => [name, ...c.segments.map((_, i) => `${share(channelSales(ctx, i, y)[k]!, y.seg[i]!.sales)}%`)]);
  yield ctx.table(table(`Share of segment net sales by channel, fiscal ${y.year}`, ['Channel', ...c.segments.map((s) => s.name)], rowsCh));
  const distributors = yearRng(c, y.year, 'distributors').int(180, 2400);
  yield ctx.para([
    ctx.say(`{At|As of} <fyEnd>, we {sold through|worked with} {approximately |}${distributors.toLocaleString('en-US')} independent distributors and dealers{ in more than <countries> countries| worldwide|}.`, { countries: countriesServed(c) }),
    ctx.states('customers.concentration') ? ctx.say(`No single customer accounted for 10% or more of consolidated net sales in fiscal ${y.year}, ${p.year} or ${pp.year}{, and our ten largest customers together represented ${rng.int(14, 32)}% of net sales|}.`) : '',
    ctx.say('{Distributor agreements|Our agreements with distributors} {are generally terminable|can generally be terminated} on {90|60|120} days\' notice{ and do not require minimum purchases| and grant no exclusive territories|}.'),
  ]);

  yield ctx.subsection('Seasonality');
  const qShare = (l: YearLedger) => l.quarters.map((q) => Math.round((q.sales / l.sales) * 1000));
  yield ctx.table(table('Share of net sales by fiscal quarter', ['Fiscal year', 'First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter'],
    [y, p, pp].map((l) => [String(l.year), ...qShare(l).map((t) => pct(t))])));
  const qs = qShare(y);
  const hi = qs.indexOf(Math.max(...qs));
  const lo = qs.indexOf(Math.min(...qs));
  const Q = ['first', 'second', 'third', 'fourth'];
  yield ctx.para([
    ctx.say(`{Our business is {moderately|somewhat} seasonal|Demand for our products follows a seasonal pattern}: the ${Q[hi]} quarter {was our strongest|produced the highest sales} in fiscal ${y.year}, with ${pct(qs[hi]!)} of annual net sales, and the ${Q[lo]} quarter {was the weakest|the lowest}, with ${pct(qs[lo]!)}.`),
    ctx.say('{Working capital {typically builds|usually rises}|Inventory and receivables {typically build|usually rise}} {ahead of|before} {the peak season|our busiest quarter} and {unwind|decline} {in the following quarter|afterward}{, which affects the timing of our operating cash flow|}.'),
  ]);

  yield ctx.subsection('Backlog');
  yield ctx.para([
    ctx.say(`{Backlog|Our order backlog} {was|totaled} $${amount(y.backlog)} million at <fyEnd>, {compared with|versus} $${amount(p.backlog)} million {a year earlier|at the end of fiscal ${p.year}}{, a change of ${pct(Math.round(((y.backlog - p.backlog) / p.backlog) * 1000))}|}.`),
    ctx.say(`We expect to {ship|fulfill} {approximately|about} ${rng.int(78, 96)}% of {this|the year-end} backlog {during|in} fiscal ${y.year + 1}{; orders are generally cancelable without significant penalty|, although customers may cancel or reschedule orders|}.`),
  ]);

  yield* renderBacklogBySegment(ctx);
  yield ctx.subsection(rng.pick(['Raw Materials and Manufacturing', 'Sourcing and Manufacturing', 'Raw Materials']), 'Raw Materials');
  yield ctx.fromList('topic_raw', 2);
  const plants = c.properties.map((pp2, k) => ({ pp2, d: pr.plants[k]! })).filter((x) => x.pp2.segment !== 'Corporate' && x.d.outputs.length > 0);
  yield ctx.table(table('Principal manufacturing sites and inputs', ['Site', 'Segment', 'Principal products', 'Principal raw materials', 'Certifications'],
    plants.slice(0, 14).map(({ pp2, d }) => [`${pp2.city}, ${pp2.region}`, pp2.segment, d.outputs.join('; '), d.inputs.join('; '), d.certifications.join(', ')])));
  const rawRng = yearRng(c, y.year, 'raw');
  yield ctx.para(rng.sample(c.industry.rawMaterials, 4).map((m) => {
    const sites = plants.filter((x) => x.d.inputs.includes(m)).map((x) => x.pp2.city);
    const where = sites.length ? `{at|for} our ${list(sites.slice(0, 3))} {sites|plants}` : 'across our network';
    return ctx.say(`{We buy|We source|We purchase} ${m} ${where} from ${numberWord(rawRng.int(2, 9))} suppliers{, the largest of which provided ${rawRng.int(18, 55)}% of our fiscal ${y.year} purchases| under contracts that run through fiscal ${y.year + rawRng.int(1, 4)}|}{, and prices {rose|moved} ${rawRng.int(1, 19)}% on average during the year|}.`);
  }));

  yield ctx.subsection(rng.pick(['Intellectual Property', 'Patents, Trademarks and Licenses']), 'Intellectual Property');
  const ipR = (l: YearLedger) => patentCounts(c, l);
  const ip = ipR(y);
  const ipPrev = ipR(p);
  yield ctx.table(table(`Patents at ${ctx.fyEnd(y.year)}`, ['Jurisdiction', 'Issued patents', 'Pending applications', `Issued patents, ${ctx.fyEnd(p.year)}`],
    ['United States', 'Europe', 'China and Japan', 'Other countries'].map((j, k) => [j, ip[k]![0]!.toLocaleString('en-US'), ip[k]![1]!.toLocaleString('en-US'), ipPrev[k]![0]!.toLocaleString('en-US')])));
  const brands = pr.lines.flat().slice(0, 6).map((l) => l.brand);
  yield ctx.fromList('topic_ip', 2, { patents: ip.reduce((a, r) => a + r[0]!, 0).toLocaleString('en-US'), patentYear: y.year + rng.int(12, 20) });
  yield ctx.para([ctx.say(`{Our principal trademarks|The trademarks we consider most valuable} {include|are} ${list(brands)}{, which are registered in the United States and most countries where we sell|, registered in our major markets|}.`)]);

  yield ctx.subsection('Regulation by Jurisdiction');
  const regions = [...new Set(c.properties.map((x) => (x.domestic ? 'the United States' : x.region)))];
  // Each country in its own sentence shape, so eight of them do not read as one sentence eight times.
  yield ctx.para(regions.slice(0, 8).map((region, k) => {
    const here = c.properties.filter((x) => (x.domestic ? 'the United States' : x.region) === region);
    const reg = c.industry.regulation;
    const n = here.length;
    const one = n === 1;
    const rules = `${reg[(region.length + n) % reg.length]}{ and ${reg[(region.length + 2) % reg.length]}|}`;
    const where = one ? `our site in ${here[0]!.city}` : `our ${counted(n, 'site')}${n > 3 ? `{, including those in ${list(here.slice(0, 3).map((x) => x.city))},|}` : `{ in ${list(here.map((x) => x.city))}|}`}`;
    const renewal = `{, and ${one ? 'it' : n > 2 ? 'several of them' : 'one of them'} {required|needed} ${one || n <= 2 ? 'a permit renewal' : 'permit renewals'} in fiscal ${y.year}|}`;
    const Region = region.replace(/^the /, 'The ');
    switch (k % 4) {
      case 0:
        return ctx.say(`{In|Within} ${region}, ${where} ${one ? '{is subject to|must comply with}' : '{are subject to|must comply with}'} ${rules}${renewal}.`);
      case 1:
        return ctx.say(`${one ? `Our ${here[0]!.city} site` : `Our ${counted(n, 'site')} in ${region}`} {${one ? 'operates' : 'operate'} under|${one ? 'is governed by' : 'are governed by'}} ${rules}${renewal}.`);
      case 2:
        return ctx.say(`${Region} {regulates|oversees} ${where} {chiefly |}through ${rules}.`);
      default:
        return ctx.say(`At ${one ? `our ${here[0]!.city} site` : `our ${counted(n, 'site')} in ${region}`}, we {comply with|work under} ${rules}.`);
    }
  }));
  yield ctx.fromList('topic_reg', 2, { envM: amount(environmentalSpend(ctx, y)[1]!), sitesText: counted(environmentalSites(ctx).length, 'site'), envAccrual: amount(environmentalAccrual(ctx, y)) });

  yield* environmentalSpending(ctx);
  yield ctx.subsection('Sustainability');
  const esg = (l: YearLedger) => esgMetrics(c, l);
  const e = esg(y);
  const ep = esg(p);
  const labels = ['Scope 1 emissions (thousand metric tons CO2e)', 'Scope 2 emissions, market-based (thousand metric tons CO2e)', 'Energy use (gigawatt-hours)', 'Water withdrawn (million gallons)', 'Waste diverted from landfill (%)', 'Total recordable incident rate'];
  yield ctx.table(table('Selected sustainability metrics', ['Metric', `Fiscal ${y.year}`, `Fiscal ${p.year}`], labels.map((lab, k) => [lab, e[k]!.toFixed(k === 5 ? 2 : 1), ep[k]!.toFixed(k === 5 ? 2 : 1)])));
  // The total a reader gets by adding the table's two printed lines.
  const scope = (v: number[]) => Number(v[0]!.toFixed(1)) + Number(v[1]!.toFixed(1));
  yield ctx.para([
    ctx.say(`{Combined|Total} Scope 1 and Scope 2 emissions were ${scope(e).toFixed(1)} thousand metric tons in fiscal ${y.year}, {compared with|against} ${scope(ep).toFixed(1)} thousand in fiscal ${p.year}{, as we added renewable power contracts at ${rng.int(2, 6)} sites| as production volumes changed|}.`),
    ctx.say(`{We target|Our goal is} a ${rng.pick([30, 35, 40, 42, 50])}% reduction in {Scope 1 and 2 emissions|operational emissions} by ${y.year + rng.int(5, 10)} {from a ${c.firstYear - 2} baseline|against our ${c.firstYear - 2} levels}{, and progress is reviewed by the board's Safety and Sustainability Committee|}.`),
  ]);
}

/** Research and development by segment, with programs named after the segment's brands. */
export function* renderResearch(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  yield ctx.subsection('Research and Development');
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
      return ctx.say(`${s.name} {spent|invested} ${money(rd[0]![i]!)}, ${d >= 0 ? 'up' : 'down'} ${pct(d)}{, much of it on|, with priority on|; its largest program is} ${/subscription|service|program|repair|parts|monitoring/.test(line.product) ? `new features for its ${line.brand} ${line.product} in ${line.market}` : `the next generation of ${line.brand} ${line.product} for ${line.market}`}.`);
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

/** Competitors, bases of competition and our position in each segment (Item 1). */
export function* competitionTable(ctx: ReportContext): Generator<Block> {
  const { c, pr } = ctx;
  yield ctx.subsection('Competition');
  const basis = ['Quality, service and price', 'Technology, reliability and lead times', 'Breadth of line and technical support', 'Price, delivery and brand recognition'];
  const pos = ['Leading position in North America', 'Among the three largest suppliers', 'Number two globally', 'A leading position in several niches'];
  yield ctx.table(table('Principal competitors by segment', ['Segment', 'Principal competitors', 'Principal bases of competition', 'Our position (management estimate)'], c.segments.map((s, i) => {
    const r = yearRng(c, 0, `competition-${i}`);
    return [s.name, pr.competitors[i]!.join('; '), r.pick(basis), r.pick(pos)];
  })));
  yield ctx.para([ctx.say(`{Some of our competitors|Several competitors} are {units of larger diversified companies|larger than we are} {and may have|with} greater {financial resources|resources for research and marketing}, while {others|smaller rivals} {compete mainly on price in regional markets|focus on a single product category}{; no competitor is active in all of our segments|}.`)]);
}

/** Environmental spending for three years (Item 1). */
export function* environmentalSpending(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const ys = [y, p, pp];
  const v = ys.map((l) => environmentalSpend(ctx, l));
  const labels = ['Capital expenditures for environmental projects', 'Operating costs of environmental compliance', 'Remediation spending charged to accruals'];
  // Remediation spending is charged against the environmental accrual: it goes where the accrual goes.
  const rows = labels.map((lab, k) => [lab, ...v.map((x) => amount(x[k]!))]).filter((_, k) => k < 2 || ctx.states('environment.remediation-accrual'));
  yield ctx.table(table('Environmental expenditures (in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ...rows, ['Total', ...v.map((x) => amount(x[0]! + x[1]! + (rows.length > 2 ? x[2]! : 0)))],
  ]));
}
