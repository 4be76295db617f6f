// Writes Item 1, Business: the general description and one subsection per segment, then the company-wide topics, human capital and executive officers.
import { competitionTable, renderBusinessTopics, renderResearch } from './business/company-topics.js';
import { renderExecutiveOfficers } from './business/executive-officers.js';
import { renderHumanCapital } from './business/human-capital.js';
import { productLineHistory, renderSegmentDetail, segmentFootprint } from './business/segments.js';
import type { ReportContext } from '../writing/context.js';
import { amount, share, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Item 1 of one year's report. */
export function* renderBusiness(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  yield ctx.meta('PART I');
  yield ctx.heading('Item 1. Business', true);
  yield ctx.subsection('General');
  const intlPct = share(c.properties.filter((p) => !p.domestic).length, c.properties.length) + rng.int(-4, 8);
  const v = {
    countries: rng.int(40, 120), segCount: c.segments.length, segList: c.segments.map((s) => s.name).join(', '), intlPct,
    plantCount: c.properties.length, countryCount: new Set(c.properties.map((p) => p.region)).size, incYear: c.founded + rng.int(1, 40),
    ipoYear: Math.min(c.firstYear - 2, c.founded + rng.int(20, 70)),
  };
  yield ctx.fromList('overview', 4, v);
  yield ctx.fromList('overview', 3, v);
  yield ctx.subsection('Reportable Segments');
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
  yield* renderHumanCapital(ctx);
  yield* renderExecutiveOfficers(ctx);
}
