// Negation and refusal: "not X", "isn't X", "the document does not say", "I could not find it".

import type { Span } from './segments.js';

/** Phrases that say the document does not hold the answer (or that the model cannot give one). */
const REFUSALS: RegExp[] = [
  /(?:\bnot|n't) (?:explicitly |directly |specifically |clearly )?(?:mentioned|specified|stated|provided|included|given|found|available|disclosed|present|listed|indicated|addressed|covered|identified|named|said|reported)\b/,
  /\b(?:does not|doesn't|did not|didn't|do not|don't|does't) (?:explicitly |directly |specifically |clearly |actually )?(?:contain|mention|include|say|specify|provide|state|appear|disclose|indicate|name|identify|give|list|report|address|discuss|reference|show|tell|have|quantify|detail|itemize|break (?:out|down)|put a (?:number|figure) on)\b/,
  /\b(?:no|not any) (?:specific |explicit |such |direct |clear )?(?:information|mention|data|record|details?|reference|indication|answer|figure|amount|value|date|number|statement)\b/,
  /\b(?:cannot|can't|can not|could not|couldn't|unable to|am unable to|was unable to|wasn't able to|was not able to|i'm unable to|am not able to|i'm not able to|not able to) (?:find|locate|determine|identify|answer|tell|see|confirm|provide|say|verify|give)\b/,
  /\bi (?:don't|do not|didn't|did not) (?:know|see|find)\b/,
  /\b(?:cannot|can't|can not|could not|couldn't) be (?:determined|found|located|identified|answered|confirmed|inferred|established)\b|\bnot (?:determinable|answerable)\b/,
  /\b(?:is|are|was|remains) silent (?:on|about|as to|regarding)\b/,
  /\bnone of the (?:\S+\s+){0,4}(?:relates?|refers?|corresponds?|match(?:es)?|applies|apply|pertains?|concerns?|answers?)\b/,
  /\b(?:isn't|is not|aren't|are not|wasn't|was not) any (?:specific |explicit |such |direct )?(?:information|mention|data|record|details?|reference|indication|figure|amount)\b/,
  /\b(?:there is|there's|there are|there was) no (?:information|mention|data|record|details?|reference|indication|such|specific|explicit|answer)\b/,
  /\bnot (?:in|within|part of|contained in|found in) the (?:provided )?(?:document|text|context|transcript|report|passage|material)\b/,
  /\bnowhere (?:in|does)\b/,
  /\b(?:insufficient|not enough) (?:information|data|context)\b/,
  /\b(?:has|have|had)(?: not|n't) (?:yet )?been (?:decided|determined|announced|finalized|chosen|selected|set|specified|disclosed|named|agreed)\b/,
  /\b(?:is|are|was|were)(?: not|n't) (?:yet )?(?:decided|determined|known|finalized|settled|specified|disclosed|clear from)\b/,
  /\byet to be (?:decided|determined|announced|finalized|chosen|set)\b|\bto be determined\b|\btbd\b/,
  /^(?:unknown|not known|n\/a|none|no answer|not stated|not specified|not mentioned|not available)\.?$/,
  // A JSON reply with no value: {"answer": null}, {"answer": "unknown"}.
  /"(?:answer|value|result|response)"\s*:\s*(?:null|""|"(?:unknown|n\/a|none|not (?:known|found|stated|specified|mentioned|available))\.?")/,
];

/** The refusal patterns, global, compiled once. */
const REFUSALS_GLOBAL = REFUSALS.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'));

/** Where the answer says the document does not hold the answer: each match's span. */
export function refusalSpans(lower: string): Span[] {
  const out: Span[] = [];
  for (const re of REFUSALS_GLOBAL) {
    for (const m of lower.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Negating words, when they govern what follows (limits such as "not to exceed" are excluded). */
const NEGATOR = /\b(?:not|never|no|nor|neither|none|nothing|without)\b|n't\b/g;
/** "not exceed", "no more than", "no later than": limits stating the value, not denying it. */
const LIMIT = /^(?:\s+(?:to|be|go|have|been))?\s+(?:exceed|exceeding|surpass|go above|more|greater|higher|later|less|lower|fewer|earlier|sooner|above|below|over|under|beyond|after|before|until|till|only|just|merely|simply)\b/;
/** Words after which a negation no longer reaches the value. */
const SCOPE_BREAK = /\b(?:but|however|instead|rather|actually|although|though|yet|whereas)\b|[:;]/g;

/**
 * True when the value at `start` is negated: a negating word within the six words before it, in its clause,
 * with no value or contrast word between ("It is not $4.7 million" — but not "not $2.1 million but $4.7
 * million" for the second value, nor "may not exceed 4.15x"), or "instead of" / "rather than" / "other than"
 * right before it, or "is not correct" right after it.
 */
export function isNegated(lower: string, clause: Span, start: number, end: number, previousEnd: number): boolean {
  const from = Math.max(clause.start, previousEnd);
  let window = lower.slice(from, start);
  const breaks = [...window.matchAll(SCOPE_BREAK)];
  if (breaks.length > 0) {
    const last = breaks[breaks.length - 1]!;
    window = window.slice(last.index! + last[0].length);
  }
  const words = window.trim().split(/\s+/);
  const near = words.slice(-7).join(' ');
  if (/\b(?:instead of|rather than|other than|except(?: for)?|excluding|not including)\s+(?:\S+\s+){0,2}$/.test(near + ' ')) return true;
  for (const m of near.matchAll(NEGATOR)) {
    const after = near.slice(m.index! + m[0].length);
    if (m[0] === 'no' && /^\s*[,.!]/.test(after)) continue; // "No, it was …"
    if (LIMIT.test(after)) continue;
    if (/^\s+only\b/.test(after) || /^\s+just\b/.test(after)) continue;
    if (m[0] === 'not' && /\bwhether or $/.test(near.slice(0, m.index!))) continue;
    return true;
  }
  // After it: "X is not correct", "X's request was denied", "X was not chosen".
  const tail = lower.slice(end, Math.min(clause.end, end + 60));
  return (
    /^\W{0,3}(?:is|was|would be|isn't|wasn't)\s+(?:not\s+)?(?:incorrect|wrong|not (?:right|correct|it|the answer))\b/.test(tail) ||
    /^(?:'s)?(?:\s+[a-z0-9-]+){0,6}\s+(?:was|were|is|are|has been|had been|got|gets)\s+(?:denied|rejected|declined|refused|turned down|dropped|not (?:approved|selected|chosen|picked|granted|allowed|accepted))\b/.test(tail)
  );
}
