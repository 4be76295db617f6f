// A shard's entry in run.json, and the check that a folder is resumed as the same shard.

import type { SweepOptions } from '../config/sweep-options.js';
import { formatShard } from '../config/parse-shard.js';
import { UsageError } from '../errors.js';
import type { RunManifest } from '../types.js';

/** run.json with `shard` set when the sweep ran one shard of its trials. */
export function withShard(manifest: RunManifest, options: SweepOptions, trials: number, sweepTrials: number | undefined): RunManifest {
  if (!options.shard) return manifest;
  return { ...manifest, shard: { index: options.shard.index, count: options.shard.count, trials, sweep_trials: sweepTrials ?? trials } };
}

/** Refuses to resume a folder holding another shard (or the whole sweep) as this one. */
export function checkShardResumable(previous: RunManifest, options: SweepOptions): void {
  const was = previous.shard ? formatShard(previous.shard) : 'the whole sweep';
  const now = options.shard ? formatShard(options.shard) : 'the whole sweep';
  if (was === now) return;
  throw new UsageError(`--out ${options.out} holds ${previous.shard ? `shard ${was}` : was}, not ${options.shard ? `shard ${now}` : now}`, {
    hint: 'give each shard its own --out (needle merge joins them afterwards)',
  });
}
