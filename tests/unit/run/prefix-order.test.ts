// Sending order for prefix caches: deepest shared prefix first, measured with an LRU cache simulator against the trie bound.

import { describe, expect, it } from 'vitest';
import { commonPrefix, lowerBound, prefixCacheOrder, simulatePrefill } from '../../../src/run/prefix-order.js';
import type { PrefixPrompt } from '../../../src/run/prefix-order.js';

/** A sweep grid: the needle at depth% of the document, the prompt cut at the length. */
function grid(lengths: number[], depths: number[], framing = 100, tail = 40): PrefixPrompt[] {
  const out: PrefixPrompt[] = [];
  for (const length of lengths) {
    for (const depth of depths) {
      const documentTokens = length - framing - tail;
      out.push({ id: `${length}/${depth}`, sharedUntil: framing + Math.round((depth / 100) * documentTokens), promptTokens: length });
    }
  }
  return out;
}

/** A deterministic shuffle (xorshift), so the test needs no Math.random. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = Math.abs(x) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('prefix-cache sending order', () => {
  it('sends the prompt that shares the most with the plain haystack first', () => {
    const prompts: PrefixPrompt[] = [
      { id: 'a', sharedUntil: 10, promptTokens: 100 },
      { id: 'b', sharedUntil: 90, promptTokens: 100 },
      { id: 'c', sharedUntil: 50, promptTokens: 60 },
    ];
    expect(prefixCacheOrder(prompts)).toEqual(['b', 'c', 'a']);
  });

  it('reaches the least possible prefill, with one cache slot', () => {
    const prompts = grid([1000, 2000, 4000, 8000], [0, 25, 50, 75, 100]);
    const order = prefixCacheOrder(prompts);
    expect(simulatePrefill(order, prompts, 1)).toBe(lowerBound(prompts));
  });

  it('beats the naive lengths-then-depths order', () => {
    const prompts = grid([1000, 2000, 4000, 8000], [0, 25, 50, 75, 100]);
    const naive = prompts.map((p) => p.id);
    expect(simulatePrefill(prefixCacheOrder(prompts), prompts, 1)).toBeLessThan(simulatePrefill(naive, prompts, 1));
  });

  it('is never beaten by any other order, whatever the cache size', () => {
    const prompts = grid([500, 900, 1300], [0, 10, 50, 90, 100]);
    const best = simulatePrefill(prefixCacheOrder(prompts), prompts, 1);
    for (let seed = 1; seed <= 200; seed++) {
      const order = shuffled(prompts.map((p) => p.id), seed * 7919);
      for (const slots of [1, 2, 4]) expect(simulatePrefill(order, prompts, slots)).toBeGreaterThanOrEqual(best);
    }
  });

  it('keeps identical prompts together, so repeats cost nothing to prefill again', () => {
    const prompts: PrefixPrompt[] = [
      { id: 'r0', key: 'same', sharedUntil: 40, promptTokens: 100 },
      { id: 'x', sharedUntil: 40, promptTokens: 100 },
      { id: 'r1', key: 'same', sharedUntil: 40, promptTokens: 100 },
    ];
    const order = prefixCacheOrder(prompts);
    expect(Math.abs(order.indexOf('r0') - order.indexOf('r1'))).toBe(1);
    expect(simulatePrefill(order, prompts, 1)).toBe(100 + 60);
    expect(lowerBound(prompts)).toBe(100 + 60);
  });
});

describe('prefix cache simulator', () => {
  it('recomputes a whole prompt without a cache', () => {
    const prompts = grid([1000], [0, 50]);
    expect(simulatePrefill(prompts.map((p) => p.id), prompts, 0)).toBe(2000);
  });

  it('reuses the best of several cached prompts and forgets the least recently used', () => {
    const prompts: PrefixPrompt[] = [
      { id: 'deep', sharedUntil: 900, promptTokens: 1000 },
      { id: 'mid', sharedUntil: 500, promptTokens: 1000 },
      { id: 'shallow', sharedUntil: 100, promptTokens: 1000 },
      { id: 'deep2', sharedUntil: 800, promptTokens: 1000 },
    ];
    const order = ['deep', 'mid', 'shallow', 'deep2'];
    // Two slots: when deep2 comes, deep was evicted; the best cached match is mid (500).
    expect(simulatePrefill(order, prompts, 2)).toBe(1000 + 500 + 900 + 500);
    // Three slots: deep is still cached (800 shared).
    expect(simulatePrefill(order, prompts, 3)).toBe(1000 + 500 + 900 + 200);
  });

  it('shares prompts up to the earlier first difference', () => {
    expect(commonPrefix({ id: 'a', sharedUntil: 70, promptTokens: 100 }, { id: 'b', sharedUntil: 30, promptTokens: 50 })).toBe(30);
  });
});
