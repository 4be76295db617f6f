// Splits a sweep's trials into n shards of nearly equal prompt tokens, deterministically, so shards on n machines finish together.

import type { ShardSpec } from '../config/parse-shard.js';

/** What the split needs of a trial. */
export interface ShardableTrial {
  id: string;
  promptTokens: number;
}

/**
 * Assigns every trial to one of `count` shards: longest prompts first, each to the shard with the fewest
 * prompt tokens so far (ties: the lower shard), ties between trials broken by id. The same plan gives the
 * same split on every machine; the shards' token totals differ by at most one prompt's length.
 * Returns the shard number (0-based) of each trial id.
 */
export function assignShards(trials: readonly ShardableTrial[], count: number): Map<string, number> {
  const order = [...trials].sort((a, b) => b.promptTokens - a.promptTokens || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const load = new Array<number>(count).fill(0);
  const assigned = new Map<string, number>();
  for (const t of order) {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s]! < load[best]!) best = s;
    load[best]! += t.promptTokens;
    assigned.set(t.id, best);
  }
  return assigned;
}

/** The trials of one shard (`index` is 1-based), in their planned order. */
export function shardTrials<T extends ShardableTrial>(trials: readonly T[], shard: ShardSpec): T[] {
  const assigned = assignShards(trials, shard.count);
  return trials.filter((t) => assigned.get(t.id) === shard.index - 1);
}
