// summarize and effectiveLength: recall by length, depth and cell, counting only trials that ran.
import { describe, expect, it } from 'vitest';
import { effectiveLength, relativeEffectiveLength, summarize } from '../../../src/score/stats.js';
import type { Outcome, TrialRecord, TrialStatus } from '../../../src/types.js';

let serial = 0;

function record(length: number, depth: number, status: TrialStatus, score: number | null, outcome: Outcome | null = null): TrialRecord {
  return {
    trial_id: `t${serial++}`,
    length, depth, repeat: 0, status,
    score: status === 'ok' ? score : null,
    outcome: status === 'ok' ? (outcome ?? (score === 1 ? 'correct' : 'wrong')) : null,
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

describe('intervals when trials share a needle', () => {
  const trial = (repeat: number, depth: number, score: number): TrialRecord => ({ ...record(8000, depth, 'ok', score), repeat });

  it('widens the interval when needles disagree (one always found, one never)', () => {
    const rs = [0, 25, 50, 75, 100].flatMap((d) => [trial(0, d, 1), trial(1, d, 0)]);
    const g = summarize(rs);
    expect(g).toMatchObject({ ok: 10, recall: 0.5, clusters: 2 });
    // Ten trials but two needles: effectively two observations, not ten.
    expect(g.effective_trials).toBeCloseTo(1, 5);
    const [lo, hi] = g.interval!;
    expect(hi - lo).toBeGreaterThan(0.8);
  });

  it('counts a cell that took another template (needle_choice fitted) with that template, not with its repeat', () => {
    const fitted = (depth: number, id: string): TrialRecord => ({ ...trial(0, depth, 1), needle_id: id, needle_choice: 'fitted' });
    const drawn = (depth: number): TrialRecord => ({ ...trial(0, depth, 1), needle_id: 'audit-fees', needle_choice: 'drawn' });
    // One repeat: two cells asked its own template, two a fitted one, one another fitted one: three needles.
    const g = summarize([drawn(0), drawn(25), fitted(50, 'warranty'), fitted(75, 'warranty'), fitted(100, 'lease')]);
    expect(g.clusters).toBe(3);
    // Without needle_choice (run folders written before it) a repeat stays one cluster.
    expect(summarize([trial(0, 0, 1), { ...trial(0, 50, 1), needle_id: 'other' }]).clusters).toBe(1);
  });

  it('keeps Wilson’s interval when needles agree, and with a single needle (conditional on it)', () => {
    const agree = summarize([0, 50, 100].flatMap((d) => [trial(0, d, d === 50 ? 0 : 1), trial(1, d, d === 50 ? 0 : 1)]));
    expect(agree.effective_trials).toBe(6);
    const single = summarize([0, 50, 100].map((d) => trial(0, d, d === 50 ? 0 : 1)));
    expect(single).toMatchObject({ clusters: 1, effective_trials: 3 });
  });

  it('counts incomplete trials apart, never as misses', () => {
    const s = summarize([record(1000, 0, 'ok', 1), record(1000, 50, 'incomplete', null)]);
    expect(s).toMatchObject({ trials: 2, ok: 1, incomplete: 1, recall: 1 });
  });
});

describe('relativeEffectiveLength', () => {
  it('is the longest length keeping 85% of the recall at the shortest length', () => {
    const byLength = [
      { length: 1000, recall: 0.8 },
      { length: 8000, recall: 0.7 },
      { length: 32000, recall: 0.6 },
    ];
    // 0.85 × 0.8 = 0.68: 8K keeps it, 32K does not; the absolute 0.85 threshold finds none.
    expect(relativeEffectiveLength(byLength)).toEqual({ fraction: 0.85, base_length: 1000, base_recall: 0.8, threshold: 0.68, length: 8000 });
    expect(effectiveLength(byLength)).toBeNull();
  });

  it('is null when the shortest length has no recall to keep', () => {
    expect(relativeEffectiveLength([{ length: 1000, recall: 0 }, { length: 2000, recall: 0 }]).length).toBeNull();
    expect(relativeEffectiveLength([{ length: 1000, recall: null }]).length).toBeNull();
  });
});
