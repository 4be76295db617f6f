// Asserted answers versus context mentions: prior-year figures, comparisons, deltas, asides, echoes of the question.

import type { Candidate } from './candidates.js';
import type { CleanText } from './clean.js';
import { attributedName, entityState } from './attribution.js';
import { hedgeIn } from './hedges.js';
import { isNegated } from './negation.js';
import { spanAt, type Span } from './segments.js';

/**
 * What a candidate is in its sentence: `asserted` (offered as the answer), `negated` ("not X"), `refused`
 * (inside a "the document does not mention …" clause) or `context` (a figure the answer is compared with).
 */
export type Role = 'asserted' | 'negated' | 'refused' | 'context';

/** A candidate with what its sentence makes of it. */
export interface ReadCandidate extends Candidate {
  role: Role;
  /** Why it is context (hard rules), for the verdict's reason. */
  why: string | null;
  /** In a sentence that hedges ("might be", "perhaps", "not sure", a question). */
  guess: boolean;
  /** In a sentence with a softer hedge ("I think"): a guess only beside a refusal. */
  weakGuess: boolean;
  /** Its clause reports what the document mentions rather than stating the answer ("it only mentions X"). */
  mention: boolean;
  /** Inside parentheses. */
  aside: boolean;
  /** Its clause says it concerns something else ("also", "separately", "while …", "the other …"). */
  other: boolean;
  /** A change ("up 4%", "increased by $1.2 million", "percentage points"). */
  delta: boolean;
  /** Within bold Markdown. */
  bold: boolean;
  sentence: Span;
  clause: Span;
  /** The clause with its label ("Maximum leverage ratio: 4.15x"): what the candidate is said about. */
  item: Span;
  /**
   * The named thing the candidate is attributed to in its clause ("34.5% in Marine Coatings", "Tampere had 23"):
   * `asked` when the question names it, `other` when it names something else, `none` when no name is attached.
   */
  entity: 'asked' | 'other' | 'none';
}

/**
 * Right before a value: it is a prior, original or compared figure. Group 1 is the marker (checked against
 * the question's words). `from` must be adjacent, and marks only values ("recused from the X rezoning" is no comparison).
 */
const BEFORE_CONTEXT: Array<[RegExp, string, boolean]> = [
  [/\b(from)\s+(?:the\s+|a\s+|an\s+|its\s+|approximately\s+|about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$/, 'from', true],
  [/\b(compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|relative\s+to|as\s+opposed\s+to|replacing|replaced|replaces|supersed(?:es|ing|ed)|unlike)\b(?:\s+\S+){0,4}\s*$/, 'compared', false],
  [/\b(previously|originally|formerly|initially|had\s+been|used\s+to\s+be|was\s+once)\b(?:\s+\S+){0,3}\s*$/, 'previously', false],
  [/\b(prior|previous|original|old|earlier|former|initial|preceding|last\s+year'?s?|prior[\s-]year'?s?)\b(?:\s+\S+){0,3}\s*$/, 'prior', false],
];
/** Right after a value: it belongs to an earlier period (group 1 is the marker). */
const AFTER_CONTEXT = /^\W{0,3}(?:\S+\s+){0,4}?(last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:year|quarter)\s+before|in\s+the\s+(?:prior|previous|preceding)\s+(?:year|quarter|period|fiscal\s+year)|previously|originally|at\s+the\s+time)\b/;
/** An old value with an arrow to the new one: `$4.10 -> $4.35`. */
const ARROW_AFTER = /^\s*(?:->|=>|\u2192|\u27f6)/;
/** Changes rather than levels. */
const DELTA_BEFORE = /\b(?:up|down|increased|decreased|increase|decrease|rose|fell|grew|declined|gained|dropped|jumped|slipped|improved|expanded|contracted|higher|lower|raise|cut)\s+(?:by\s+|of\s+|about\s+|approximately\s+|roughly\s+)?$|\bby\s+(?:about\s+|approximately\s+)?$/;
const DELTA_AFTER = /^\s*(?:increase|decrease|rise|drop|gain|decline|higher|lower|more|less|improvement|reduction|change|year[\s-]over[\s-]year|over the prior)\b/;
/** Clause words that set a mention apart from the answer (group 1 is the marker). */
const OTHER_MARKERS = /\b(also|for\s+comparison|by\s+comparison|for\s+reference|for\s+context|separately|additionally|in\s+addition|meanwhile|by\s+contrast|in\s+contrast|whereas|while|the\s+other|another|other|remaining|second-largest|the\s+rest)\b/;
/** A clause that reports a mention instead of answering ("it only mentions", "there is a reference to"). */
const MENTION = /\b(?:mention(?:s|ed)?|refer(?:s|red)?\s+to|references?|referenced|discuss(?:es|ed)?|talks?\s+about|cites?|cited|describes?|described|lists?|listed|contains?|includes?|notes?|noted|only)\b/;

