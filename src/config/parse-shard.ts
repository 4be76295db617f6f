// Parses `--shard <i>/<n>` (1-based) and `--shard auto/<n>`, which takes i from a Kubernetes Indexed Job's JOB_COMPLETION_INDEX.

import { UsageError } from '../errors.js';

/** One shard of a sweep: `index` of `count`, 1-based. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Most shards a sweep may be split into. */
export const MAX_SHARDS = 1000;

/**
 * Parses `i/n` (1 ≤ i ≤ n) or `auto/n`. With `auto`, i is JOB_COMPLETION_INDEX + 1 (Kubernetes numbers
 * completions from 0); a missing or malformed index is an error, never a silent shard 1.
 */
export function parseShard(value: string, flag = '--shard', env: NodeJS.ProcessEnv = process.env): ShardSpec {
  const m = /^\s*(auto|\d+)\s*\/\s*(\d+)\s*$/i.exec(value);
  const hint = 'e.g. --shard 2/4 (the second of four), or --shard auto/4 in a Kubernetes Indexed Job (reads JOB_COMPLETION_INDEX)';
  if (!m) throw new UsageError(`${flag} "${value}" is not <i>/<n> or auto/<n>`, { hint });
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS) throw new UsageError(`${flag} "${value}": the shard count must be from 1 to ${MAX_SHARDS}`, { hint });
  let index: number;
  if (m[1]!.toLowerCase() === 'auto') {
    const raw = env.JOB_COMPLETION_INDEX;
    if (raw === undefined || !/^\d+$/.test(raw.trim())) {
      throw new UsageError(`${flag} auto/${count} needs JOB_COMPLETION_INDEX (0 to ${count - 1}), ${raw === undefined ? 'which is not set' : `not "${raw}"`}`, {
        hint: 'Kubernetes sets it in Indexed Jobs (completionMode: Indexed); elsewhere give the shard explicitly, e.g. --shard 1/4',
      });
    }
    index = Number(raw.trim()) + 1;
  } else {
    index = Number(m[1]);
  }
  if (index < 1 || index > count) throw new UsageError(`${flag} "${value}": shard ${index} does not exist in ${count} (shards are numbered 1 to ${count})`, { hint });
  return { index, count };
}

/** `2/4`. */
export function formatShard(shard: ShardSpec): string {
  return `${shard.index}/${shard.count}`;
}
