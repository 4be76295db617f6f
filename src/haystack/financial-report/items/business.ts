// Writes Item 1, Business: the general description and one subsection per segment, then the company-wide topics, human capital and executive officers.
import { yearRng } from '../streams.js';
import { regionSales } from '../figures/sales.js';
import { list, numberWord } from '../writing/english.js';
import { countriesServed } from '../figures/operations.js';
import { competitionTable, renderBusinessTopics, renderResearch } from './business/company-topics.js';
import { renderExecutiveOfficers } from './business/executive-officers.js';
import { renderHumanCapital } from './business/human-capital.js';
import { productLineHistory, renderSegmentDetail, segmentFootprint } from './business/segments.js';
import type { ReportContext } from '../writing/context.js';
import { amount, share, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Item 1 of one year's report. */
export function* renderBusiness(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  yield ctx.meta('PART I');
  yield ctx.heading('Item 1. Business', true);
  yield ctx.subsection('General');
  // Sales outside the United States, as Note 2 and MD&A split them by region.
  const us = regionSales(ctx, y).reduce((a, s) => a + s[0]!, 0);
  const largest = c.properties.reduce((a, b) => (b.sqft > a.sqft ? b : a));
  const history = yearRng(c, 0, 'history');
  const v = {
    countries: countriesServed(c), segCount: numberWord(c.segments.length), segList: list(c.segments.map((s) => s.name)), intlPct: share(y.sales - us, y.sales),
    plantCount: c.properties.length, countryCount: numberWord(1 + new Set(c.properties.filter((p) => !p.domestic).map((p) => p.region)).size), incYear: c.founded + history.int(1, 40),
    ipoYear: Math.min(c.firstYear - 2, c.founded + history.int(20, 70)), largestSite: `${largest.city}, ${largest.region}`,
  };
  yield* ctx.fromLists('overview', [4, 3], v);
  yield ctx.subsection('Reportable Segments');
  yield ctx.table(table(`Net sales by segment, fiscal ${y.year} (in millions)`, ['Segment', `Fiscal ${y.year} net sales`, 'Percent of total'],
    [...c.segments.map((s, i) => [s.name, amount(y.seg[i]!.sales), `${share(y.seg[i]!.sales, y.sales)}%`]), ['Total', amount(y.sales), '100%']]));
  const segOi = y.seg.reduce((a, s) => a + s.oi, 0);
  for (const [i, s] of c.segments.entries()) {
    yield ctx.heading(s.name);
    const sv = { segment: s.name, product: s.products, customer: s.customers, market: s.markets, share: share(y.seg[i]!.sales, y.sales), oiShare: share(y.seg[i]!.oi, segOi) };
    yield* ctx.fromLists('segment', [4, 3], sv);
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
