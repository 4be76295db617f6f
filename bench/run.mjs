// `npm run bench`: prints speed, memory and quality figures (never asserted in unit tests: machines are noisy).

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const child = (script, ...args) => JSON.parse(execFileSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());

console.log('needle bench — figures on this machine (2 cores expected); lower is better unless said otherwise\n');

console.log('1. Building every prompt of a 10 lengths × 11 depths sweep (haystack tokenized once, cut by token offsets)');
for (const max of [200_000, 1_000_000]) {
  for (const kind of ['financial-report', 'meeting-transcript']) {
    const r = child('prompts.mjs', String(max), kind);
    console.log(
      `   ${kind.padEnd(18)} max ${String(max / 1000).padStart(5)}K: generate+tokenize ${r.generateAndTokenizeMs} ms, ` +
        `plan ${r.trials} prompts ${r.planMs} ms (re-encoding each would take ≈ ${r.naiveReencodeMs} ms: ${(r.naiveReencodeMs / Math.max(1, r.planMs)).toFixed(0)}× slower), ` +
        `peak RSS ${r.peakRssMb} MB, worst fill ${(r.worstFill * 100).toFixed(2)}%, max over length ${r.maxOverLength}`,
    );
  }
}

console.log('\n2. Haystack realism proxy (real 10-Ks and transcripts: gzip 3.1–4.0×, ≥ 96% distinct sentences; bars: ≤ 4.5×, ≥ 95%)');
for (const tokens of [200_000, 1_000_000]) {
  for (const kind of ['financial-report', 'meeting-transcript']) {
    const r = child('quality.mjs', String(tokens), kind);
    const pass = r.gzipRatio <= 4.5 && r.distinctRatio >= 0.95 ? 'PASS' : 'FAIL';
    console.log(
      `   ${kind.padEnd(18)} ${String(tokens / 1000).padStart(5)}K tokens: gzip ${r.gzipRatio.toFixed(2)}×, distinct sentences ${(r.distinctRatio * 100).toFixed(1)}% of ${r.sentences}, ` +
        `generated+tokenized in ${r.ms} ms  ${pass}`,
    );
  }
}
