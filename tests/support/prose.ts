// Seeded filler prose for tests that need a long plain-text document (no generator involved).

import { createRng } from '../../src/util/rng.js';

const SUBJECTS = ['The committee', 'Our auditors', 'The Lisbon plant', 'Management', 'The board', 'Revenue in the west region', 'The treasury team', 'Ms Okafor', 'The new warehouse', 'Freight costs'];
const VERBS = ['reviewed', 'increased', 'approved', 'deferred', 'reported', 'reduced', 'expanded', 'questioned', 'documented', 'restated'];
const OBJECTS = ['the quarterly forecast', 'capital spending by 4.2%', 'a revised hedging policy', 'the lease for the depot', 'its outlook for 2027', 'the pension assumptions', 'headcount in logistics', 'the audit plan', 'inventory reserves', 'the café menu — naïvely priced'];
const TAILS = ['after a long discussion.', 'in the second quarter.', 'as planned.', 'despite higher costs.', 'for the third year in a row.', 'without objection.', 'pending further review.', 'with some reservations.'];

/** `paragraphs` paragraphs of 3–7 sentences each, joined with blank lines; a table every tenth paragraph. */
export function prose(seed: number, paragraphs: number): string {
  const rng = createRng(seed);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p % 10 === 9) {
      out.push(`| Item | 2025 | 2024 |\n|---|---|---|\n| Sales | ${rng.int(100, 999)}.${rng.int(0, 9)} | ${rng.int(100, 999)}.${rng.int(0, 9)} |`);
      continue;
    }
    const n = rng.int(3, 7);
    const sentences: string[] = [];
    for (let s = 0; s < n; s++) sentences.push(`${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(TAILS)}`);
    out.push(sentences.join(' '));
  }
  return out.join('\n\n');
}
