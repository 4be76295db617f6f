// BM25 over a document's sentences: the best-matching sentence for a question, fast enough for 1M-token documents.

import { splitSentences } from './split-sentences.js';

const K1 = 1.2;
const B = 0.75;

/** Words that carry no topic: English function words plus the usual question scaffolding. */
const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves s t don also per whose according document text mentioned say said ' +
    'tell given stated state name named exact exactly answer question'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Light suffix stripping so that `increased`, `increases` and `increasing` meet at one stem. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  const n = w.length;
  if (n > 3 && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) && !'aeiou'.includes(w[n - 1])) w = w.slice(0, -1);
  return w;
}

/** Query terms of a text: lowercased words, stopwords removed, stemmed, deduplicated. */
export function queryTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    if (!STOPWORDS.has(m[0])) terms.add(stem(m[0]));
  }
  return [...terms];
}

/** The best match and its BM25 score; `sentence` is null when no sentence shares a term with the question. */
export interface RetrievalResult {
  sentence: string | null;
  score: number;
}

/** Scores every sentence of the document against the question with BM25 and returns the best (first one on ties). */
export function findBestSentence(document: string, question: string): RetrievalResult {
  const terms = queryTerms(question);
  if (terms.length === 0) return { sentence: null, score: 0 };
  const index = new Map<string, number>(terms.map((t, i) => [t, i]));
  const sentences = splitSentences(document);
  const n = sentences.length;
  const lengths = new Uint32Array(n);
  const df = new Float64Array(terms.length);
  // Term frequencies only for sentences that contain a query term: [sentence, term, tf] triples.
  const hits: number[] = [];
  let totalLength = 0;
  const tf = new Uint32Array(terms.length);
  for (let s = 0; s < n; s++) {
    let length = 0;
    let matched = false;
    for (const m of sentences[s].toLowerCase().matchAll(WORD)) {
      const word = m[0];
      if (STOPWORDS.has(word)) continue;
      length++;
      const t = index.get(stem(word));
      if (t !== undefined) {
        tf[t]++;
        matched = true;
      }
    }
    lengths[s] = length;
    totalLength += length;
    if (!matched) continue;
    for (let t = 0; t < terms.length; t++) {
      if (tf[t] === 0) continue;
      df[t]++;
      hits.push(s, t, tf[t]);
      tf[t] = 0;
    }
  }
  if (hits.length === 0) return { sentence: null, score: 0 };
  const avgLength = totalLength / n || 1;
  const idf = Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  let best = -1;
  let bestScore = 0;
  let current = -1;
  let score = 0;
  const settle = (): void => {
    if (current >= 0 && score > bestScore) {
      best = current;
      bestScore = score;
    }
  };
  for (let i = 0; i < hits.length; i += 3) {
    const s = hits[i];
    if (s !== current) {
      settle();
      current = s;
      score = 0;
    }
    const f = hits[i + 2];
    score += (idf[hits[i + 1]] * f * (K1 + 1)) / (f + K1 * (1 - B + (B * lengths[s]) / avgLength));
  }
  settle();
  return best < 0 ? { sentence: null, score: 0 } : { sentence: sentences[best], score: bestScore };
}
