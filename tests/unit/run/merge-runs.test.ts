// A sharded sweep merged equals the sweep run whole, trial for trial; merge refuses what is not one sweep, disjoint and complete.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeRunFolders } from '../../../src/cli/merge.js';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { UsageError } from '../../../src/errors.js';
import { resultsSchema } from '../../../src/report/results-schema.js';
import { loadRun } from '../../../src/run/load-run.js';
import { mergeShards } from '../../../src/run/merge-runs.js';
import { readResults } from '../../../src/run/results-store.js';
import { runSweep } from '../../../src/run/run-sweep.js';
import type { TrialRecord } from '../../../src/types.js';

let work: string;
const dir = (name: string) => join(work, name);
const sweep = (out: string, shard?: { index: number; count: number }, seed = 11) =>
  runSweep(defineSweep({ lengths: [2000, 4000, 8000], depths: [0, 25, 50, 75, 100], repeats: 2, seed, out, needleSet: 'mixed', control: true, shard }));

/** What a trial measured: everything but when and how fast it was answered. */
function measured(r: TrialRecord) {
  const { finished_at: _f, latency_ms: _l, ...rest } = r;
  return rest;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'needle-merge-'));
  await sweep(dir('whole'));
  for (const index of [1, 2, 3]) await sweep(dir(`shard-${index}`), { index, count: 3 });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('shards merged', () => {
  it('equal the same sweep run whole, trial for trial (same seed)', async () => {
    const shards = [1, 2, 3].map((i) => readResults(dir(`shard-${i}`)));
    // 3 lengths × 5 depths × 2 repeats, split three ways by prompt tokens: every shard has some, together all of them.
    expect(shards.every((s) => s.length > 0)).toBe(true);
    expect(shards.reduce((n, s) => n + s.length, 0)).toBe(30);
    const { merged } = await mergeRunFolders([dir('shard-3'), dir('shard-1'), dir('shard-2')], dir('merged'));
    expect(merged.manifest.state).toBe('complete');
    const whole = new Map(readResults(dir('whole')).map((r) => [r.trial_id, measured(r)]));
    const joined = new Map(readResults(dir('merged')).map((r) => [r.trial_id, measured(r)]));
    expect(joined.size).toBe(30);
    expect(joined).toEqual(whole);
    // The summary and every output are the whole run's.
    const wholeRun = loadRun(dir('whole'));
    const mergedRun = loadRun(dir('merged'));
    expect(mergedRun.manifest.summary).toEqual(wholeRun.manifest.summary);
    expect(mergedRun.controls.map((c) => c.trial_id).sort()).toEqual(wholeRun.controls.map((c) => c.trial_id).sort());
    const results = resultsSchema.parse(JSON.parse(readFileSync(join(dir('merged'), 'results.json'), 'utf8')));
    expect(results.run.merged_from).toBe(3);
    expect(results.overall.recall).toBe(wholeRun.manifest.summary!.recall);
    const manifest = JSON.parse(readFileSync(join(dir('merged'), 'run.json'), 'utf8'));
    expect(manifest.shard).toBeUndefined();
    expect(manifest.merged_from.map((m: { shard: string }) => m.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(manifest.command).not.toContain('--shard');
    expect(readFileSync(join(dir('merged'), 'heatmap.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('refuses a missing shard, saying which shard and which trials are missing', () => {
    const e = (() => {
      try {
        mergeShards([loadRun(dir('shard-1')), loadRun(dir('shard-2'))], dir('x'));
      } catch (error) {
        return error as UsageError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/the shards are incomplete: shard 3\/3 not given; missing trials: .*K × \d+% \(repeat \d\)/);
    const partial = mergeShards([loadRun(dir('shard-1')), loadRun(dir('shard-2'))], dir('x'), { partial: true });
    expect(partial.manifest.state).toBe('partial');
    expect(partial.missing).toHaveLength(readResults(dir('shard-3')).length);
  });

  it('refuses a shard whose trials are not all there', () => {
    const cut = dir('shard-2-cut');
    cpSync(dir('shard-2'), cut, { recursive: true });
    const lines = readFileSync(join(cut, 'results.jsonl'), 'utf8').trim().split('\n');
    writeFileSync(join(cut, 'results.jsonl'), lines.slice(0, 7).join('\n') + '\n');
    expect(() => mergeShards([loadRun(dir('shard-1')), loadRun(cut), loadRun(dir('shard-3'))], dir('x'))).toThrow(new RegExp(`shard 2/3 \\(.*shard-2-cut\\) has 7 of its ${lines.length} trials.*missing trials: `));
  });

  it('refuses the same shard twice, overlapping trials, and folders that are not shards', () => {
    expect(() => mergeShards([loadRun(dir('shard-1')), loadRun(dir('shard-1'))], dir('x'))).toThrow(/shard 1\/3 is given twice/);
    const copy = dir('shard-1-copy');
    cpSync(dir('shard-1'), copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, 'run.json'), 'utf8'));
    writeFileSync(join(copy, 'run.json'), JSON.stringify({ ...manifest, shard: { ...manifest.shard, index: 2 } }));
    expect(() => mergeShards([loadRun(dir('shard-1')), loadRun(copy), loadRun(dir('shard-3'))], dir('x'))).toThrow(/is in both .*shard-1 and .*shard-1-copy: shards must be disjoint/);
    expect(() => mergeShards([loadRun(dir('whole'))], dir('x'))).toThrow(/is not a shard/);
  });

  it('refuses shards of different sweeps, naming the setting that differs', async () => {
    await sweep(dir('other-seed-2'), { index: 2, count: 3 }, 12);
    expect(() => mergeShards([loadRun(dir('shard-1')), loadRun(dir('other-seed-2')), loadRun(dir('shard-3'))], dir('x'))).toThrow(/are not shards of one sweep: seed 11 ≠ 12/);
  });

  it('refuses to resume a folder as another shard', async () => {
    await expect(sweep(dir('shard-1'), { index: 2, count: 3 })).rejects.toThrow(/holds shard 1\/3, not shard 2\/3/);
  });
});
