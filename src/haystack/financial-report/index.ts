// The financial-report haystack: an endless series of annual reports (Form 10-K shape) of one fictional company.
import type { Block } from '../../types.js';
import { createRng } from '../../util/rng.js';
import { Grammar, loadHaystackData, SentenceMemory } from '../data.js';
import { createCompany } from './company.js';
import { ReportContext } from './context.js';
import { Ledger } from './ledger.js';
import { createProfile } from './profile.js';
import { renderBack } from './render-back.js';
import { renderBusiness } from './render-business.js';
import { renderFront } from './render-front.js';
import { renderMarket } from './render-market.js';
import { renderMarketRisk } from './render-market-risk.js';
import { renderMdna } from './render-mdna.js';
import { renderNotesA } from './render-notes-a.js';
import { renderNotesB } from './render-notes-b.js';
import { renderNotesC } from './render-notes-c.js';
import { renderPart1Rest } from './render-part1-rest.js';
import { renderRisks } from './render-risks.js';
import { renderStatements } from './render-statements.js';

const SECTIONS = [renderFront, renderBusiness, renderRisks, renderPart1Rest, renderMarket, renderMdna, renderMarketRisk, renderStatements, renderNotesA, renderNotesB, renderNotesC, renderBack];

/** The report's grammar: every template list of haystacks/financial-report merged. */
function reportGrammar(): Grammar {
  return new Grammar({
    ...loadHaystackData<Record<string, string[]>>('financial-report/grammar.json'),
    ...loadHaystackData<Record<string, string[]>>('financial-report/mdna.json'),
    ...loadHaystackData<Record<string, string[]>>('financial-report/notes.json'),
  });
}

/** Endless, deterministic blocks of annual reports: fiscal year after fiscal year of the seed's company. */
export function* financialReportBlocks(seed: number): Generator<Block> {
  const root = createRng(seed).fork('financial-report');
  const company = createCompany(root.fork('company'));
  const ledger = new Ledger(company, root.fork('ledger'));
  const profile = createProfile(company, root.fork('profile'));
  const grammar = reportGrammar();
  const memory = new SentenceMemory();
  for (let year = company.firstYear; ; year++) {
    const ctx = new ReportContext(company, ledger.get(year), ledger.get(year - 1), ledger.get(year - 2), root.fork(`report-${year}`), grammar, memory, profile, [ledger.get(year - 3), ledger.get(year - 4)]);
    for (const section of SECTIONS) {
      // Sentences that would repeat earlier ones are dropped, which can empty a paragraph.
      for (const block of section(ctx)) if (block.text !== '') yield block;
    }
  }
}
