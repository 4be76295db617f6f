// Waits between attempts follow the server's Retry-After when given (capped), else jittered exponential backoff.

import { describe, expect, it } from 'vitest';
import { retryDelayMs, serverRetryAfterMs } from '../../../src/models/retry-delay.js';

const opts = { maxRetryDelayMs: 60_000, random: () => 1 - Number.EPSILON };

describe('retry delay', () => {
  it('doubles the backoff ceiling with each retry up to 30 s', () => {
    expect([1, 2, 3, 4, 7, 8, 12].map((n) => Math.round(retryDelayMs(n, null, opts) / 100) * 100)).toEqual([
      500, 1_000, 2_000, 4_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('draws the wait uniformly below the ceiling (full jitter)', () => {
    expect(retryDelayMs(3, null, { ...opts, random: () => 0 })).toBe(0);
    expect(retryDelayMs(3, null, { ...opts, random: () => 0.25 })).toBe(500);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(serverRetryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3_000);
    expect(serverRetryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:12 GMT' }), now)).toBe(12_000);
    expect(serverRetryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeNull();
  });

  it('caps the server-requested wait', () => {
    expect(retryDelayMs(1, new Headers({ 'retry-after': '600' }), { ...opts, maxRetryDelayMs: 10_000 })).toBe(10_000);
  });
});
