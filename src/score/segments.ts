// Sentences and clauses of an answer, and where its final answer starts after any working-out.

import { CJK_CHAR } from './cjk-text.js';

/** A half-open range of offsets into the cleaned answer. */
export interface Span {
  start: number;
  end: number;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'st', 'str', 'ave', 'av', 'rd', 'blvd', 'dr', 'ln', 'mt', 'ft', 'mr', 'mrs', 'ms', 'prof', 'inc', 'corp', 'co', 'ltd', 'no', 'nos', 'vs',
  'approx', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'dept', 'e.g', 'i.e', 'u.s',
]);

/**
 * Sentences: split at line breaks, at 。 and at `.`, `!`, `?` followed by a space (`!`, `?` also before CJK text), not after an abbreviation
 * (`St.`, `Nov.`) unless a capital follows, nor after an initial. `text` keeps its case (offsets as in lower).
 */
export function sentences(text: string): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (lower.slice(start, end).trim() !== '') out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch === '\u3002') {
      // 。 ends a Japanese or Chinese sentence with no space after it (closing brackets stay with it).
      let j = i + 1;
      while (j < lower.length && /["')\]\u300d\u300f\u3011]/.test(lower[j]!)) j++;
      push(j);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < lower.length && /["')\]\u300d\u300f]/.test(lower[j]!)) j++;
    // ！ and ？ (folded to ! and ?) end a sentence before Chinese or Japanese text too.
    if (j < lower.length && !/\s/.test(lower[j]!) && !(ch !== '.' && CJK_CHAR.test(lower[j]!))) continue;
    if (ch === '.') {
      const word = /([a-z.]+)$/.exec(lower.slice(Math.max(0, i - 8), i))?.[1] ?? '';
      const next = text.slice(j).trimStart()[0];
      if (ABBREVIATIONS.has(word.replace(/^\./, '')) && next !== undefined && !/[A-Z]/.test(next)) continue;
      if (/^[a-z]$/.test(word) && next !== undefined && /[a-z0-9]/.test(next)) continue;
    }
    push(j);
  }
  push(lower.length);
  return out;
}

/** Where a sentence breaks into clauses: semicolons, dashes, before contrasting or comparing words, and at 、 and commas beside CJK text. */
const CLAUSE_BREAK =
  /;|\u3001\s*|(?<=[\u3040-\u30ff\u4e00-\u9fff])\s*,\s*|,\s*(?=[\u3040-\u30ff\u4e00-\u9fff])|\s-\s|\s(?=\(?\d{1,2}\)\s)|\s(?=part\s+\d{1,2}\s*[:.)-])|:\s+(?=\S)|,?\s+(?=(?:but|however|whereas|while|although|though|yet|compared|versus|vs\.?|as opposed|unlike|except|rather than|instead of)\b)|,\s+(?=(?:and|which|up|down|including|whereas)\b)/g;

/** Items of a sentence: clauses that keep a label with its value ("Maximum leverage ratio: 4.15x") and the relative clause that describes it (", which is the Polish plant"). */
const ITEM_BREAK = new RegExp(CLAUSE_BREAK.source.replace(':\\s+(?=\\S)|', '').replace('and|which|', 'and|'), 'g');

/** Clauses of the answer (sentences split at CLAUSE_BREAK); with `items`, colons do not split. */
export function clauses(lower: string, sents: Span[], items = false): Span[] {
  const out: Span[] = [];
  const breaks = items ? ITEM_BREAK : CLAUSE_BREAK;
  for (const s of sents) {
    const text = lower.slice(s.start, s.end);
    let start = 0;
    // A sentence opening with a subordinate clause ("While the document doesn't name it, the bonus was …") breaks at its comma.
    const lead = /^\W*(?:while|although|though|even though|even if|whereas|despite|since|because|if|as)\b[^,]*,\s*/.exec(text);
    if (lead) {
      out.push({ start: s.start, end: s.start + lead[0].length });
      start = lead[0].length;
    }
    for (const m of text.matchAll(breaks)) {
      if (m.index! < start) continue;
      if (m.index! > start) out.push({ start: s.start + start, end: s.start + m.index! });
      start = m.index! + m[0].length;
    }
    if (start < text.length) out.push({ start: s.start + start, end: s.end });
  }
  return out;
}

/** The span containing an offset (the last one starting at or before it). */
export function spanAt(spans: Span[], offset: number): Span {
  let found: Span | undefined;
  for (const s of spans) {
    if (s.start <= offset) found = s;
    else break;
  }
  return found ?? { start: 0, end: offset };
}

/**
 * Phrases after which a model states its conclusion: "Final answer:", "Answer:", "The answer is", and
 * "So," / "Therefore," / "In summary," opening a sentence; and corrections ("Actually,", "Sorry, I misread",
 * "Wait,", "Correction:"), after which what came before is retracted. Reasoning before the last one is working-out.
 */
const FINAL_MARKERS =
  /\bfinal answer\b\s*(?:is\b)?\s*[:\-]?|(?:^|\n)\s*(?:short |direct )?answer\s*[:\-]|\bthe (?:correct |final |short )?answer (?:is|would be)\b|(?:^|[.!?\n]\s*)(?:so|thus|therefore|hence|in conclusion|in summary|to summarize|to sum up|overall)\b,?|,\s+so\b|(?:^|[.!?;\n]\s*|\s-\s)(?:actually|correction|sorry|wait|oops|on second thought|scratch that|i misread|i misspoke|let me correct (?:that|myself)|to correct (?:that|myself))\b[^a-z0-9$]*(?:(?:i|i've|i have) (?:misread|misspoke|made a mistake|mixed (?:that|those|them) up)[^a-z0-9$]*)?/g;

/** The same in Japanese and Chinese: 答え：, 答案是, したがって, つまり, 因此, 所以, 综上; corrections 訂正, 更正. */
const FINAL_MARKERS_CJK =
  /(?:^|\n)\s*(?:答え|回答|答案|结论|結論)\s*(?:は|是|为|:)\s*|(?:最終的な|最终)(?:答え|回答|答案)\s*(?:は|是|为|:)?\s*|(?:^|[\u3002!?\n]\s*)(?:したがって|従って|よって|つまり|結論として|以上より|以上から|因此|所以|综上所述|综上|总之|故而|訂正(?:します)?|更正|纠正)[,\u3001:]?\s*|[,\u3001]\s*(?:因此|所以|したがって|よって|つまり)[,\u3001]?\s*/g;

/** Start offsets of the final-answer markers in the answer, in order. */
export function finalAnswerStarts(lower: string): number[] {
  return [...lower.matchAll(FINAL_MARKERS), ...lower.matchAll(FINAL_MARKERS_CJK)].map((m) => m.index! + m[0].length).sort((a, b) => a - b);
}
