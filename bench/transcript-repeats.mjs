// Bench helper: where a long transcript series repeats itself — each meeting kind's share of the text and its own xz
// ratio, then the sentences and word 7-grams that come back most often. Use it to decide where new phrase material pays.
//
// Usage: node bench/transcript-repeats.mjs [chars] [seed] [top]   (defaults: 3700000 ≈ 1M o200k tokens, 11, 25)
// Needs dist/ (npm run build) and the system `xz`.

import { execFileSync } from 'node:child_process';
import { meetingTranscriptBlocks } from '../dist/haystack/meeting-transcript/index.js';

const limit = Number(process.argv[2] ?? 3_700_000);
const seed = Number(process.argv[3] ?? 11);
const top = Number(process.argv[4] ?? 25);

const xzSize = (s) => execFileSync('xz', ['-9', '-c', '-T1'], { input: Buffer.from(s, 'utf8'), maxBuffer: 1 << 30 }).length;

const parts = [];
const byKind = new Map();
const meetings = new Map();
let total = 0;
for (const b of meetingTranscriptBlocks(seed)) {
  const kind = b.context?.meetingKind ?? 'unknown';
  const t = `${b.text}\n\n`;
  parts.push(t);
  total += t.length;
  if (!byKind.has(kind)) byKind.set(kind, []);
  byKind.get(kind).push(t);
  meetings.set(b.context?.meetingIndex, kind);
  if (total >= limit) break;
}
const text = parts.join('');
const count = new Map();
for (const k of meetings.values()) count.set(k, (count.get(k) ?? 0) + 1);
console.log(JSON.stringify({ seed, chars: total, meetings: meetings.size, xz: +(total / xzSize(text)).toFixed(2) }));
for (const [kind, list] of [...byKind].sort((a, b) => b[1].join('').length - a[1].join('').length)) {
  const s = list.join('');
  console.log(JSON.stringify({ kind, meetings: count.get(kind), share: +(s.length / total).toFixed(3), xz: +(s.length / xzSize(s)).toFixed(2) }));
}

// Sentences and 7-grams of what people say (speaker labels and timestamps left out).
const said = text.split('\n').map((l) => l.replace(/^[^[\n]{0,120}\[\d\d:\d\d:\d\d\]:\s*/, '')).join('\n');
const tally = (items) => {
  const m = new Map();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};
const sentences = tally(said.split(/(?<=[.?!])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 20));
let repeated = 0;
for (const [s, n] of sentences) if (n > 1) repeated += s.length * (n - 1);
console.log(JSON.stringify({ sentences: [...sentences.values()].reduce((a, b) => a + b, 0), distinct: sentences.size, repeatedChars: repeated }));
console.log('-- sentences by characters repeated');
for (const [s, n] of [...sentences].filter(([, n]) => n > 1).sort((a, b) => b[0].length * b[1] - a[0].length * a[1]).slice(0, top)) console.log(n, s.slice(0, 160));
const words = said.split(/\s+/);
const grams = new Map();
for (let i = 0; i + 7 <= words.length; i++) {
  const g = words.slice(i, i + 7).join(' ');
  grams.set(g, (grams.get(g) ?? 0) + 1);
}
console.log('-- most frequent word 7-grams');
for (const [g, n] of [...grams].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(n, g);
