// Which named thing a value is said about ("34.5% in Marine Coatings", "Tampere had 23"), and whether the question names it.

import type { Candidate } from './candidates.js';
import type { Span } from './segments.js';

/** Capitalized words that start sentences or are not names. */
const NOT_NAMES = new Set(
  'the a an it its this that these those there their they he she we i you our your my based according in on at for of to by from with each both sure yes no however so and but or note answer final also while although whereas per as if after before during since total overall okay ok well here therefore thus hence first second third then'.split(' '),
);
const MONTH_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|fy|fiscal)$/;

/**
 * Capitalized names in a span of text (runs of capitalized words), with their lower-case words. A word
 * opening a sentence counts only when `known` has it (capitals there say nothing about names).
 */
function namesIn(text: string, span: Span, known: Set<string> = new Set()): Array<{ start: number; end: number; words: string[] }> {
  const out: Array<{ start: number; end: number; words: string[] }> = [];
  const re = /\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*/gu;
  for (const m of text.slice(span.start, span.end).matchAll(re)) {
    const at = span.start + m.index!;
    const opens = /(?:^|[.!?:;\n(]\s*|^\W*)$/.test(text.slice(Math.max(0, at - 3), at)) || at === 0;
    let words = m[0].toLowerCase().replace(/'s\b/g, '').split(/\s+/);
    if (opens && !known.has(words[0]!)) words = words.slice(1);
    words = words.filter((w) => !NOT_NAMES.has(w) && !MONTH_WORDS.test(w) && w.length > 1);
    if (words.length === 0) continue;
    out.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length, words });
  }
  return out;
}

/**
 * The name a candidate is attributed to within its clause: the one right after it through a preposition
 * ("29.2% in Pet Nutrition", "Kesworth Freight for Lyon"), else the nearest one not on the far side of
 * another candidate ("The Lyon mill had 31").
 */
export function attributedName(c: Candidate, text: string, clause: Span, others: Candidate[], known: Set<string>): string[] | null {
  const names = namesIn(text, clause, known).filter((n) => !others.concat(c).some((o) => n.start < o.end && o.start < n.end));
  const between = (a: number, b: number) => others.some((o) => o !== c && o.start >= Math.min(a, b) && o.end <= Math.max(a, b));
  const eligible = names.filter((n) => !between(n.start < c.start ? n.end : c.end, n.start < c.start ? c.start : n.start));
  const following = eligible.find((n) => n.start >= c.end && /^\W*(?:\S+\s+){0,1}(?:in|at|for|of|from|by|to|on)\s+(?:the\s+)?$/i.test(text.slice(c.end, n.start) + ' '));
  if (following) return following.words;
  let best: { words: string[]; distance: number } | null = null;
  for (const n of eligible) {
    const distance = n.start >= c.end ? n.start - c.end : c.start - n.end;
    if (!best || distance < best.distance) best = { words: n.words, distance };
  }
  return best?.words ?? null;
}

/** `asked` when the attributed name is one the question uses, `other` when it is another, `none` when there is none. */
export function entityState(words: string[] | null, asked: Set<string>): 'asked' | 'other' | 'none' {
  if (words === null) return 'none';
  return words.some((w) => asked.has(w)) ? 'asked' : 'other';
}

/** Lower-case words of the names a question uses (capitalized words not opening it). */
export function questionNames(question: string): Set<string> {
  return new Set(namesIn(question, { start: 0, end: question.length }).flatMap((n) => n.words));
}

