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
        `peak RSS ${r.peakRssMb} MB, ` +
        `worst fill ${(r.worstFill * 100).toFixed(2)}% for L ≥ 4K (${(r.worstFillShort * 100).toFixed(1)}% below), never over (max over: ${r.maxOverLength})`,
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

console.log('\n2b. Transcript realism against real transcripts (xz -9 and gzip -9 compression ratio: lower = more varied)');
{
  // Reference figures measured on real documents (issue #10): a series of four committee meetings, an FOMC transcript.
  console.log('   real: committee-meeting series gzip 3.10× xz 4.00×; FOMC transcript gzip 2.95× xz 3.60×');
  console.log('   bars: 200K tokens gzip ≤ 4.0×, xz ≤ 5.0×; 1M tokens gzip ≤ 4.2×, xz ≤ 6.0×; distinct sentences ≥ 95% (worst of three seeds)');
  const out = execFileSync(process.execPath, [join(here, 'transcript-realism.mjs'), '200000,1000000', '11,12,13'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  for (const r of lines.filter((l) => l.seed !== undefined)) console.log(`   seed ${r.seed} ${String(r.tokens / 1000).padStart(5)}K tokens: gzip ${r.gzip.toFixed(2)}×, xz ${r.xz.toFixed(2)}×, distinct sentences ${(r.distinct * 100).toFixed(1)}%`);
  for (const s of lines.at(-1).summary) {
    const [g, x] = s.tokens >= 1_000_000 ? [4.2, 6.0] : [4.0, 5.0];
    const pass = s.gzipMax <= g && s.xzMax <= x && s.distinctMin >= 0.95 ? 'PASS' : 'FAIL';
    console.log(`   worst at ${s.tokens / 1000}K: gzip ${s.gzipMax.toFixed(2)}× (bar ${g}), xz ${s.xzMax.toFixed(2)}× (bar ${x}), distinct ${(s.distinctMin * 100).toFixed(1)}%  ${pass}`);
  }
}

console.log('\n3. Keyword-baseline audit of the built-in needles (bars: paraphrased ≤ 20% solved, lexical ≥ 90%)');
for (const kind of ['financial-report', 'meeting-transcript']) {
  const out = execFileSync(process.execPath, [join(here, '../dist/cli/main.js'), 'audit', '--haystack', kind, '--draws', '5', '--length', '16k', '--json'], { encoding: 'utf8' });
  const r = JSON.parse(out);
  const lex = r.solvedRate.lexical;
  const para = r.solvedRate.paraphrased;
  const pass = lex >= r.bars.lexicalMin && para <= r.bars.paraphrasedMax ? 'PASS' : 'FAIL';
  console.log(`   ${kind.padEnd(18)} lexical ${(lex * 100).toFixed(1)}% solved, paraphrased ${(para * 100).toFixed(1)}% solved (${r.rows.length / 2} templates × 5 draws)  ${pass}`);
}

console.log('\n4. Prefill with a prefix-caching server: our sending order vs lengths-then-depths vs the lower bound');
process.stdout.write(execFileSync(process.execPath, [join(here, 'prefix-cache.mjs')], { encoding: 'utf8' }).replace(/^/gm, '   '));

console.log('\n5. Throughput: the harness must never be the bottleneck (sending phase within 10% of trials × delay / c)');
process.stdout.write(execFileSync(process.execPath, [join(here, 'sweep-throughput.mjs'), '500'], { encoding: 'utf8' }).replace(/^/gm, '   '));
