// Word overlap between a question and a needle: how much a keyword search could lean on shared words.

import { cjkTerms, hasCjk } from '../models/lexical-retriever.js';

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of to in on at by for with from into onto ' +
    'about above below over under after before during through until till since as per via up down out off again once ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose which what ' +
    'when where why how much many more most less least some any all each every both either neither no not nothing none only own same ' +
    'just also too very quite rather really still even now ok okay yes yeah well oh um uh so like get got gets go going went ' +
    'one let lets let\'s s t re ve ll d m'
  ).split(/\s+/),
);

/** Lowercased word tokens of a text; numbers keep their inner dots and commas are dropped (`4,700` → `4700`). */
export function words(text: string): string[] {
  const lowered = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  return lowered.match(/[a-z]+|\d+(?:\.\d+)*/g) ?? [];
}

/** A crude stem: strips plural s, -ed, -ing, -ly and a final e, so `approved`, `approve` and `approving` meet. */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Distinct stems of a text's content words (stopwords removed); Japanese and Chinese text adds its character bigrams. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  if (hasCjk(text)) for (const term of cjkTerms(text)) if (/[^\x00-\x7f]/.test(term)) out.add(term);
  for (const w of words(text)) {
    if (STOPWORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** Fraction of the question's content words (stemmed, stopwords removed) that also occur in the needle; 0 when the question has none. */
export function wordOverlap(question: string, needleText: string): number {
  const q = contentStems(question);
  if (q.size === 0) return 0;
  const n = contentStems(needleText);
  let shared = 0;
  for (const w of q) if (n.has(w)) shared++;
  return shared / q.size;
}
