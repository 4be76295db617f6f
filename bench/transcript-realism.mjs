// Bench child: how varied generated meeting transcripts are, beside real ones — gzip -9 and xz -9 ratios and distinct sentences at 200K and 1M tokens.
//
// Usage: node bench/transcript-realism.mjs [tokens,...] [seed,...] [lang]   (defaults: 200000,1000000; 11,12,13; en)
// With ja or zh it measures that language's meetings at exactly `tokens` o200k tokens (issue #14's 200K-token bar).
// Prints one JSON line per (tokens, seed) and a summary line; the haystack is cut at exactly `tokens` o200k tokens
// the way a sweep cuts it. gzip is Node's zlib at level 9; xz is the system `xz -9` (LZMA2, 64 MiB dictionary).

import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { createTiktokenTokenizer } from '../dist/tokenize/tiktoken-tokenizer.js';
import { generateDocument } from '../dist/haystack/prepare-haystack.js';
import { measureText } from '../dist/haystack/quality.js';

const tokensList = (process.argv[2] ?? '200000,1000000').split(',').map(Number);
const seeds = (process.argv[3] ?? '11,12,13').split(',').map(Number);
const lang = process.argv[4] ?? 'en';
const tokenizer = createTiktokenTokenizer('o200k_base');
const rows = [];
for (const tokens of tokensList) {
  for (const seed of seeds) {
    const { document, index } = generateDocument('meeting-transcript', seed, tokens, tokenizer, new Set(), lang);
    const text = document.text.slice(0, index.starts[Math.min(tokens, index.tokens.length)]);
    const raw = Buffer.from(text, 'utf8');
    const gzip = raw.length / gzipSync(raw, { level: 9 }).length;
    const xz = raw.length / execFileSync('xz', ['-9', '-c', '-T1'], { input: raw, maxBuffer: 1 << 30 }).length;
    // English sentences by measureText; ja/zh sentences of ≥ 10 characters split at 。！？ and newlines, as cjk-realism counts them.
    const cjk = text.split(/(?<=[。！？])|\n+/u).map((x) => x.trim()).filter((x) => [...x].length >= 10);
    const q = lang === 'en' ? measureText(text) : { distinctRatio: new Set(cjk).size / Math.max(1, cjk.length), sentences: cjk.length };
    const row = { lang, tokens, seed, chars: text.length, gzip, xz, distinct: q.distinctRatio, sentences: q.sentences };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
tokenizer.free();
const byTokens = tokensList.map((tokens) => {
  const rs = rows.filter((r) => r.tokens === tokens);
  const worst = (k, f) => f(...rs.map((r) => r[k]));
  return { tokens, gzipMax: worst('gzip', Math.max), xzMax: worst('xz', Math.max), distinctMin: worst('distinct', Math.min), seeds: rs.length };
});
console.log(JSON.stringify({ summary: byTokens }));
