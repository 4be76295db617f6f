import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { UsageError } from '../../../src/errors.js';
import { checkResumable, dependencyVersions } from '../../../src/run/manifest.js';
import { RUN_FORMAT } from '../../../src/run/results-store.js';
import type { RunManifest } from '../../../src/types.js';

describe('run.json dependency versions', () => {
  it('records the installed version of every dependency that shapes results, never "unknown"', () => {
    const versions = dependencyVersions();
    for (const name of ['openai', 'tiktoken', 'chart.js', 'chartjs-node-canvas', 'commander']) {
      const installed = (JSON.parse(readFileSync(join(__dirname, '../../../node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      expect(versions[name], name).toBe(installed);
      expect(versions[name]).toMatch(/^\d+\.\d+\.\d+/);
    }
  });
});

describe('resuming a run folder', () => {
  const manifest = (tokenizer: string, setting: string | undefined) =>
    ({
      format: RUN_FORMAT,
      seed: 7,
      tokenizer,
      settings: setting === undefined ? {} : { tokenizer: setting },
      model: { id: 'm' },
      haystack: { spec: 'financial-report', sha256: 'x', source: { type: 'generated' } },
    }) as unknown as RunManifest;
  const options = (tokenizer: string) => defineSweep({ seed: 7, tokenizer, model: 'm', baseUrl: 'http://127.0.0.1:1/v1', out: 'reports/x' });

  it('resumes a --tokenizer server run, whose run.json records the tokenizer as a label', () => {
    expect(() => checkResumable(manifest('server (usage; cut with o200k_base)', 'server'), options('server'), 'x')).not.toThrow();
    // Folders written before settings held the flag: the label's first word.
    expect(() => checkResumable(manifest('server (llamacpp /tokenize; cut with o200k_base)', undefined), options('server'), 'x')).not.toThrow();
  });

  it('refuses to mix needles drawn differently (another file, other templates)', () => {
    const previous = { ...manifest('o200k_base', 'o200k_base'), needles: { set: 'mixed', count: 4, sha256: 'aaa' } } as RunManifest;
    expect(() => checkResumable(previous, options('o200k_base'), 'x', 'bbb')).toThrow(/the needles changed/);
    expect(() => checkResumable(previous, options('o200k_base'), 'x', 'aaa')).not.toThrow();
  });

  it('still refuses to mix tokenizers', () => {
    expect(() => checkResumable(manifest('server (usage; cut with o200k_base)', 'server'), options('o200k_base'), 'x')).toThrow(/tokenizer server ≠ o200k_base/);
    expect(() => checkResumable(manifest('cl100k_base', 'cl100k_base'), options('server'), 'x')).toThrow(UsageError);
  });
});
