// How an agenda item picks the further points of its presentation, and which figures a topic dates to a year.
import { describe, expect, it } from 'vitest';
import { furtherPoints } from '../../../src/haystack/meeting-transcript/talk/agenda-item.js';
import { loadTopics } from '../../../src/haystack/meeting-transcript/talk/phrase-files.js';
import { yearScopedVars } from '../../../src/haystack/meeting-transcript/talk/topic.js';
import { createRng } from '../../../src/util/rng.js';

const POINTS = [
  'Several states offer voluntary programs that waive interest and penalties.',
  'We propose to enter those programs in the other states where we have exposure.',
  'Most of it is old customer credits in the billing system.',
  'Where records are missing, auditors may estimate what we owe.',
  'Both findings have been corrected.',
  'From now on, the teams will review old balances every year.',
];

describe('further points of a presentation', () => {
  it('varies which points are made and in what order, each once', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const picked = furtherPoints(createRng(seed), POINTS, 0.5);
      expect(picked.length).toBeGreaterThanOrEqual(2);
      expect(new Set(picked).size).toBe(picked.length);
      seen.add(picked.join('|'));
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it('says a point that leans on the one before it ("those programs", "Both …") right after that one', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const picked = furtherPoints(createRng(seed), POINTS, 0.5);
      for (const k of [1, 4]) {
        const at = picked.indexOf(POINTS[k]!);
        if (at >= 0) expect(picked[at - 1]).toBe(POINTS[k - 1]);
      }
    }
  });
});

describe('figures dated to a year', () => {
  it('counts an amount said as last year\'s among the figures a later year draws afresh, and leaves the rest', () => {
    const topic = loadTopics('board').find((t) => t.id === 'share-repurchase')!;
    const scoped = yearScopedVars(topic);
    expect(scoped.has('price')).toBe(true);
    expect(scoped.has('authorized')).toBe(false);
  });
});
