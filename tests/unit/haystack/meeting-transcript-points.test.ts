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
  it('says the points it picks in the order they are written, and varies which', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const picked = furtherPoints(createRng(seed), POINTS, 0.5);
      expect(picked.length).toBeGreaterThanOrEqual(2);
      const at = picked.map((p) => POINTS.indexOf(p));
      expect(at).toEqual([...at].sort((a, b) => a - b));
      seen.add(picked.join('|'));
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it('brings along the point a later one leans on ("those programs", "Both …")', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const picked = furtherPoints(createRng(seed), POINTS, 0.5);
      if (picked.includes(POINTS[1]!)) expect(picked).toContain(POINTS[0]);
      if (picked.includes(POINTS[4]!)) expect(picked).toContain(POINTS[3]);
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
