// The answer a reply opens with: "$4.7 million." before the sentences that explain it.

import type { Candidate } from './candidates.js';
import { spanAt, type Span } from './segments.js';

/** Words that may stand beside an answer in a bare reply ("It's $4.7 million.", "Answer: 23 positions"). */
const FILLER = new Set(
  "answer final the is it it's its was were are be about approximately roughly around total totaling exactly only just of a an per share each in cash by to at on for month year day annually monthly a.m. p.m. yes".split(' '),
);

/** Where a reply's parts are, for {@link findLead}. */
export interface LeadInput {
  sentences: Span[];
  clauses: Span[];
  /** Where the final answer starts after working-out, when the reply marks one. */
  answerStart?: number;
}

/**
 * Which candidates stand bare in their clause (the value and at most two words besides fillers), and which
 * one the reply leads with (-1 for none): the first candidate, bare, in the reply's first sentence or right
 * after its "The answer is", with no other candidate nearly as bare (then the reply is a list, not an answer
 * and its explanation). A short statement at the end ("OPS-2290 is unblocked.") is no lead.
 */
export function findLead(sorted: Candidate[], lower: string, input: LeadInput): { bare: boolean[]; lead: number } {
  // Words besides the value and fillers in its clause; -1 when the clause holds another candidate.
  const extra = sorted.map((c) => {
    const clause = spanAt(input.clauses, c.start);
    if (sorted.some((o) => o !== c && o.start < clause.end && o.end > clause.start)) return -1;
    const words = (lower.slice(clause.start, c.start) + ' ' + lower.slice(c.end, clause.end)).split(/[^a-z0-9.']+/);
    return words.filter((w) => /[a-z0-9]/.test(w) && !FILLER.has(w.replace(/^\.+|\.+$/g, ''))).length;
  });
  const bare = extra.map((n) => n >= 0 && n <= 2);
  if (sorted.length < 2 || !bare[0] || extra.some((n, j) => j !== 0 && n >= 0 && n <= 1)) return { bare, lead: -1 };
  const first = sorted[0]!;
  const opens =
    spanAt(input.sentences, first.start) === input.sentences[0] ||
    (input.answerStart !== undefined && lower.slice(input.answerStart, first.start).split(/\s+/).filter(Boolean).length <= 3);
  return { bare, lead: opens ? 0 : -1 };
}
