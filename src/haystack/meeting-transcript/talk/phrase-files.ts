// Where the transcript's words live: the phrase-list files of the grammar, and the topic and question files of each body.
import { loadHaystackData } from '../../data.js';
import type { Topic } from './series-state.js';

/** Phrase files of the transcript grammar (haystacks/meeting-transcript/<name>.json): one object of named lists each. */
export const GRAMMAR_FILES = ['procedure', 'action-log', 'finance', 'segment-review', 'board-talk', 'earnings', 'engineering', 'operations', 'town-hall', 'side-talk', 'committees'];

/** Topic files of each body, by theme (haystacks/meeting-transcript/<body>-topics/<theme>.json, or <body>-topics.json). */
export const TOPIC_FILES: Record<string, string[]> = {
  board: ['board-topics/finance', 'board-topics/operations', 'board-topics/commercial', 'board-topics/strategy', 'board-topics/people', 'board-topics/risk-and-legal', 'board-topics/technology', 'board-topics/governance',
    'board-topics/treasury-and-tax', 'board-topics/workforce-and-benefits',
    'board-topics/shareholders-and-ethics', 'board-topics/engineering-and-ip', 'board-topics/plants-and-procurement', 'board-topics/sales-and-brand',
    'board-topics/regulation-and-products', 'board-topics/capital-projects', 'board-topics/customers-and-channels', 'board-topics/organization-and-talent', 'board-topics/finance-and-reporting',
    'board-topics/growth-and-sourcing', 'board-topics/policy-and-reputation', 'board-topics/technology-and-data', 'board-topics/environment-and-community', 'board-topics/finance-and-controls',
    'board-topics/people-and-labor', 'board-topics/strategy-and-platforms', 'board-topics/food-industry', 'board-topics/medical-industry',
    'board-topics/oversight-and-resilience', 'board-topics/management-and-marketing', 'board-topics/contracts-and-costs', 'board-topics/selling-and-treasury', 'board-topics/industry-markets',
    'board-topics/service-and-safeguards',
    'board-topics/treasury-2', 'board-topics/finance-2', 'board-topics/risk-and-legal-2',
    'board-topics/governance-2', 'board-topics/mergers-and-acquisitions', 'board-topics/accounting-and-audit',
    'board-topics/operations-2', 'board-topics/people-2', 'board-topics/technology-2', 'board-topics/commercial-2', 'board-topics/customers-2',
    'board-topics/food-industry-2', 'board-topics/medical-industry-2', 'board-topics/industry-markets-2', 'board-topics/electrical-industry'],
  'audit-committee': ['audit-committee-topics', 'committee-topics/audit-assurance', 'committee-topics/audit-oversight'],
  'compensation-committee': ['compensation-committee-topics', 'committee-topics/compensation-design', 'committee-topics/compensation-programs'],
  'governance-committee': ['governance-committee-topics', 'committee-topics/governance-practice', 'committee-topics/governance-board'],
  operations: ['operations-topics', 'operations-topics-plant-floor', 'operations-topics-supply-and-quality', 'operations-topics-maintenance-and-energy', 'operations-topics-flow-and-inventory', 'operations-topics-people-and-standards', 'operations-topics-customers-and-resources', 'operations-topics-shifts-and-safeguards', 'operations-topics-plants-and-suppliers'],
};

/** Question banks (arrays of question themes with their answers). */
export const QUESTION_FILES = ['earnings-questions', 'town-hall-questions', 'ceo-report'];

/** Every file whose words are ordinary transcript English. */
export const PHRASE_FILES = [...GRAMMAR_FILES, ...Object.values(TOPIC_FILES).flat(), ...QUESTION_FILES];

/** A body's topics, from all its theme files. */
export function loadTopics(body: string): Topic[] {
  const files = TOPIC_FILES[body];
  if (!files) throw new Error(`no topic files for "${body}"`);
  return files.flatMap((f) => loadHaystackData<Topic[]>(`meeting-transcript/${f}.json`));
}
