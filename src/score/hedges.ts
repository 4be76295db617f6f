// Hedges: a value offered as a guess ("it might be", "perhaps", "my best guess", "not sure", "Maybe 18%?").

import type { Span } from './segments.js';

/** A guess is never a committed answer. Each pattern is tested on the sentence holding the value. */
const STRONG: RegExp[] = [
  /\b(?:might|could)\s+(?:also\s+|possibly\s+|perhaps\s+)?(?:be|have been|refer to|mean)\b/,
  /\bmay\s+(?:also\s+|possibly\s+)?(?:be|have been|refer to)\b/,
  /\b(?:perhaps|possibly|maybe|presumably|conceivably|supposedly|plausibly)\b/,
  /\bprobably\b/,
  /\b(?:is|was|are|were|be|it's|that's|most|very|quite)\s+likely\b|\blikely\s+(?:to be|around|about|refers?|the)\b|^\W*likely\b/,
  /\b(?:i|we)\s+(?:would\s+|'d\s+)?(?:guess|suspect|assume|speculate|estimate)\b/,
  /\b(?:best|my|a|educated|rough|wild)\s+guess\b|\bguessing\b|\bif i (?:had|have) to\b/,
  /\bnot\s+(?:entirely\s+|completely\s+|totally\s+|100%\s+|fully\s+)?(?:sure|certain|confident|clear)\b|\b(?:unsure|uncertain|unclear)\b/,
  /\b(?:appears|seems|seem|appear)\s+to\s+(?:be|have been|refer)\b|\bit (?:appears|seems)\b/,
  /\bone of (?:these|the following|those)\b|\bpossible (?:values|answers|amounts|options|dates)\b|\bcandidates?\b|\boptions? (?:are|include)\b/,
  /\bcannot be (?:sure|certain)\b|\bhard to (?:say|tell)\b/,
  /\balternatively\b|\bor (?:else|perhaps|maybe|possibly)\b|\bthen again\b/,
  /\b(?:is|are|seems|also|equally|another|remains?)\s+(?:also\s+|equally\s+|just\s+as\s+)?(?:possible|plausible|a\s+possibility|an\s+option|a\s+candidate)\b/,
  // A range offered instead of a value: "between 215 and 340", "somewhere around", "anywhere from".
  /\bbetween\s+[$€£]?\d[\d.]*\s*\S*\s+and\s+[$€£]?\d|\bsomewhere\s+(?:between|around|in)\b|\banywhere\s+(?:from|between)\b|\bin the range of\b/,
];
/** Softer phrases: a guess only beside a refusal ("I couldn't find it, but I think it is X"). */
const WEAK: RegExp[] = [/\bi (?:think|believe|recall|suppose)\b/, /\bif i recall\b/, /\bmy understanding is\b/];

/** Which hedges a sentence carries, ignoring any phrase the question itself uses ("the likely cost of …"). */
export function hedgeIn(lower: string, sentence: Span, question: string): { strong: boolean; weak: boolean } {
  const text = lower.slice(sentence.start, sentence.end);
  const fresh = (re: RegExp) => {
    const m = re.exec(text);
    return m !== null && !question.includes(m[0].trim());
  };
  // A sentence that asks ("Maybe 18%?", "Is it $4.7 million?") offers its value as a question.
  const asks = /\?\s*["')\]]*\s*$/.test(text.trim());
  return { strong: asks || STRONG.some(fresh), weak: WEAK.some(fresh) };
}

/** True when a name stands in an alternative: "X or Y", "either X", "X or". */
export function inAlternative(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 30), start);
  const after = lower.slice(end, end + 30);
  return /\b(?:or|either)\s+(?:the\s+)?$/.test(before) || /^\s*,?\s*(?:or|and\/or)\b/.test(after) || /^\s*\/\s*\w/.test(after);
}
