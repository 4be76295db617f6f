// Item 1 detail: brands and customers per segment, channels, seasonality, backlog, sourcing by plant, patents, regulation by country, sustainability.
import type { Block } from '../../types.js';
import type { Company } from './company.js';
import type { ReportContext } from './context.js';
import { environmentalSpending } from './render-more-b.js';
import type { YearLedger } from './ledger.js';
import { amount, pct, share, table } from './format.js';
import { splitBy, yearRng } from './profile.js';
import { renderBacklogBySegment } from './render-business-more.js';

/** Channel names, in the order of `Profile.channels`. */
export const CHANNELS = ['Direct to end customers', 'Distributors and dealers', 'Original equipment manufacturers', 'E-commerce and other'];

/** Net sales of each channel for segment `i` in a fiscal year, in tenths; they sum to the segment's sales. */
export function channelSales(ctx: ReportContext, i: number, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, `channels-${i}`);
  return splitBy(l.seg[i]!.sales, ctx.pr.channels[i]!.map((w) => w * r.float(0.96, 1.04)));
}

/** Share of segment sales of each product line in a fiscal year, in tenths of a percent (sums to 1000). */
export function lineShares(ctx: ReportContext, i: number, year: number): number[] {
  const r = yearRng(ctx.c, year, `lines-${i}`);
  return splitBy(1000, ctx.pr.lines[i]!.map((l) => l.weight * r.float(0.94, 1.06)));
}

/** Issued and pending patents by jurisdiction [United States, Europe, China and Japan, other] at a year end. */
export function patentCounts(c: Company, l: YearLedger): number[][] {
  const r = yearRng(c, l.year, 'patents');
  const base = Math.round(l.rnd / 3);
  return [0.46, 0.28, 0.18, 0.08].map((f) => [Math.round(base * f * r.float(0.9, 1.1)), Math.round(base * f * r.float(0.2, 0.4))]);
}

/** Sustainability metrics of a year: Scope 1, Scope 2 (thousand tons), energy (GWh), water (million gallons), waste diverted (%), recordable incident rate. */
export function esgMetrics(c: Company, l: YearLedger): number[] {
  const r = yearRng(c, l.year, 'esg');
  const k = l.sales / 1000;
  return [k * r.float(0.9, 1.1) * 0.21, k * r.float(0.9, 1.1) * 0.34, k * r.float(0.9, 1.1) * 1.6, k * r.float(0.9, 1.1) * 2.4, r.float(48, 86), r.float(0.3, 1.5)];
}

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

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
    const dir = cur[k]! > prev[k]! ? '{up from|compared with|rising from}' : cur[k]! < prev[k]! ? '{down from|compared with|easing from}' : '{unchanged from|the same as}';
    return ctx.say(`{Our|The} ${l.brand} ${l.product}{, introduced in ${l.launched},| (first sold in ${l.launched})|} {serve|are sold mainly into|are used chiefly in} ${l.market}{ applications| customers|} and {accounted for|represented|made up} ${pct(cur[k]!)} of ${s.name} net sales in fiscal ${y.year}, ${dir} ${pct(prev[k]!)} in fiscal ${p.year}.`);
  }));
  const ch = channelSales(ctx, i, y);
  const kc = pr.keyCustomers[i]!;
  const top = Math.round(y.seg[i]!.sales * yearRng(c, y.year, `top-${i}`).float(0.04, 0.11));
  yield ctx.para([
    ctx.say(`${s.name} {sells|markets its products} to ${list(ctx.rng.sample(s.customers, 2))}, {among others|and other customers}{, through a mix of direct sales and distribution|} {in fiscal ${y.year}|}.`),
    ctx.say(`{Its largest customers include|Significant customers of the segment include|The segment's largest accounts are} ${list(kc)}{; the largest of these|, and the largest} accounted for {approximately |}${pct(Math.round((top / y.seg[i]!.sales) * 1000))} of segment net sales in fiscal ${y.year}.`),
    ctx.say(`{In fiscal ${y.year}|During the year}, ${share(ch[0]!, y.seg[i]!.sales)}% of ${s.name} net sales {were made directly to end customers|came from direct sales}, ${share(ch[1]!, y.seg[i]!.sales)}% {through distributors and dealers|through independent distributors}, ${share(ch[2]!, y.seg[i]!.sales)}% to original equipment manufacturers and the {rest|remainder} through {e-commerce and other channels|online and other channels}.`),
    ctx.say(`{We compete in ${s.name} principally with|Principal competitors of ${s.name} include|In ${s.name}, our main competitors are} ${list(pr.competitors[i]!)}{, as well as {numerous|many} regional producers|, along with smaller regional suppliers|}; {in fiscal ${y.year}, competition turned on|competition in fiscal ${y.year} centered on} {product performance, price and technical service|quality, delivery reliability and total cost|breadth of line, service and price}.`),
  ]);
}

