// Built-in needle sources: one draw per repeat from the document's world, the same in every cell, redrawn on request.
import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../../src/needles/builtin.js';
import { builtinNeedleSource } from '../../../src/run/needle-source.js';

describe('builtinNeedleSource', () => {
  it('draws only the requested variant for the lexical and paraphrased sets, and both for mixed', () => {
    const lex = builtinNeedleSource('financial-report', 'lexical', 3, 0);
    const par = builtinNeedleSource('meeting-transcript', 'paraphrased', 3, 0);
    const mixed = builtinNeedleSource('financial-report', 'mixed', 3, 0);
    const variants = new Set<string | undefined>();
    for (let r = 0; r < 40; r++) {
      expect(lex(r).needle.variant).toBe('lexical');
      expect(par(r).needle.variant).toBe('paraphrased');
      variants.add(mixed(r).needle.variant);
    }
    expect(variants).toEqual(new Set(['lexical', 'paraphrased']));
  });

  it('draws templates of the requested kind, most of them over many repeats', () => {
    const ids = new Set(listTemplates('financial-report').map((t) => t.id));
    const source = builtinNeedleSource('financial-report', 'mixed', 11, 0);
    const seen = new Set<string>();
    for (let r = 0; r < 300; r++) {
      const t = source(r).needle.template!;
      expect(ids.has(t)).toBe(true);
      seen.add(t);
    }
    expect(seen.size).toBeGreaterThan(ids.size * 0.9);
  });

  it('repeats a draw exactly from the same seed, and a redraw keeps the template and variant but changes the values', () => {
    const a = builtinNeedleSource('financial-report', 'mixed', 42, 1)(3);
    const b = builtinNeedleSource('financial-report', 'mixed', 42, 1)(3);
    expect(b.needle).toEqual(a.needle);
    const again = builtinNeedleSource('financial-report', 'mixed', 42, 1)(3, 1);
    expect(again.needle.template).toBe(a.needle.template);
    expect(again.needle.variant).toBe(a.needle.variant);
    expect(again.needle.answers).not.toEqual(a.needle.answers);
  });

  it('gives built-in draws renderers for every text it places, and decoys when asked for', () => {
    const d = builtinNeedleSource('financial-report', 'mixed', 5, 1)(0);
    expect(d.renderers).toBeDefined();
    expect(d.distractors).toHaveLength(1);
    expect(d.renderers!.distractors).toHaveLength(1);
    expect(d.renderers!.companions).toHaveLength(d.companions.length);
  });

  it('asks every needle at once in multi-value mode and hides the others as decoys in multi-key mode', () => {
    const value = builtinNeedleSource('financial-report', 'lexical', 5, 0, { count: 3, mode: 'value' })(0);
    expect(value.others).toHaveLength(2);
    expect(value.renderers!.others).toHaveLength(2);
    expect(value.needle.question).toMatch(/3 parts/);
    const key = builtinNeedleSource('financial-report', 'lexical', 5, 0, { count: 3, mode: 'key' })(0);
    expect(key.distractors).toHaveLength(2);
    expect(key.renderers!.distractors).toHaveLength(2);
  });
});
