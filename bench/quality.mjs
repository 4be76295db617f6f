// Bench child: generates a haystack of N tokens and measures the realism proxy (gzip ratio, distinct sentences), and for
// the annual report the xz ratio of one whole fiscal year's filing (real 10-Ks compress about 4.7–5.4× with xz -9).

import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createTiktokenTokenizer } from '../dist/tokenize/tiktoken-tokenizer.js';
import { generateDocument } from '../dist/haystack/prepare-haystack.js';
import { measureText } from '../dist/haystack/quality.js';

const [tokens, kind] = [Number(process.argv[2]), process.argv[3]];
const tokenizer = createTiktokenTokenizer('o200k_base');
const t0 = performance.now();
const { document, index } = generateDocument(kind, 11, tokens, tokenizer);
const ms = Math.round(performance.now() - t0);
const cut = index.starts[Math.min(tokens, index.tokens.length)];
const m = measureText(document.text.slice(0, cut));

/** xz -9 ratio of the first complete fiscal year's report (cover page to the next cover page), or null without xz. */
function oneYearXz(text) {
  const cover = 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION';
  const first = text.indexOf(cover);
  const next = text.indexOf(cover, first + cover.length);
  if (first < 0 || next < 0) return null;
  const year = Buffer.from(text.slice(first, next), 'utf8');
  try {
    const xz = execFileSync('xz', ['-9', '-c'], { input: year, maxBuffer: 1 << 28 });
    return { bytes: year.length, tokens: tokenizer.count(text.slice(first, next)), ratio: year.length / xz.length };
  } catch {
    return null;
  }
}

const year = kind === 'financial-report' ? oneYearXz(document.text) : null;
console.log(JSON.stringify({ kind, tokens, ms, ...m, oneYear: year }));
tokenizer.free();
