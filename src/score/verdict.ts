// From read candidates to a verdict per asked value: found, hedged (more answers than asked), or missing.

import type { AnswerSpec } from './answer-type.js';
import { candidateMatches, sameAnswer } from './candidates.js';
import type { ReadCandidate } from './context.js';
import { cjkBigrams } from './cjk-text.js';
import { inAlternative } from './hedges.js';

/** How one group of asked values fared. */
export interface GroupVerdict {
  /** Expected specs of the group that the response commits to. */
  found: AnswerSpec[];
  /** The response offers more distinct answers of this kind than were asked for. */
  hedged: boolean;
  /** Every candidate offered is a guess (and no refusal frames it). */
  guessed: boolean;
  /** The committed answers, after context mentions are set aside. */
  committed: ReadCandidate[];
  /** Candidates set aside by a soft rule (asides, other subjects, off-topic sentences): the rules were less sure. */
  setAside: ReadCandidate[];
  /** Distinct answers offered (committed or guessed). */
  offered: number;
}

/** Content words of the question, by their first five letters, for telling on-topic sentences apart. */
const STOPWORDS = new Set(
  'the a an of to in on for by with at from and or is was were are be been what which who whom whose when where how many much did does do that this these those it its as into than then there their they we our us you your he she his her will would could should can may might must has have had not no per each any all some such was'.split(' '),
);

function stems(text: string): Set<string> {
  const out = new Set(
    text
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
      .map((w) => w.slice(0, 5)),
  );
  // Chinese and Japanese have no spaces: pairs of characters stand for their words.
  for (const pair of cjkBigrams(text)) out.add(pair);
  return out;
}

/** Distinct answers among candidates (equal keys, or a date with and without its year, count once). */
export function distinct<T extends ReadCandidate>(candidates: T[]): T[] {
  const out: T[] = [];
  for (const c of candidates) if (!out.some((o) => sameAnswer(o, c))) out.push(c);
  return out;
}

type SoftRule = (c: ReadCandidate, pool: ReadCandidate[]) => boolean;

/**
 * Rules that set a candidate aside only when another candidate remains to be the answer: changes beside levels, parentheses, what stays as it was beside a change, clauses about something else,
 * sentences sharing fewer of the question's words, and (when a model bolds its answer) the unbolded.
 */
function softRules(lower: string, questionStems: Set<string>, hasNames: boolean): Array<[string, SoftRule]> {
  // How many of the question's words are said about a candidate: its item, without the labels of the other candidates in it.
  const topic = (c: ReadCandidate, pool: ReadCandidate[]) => {
    const masked = [c, ...pool.flatMap((o) => (o !== c && o.item.start === c.item.start ? o.labels : []))].sort((a, b) => a.start - b.start);
    let text = '';
    let at = c.item.start;
    for (const m of masked) {
      text += lower.slice(at, Math.max(at, m.start)) + ' ';
      at = Math.max(at, m.end);
    }
    text += lower.slice(at, c.item.end);
    return [...stems(text)].filter((s) => questionStems.has(s)).length;
  };
  return [
    ['change', (c) => c.delta],
    ['aside', (c) => c.aside],
    ['unchanged', (c) => c.unchanged],
    ['other subject', (c) => c.other],
    // A value attributed to a name the question does not use, beside one attributed to a name it does (or to none).
    // A reply that opens with a bare answer commits to it; later sentences explain, unless they offer alternatives.
    ['not the lead', (c, pool) => pool.some((p) => p.lead) && !c.lead && !c.guess],
    ['other name', (c, pool) => c.entity === 'other' && pool.some((p) => p.entity === 'asked')],
    ['other name', (c, pool) => c.entity === 'other' && hasNames && pool.some((p) => p.entity === 'none')],
    ['other bound', (c) => c.otherBound],
    ['off topic', (c, pool) => distinct(pool).length > 1 && topic(c, pool) < Math.max(...pool.map((p) => topic(p, pool)))],
    ['not bold', (c, pool) => !c.bold && pool.some((p) => p.bold)],
  ];
}

/** Judges one group: `expected` specs asked, `candidates` read from the response. */
export function judgeGroup(
  expected: AnswerSpec[],
  candidates: ReadCandidate[],
  opts: { refusal: boolean; acceptGuesses: boolean; lower: string; question: string; questionHasNames: boolean },
): GroupVerdict {
  const k = new Set(expected.map((s) => s.raw)).size;
  let pool = candidates.filter((c) => c.role === 'asserted');
  const setAside: ReadCandidate[] = [];
  // Plain answers of the asked kind outrank loose ones (a bare number beside dollar amounts): tiers first.
  // (Not a doubt about the answer, so not among `setAside`.)
  const best = Math.min(...pool.map((c) => c.tier));
  pool = pool.filter((c) => c.tier === best);
  // An echo of the document or a list of guesses: far more answers than asked, whatever else is said.
  const listed = distinct(pool).length >= k + 3;
  if (!listed) {
    for (const [, rule] of softRules(opts.lower, stems(opts.question), opts.questionHasNames)) {
      // Soft rules choose among more answers than were asked for, and never leave fewer than were asked for.
      if (distinct(pool).length <= k) break;
      // Values offered as alternatives ("X or Y", "either X") are a hedge, never narrowed down to one.
      const kept = pool.filter((c) => !rule(c, pool) || inAlternative(opts.lower, c.start, c.end));
      if (kept.length > 0 && kept.length < pool.length && distinct(kept).length >= k) {
        setAside.push(...pool.filter((c) => !kept.includes(c)));
        pool = kept;
      }
    }
  }
  const offered = distinct(pool);
  const isGuess = (c: ReadCandidate) => !opts.acceptGuesses && (c.guess || (opts.refusal && c.weakGuess));
  // Beside a refusal, only a plain statement commits ("…doesn't say directly, but the ratio is 4.15x"), not a mention,
  // nor a statement of something else that merely follows it.
  const committed = pool.filter((c) => !isGuess(c) && !(opts.refusal && (c.mention || c.unlinked) && !opts.acceptGuesses));
  const hedged = listed || offered.length > k;
  const found = hedged ? [] : expected.filter((spec) => committed.some((c) => candidateMatches(spec, c)));
  return { found, hedged, guessed: pool.length > 0 && pool.every(isGuess), committed, setAside, offered: offered.length };
}
