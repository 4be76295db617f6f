// Labels of lengths, scores and intervals read the same in every report.

import { describe, expect, it } from 'vitest';
import { formatDate, formatDepth, formatInterval, formatPercent, formatScore, formatTokens } from '../../../src/report/format.js';

describe('formatTokens', () => {
  it('labels token counts with K and M and at most one decimal', () => {
    expect(formatTokens(1000)).toBe('1K');
    expect(formatTokens(1500)).toBe('1.5K');
    expect(formatTokens(4096)).toBe('4.1K');
    expect(formatTokens(8000)).toBe('8K');
    expect(formatTokens(128000)).toBe('128K');
    expect(formatTokens(200000)).toBe('200K');
    expect(formatTokens(1_000_000)).toBe('1M');
    expect(formatTokens(1_500_000)).toBe('1.5M');
  });

  it('keeps small counts as plain numbers and promotes 999,950 to 1M rather than 1000K', () => {
    expect(formatTokens(0)).toBe('0');
    expect(formatTokens(999)).toBe('999');
    expect(formatTokens(999_950)).toBe('1M');
  });
});

describe('score formatting', () => {
  it('prints scores, percentages and intervals, with a dash for missing values', () => {
    expect(formatScore(0.8734)).toBe('0.87');
    expect(formatScore(null)).toBe('—');
    expect(formatPercent(0.873)).toBe('87%');
    expect(formatInterval([0.812, 0.97])).toBe('0.81–0.97');
    expect(formatInterval(null)).toBe('—');
  });

  it('prints depths as percentages and dates as written in the manifest', () => {
    expect(formatDepth(10)).toBe('10%');
    expect(formatDepth(100 / 3)).toBe('33.3%');
    expect(formatDate('2026-11-23T23:58:12.000Z')).toBe('2026-11-23');
    expect(formatDate('yesterday')).toBe('unknown date');
  });
});
