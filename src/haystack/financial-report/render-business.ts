// Item 1. Business: overview, one subsection per segment, raw materials, intellectual property, regulation, people.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { employeesByCountry } from './render-more-d.js';
import { productLineHistory } from './render-more-c.js';
import { amount, share, table } from './format.js';
import { esgMetrics, renderBusinessTopics, renderSegmentDetail } from './render-business-detail.js';
import type { YearLedger } from './ledger.js';
import { officerBios, renderHumanCapitalDetail } from './render-people.js';
import { competitionTable, renderResearch, segmentFootprint } from './render-business-more.js';
import { yearRng } from './profile.js';

/** Employees in the United States at a year end. */
function headcountUs(ctx: ReportContext, l: YearLedger): number {
  return Math.round(l.headcount * yearRng(ctx.c, 0, 'us-staff').float(0.38, 0.72) * yearRng(ctx.c, l.year, 'us-staff').float(0.97, 1.03));
}

/** Item 1 of one year's report. */
export function* renderBusiness(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  yield ctx.meta('PART I');
  yield ctx.heading('Item 1. Business', true);
  yield ctx.heading('General');
  const intlPct = share(c.properties.filter((p) => !p.domestic).length, c.properties.length) + rng.int(-4, 8);
  const v = {
    countries: rng.int(40, 120), segCount: c.segments.length, segList: c.segments.map((s) => s.name).join(', '), intlPct,
    plantCount: c.properties.length, countryCount: new Set(c.properties.map((p) => p.region)).size, incYear: c.founded + rng.int(1, 40),
    ipoYear: Math.min(c.firstYear - 2, c.founded + rng.int(20, 70)),
  };
  yield ctx.fromList('overview', 4, v);
  yield ctx.fromList('overview', 3, v);
  yield ctx.heading('Reportable Segments');
  yield ctx.table(table(`Net sales by segment, fiscal ${y.year} (in millions)`, ['Segment', `Fiscal ${y.year} net sales`, 'Percent of total'],
    [...c.segments.map((s, i) => [s.name, amount(y.seg[i]!.sales), `${share(y.seg[i]!.sales, y.sales)}%`]), ['Total', amount(y.sales), '100%']]));
  const segOi = y.seg.reduce((a, s) => a + s.oi, 0);
  for (const [i, s] of c.segments.entries()) {
    yield ctx.heading(s.name);
    const sv = { segment: s.name, product: s.products, customer: s.customers, market: s.markets, share: share(y.seg[i]!.sales, y.sales), oiShare: share(y.seg[i]!.oi, segOi) };
    yield ctx.fromList('segment', 4, sv);
    yield ctx.fromList('segment', 3, sv);
    yield* renderSegmentDetail(ctx, i);
    yield* productLineHistory(ctx, i);
    yield* segmentFootprint(ctx, i);
  }
  yield* competitionTable(ctx);
  yield* renderBusinessTopics(ctx);
  yield* renderResearch(ctx);
  yield ctx.heading(rng.pick(['Human Capital', 'Employees', 'Our People']));
  const unionSites = c.properties.filter((_, k) => ctx.pr.plants[k]!.union).length;
  const hv = { usPct: share(headcountUs(ctx, y), y.headcount), unionPct: rng.int(8, 35), unionSites, trir: esgMetrics(c, y)[5]!.toFixed(2), trirPrev: esgMetrics(c, ctx.p)[5]!.toFixed(2), turnover: rng.int(60, 160) / 10 };
  yield ctx.fromList('topic_hc', 4, hv);
  yield ctx.fromList('topic_hc', 2, hv);
  const regions = ['United States', 'Canada and Latin America', 'Europe', 'Asia Pacific'];
  const us = headcountUs(ctx, y);
  const rest = [0.2, 0.5, 0.3].map((f) => Math.round((y.headcount - us) * f));
  rest[2] = y.headcount - us - rest[0]! - rest[1]!;
  yield ctx.table(table(`Employees by region at ${ctx.fyEnd(y.year)}`, ['Region', `Employees, fiscal ${y.year}`],
    [...[us, ...rest].map((n, i) => [regions[i]!, n.toLocaleString('en-US')]), ['Total', y.headcount.toLocaleString('en-US')]]));
  const fnShares = [0.52, 0.2, 0.12, 0.16].map((f, k) => f * (0.9 + ((y.year * (k + 3)) % 7) / 30));
  const fnTotal = fnShares.reduce((a, b) => a + b, 0);
  const fn = fnShares.slice(0, 3).map((f) => Math.round((y.headcount * f) / fnTotal));
  fn.push(y.headcount - fn.reduce((a, b) => a + b, 0));
  yield ctx.table(table(`Employees by function at ${ctx.fyEnd(y.year)}`, ['Function', 'Employees', 'Share of total'],
    [...['Manufacturing and operations', 'Sales, marketing and service', 'Research, development and engineering', 'General and administrative'].map((name, k) => [name, fn[k]!.toLocaleString('en-US'), `${share(fn[k]!, y.headcount)}%`]), ['Total', y.headcount.toLocaleString('en-US'), '100%']]));
  yield* employeesByCountry(ctx);
  yield* renderHumanCapitalDetail(ctx);
  yield ctx.para([ctx.say(`{Employees completed|Our people logged} {an average of|about} ${rng.int(14, 46)} hours of training {each|per person} in fiscal ${y.year}{, and ${rng.int(18, 41)}% of management positions were held by women|, and we filled ${rng.int(35, 70)}% of open management roles with internal candidates|}.`)]);
  yield ctx.heading('Information About Our Executive Officers');
  yield ctx.table(table(null, ['Name', 'Age', 'Position', 'Officer since'], c.officers.map((o) => [o.name, String(o.age + (y.year - c.firstYear)), o.title, String(o.since)])));
  const bios = officerBios(ctx);
  for (let k = 0; k < bios.length; k += 9) yield ctx.para(bios.slice(k, k + 9));
  yield ctx.heading('Available Information');
  yield ctx.fromList('topic_info', 2);
}
