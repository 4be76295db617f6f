// --lang end to end in process: flags and config, a Japanese/Chinese sweep against the baseline and the fake server,
// run.json and the audit. Sample ja/zh generators stand in for the real ones (registered for this file only).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTargets } from '../../../src/cli/audit.js';
import { typedFlags } from '../../../src/cli/config-sweeps.js';
import { addSweepOptions, resolveSweepOptions, summaryTable, type SweepFlags } from '../../../src/cli/sweep.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { expandSweeps } from '../../../src/config/sweep-matrix.js';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { UsageError } from '../../../src/errors.js';
import { GENERATORS_BY_LANG, isHaystackKind } from '../../../src/haystack/generators.js';
import { auditNeedles } from '../../../src/run/audit.js';
import { runSweep } from '../../../src/run/run-sweep.js';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import { PROMPT_FRAMES } from '../../../src/prompt/template.js';
import { registerSampleLanguages } from '../../support/cjk-generators.js';
import { startFakeServer } from '../../support/fake-openai-server.js';

const work = mkdtempSync(join(tmpdir(), 'needle-lang-'));
let unregister: () => void;
beforeAll(() => {
  unregister = registerSampleLanguages();
});
afterAll(() => unregister());

function commandLine(argv: string[]) {
  const command = addSweepOptions(new Command('sweep')).exitOverride();
  command.parse(argv, { from: 'user' });
  return { flags: command.opts<SweepFlags>(), explicit: typedFlags(command) };
}
const resolve = (argv: string[]) => resolveSweepOptions(commandLine(argv).flags, {}, ['sweep', ...argv], new Date(0), { offline: true });
function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('--lang on the command line and in a config', () => {
  it('defaults to en and takes ja and zh for generated kinds', () => {
    expect(resolve(['--out', join(work, 'a')]).lang).toBe('en');
    expect(resolve(['--lang', 'ja', '--haystack', 'meeting-transcript', '--out', join(work, 'a')]).lang).toBe('ja');
  });

  it('refuses an unknown language, a kind not generated in a language, and --lang with your own documents, in one line', () => {
    expect(usageError(() => resolve(['--lang', 'fr', '--out', join(work, 'a')]))).toBe('--lang "fr" is not one of en, ja, zh');
    expect(usageError(() => resolve(['--lang', 'ja', '--haystack', './my-docs', '--out', join(work, 'a')]))).toMatch(/^--lang ja applies to generated haystacks/);
    const saved = GENERATORS_BY_LANG.zh['financial-report'];
    delete GENERATORS_BY_LANG.zh['financial-report'];
    try {
      expect(usageError(() => resolve(['--lang', 'zh', '--out', join(work, 'a')]))).toBe('--lang zh: no financial-report generator in that language yet (financial-report is generated in en, ja)');
    } finally {
      GENERATORS_BY_LANG.zh['financial-report'] = saved;
    }
  });

  it('runs one sweep per language of a config list, in its own folder', () => {
    const file = join(work, 'needle.config.yaml');
    writeFileSync(file, 'haystack: [financial-report, meeting-transcript]\nlang: [en, ja, zh]\nmax: 8k\n');
    const sweeps = expandSweeps(loadConfig(file), commandLine([]), isHaystackKind, { defaultOut: 'reports/{model}/{haystack}-{needles}' });
    expect(sweeps.map((s) => `${s.haystack}:${s.flags.lang}`)).toEqual([
      'financial-report:en', 'financial-report-ja:ja', 'financial-report-zh:zh', 'meeting-transcript:en', 'meeting-transcript-ja:ja', 'meeting-transcript-zh:zh',
    ]);
    expect(new Set(sweeps.map((s) => s.flags.out)).size).toBe(6);
  });

  it('audits every language a kind is generated in with --lang all', () => {
    expect(auditTargets(['meeting-transcript'], 'all', false).map((t) => t.lang)).toEqual(['en', 'ja', 'zh']);
    expect(auditTargets(['financial-report', 'meeting-transcript'], 'ja', true)).toEqual([
      { kind: 'financial-report', lang: 'ja' },
      { kind: 'meeting-transcript', lang: 'ja' },
    ]);
    expect(usageError(() => auditTargets(['financial-report'], 'xx', false))).toMatch(/^--lang "xx" is not one of en, ja, zh, all/);
  });
});

describe('a Japanese or Chinese sweep', () => {
  it('asks in the language of the document against the baseline and records the language in run.json', async () => {
    const out = join(work, 'ja-baseline');
    const result = await runSweep(defineSweep({ haystack: 'financial-report', lang: 'ja', lengths: [2_000, 6_000], depths: [10, 50, 90], seed: 3, out }));
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest.haystack.lang).toBe('ja');
    expect(manifest.haystack.source).toMatchObject({ type: 'generated', kind: 'financial-report', lang: 'ja' });
    expect(manifest.prompt_frame.lang).toBe('ja');
    expect(result.records).toHaveLength(2 * 3 * 4);
    for (const r of result.records) expect(r.question).toMatch(/[\u3040-\u30ff]/);
    // Keyword bigrams find the lexical questions' needles and not the paraphrased ones.
    const recall = (variant: string) => {
      const rs = result.records.filter((r) => r.needle_variant === variant);
      return rs.reduce((n, r) => n + (r.score ?? 0), 0) / rs.length;
    };
    expect(recall('lexical')).toBeGreaterThanOrEqual(0.9);
    expect(recall('paraphrased')).toBeLessThanOrEqual(0.2);
    // Characters beside tokens: Japanese prompts hold about as many characters as tokens.
    const table = summaryTable(result.summary);
    expect(table).toMatch(/characters/);
    const size = result.summary.prompt_size!.find((s) => s.length === 6_000)!;
    expect(size.chars.median / 6_000).toBeGreaterThan(0.8);
    expect(size.chars.median / 6_000).toBeLessThan(2);
  });

  it('gets answers in Chinese from the fake server and scores the value they state', async () => {
    const server = await startFakeServer();
    try {
      const out = join(work, 'zh-fake');
      const result = await runSweep(
        defineSweep({ haystack: 'meeting-transcript', lang: 'zh', lengths: [3_000], depths: [0, 50, 100], repeats: 2, needleSet: 'lexical', seed: 4, out, baseUrl: server.url, model: 'fake-model', control: true }),
      );
      const trials = result.records.filter((r) => r.length > 0);
      expect(trials.every((r) => r.response?.startsWith('根据文档，'))).toBe(true);
      expect(trials.every((r) => r.score === 1)).toBe(true);
      const sent = server.requests.filter((r) => r.path.endsWith('/chat/completions'));
      const system = sent.map((r) => r.body.messages[0].content);
      expect(system).toContain(PROMPT_FRAMES.zh.system);
      expect(system).toContain(PROMPT_FRAMES.zh.controlSystem);
    } finally {
      await server.close();
    }
  });
});

describe('needle audit --lang', () => {
  it('reports the keyword-baseline bars for a language', async () => {
    const tokenizer = createTiktokenTokenizer('o200k_base');
    try {
      const r = await auditNeedles({ kind: 'meeting-transcript', lang: 'ja', tokenizer, seeds: [1], lengths: [4_000], draws: 2 });
      expect(r.lang).toBe('ja');
      expect(r.rows.map((row) => row.template)).toEqual(['ja-mtg-sample-bonus']);
      expect(r.solvedRate.lexical).toBeGreaterThanOrEqual(0.9);
      expect(r.solvedRate.paraphrased).toBeLessThanOrEqual(0.2);
      expect(r.totals.collisions).toBe(0);
    } finally {
      tokenizer.free();
    }
  });
});
