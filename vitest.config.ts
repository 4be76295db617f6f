import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one worker per core minus one: on a 2-core machine (CI's and ours) that is a single worker,
// while most end-to-end time is spent waiting on child processes and loopback servers. One worker per core, at
// least two, measured 168 s against 261 s for the whole suite here.
const workers = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: workers,
    minWorkers: workers,
  },
});
