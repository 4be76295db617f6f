// Writes Item 7, Management's Discussion and Analysis, in the order a 10-K presents it.
import { epsDiluted } from '../figures/earnings.js';
import { priorOrganic, renderMdnaQuarterAndNonGaap } from './mdna/non-gaap-measures.js';
import { keyMetrics, renderFiveYear, segmentEbitda } from './mdna/overview.js';
import { fourthQuarterSegments, renderQuarterlyAndOutlook, segmentOutlook, segmentQuarterDiscussion } from './mdna/quarters-and-outlook.js';
import { consolidatedDrivers, restructuringPrograms, resultsOfOperations } from './mdna/results-of-operations.js';
import { renderLiquidity } from './mdna/liquidity.js';
import { renderCriticalEstimates } from './mdna/critical-estimates.js';
import type { ReportContext } from '../writing/context.js';
import { dollars, money } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Item 7 of one year's report. */
export function* renderMdna(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  yield ctx.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", true);
  const v = { fyMonth: c.fyEndMonth, fyDay: c.fyEndDay, prevYear2: pp.year };
  yield ctx.fromList('mdna_intro', 3, v);
  yield ctx.subsection('Overview');
  yield ctx.fromList('mdna_context', 3);
  yield ctx.para([
    ctx.say(`{In fiscal ${y.year}|For the year}, net sales were ${money(y.sales)} and {diluted earnings per share were|we earned} ${dollars(epsDiluted(y))}{ per diluted share|}.`),
    ctx.say(`{We generated|Operating activities provided} ${money(y.cf.cfo)} of {operating cash flow|cash}{ and returned ${money(-y.cf.dividends - y.cf.buybacks)} to shareholders through dividends and share repurchases|}.`),
    ...(y.acquisition ? [ctx.say(`In ${y.acquisition.month} ${y.year}, we {acquired|completed the acquisition of} ${y.acquisition.target}{, a supplier of <product>,|} for ${money(y.acquisition.price)}{, net of cash acquired|}, {adding it to|and it is reported in} our ${y.acquisition.segment} segment.`)] : []),
  ]);
  yield* renderFiveYear(ctx);
  yield* keyMetrics(ctx);
  yield* segmentEbitda(ctx);
  yield ctx.subsection('Results of Operations');
  yield* resultsOfOperations(ctx, y, p);
  yield* resultsOfOperations(ctx, p, pp);
  yield* renderMdnaQuarterAndNonGaap(ctx, (cur, prev) => consolidatedDrivers(cur, prev, null).map((d) => d.tenths));
  yield* priorOrganic(ctx);
  yield* fourthQuarterSegments(ctx);
  yield* restructuringPrograms(ctx);
  yield* segmentQuarterDiscussion(ctx);
  yield* renderQuarterlyAndOutlook(ctx);
  yield* segmentOutlook(ctx);
  yield* renderLiquidity(ctx);
  yield* renderCriticalEstimates(ctx);
}
