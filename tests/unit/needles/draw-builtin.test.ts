// drawBuiltinNeedle: the planner's entry point, choosing template and variant from the rng.
import { describe, expect, it } from 'vitest';
import { drawBuiltinNeedle, listTemplates } from '../../../src/needles/builtin.js';
import { createRng } from '../../../src/util/rng.js';

describe('drawBuiltinNeedle', () => {
  it('draws only the requested variant for the lexical and paraphrased sets', () => {
    const rng = createRng('sets');
    for (let i = 0; i < 40; i++) {
      expect(drawBuiltinNeedle('financial-report', 'lexical', rng).needle.variant).toBe('lexical');
      expect(drawBuiltinNeedle('meeting-transcript', 'paraphrased', rng).needle.variant).toBe('paraphrased');
    }
  });

  it('mixes both variants in the mixed set', () => {
    const rng = createRng('mixed');
    const variants = new Set<string | undefined>();
    for (let i = 0; i < 40; i++) variants.add(drawBuiltinNeedle('meeting-transcript', 'mixed', rng).needle.variant);
    expect(variants).toEqual(new Set(['lexical', 'paraphrased']));
  });

  it('draws templates of the requested haystack kind only, and most of them over many draws', () => {
    const ids = new Set(listTemplates('meeting-transcript').map((t) => t.id));
    const seen = new Set<string>();
    const rng = createRng('kinds');
    for (let i = 0; i < 300; i++) {
      const { needle } = drawBuiltinNeedle('meeting-transcript', 'mixed', rng);
      expect(ids.has(needle.template!)).toBe(true);
      seen.add(needle.template!);
    }
    expect(seen.size).toBeGreaterThan(ids.size * 0.9);
  });

  it('repeats a trial exactly from the same seed', () => {
    const a = drawBuiltinNeedle('financial-report', 'mixed', createRng(42).fork('trial-3'));
    const b = drawBuiltinNeedle('financial-report', 'mixed', createRng(42).fork('trial-3'));
    expect(b).toEqual(a);
  });
});
