// results.json: versioned, valid against its published schema, statuses and outcomes read from whatever the run has.

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildResults, relativeEffective } from '../../../src/report/results-json.js';
import { RESULTS_FORMAT, resultsJsonSchema, resultsSchema } from '../../../src/report/results-schema.js';
import { summarizeRun } from '../../../src/run/run-sweep.js';
import type { TrialRecord } from '../../../src/types.js';
import { manifest, records } from './fixtures.js';

function results(recs: TrialRecord[] = records(), settings: Record<string, unknown> = {}) {
  const m = manifest({ settings: { lengths: [1000, 8000, 128000], depths: [0, 50, 100], repeats: 2, threshold: 0.85, ...settings } });
  return buildResults({ ...m, summary: summarizeRun(recs, [], false, 0.85) }, recs);
}

describe('results.json', () => {
  it('carries its format, versions, settings, recall with intervals by length, depth and cell, and validates against its schema', () => {
    const r = resultsSchema.parse(results());
    expect(r.format).toBe(RESULTS_FORMAT);
    expect(r.tool.version).toBe('0.1.0');
    expect(r.scorer.version).toBe('1');
    expect(r.settings.lengths).toEqual([1000, 8000, 128000]);
    expect(r.by_length.map((g) => g.length)).toEqual([1000, 8000, 128000]);
    expect(r.by_length[0]).toMatchObject({ trials: 6, recall: 1, counts: { ok: 6, overflow: 0, error: 0 } });
    expect(r.by_length[1]!.interval![0]).toBeLessThan(r.by_length[1]!.recall!);
    expect(r.cells).toHaveLength(9);
    expect(r.overall.counts).toEqual({ ok: 13, overflow: 3, error: 2, incomplete: 0 });
    expect(r.outcomes).toEqual({ correct: 12, not_found: 1 });
    expect(r.effective_length.absolute).toEqual({ threshold: 0.85, length: 1000 });
  });

  it('counts a status it does not know (as later versions add) instead of dropping it', () => {
    const recs = records().map((x, i) => (i === 0 ? ({ ...x, status: 'incomplete', score: null, outcome: null } as unknown as TrialRecord) : x));
    const r = resultsSchema.parse(results(recs));
    expect(r.overall.counts.incomplete).toBe(1);
    expect(r.by_length[0]!.counts.incomplete).toBe(1);
  });

  it('reads the scorer version run.json records, and computes the cost from the run’s prices', () => {
    const m = manifest({ settings: { priceIn: 2, priceOut: 8, batch: true } });
    const r = buildResults({ ...m, summary: summarizeRun(records(), [], false), ...({ scorer: { version: '2' } } as object) }, records());
    expect(r.scorer.version).toBe('2');
    // 13 ok trials of (length + 3) prompt tokens and 12 output tokens each, 5 failed ones counted at our prompt count.
    expect(r.cost).not.toBeNull();
    expect(r.cost!.amount).toBeGreaterThan(0);
    expect(r.cost!.batch).toBe(true);
  });

  it('publishes a JSON Schema (needle schema --results) that requires the format and every section', () => {
    const schema = resultsJsonSchema() as { required: string[]; properties: Record<string, { const?: string }> };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'tool', 'scorer', 'settings', 'overall', 'by_length', 'cells', 'effective_length', 'outcomes']));
    expect(schema.properties.format!.const).toBe(RESULTS_FORMAT);
    // Round trip: the published schema is zod's own; zod reads it back and accepts a built file.
    const back = z.fromJSONSchema(resultsJsonSchema() as never);
    expect(back.safeParse(JSON.parse(JSON.stringify(results()))).success).toBe(true);
    expect(back.safeParse({ ...JSON.parse(JSON.stringify(results())), format: 'needle.results/0' }).success).toBe(false);
  });
});

describe('base-relative effective length', () => {
  it('states the summary\'s: lengths whose recall stays within 85% of the shortest length\'s', () => {
    const group = (length: number, recall: number | null) => ({ length, recall, trials: 4, ok: recall === null ? 0 : 4, overflow: 0, error: 0, interval: null });
    const summary = (byLength: ReturnType<typeof group>[]) => ({ ...group(0, null), byLength, byDepth: [], cells: [], outcomes: {} }) as never;
    expect(relativeEffective(summary([group(1000, 0.8), group(8000, 0.7), group(32000, 0.6)]))).toEqual({ ratio: 0.85, base_length: 1000, base_recall: 0.8, length: 8000 });
    expect(relativeEffective(summary([group(1000, null)]))).toBeNull();
    expect(relativeEffective(summary([group(1000, 0), group(2000, 0)]))!.length).toBeNull();
  });
});
