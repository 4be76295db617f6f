// Shards: deterministic, disjoint and complete, balanced by prompt tokens; --shard parsing including Kubernetes' auto index.

import { describe, expect, it } from 'vitest';
import { parseShard } from '../../../src/config/parse-shard.js';
import { assignShards, shardTrials } from '../../../src/prompt/shard-trials.js';
import { UsageError } from '../../../src/errors.js';

/** A 10-length × 11-depth × 3-repeat sweep's trials: prompt tokens grow with the length. */
const trials = [1000, 1800, 3200, 5800, 10_000, 19_000, 34_000, 62_000, 111_000, 200_000].flatMap((length, li) =>
  Array.from({ length: 33 }, (_, k) => ({ id: `t${li}-${k}`, promptTokens: length - (k % 7) * 3 })),
);

describe('shardTrials', () => {
  it.each([2, 3, 4, 7])('splits a sweep into %i disjoint shards that together hold every trial', (n) => {
    const shards = Array.from({ length: n }, (_, i) => shardTrials(trials, { index: i + 1, count: n }));
    const ids = shards.flat().map((t) => t.id);
    expect(new Set(ids).size).toBe(trials.length);
    expect(ids).toHaveLength(trials.length);
  });

  it.each([2, 3, 4, 7])('balances %i shards by prompt tokens to within one prompt of each other', (n) => {
    const loads = Array.from({ length: n }, (_, i) => shardTrials(trials, { index: i + 1, count: n }).reduce((s, t) => s + t.promptTokens, 0));
    const largest = Math.max(...trials.map((t) => t.promptTokens));
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(largest);
    // Far tighter than a split by count would be: every shard within 2% of the mean.
    const mean = loads.reduce((a, b) => a + b, 0) / n;
    for (const load of loads) expect(Math.abs(load - mean) / mean).toBeLessThan(0.02);
  });

  it('picks the same trials whatever order the plan lists them in', () => {
    const a = assignShards(trials, 3);
    const b = assignShards([...trials].reverse(), 3);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });
});

describe('--shard', () => {
  it('reads i/n, and auto/n from JOB_COMPLETION_INDEX (which counts from 0)', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('auto/4', '--shard', { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, count: 4 });
    expect(parseShard('auto/4', '--shard', { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, count: 4 });
  });

  it.each([
    ['0/4', {}, /shard 0 does not exist in 4/],
    ['5/4', {}, /shard 5 does not exist in 4/],
    ['2of4', {}, /is not <i>\/<n> or auto\/<n>/],
    ['auto/4', {}, /needs JOB_COMPLETION_INDEX \(0 to 3\), which is not set/],
    ['auto/4', { JOB_COMPLETION_INDEX: '4' }, /shard 5 does not exist in 4/],
    ['auto/4', { JOB_COMPLETION_INDEX: 'x' }, /not "x"/],
  ])('refuses %s (%j) with a message naming the problem', (value, env, message) => {
    expect(() => parseShard(value, '--shard', env as NodeJS.ProcessEnv)).toThrow(UsageError);
    expect(() => parseShard(value, '--shard', env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
