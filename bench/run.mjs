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

console.log('\n   The same with each model tokenizer preset installed (hf: tokenizer.json + chat template; financial-report), next to o200k_base:');
const installed = JSON.parse(execFileSync(process.execPath, ['-e', "import('./dist/tokenize/presets.js').then(m => console.log(JSON.stringify(m.TOKENIZER_PRESETS.filter(p => m.locatePreset(p)).map(p => p.name))))"], { cwd: join(here, '..'), encoding: 'utf8' }));
if (installed.length === 0) console.log('   (no preset installed: needle tokenizers install --all)');
for (const name of ['o200k_base', ...installed]) {
  const cells = [];
  let load = 0;
  for (const max of [200_000, 1_000_000]) {
    const r = child('prompts.mjs', String(max), 'financial-report', name);
    load = r.loadMs;
    cells.push(`${String(max / 1000).padStart(5)}K: tokenize ${r.generateAndTokenizeMs} ms, plan ${r.trials} prompts ${r.planMs} ms, peak RSS ${r.peakRssMb} MB, worst fill ${(r.worstFill * 100).toFixed(2)}%, max over ${r.maxOverLength}`);
  }
  console.log(`   ${name.padEnd(12)} (load ${load} ms)  ${cells.join('  |  ')}`);
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
    if (r.oneYear && tokens === 200_000) {
      console.log(`   ${''.padEnd(18)} one fiscal year's filing (${Math.round(r.oneYear.tokens / 1000)}K tokens): xz -9 ${r.oneYear.ratio.toFixed(2)}× (real 10-Ks 4.7–5.4×)`);
    }
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

console.log('\n2c. Japanese and Chinese documents against real ones of their language and kind (about 100K characters, seeds 11–13)');
{
  // Real figures (issue #14): gzip -9 and xz -9 ratios, distinct sentences of ≥ 10 characters, tokens per character.
  const out = execFileSync(process.execPath, [join(here, 'cjk-realism.mjs')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  const perChar = new Map();
  for (const r of lines.filter((l) => l.seed !== undefined)) {
    const key = `${r.lang} ${r.kind}`;
    perChar.set(key, [...(perChar.get(key) ?? []), r]);
  }
  for (const s of lines.at(-1).summary) {
    const label = `${s.lang} ${s.kind}`.padEnd(22);
    if (s.missing) {
      console.log(`   ${label} not generated yet`);
      continue;
    }
    const rows = perChar.get(`${s.lang} ${s.kind}`) ?? [];
    const mean = (f) => rows.reduce((n, r) => n + f(r), 0) / Math.max(1, rows.length);
    console.log(
      `   ${label} worst gzip ${s.gzipMax.toFixed(2)}× (real ${s.real.gzip}, bar ${s.bars.gzip.toFixed(2)}), xz ${s.xzMax.toFixed(2)}× (real ${s.real.xz}, bar ${s.bars.xz.toFixed(2)}), ` +
        `distinct ${(s.distinctMin * 100).toFixed(1)}% (bar ${(s.bars.distinct * 100).toFixed(1)}%); tokens/char o200k ${mean((r) => r.o200k).toFixed(2)} (real ${s.real.o200k}), ` +
        `cl100k ${mean((r) => r.cl100k).toFixed(2)} (real ${s.real.cl100k})  ${s.pass ? 'PASS' : 'FAIL'}`,
    );
  }
  // Issue #14 also holds ja/zh transcripts to English's 200K-token bar: xz ≤ 5.0× at exactly 200K o200k tokens.
  for (const lang of ['ja', 'zh']) {
    const series = execFileSync(process.execPath, [join(here, 'transcript-realism.mjs'), '200000', '11,12,13', lang], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const worst = series.trim().split('\n').map((l) => JSON.parse(l)).at(-1).summary[0];
    console.log(`   ${`${lang} meeting-transcript`.padEnd(22)} at 200K o200k tokens: worst gzip ${worst.gzipMax.toFixed(2)}×, xz ${worst.xzMax.toFixed(2)}× (bar 5.0)  ${worst.xzMax <= 5.0 ? 'PASS' : 'FAIL'}`);
  }
}

// The audit reads the generated documents: 20 seeds at lengths 16K to 1M, both kinds (BENCH_AUDIT_SEEDS=3 for a quick look).
const auditSeeds = process.env.BENCH_AUDIT_SEEDS ?? '20';
console.log(`\n3. Needle audit over ${auditSeeds} seeds, 16K–1M (bars: no collisions, competing statements or contradictions; lexical ≥ 90% solved, paraphrased ≤ 20%)`);
{
  let out;
  try {
    out = execFileSync(process.execPath, [join(here, '../dist/cli/main.js'), 'audit', '--haystack', 'all', '--lang', 'all', '--seeds', auditSeeds, '--lengths', '16k,64k,200k,1m', '--draws', '2', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    out = e.stdout; // exit code 1 when a bar fails: the JSON is still printed
  }
  const audit = JSON.parse(out);
  for (const r of audit.kinds) {
    const t = r.totals;
    const lex = r.solvedRate.lexical ?? 0;
    const para = r.solvedRate.paraphrased ?? 0;
    const clean = t.collisions + t.competing + t.contradictions === 0;
    const pass = clean && lex >= audit.bars.lexicalMin && para <= audit.bars.paraphrasedMax ? 'PASS' : 'FAIL';
    const byLength = Object.entries(r.fitByLength).map(([l, f]) => `${Math.round(Number(l) / 1000)}K ${(f * 100).toFixed(0)}%`).join(', ');
    console.log(
      `   ${`${r.kind}${r.lang && r.lang !== 'en' ? ` (${r.lang})` : ''}`.padEnd(23)} ${t.trials} placed needles (${r.rows.length} templates): collisions ${t.collisions}, competing ${t.competing}, contradictions ${t.contradictions}; ` +
        `section fit ${((t.fits / Math.max(1, t.trials)) * 100).toFixed(1)}% (${byLength}); keyword baseline lexical ${(lex * 100).toFixed(1)}%, paraphrased ${(para * 100).toFixed(1)}%  ${pass}`,
    );
  }
}

console.log('\n4. Prefill with a prefix-caching server: our sending order vs lengths-then-depths vs the lower bound');
process.stdout.write(execFileSync(process.execPath, [join(here, 'prefix-cache.mjs')], { encoding: 'utf8' }).replace(/^/gm, '   '));

console.log('\n5. Throughput: the harness must never be the bottleneck (sending phase within 10% of trials × delay / c)');
process.stdout.write(execFileSync(process.execPath, [join(here, 'sweep-throughput.mjs'), '500'], { encoding: 'utf8' }).replace(/^/gm, '   '));