/** Company-level Item 1 topics between the segment subsections and the executive officers. */
export function* renderBusinessTopics(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr, rng } = ctx;
  yield ctx.heading('Customers and Distribution Channels');
  const rowsCh = CHANNELS.map((name, k) => [name, ...c.segments.map((_, i) => `${share(channelSales(ctx, i, y)[k]!, y.seg[i]!.sales)}%`)]);
  yield ctx.table(table(`Share of segment net sales by channel, fiscal ${y.year}`, ['Channel', ...c.segments.map((s) => s.name)], rowsCh));
  const distributors = yearRng(c, y.year, 'distributors').int(180, 2400);
  yield ctx.para([
    ctx.say(`{At|As of} <fyEnd>, we {sold through|worked with} {approximately |}${distributors.toLocaleString('en-US')} independent distributors and dealers{ in more than <countries> countries| worldwide|}.`, { countries: rng.int(30, 110) }),
    ctx.say(`No single customer accounted for 10% or more of consolidated net sales in fiscal ${y.year}, ${p.year} or ${pp.year}{, and our ten largest customers together represented ${rng.int(14, 32)}% of net sales|}.`),
    ctx.say('{Distributor agreements|Our agreements with distributors} {are generally terminable|can generally be terminated} on {90|60|120} days\' notice{ and do not require minimum purchases| and grant no exclusive territories|}.'),
  ]);

  yield ctx.heading('Seasonality');
  const qShare = (l: YearLedger) => l.quarters.map((q) => Math.round((q.sales / l.sales) * 1000));
  yield ctx.table(table('Share of net sales by fiscal quarter', ['Fiscal year', 'First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter'],
    [y, p, pp].map((l) => [String(l.year), ...qShare(l).map((t) => pct(t))])));
  const qs = qShare(y);
  const hi = qs.indexOf(Math.max(...qs));
  const lo = qs.indexOf(Math.min(...qs));
  const Q = ['first', 'second', 'third', 'fourth'];
  yield ctx.para([
    ctx.say(`{Our business is {moderately|somewhat} seasonal|Demand for our products follows a seasonal pattern}: the ${Q[hi]} quarter {was our strongest|produced the highest sales} in fiscal ${y.year}, with ${pct(qs[hi]!)} of annual net sales, and the ${Q[lo]} quarter {was the weakest|the lowest}, with ${pct(qs[lo]!)}.`),
    ctx.say('{Working capital|Inventory and receivables} {typically build|usually rise} {ahead of|before} {the peak season|our busiest quarter} and {unwind|decline} {in the following quarter|afterward}{, which affects the timing of our operating cash flow|}.'),
  ]);

  yield ctx.heading('Backlog');
  yield ctx.para([
    ctx.say(`{Backlog|Our order backlog} {was|totaled} $${amount(y.backlog)} million at <fyEnd>, {compared with|versus} $${amount(p.backlog)} million {a year earlier|at the end of fiscal ${p.year}}{, a change of ${pct(Math.round(((y.backlog - p.backlog) / p.backlog) * 1000))}|}.`),
    ctx.say(`We expect to {ship|fulfill} {approximately|about} ${rng.int(78, 96)}% of {this|the year-end} backlog {during|in} fiscal ${y.year + 1}{; orders are generally cancelable without significant penalty|, although customers may cancel or reschedule orders|}.`),
  ]);

  yield* renderBacklogBySegment(ctx);
  yield ctx.heading(rng.pick(['Raw Materials and Manufacturing', 'Sourcing and Manufacturing', 'Raw Materials']));
  yield ctx.fromList('topic_raw', 2);
  const plants = c.properties.map((pp2, k) => ({ pp2, d: pr.plants[k]! })).filter((x) => x.pp2.segment !== 'Corporate' && x.d.outputs.length > 0);
  yield ctx.table(table('Principal manufacturing sites and inputs', ['Site', 'Segment', 'Principal products', 'Principal raw materials', 'Certifications'],
    plants.slice(0, 14).map(({ pp2, d }) => [`${pp2.city}, ${pp2.region}`, pp2.segment, d.outputs.join('; '), d.inputs.join('; '), d.certifications.join(', ')])));
  const rawRng = yearRng(c, y.year, 'raw');
  yield ctx.para(rng.sample(c.industry.rawMaterials, 4).map((m) => {
    const sites = plants.filter((x) => x.d.inputs.includes(m)).map((x) => x.pp2.city);
    const where = sites.length ? `{at|for} our ${list(sites.slice(0, 3))} {sites|plants}` : 'across our network';
    return ctx.say(`{We buy|We source|We purchase} ${m} ${where} from ${rawRng.int(2, 9)} suppliers{, the largest of which provided ${rawRng.int(18, 55)}% of our fiscal ${y.year} purchases| under contracts that run through fiscal ${y.year + rawRng.int(1, 4)}|}{, and prices {rose|moved} ${rawRng.int(1, 19)}% on average during the year|}.`);
  }));

  yield ctx.heading(rng.pick(['Intellectual Property', 'Patents, Trademarks and Licenses']));
  const ipR = (l: YearLedger) => patentCounts(c, l);
  const ip = ipR(y);
  const ipPrev = ipR(p);
  yield ctx.table(table(`Patents at ${ctx.fyEnd(y.year)}`, ['Jurisdiction', 'Issued patents', 'Pending applications', `Issued patents, ${ctx.fyEnd(p.year)}`],
    ['United States', 'Europe', 'China and Japan', 'Other countries'].map((j, k) => [j, ip[k]![0]!.toLocaleString('en-US'), ip[k]![1]!.toLocaleString('en-US'), ipPrev[k]![0]!.toLocaleString('en-US')])));
  const brands = pr.lines.flat().slice(0, 6).map((l) => l.brand);
  yield ctx.fromList('topic_ip', 2, { patents: ip.reduce((a, r) => a + r[0]!, 0).toLocaleString('en-US'), patentYear: y.year + rng.int(12, 20) });
  yield ctx.para([ctx.say(`{Our principal trademarks|The trademarks we consider most valuable} {include|are} ${list(brands)}{, which are registered in the United States and most countries where we sell|, registered in our major markets|}.`)]);

  yield ctx.heading('Regulation by Jurisdiction');
  const regions = [...new Set(c.properties.map((x) => (x.domestic ? 'the United States' : x.region)))];
  yield ctx.para(regions.slice(0, 8).map((region) => {
    const here = c.properties.filter((x) => (x.domestic ? 'the United States' : x.region) === region);
    const reg = c.industry.regulation;
    return ctx.say(`{In|Within} ${region}, {our|the} ${here.length} {site|sites|locations}{ in ${list(here.slice(0, 3).map((x) => x.city))}|} {are subject to|must comply with} ${reg[(region.length + here.length) % reg.length]}{ and ${reg[(region.length + 2) % reg.length]}|}{, and ${here.length > 2 ? 'several' : 'one'} of them {required|needed} permit renewals in fiscal ${y.year}|}.`);
  }));
  yield ctx.fromList('topic_reg', 2, { envM: amount(Math.round(y.sales * rng.float(0.002, 0.006))), sites: rng.int(2, 9), envAccrual: amount(Math.round(y.sales * rng.float(0.0005, 0.002))) });

  yield* environmentalSpending(ctx);
  yield ctx.heading('Sustainability');
  const esg = (l: YearLedger) => esgMetrics(c, l);
  const e = esg(y);
  const ep = esg(p);
  const labels = ['Scope 1 emissions (thousand metric tons CO2e)', 'Scope 2 emissions, market-based (thousand metric tons CO2e)', 'Energy use (gigawatt-hours)', 'Water withdrawn (million gallons)', 'Waste diverted from landfill (%)', 'Total recordable incident rate'];
  yield ctx.table(table('Selected sustainability metrics', ['Metric', `Fiscal ${y.year}`, `Fiscal ${p.year}`], labels.map((lab, k) => [lab, e[k]!.toFixed(k === 5 ? 2 : 1), ep[k]!.toFixed(k === 5 ? 2 : 1)])));
  const scope = (v: number[]) => v[0]! + v[1]!;
  yield ctx.para([
    ctx.say(`{Combined|Total} Scope 1 and Scope 2 emissions were ${scope(e).toFixed(1)} thousand metric tons in fiscal ${y.year}, {compared with|against} ${scope(ep).toFixed(1)} thousand in fiscal ${p.year}{, as we added renewable power contracts at ${rng.int(2, 6)} sites| as production volumes changed|}.`),
    ctx.say(`{We target|Our goal is} a ${rng.pick([30, 35, 40, 42, 50])}% reduction in {Scope 1 and 2 emissions|operational emissions} by ${y.year + rng.int(5, 10)} {from a ${c.firstYear - 2} baseline|against our ${c.firstYear - 2} levels}{, and progress is reviewed by the board's Safety and Sustainability Committee|}.`),
  ]);
}
