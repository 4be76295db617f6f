// A base run and a new run that differ in known ways, shared by the compare.md and diff-heatmap tests.

import { compareRuns } from '../../../src/score/compare.js';
import { summarize } from '../../../src/score/stats.js';
import type { TrialRecord } from '../../../src/types.js';
import { manifest, record } from './fixtures.js';

/** Ten trials per cell; `hits` maps `length@depth` to how many of them are correct (default 10). */
export function run(cells: string[], hits: Record<string, number> = {}): TrialRecord[] {
  return cells.flatMap((key) => {
    const [length, depth] = key.split('@').map(Number);
    return Array.from({ length: 10 }, (_, repeat) => record({ length, depth, repeat, score: repeat < (hits[key] ?? 10) ? 1 : 0 }));
  });
}

// 8K at 0% falls from 10/10 to 5/10 (a real drop); 8K at 50% rises from 6/10; 1K at 50% dips by one trial (noise);
// 1K at 100% is only in the base run, 32K at 0% only in the new one.
export const base = run(['1000@0', '1000@50', '1000@100', '8000@0', '8000@50'], { '8000@50': 6 });
export const next = run(['1000@0', '1000@50', '8000@0', '8000@50', '32000@0'], { '1000@50': 9, '8000@0': 5 });
export const comparison = compareRuns(summarize(base), summarize(next));
export const baseManifest = manifest({ model: { id: 'acme-v1', kind: 'openai-compatible', base_url: null } });
export const nextManifest = manifest({ model: { id: 'acme-v2', kind: 'openai-compatible', base_url: null }, started_at: '2026-12-01T08:00:00Z' });
