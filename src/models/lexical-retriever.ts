// BM25 over a document's sentences: the best-matching sentence for a question, fast enough for 1M-token documents.
// Words for English; for Japanese and Chinese, which have no spaces, overlapping character bigrams (as Lucene's
// CJKAnalyzer indexes them): deterministic on every Node build, and a word split differently in question and
// document ("负责人" / "负责|人的") still shares its bigrams.

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

/** Chinese characters, kana and the long-vowel mark: written without spaces between words. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆]/u;
/** Runs of kanji/hanzi and katakana (content), runs of hiragana (particles, endings: skipped), other words and numbers. */
const CJK_RUN = /([\p{sc=Han}\p{sc=Katakana}ー々〆]+)|[\p{sc=Hiragana}]+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆])[\p{L}\p{N}])+/gu;
/** Chinese and Japanese question scaffolding (how much, what, which, whether, the document) that carries no topic. */
const CJK_STOP_BIGRAMS = new Set(['多少', '什么', '哪个', '哪些', '哪一', '是否', '请问', '是多', '是什', '文档', '文書', '記載', '提到', '何人', '何件']);

/** True when the text holds Chinese characters or kana (it is then indexed by character bigrams). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Terms of a text with Chinese or Japanese in it: full-width forms folded (NFKC), runs of kanji/hanzi and katakana
 * as overlapping bigrams (a lone character as itself), hiragana (particles and endings) left out, other runs as
 * English words (stopwords removed, stemmed) and numbers.
 */
export function cjkTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(CJK_RUN)) {
    const run = m[0];
    if (m[1] === undefined) {
      if (!CJK.test(run[0]!) && !STOPWORDS.has(run)) out.push(stem(run));
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i]! + chars[i + 1]!;
      if (!CJK_STOP_BIGRAMS.has(bigram)) out.push(bigram);
    }
  }
  return out;
}

/** Query terms of a text: lowercased words, stopwords removed, stemmed, deduplicated (CJK text: character bigrams). */
export function queryTerms(text: string): string[] {
  if (hasCjk(text)) return [...new Set(cjkTerms(text))];
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
  // A question in Japanese or Chinese is matched by bigrams, against sentences in those languages.
  const cjk = hasCjk(question);
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
    const sentence = sentences[s];
    if (cjk && hasCjk(sentence)) {
      for (const term of cjkTerms(sentence)) {
        length++;
        const t = index.get(term);
        if (t !== undefined) {
          tf[t]++;
          matched = true;
        }
      }
    } else {
      for (const m of sentence.toLowerCase().matchAll(WORD)) {
        const word = m[0];
        if (STOPWORDS.has(word)) continue;
        length++;
        const t = index.get(stem(word));
        if (t !== undefined) {
          tf[t]++;
          matched = true;
        }
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
