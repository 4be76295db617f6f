// summarize and effectiveLength: recall by length, depth and cell, counting only trials that ran.
import { describe, expect, it } from 'vitest';
import { effectiveLength, summarize } from '../../../src/score/stats.js';
import type { Outcome, TrialRecord, TrialStatus } from '../../../src/types.js';

let serial = 0;

function record(length: number, depth: number, status: TrialStatus, score: number | null, outcome: Outcome | null = null): TrialRecord {
  return {
    trial_id: `t${serial++}`,
    length, depth, repeat: 0, status,
    score: status === 'ok' ? score : null,
    outcome: status === 'ok' ? outcome ?? (score === 1 ? 'correct' : 'wrong') : null,
    prompt_tokens: length, usage_prompt_tokens: null, usage_completion_tokens: null,
    document_tokens: length, needle_position: 0, needle_depth: depth,
    needle_id: 'n', question: 'q', expected: ['a'], response: status === 'ok' ? 'a' : null,
    finish_reason: null, latency_ms: null, attempts: 1, error: null,
    prompt_sha256: '', model: 'm', finished_at: '2026-01-01T00:00:00Z',
  };
}

describe('summarize', () => {
  const records = [
    record(8000, 50, 'ok', 1),
    record(1000, 0, 'ok', 1),
    record(1000, 100, 'ok', 0),
    record(1000, 0, 'ok', 0.5, 'partial'),
    record(8000, 0, 'overflow', null),
    record(8000, 0, 'error', null),
  ];
  const s = summarize(records);

  it('computes recall over ok trials only, counting overflow and errors apart', () => {
    expect(s).toMatchObject({ trials: 6, ok: 4, overflow: 1, error: 1 });
    expect(s.recall).toBeCloseTo(2.5 / 4);
    expect(s.interval![0]).toBeLessThan(s.recall!);
    expect(s.interval![1]).toBeGreaterThan(s.recall!);
  });

  it('sorts lengths, depths and cells ascending', () => {
    expect(s.byLength.map((g) => g.length)).toEqual([1000, 8000]);
    expect(s.byDepth.map((g) => g.depth)).toEqual([0, 50, 100]);
    expect(s.cells.map((c) => [c.length, c.depth])).toEqual([[1000, 0], [1000, 100], [8000, 0], [8000, 50]]);
  });

  it('leaves recall null where no trial ran, instead of counting failures as misses', () => {
    const cell = s.cells.find((c) => c.length === 8000 && c.depth === 0)!;
    expect(cell).toMatchObject({ trials: 2, ok: 0, overflow: 1, error: 1, recall: null, interval: null });
  });

  it('counts outcomes of ok trials', () => {
    expect(s.outcomes).toEqual({ correct: 2, wrong: 1, partial: 1 });
  });

  it('summarizes an empty run without dividing by zero', () => {
    expect(summarize([])).toMatchObject({ trials: 0, ok: 0, recall: null, interval: null, byLength: [], cells: [] });
  });
});

describe('effectiveLength', () => {
  it('is the longest length up to which every length meets the threshold', () => {
    const byLength = [
      { length: 1000, recall: 1 },
      { length: 4000, recall: 0.9 },
      { length: 16000, recall: 0.7 },
      { length: 32000, recall: 0.95 },
    ];
    expect(effectiveLength(byLength)).toBe(4000);
  });

  it('stops before a length where no trial ran', () => {
    expect(effectiveLength([{ length: 1000, recall: 1 }, { length: 2000, recall: null }, { length: 4000, recall: 1 }])).toBe(1000);
  });

  it('is null when even the shortest length fails, and honours a custom threshold', () => {
    expect(effectiveLength([{ length: 1000, recall: 0.8 }])).toBeNull();
    expect(effectiveLength([{ length: 1000, recall: 0.8 }], 0.75)).toBe(1000);
  });
});
