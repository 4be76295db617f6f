// compare: a drop is tested over effective trial counts, so a handful of needles repeated at many depths is not overclaimed.
import { describe, expect, it } from 'vitest';
import { dropPValue } from '../../../src/score/compare.js';
import type { GroupStats } from '../../../src/types.js';

const group = (recall: number, ok: number, effective: number): GroupStats => ({
  trials: ok, ok, overflow: 0, error: 0, incomplete: 0, recall, interval: null, clusters: 2, effective_trials: effective,
});

describe('dropPValue', () => {
  it('finds a drop of 0.3 over 40 independent trials real, and the same drop over 2 needles not', () => {
    expect(dropPValue(group(0.9, 40, 40), group(0.6, 40, 40))!).toBeLessThan(0.01);
    expect(dropPValue(group(0.9, 40, 2), group(0.6, 40, 2))!).toBeGreaterThan(0.2);
  });
});
