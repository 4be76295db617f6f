// The suffix a shard's run folder gets: `shard-2-of-4`.

import { parseShard } from './parse-shard.js';

/** `shard-2-of-4` for `--shard 2/4` (and for `auto/4` with JOB_COMPLETION_INDEX=1). */
export function formatShardFolder(shard: string, env: NodeJS.ProcessEnv = process.env): string {
  const { index, count } = parseShard(shard, '--shard', env);
  return `shard-${index}-of-${count}`;
}
