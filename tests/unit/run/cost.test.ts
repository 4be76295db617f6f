// Dry-run arithmetic: token totals and an upper bound on cost.

import { describe, expect, it } from 'vitest';
import { estimateCost, formatPlan } from '../../../src/run/cost.js';

describe('cost estimate', () => {
  it('bounds the cost by prompt tokens plus every answer at its full output budget', () => {
    const est = estimateCost({ promptTokens: 2_000_000, trials: 100, maxOutputTokens: 50, priceIn: 2.5, priceOut: 10 });
    expect(est).toEqual({ promptTokens: 2_000_000, outputTokensMax: 5_000, cost: 5 + 0.05 });
  });

  it('halves the cost with the Batch API', () => {
    const est = estimateCost({ promptTokens: 1_000_000, trials: 10, maxOutputTokens: 0, priceIn: 3, priceOut: 15, batch: true });
    expect(est.cost).toBeCloseTo(1.5);
  });

  it('gives no cost when a price is missing', () => {
    expect(estimateCost({ promptTokens: 10, trials: 1, maxOutputTokens: 1, priceIn: 1 }).cost).toBeNull();
  });
});

describe('dry-run plan text', () => {
  it('names cells, trials, prompt tokens and the cost bound', () => {
    const text = formatPlan({ cells: 110, trials: 330, promptTokens: 12_345_678, maxOutputTokens: 64, priceIn: 2, priceOut: 8, model: 'gpt-x' });
    expect(text).toContain('model:          gpt-x');
    expect(text).toContain('cells:          110');
    expect(text).toContain('trials:         330');
    expect(text).toContain('prompt tokens:  12,345,678');
    expect(text).toContain('at most 21,120 (64 per trial)');
    expect(text).toContain('estimated cost: at most $24.86');
  });

  it('says how to get a cost when prices are not given, and counts resumed trials', () => {
    const text = formatPlan({ cells: 4, trials: 8, promptTokens: 1000, maxOutputTokens: 10, resumed: 3 });
    expect(text).toContain('8 (3 already done, not resent)');
    expect(text).toContain('give --price-in and --price-out');
  });
});
