// The Japanese financial-report haystack: an endless series of 有価証券報告書 of one fictional company, fiscal year after fiscal year.
import type { Block } from '../../../types.js';
import { createRng } from '../../../util/rng.js';
import { Grammar, loadHaystackData } from '../../data.js';
import type { GenerateOptions, HaystackGenerator } from '../../generator.js';
import { JaReportContext } from './context.js';
import { JA_REPORT_FACT_KEYS } from './facts.js';
import { JaSentenceMemory } from './memory.js';
import { renderCover } from './sections/cover.js';
import { renderOverview } from './sections/overview.js';
import { renderContractsAndResearch, renderPolicyAndRisks } from './sections/business.js';
import { renderMdna } from './sections/mdna.js';
import { renderFacilities, renderFacilityPlans } from './sections/facilities.js';
import { renderCompanyStatus, renderOfficerList, renderPayAndHoldingPolicy } from './sections/governance.js';
import { renderAudit, renderInternalControls } from './sections/governance-detail.js';
import { renderOfficers } from './sections/officers.js';
import { renderHoldings } from './sections/holdings.js';
import { renderStatements } from './sections/statements.js';
import { renderEquityChanges, renderMoreNotes, renderParentStatements, renderQuarters, renderRevenueByRegion } from './sections/equity-quarters-and-parent-statements.js';
import { renderLastNotes, renderNotes } from './sections/notes.js';
import { renderSchedules } from './sections/schedules.js';
import { renderSubsidiaryFacilities } from './sections/facility-and-detail-tables.js';
import { renderBoardMeetings, renderLongNotes } from './sections/long-notes.js';
import { renderStatementNotes } from './sections/statement-notes.js';
import { renderRetirementBenefits } from './sections/retirement-benefits.js';
import { renderClosing } from './sections/audit-report.js';
import { renderRevenueNotes } from './sections/revenue-notes.js';
import { renderParentNotes } from './sections/parent-notes.js';
import { renderHumanCapital } from './sections/human-capital.js';
import { renderResearchThemes } from './sections/research-themes.js';
import { renderTargets } from './sections/targets.js';
import { renderTreasuryDetails, renderVotingRights } from './sections/share-details.js';
import { renderAuditBoard, renderHoldingCounts, renderRestrictedStock } from './sections/audit-board-and-holdings.js';
import { renderClimate } from './sections/climate.js';
import { renderOfficerNotes } from './sections/officer-notes.js';
import { renderAccountingStandards } from './sections/accounting-standards.js';
import { renderConsolidatedSchedules, renderMainBalances, renderRelatedParties } from './sections/related-parties-and-schedules.js';
import { jaReportWorld, type JaReportWorld } from './world.js';

/** The parts of one fiscal year's report, in the order a 有価証券報告書 prints them. */
const SECTIONS: Array<(ctx: JaReportContext) => Generator<Block>> = [
  renderCover, renderOverview, (ctx) => renderPolicyAndRisks(ctx, function* (c) {
    yield* renderHumanCapital(c);
    yield* renderClimate(c);
  }), renderMdna, renderTargets, renderContractsAndResearch, renderResearchThemes, renderFacilities, renderSubsidiaryFacilities, renderFacilityPlans, (ctx) => renderCompanyStatus(ctx, { voting: renderVotingRights, treasury: renderTreasuryDetails }),
  renderInternalControls, renderOfficerList, renderOfficerNotes, renderOfficers, renderBoardMeetings, renderAudit, renderAuditBoard, (ctx) => renderPayAndHoldingPolicy(ctx, renderRestrictedStock), renderHoldingCounts, renderHoldings, renderStatements, renderEquityChanges, renderNotes, renderAccountingStandards, renderStatementNotes, renderRevenueByRegion, renderRevenueNotes,
  renderMoreNotes, renderRetirementBenefits, renderLongNotes, renderRelatedParties, renderLastNotes, renderConsolidatedSchedules, renderQuarters, renderParentStatements, (ctx) => renderSchedules(ctx, renderParentNotes), renderMainBalances, renderClosing,
];

/** The report's phrase grammar (every list of phrases.json but the risk themes, which sections read as a whole). */
function jaReportGrammar(): Grammar {
  const { risks: _risks, ...lists } = loadHaystackData<Record<string, unknown>>('ja/financial-report/phrases.json');
  return new Grammar(lists as Record<string, string[]>);
}

/** Endless, deterministic blocks: the seed's company, report after report. */
export function* jaFinancialReportBlocks(seed: number, options: GenerateOptions = {}): Generator<Block> {
  const root = createRng(seed).fork('ja-financial-report');
  const world = jaReportWorld(seed);
  const grammar = jaReportGrammar();
  const memory = new JaSentenceMemory();
  const omit = options.omit ?? new Set<string>();
  for (let year = world.calendar.firstYear; ; year++) {
    const ctx = new JaReportContext(world.company, world.calendar, year, world.books(year), world.books, root.fork(`report-${year}`), grammar, memory, omit, root);
    for (const section of SECTIONS) {
      // A paragraph left with only its label (（調味料事業）) once every sentence was said before is dropped; a heading
      // such as （退職給付関係） is the caption of its note and stays.
      for (const block of section(ctx)) if (block.text !== '' && (block.kind === 'heading' || !/^（[^）]*）$/.test(block.text))) yield block;
    }
  }
}

/** The Japanese annual-report generator. */
export const jaFinancialReportGenerator: HaystackGenerator<JaReportWorld> = {
  kind: 'financial-report',
  lang: 'ja',
  world: jaReportWorld,
  blocks: jaFinancialReportBlocks,
  facts: JA_REPORT_FACT_KEYS,
};
