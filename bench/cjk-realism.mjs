// Bench child: how a generated Japanese or Chinese document compares with real ones of its language and kind (issue #14).
//
// Usage: node bench/cjk-realism.mjs [lang,...] [kind,...] [chars] [seed,...]
//   defaults: ja,zh  financial-report,meeting-transcript  100000  11,12,13
// For each (lang, kind, seed) it generates about `chars` characters, then prints one JSON line: gzip -9 and xz -9
// ratios (UTF-8 bytes ÷ compressed bytes), distinct sentences (sentences of ≥ 10 characters split at 。！？ and
// newlines, the way the real figures were measured), and o200k/cl100k tokens per character; then a summary line
// with the worst of the seeds against the bars: gzip and xz at most 0.5× above the real figure, distinct sentences
// at least the real figure (and ≥ 95% for transcripts). Kinds not yet generated in a language are reported as missing.

import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { get_encoding } from 'tiktoken';
import { assembleBlocks } from '../dist/haystack/assemble.js';
import { GENERATORS_BY_LANG } from '../dist/haystack/generators.js';

/** Real documents measured for issue #14 (one company's 有価証券報告書, a 都議会 sitting, a 年度报告, three online meetings). */
export const REAL = {
  ja: {
    'financial-report': { name: '有価証券報告書', gzip: 4.23, xz: 5.34, distinct: 0.826, o200k: 0.78, cl100k: 1.07 },
    'meeting-transcript': { name: '都議会会議録', gzip: 3.38, xz: 4.28, distinct: 0.968, o200k: 0.79, cl100k: 1.14 },
  },
  zh: {
    'financial-report': { name: '年度报告', gzip: 3.36, xz: 4.34, distinct: 0.9, o200k: 0.71, cl100k: 0.97 },
    'meeting-transcript': { name: 'meeting transcripts', gzip: 2.76, xz: 3.3, distinct: 1.0, o200k: 0.69, cl100k: 1.12 },
  },
};

/** Distinct share of sentences of ≥ 10 characters, split at 。！？ and newlines. */
export function distinctSentences(text) {
  const sentences = text
    .split(/(?<=[。！？])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => [...s].length >= 10);
  return { sentences: sentences.length, distinct: new Set(sentences).size / Math.max(1, sentences.length) };
}

const langs = (process.argv[2] ?? 'ja,zh').split(',');
const kinds = (process.argv[3] ?? 'financial-report,meeting-transcript').split(',');
const chars = Number(process.argv[4] ?? 100_000);
const seeds = (process.argv[5] ?? '11,12,13').split(',').map(Number);
const o200k = get_encoding('o200k_base');
const cl100k = get_encoding('cl100k_base');
const summary = [];
for (const lang of langs) {
  for (const kind of kinds) {
    const generator = GENERATORS_BY_LANG[lang]?.[kind];
    const real = REAL[lang]?.[kind];
    if (!generator) {
      console.log(JSON.stringify({ lang, kind, missing: true }));
      summary.push({ lang, kind, missing: true });
      continue;
    }
    const rows = [];
    for (const seed of seeds) {
      const text = assembleBlocks(generator.blocks(seed), chars, { type: 'generated', kind, seed }).text.slice(0, chars);
      const raw = Buffer.from(text, 'utf8');
      const gzip = raw.length / gzipSync(raw, { level: 9 }).length;
      const xz = raw.length / execFileSync('xz', ['-9', '-c', '-T1'], { input: raw, maxBuffer: 1 << 30 }).length;
      const { sentences, distinct } = distinctSentences(text);
      const row = { lang, kind, seed, chars: text.length, gzip, xz, distinct, sentences, o200k: o200k.encode(text).length / text.length, cl100k: cl100k.encode(text).length / text.length };
      rows.push(row);
      console.log(JSON.stringify(row));
    }
    const gzipMax = Math.max(...rows.map((r) => r.gzip));
    const xzMax = Math.max(...rows.map((r) => r.xz));
    const distinctMin = Math.min(...rows.map((r) => r.distinct));
    const distinctBar = kind === 'meeting-transcript' ? Math.max(0.95, real.distinct) : real.distinct;
    const pass = gzipMax <= real.gzip + 0.5 && xzMax <= real.xz + 0.5 && distinctMin >= distinctBar;
    summary.push({ lang, kind, real, gzipMax, xzMax, distinctMin, bars: { gzip: real.gzip + 0.5, xz: real.xz + 0.5, distinct: distinctBar }, pass });
  }
}
o200k.free();
cl100k.free();
console.log(JSON.stringify({ summary }));