function words(text: string): string[] {
  return text.split(/[^a-z0-9']+/).filter(Boolean);
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'with', 'by', 'from', 'for', 'in', 'on', 'at', 'as', 'than']);

/** Markers the question uses itself do not mark context ("What was the original proposal?"). Group 1 is the marker. */
function freshMarker(match: RegExpExecArray | null, questionWords: Set<string>): boolean {
  if (!match) return false;
  return !words(match[1] ?? match[0]).some((w) => questionWords.has(w) && !FUNCTION_WORDS.has(w));
}

/** Years (1900–2100) written in a text. */
function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.$])(19\d\d|20\d\d|2100)(?![\d.%]|\s*(?:million|billion))/g)].map((m) => Number(m[1]));
}

/** Inputs of reading candidates. */
export interface ReadInput {
  clean: CleanText;
  sentences: Span[];
  clauses: Span[];
  /** Clauses that keep labels with their values (see `clauses(…, items)`). */
  items: Span[];
  refusals: Span[];
  /** The question, cleaned and lower-case. */
  question: string;
  /** True when the candidates are dates (their own year is not a different period). */
  dates: boolean;
  /** Lower-case words of the names the question uses ("tampere", "marine", "coatings"). */
  questionNames: Set<string>;
}

/** Reads each candidate's role and flags from its sentence and clause. */
export function readCandidates(candidates: Candidate[], input: ReadInput): ReadCandidate[] {
  const { clean, question } = input;
  const lower = clean.lower;
  const questionWords = new Set(words(question));
  const questionYears = yearsIn(question);
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  return sorted.map((c, i) => {
    const sentence = spanAt(input.sentences, c.start);
    const clause = spanAt(input.clauses, c.start);
    const previous = sorted.slice(0, i).reverse().find((p) => p.end <= c.start && p.end > clause.start);
    const before = lower.slice(clause.start, c.start);
    const after = lower.slice(c.end, clause.end);
    const hedge = hedgeIn(lower, sentence, question);
    let role: Role = 'asserted';
    let why: string | null = null;
    if (input.refusals.some((r) => r.start < clause.end && r.end > clause.start)) role = 'refused';
    else if (isNegated(lower, clause, c.start, c.end, previous?.end ?? clause.start)) role = 'negated';
    else {
      for (const [re, name, valuesOnly] of BEFORE_CONTEXT) {
        if (valuesOnly && c.value === undefined) continue;
        if (freshMarker(re.exec(before), questionWords)) {
          role = 'context';
          why = name;
          break;
        }
      }
      if (role === 'asserted' && freshMarker(AFTER_CONTEXT.exec(after), questionWords)) {
        role = 'context';
        why = 'earlier period';
      }
      if (role === 'asserted' && ARROW_AFTER.test(lower.slice(c.end, sentence.end))) {
        role = 'context';
        why = 'changed to a later value';
      }
      // A figure of another fiscal year than the one asked about.
      if (role === 'asserted' && !input.dates && questionYears.length > 0) {
        const clauseYears = yearsIn(lower.slice(clause.start, c.start) + ' ' + lower.slice(c.end, clause.end));
        if (clauseYears.length > 0 && !clauseYears.some((y) => questionYears.includes(y))) {
          role = 'context';
          why = `fiscal ${clauseYears[0]}`;
        }
      }
    }
    const opened = lower.slice(sentence.start, c.start);
    const aside = (opened.match(/\(/g)?.length ?? 0) > (opened.match(/\)/g)?.length ?? 0);
    const otherMatch = OTHER_MARKERS.exec(before);
    return {
      ...c,
      role,
      why,
      guess: hedge.strong,
      weakGuess: hedge.weak,
      mention: MENTION.test(lower.slice(clause.start, clause.end).replace(lower.slice(c.start, c.end), ' ')),
      aside,
      other: freshMarker(otherMatch, questionWords),
      delta: DELTA_BEFORE.test(before) || DELTA_AFTER.test(after) || (c.value?.type === 'percent' && c.value.points === true),
      bold: clean.bold.some(([s, e]) => s <= c.start && c.end <= e),
      sentence,
      clause,
      item: spanAt(input.items, c.start),
      entity: entityState(attributedName(c, clean.text, clause, sorted, input.questionNames), input.questionNames),
    };
  });
}
