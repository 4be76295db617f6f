// wilson: the confidence interval drawn around every recall figure.
import { describe, expect, it } from 'vitest';
import { wilson } from '../../../src/score/interval.js';

describe('wilson', () => {
  it('matches the textbook interval for 8 of 10', () => {
    const [lo, hi] = wilson(8, 10);
    expect(lo).toBeCloseTo(0.4902, 3);
    expect(hi).toBeCloseTo(0.9433, 3);
  });

  it('stays inside [0, 1] at the extremes and is not degenerate', () => {
    const [lo0, hi0] = wilson(0, 10);
    expect(lo0).toBe(0);
    expect(hi0).toBeGreaterThan(0.2);
    const [lo1, hi1] = wilson(10, 10);
    expect(hi1).toBeCloseTo(1, 12);
    expect(lo1).toBeLessThan(0.8);
  });

  it('says nothing is known when there are no trials', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('accepts fractional successes from partial scores', () => {
    const [lo, hi] = wilson(7.5, 10);
    expect(lo).toBeLessThan(0.75);
    expect(hi).toBeGreaterThan(0.75);
  });

  it('narrows as trials grow', () => {
    const [a, b] = wilson(50, 100);
    const [c, d] = wilson(5, 10);
    expect(b - a).toBeLessThan(d - c);
  });
});
