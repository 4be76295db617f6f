// The financial-report haystack: an endless series of annual reports (Form 10-K shape) of one fictional company, assembled Item by Item.
import type { Block } from '../../types.js';
import { createRng } from '../../util/rng.js';
import { Grammar, loadHaystackData, SentenceMemory } from '../data.js';
import type { GenerateOptions, HaystackGenerator } from '../generator.js';
import { REPORT_FACT_KEYS } from './facts.js';
import { Ledger } from './ledger.js';
import { reportWorld, type ReportWorld } from './world.js';
import { ReportContext } from './writing/context.js';
import { renderFront } from './items/cover.js';
import { renderBusiness } from './items/business.js';
import { renderRiskFactors } from './items/risk-factors.js';
import { renderCybersecurity } from './items/cybersecurity.js';
import { renderProperties } from './items/properties.js';
import { renderLegalProceedings } from './items/legal-proceedings.js';
import { renderMarket } from './items/market.js';
import { renderMdna } from './items/mdna.js';
import { renderMarketRisk } from './items/market-risk.js';
import { renderStatements } from './items/financial-statements.js';
import { noteAccountingPolicies } from './notes/accounting-policies.js';
import { noteRevenue } from './notes/revenue.js';
import { noteAcquisitions } from './notes/acquisitions.js';
import { noteGoodwill } from './notes/goodwill-and-intangibles.js';
import { noteInventories, notePropertyPlant } from './notes/inventories-and-property.js';
import { noteDebt } from './notes/debt.js';
import { noteLeases } from './notes/leases.js';
import { noteDerivatives, noteFairValue } from './notes/fair-value-and-derivatives.js';
import { noteIncomeTaxes } from './notes/income-taxes.js';
import { notePensions } from './notes/pensions.js';
import { noteEarningsPerShare, noteShareholdersEquity, noteStockCompensation } from './notes/equity.js';
import { noteRestructuring } from './notes/restructuring.js';
import { noteSegments } from './notes/segments.js';
import { noteContingencies } from './notes/contingencies.js';
import { noteQuarterlyData } from './notes/quarterly-data.js';
import { noteAoci, noteSupplemental } from './notes/supplemental.js';
import { renderSubsequentEvents } from './notes/subsequent-events.js';
import { renderControlsItems } from './items/controls.js';
import { renderPartThree } from './items/directors-and-governance.js';
import { renderPartFour } from './items/exhibits.js';

/** The parts of one fiscal year's report, in the order a Form 10-K prints them. */
const SECTIONS: Array<(ctx: ReportContext) => Generator<Block>> = [
  renderFront, renderBusiness, renderRiskFactors, renderCybersecurity, renderProperties, renderLegalProceedings,
  renderMarket, renderMdna, renderMarketRisk, renderStatements,
  noteAccountingPolicies, noteRevenue, noteAcquisitions, noteGoodwill, noteInventories, notePropertyPlant, noteDebt, noteLeases,
  noteFairValue, noteDerivatives, noteIncomeTaxes, notePensions, noteShareholdersEquity, noteEarningsPerShare, noteStockCompensation,
  noteRestructuring, noteSegments, noteContingencies, noteQuarterlyData, noteAoci, noteSupplemental, (ctx) => renderSubsequentEvents(ctx, 22),
  renderControlsItems, renderPartThree, renderPartFour,
];

/** The report's grammar: every template list of haystacks/financial-report merged. */
function reportGrammar(): Grammar {
  return new Grammar({
    ...loadHaystackData<Record<string, string[]>>('financial-report/grammar.json'),
    ...loadHaystackData<Record<string, string[]>>('financial-report/mdna.json'),
    ...loadHaystackData<Record<string, string[]>>('financial-report/notes.json'),
  });
}

/** Endless, deterministic blocks of annual reports: fiscal year after fiscal year of the seed's company. */
export function* financialReportBlocks(seed: number, options: GenerateOptions = {}): Generator<Block> {
  const root = createRng(seed).fork('financial-report');
  const world = reportWorld(seed);
  const { company, profile, calendar } = world;
  const ledger = new Ledger(company, root.fork('ledger'));
  const grammar = reportGrammar();
  const memory = new SentenceMemory();
  const omit = options.omit ?? new Set<string>();
  for (let year = company.firstYear; ; year++) {
    const older = [ledger.get(year - 3), ledger.get(year - 4)];
    const ctx = new ReportContext(company, ledger.get(year), ledger.get(year - 1), ledger.get(year - 2), root.fork(`report-${year}`), grammar, memory, profile, older, calendar, omit);
    for (const section of SECTIONS) {
      // Sentences that would repeat earlier ones are dropped, which can empty a paragraph.
      for (const block of section(ctx)) if (block.text !== '') yield block;
    }
  }
}

/** The annual-report generator: its world, its blocks and the facts its sections can leave out. */
export const financialReportGenerator: HaystackGenerator<ReportWorld> = {
  kind: 'financial-report',
  world: reportWorld,
  blocks: financialReportBlocks,
  facts: REPORT_FACT_KEYS,
};
