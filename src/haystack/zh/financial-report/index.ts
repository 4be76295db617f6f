// The Chinese financial-report haystack: an endless series of 年度报告 of one fictional A-share company, 节 by 节.
import type { Block } from '../../../types.js';
import { createRng } from '../../../util/rng.js';
import type { GenerateOptions, HaystackGenerator } from '../../generator.js';
import { zhReportGrammar, ZhReportContext, ZhSentenceMemory } from './context.js';
import { ZH_REPORT_FACT_KEYS } from './facts.js';
import { renderFront, renderProfile } from './sections/front.js';
import { renderEnvironment, renderGovernance } from './sections/governance.js';
import { renderMatters, renderShares } from './sections/matters.js';
import { renderMdna } from './sections/mdna.js';
import { renderNotes } from './sections/notes.js';
import { renderStatements } from './sections/statements.js';
import { zhReportWorld, type ZhReportWorld } from './world.js';

/** The 节 of one year's report, in the order a 年度报告 prints them. */
const SECTIONS: Array<(ctx: ZhReportContext) => Generator<Block>> = [
  renderFront, renderProfile, renderMdna, renderGovernance, renderEnvironment, renderMatters, renderShares, renderStatements, renderNotes,
];

/** Endless, deterministic blocks: the company's annual report for its first year, then the next year's, and so on. */
export function* zhFinancialReportBlocks(seed: number, options: GenerateOptions = {}): Generator<Block> {
  const root = createRng(seed).fork('zh-financial-report');
  const world = zhReportWorld(seed);
  const grammar = zhReportGrammar();
  const memory = new ZhSentenceMemory();
  const omit = options.omit ?? new Set<string>();
  for (let year = world.firstYear; ; year++) {
    const ctx = new ZhReportContext(world, year, root.fork(`report-${year}`), grammar, memory, omit);
    for (const section of SECTIONS) {
      // A paragraph whose every sentence repeated earlier text comes back empty: skip it.
      for (const block of section(ctx)) if (block.text !== '') yield block;
    }
  }
}

/** The Chinese annual-report generator (年度报告): its world, its blocks and the facts its sections can leave out. */
export const zhFinancialReportGenerator: HaystackGenerator<ZhReportWorld> = {
  kind: 'financial-report',
  lang: 'zh',
  world: zhReportWorld,
  blocks: zhFinancialReportBlocks,
  facts: ZH_REPORT_FACT_KEYS,
};
