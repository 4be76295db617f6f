// No built-in needle can be guessed without reading: one fixed guess hits any template's answer at most 1 time in 50.
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../../src/haystack/generators.js';
import { templatesFor } from '../../../src/needles/builtin.js';
import { canonicalAnswer, measureGuessability } from '../../../src/needles/guessability.js';
import type { HaystackKind } from '../../../src/types.js';

describe('guessability', () => {
  it('counts answers a scorer treats alike as one', () => {
    expect(canonicalAnswer(['$4.7 million'])).toBe(canonicalAnswer(['$4,700,000']));
    expect(canonicalAnswer(['Project Cobaltheron'])).toBe(canonicalAnswer(['Cobaltheron']));
    expect(canonicalAnswer(['Kesholt', 'June 9, 2026'])).not.toBe(canonicalAnswer(['Kesholt', 'June 10, 2026']));
  });

  it('measures the hit rate of the most common answer', () => {
    const coin = measureGuessability((rng) => ({ answers: [rng.pick(['heads', 'tails'])] }), { draws: 2000 });
    expect(coin.distinct).toBe(2);
    expect(coin.rate).toBeGreaterThan(0.45);
    expect(coin.rate).toBeLessThan(0.55);
  });

  for (const kind of ['financial-report', 'meeting-transcript'] as HaystackKind[]) {
    it(`holds every built-in ${kind} template to at most 1 hit in 50, across the worlds of many seeds`, () => {
      // A model asked without the document knows neither the company nor its people: draws span 200 worlds.
      const worlds = Array.from({ length: 200 }, (_, seed) => GENERATORS[kind].world(seed + 1));
      let i = 0;
      const guessable = templatesFor(kind)
        .map((t) => ({
          id: t.id,
          ...measureGuessability((rng) => {
            const world = worlds[i++ % worlds.length];
            return t.render(t.draw(rng, world), world, undefined);
          }, { draws: 4000 }),
        }))
        .filter((g) => g.rate > 1 / 50)
        .map((g) => `${g.id}: ${(g.rate * 100).toFixed(1)}% ("${g.top.answer}", ${g.distinct} distinct answers)`);
      expect(guessable).toEqual([]);
    });
  }
});
