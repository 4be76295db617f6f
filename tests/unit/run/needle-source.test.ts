// Built-in needle sources: one draw per repeat from the document's world, the same in every cell, redrawn on request.
import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../../src/needles/builtin.js';
import { builtinNeedleSource, fileNeedleSource } from '../../../src/run/needle-source.js';
import type { CellFit } from '../../../src/prompt/plan.js';

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

describe('builtinNeedleSource in a cell its repeat does not fit', () => {
  // A cell whose document part has only segment and human-capital sections near the depth (as a short report prefix).
  const near = (sections: string[]): CellFit['fits'] => (ins) => (ins.sections ?? []).some((s) => sections.includes(s));
  const cell = (length: number, depth: number, sections: string[]): CellFit => ({ cell: { length, depth }, fits: near(sections) });

  it('takes another template that fits there, in the repeat\'s question variant', () => {
    const source = builtinNeedleSource('financial-report', 'mixed', 7, 1);
    for (let r = 0; r < 20; r++) {
      const own = source(r);
      const other = source(r, 0, cell(16_000, 50, ['reportable segments', 'human capital']));
      expect(other.needle.variant).toBe(own.needle.variant);
      if (other === own) continue;
      expect(other.needle.template).not.toBe(own.needle.template);
      expect(other.needle.sections!.some((s) => s === 'reportable segments' || s === 'human capital')).toBe(true);
      expect(other.distractors).toHaveLength(1);
    }
  });

  it('chooses from the seed, the repeat and the cell: the same every time, mixed across cells', () => {
    const fitsMany = ['reportable segments', 'human capital', 'results of operations', 'liquidity', 'item 2'];
    const a = builtinNeedleSource('financial-report', 'lexical', 7, 0);
    const b = builtinNeedleSource('financial-report', 'lexical', 7, 0);
    const chosen = new Set<string>();
    for (const depth of [10, 30, 50, 70, 90]) {
      for (const length of [4_000, 16_000]) {
        const x = a(0, 0, cell(length, depth, fitsMany));
        expect(b(0, 0, cell(length, depth, fitsMany)).needle).toEqual(x.needle);
        chosen.add(x.needle.template!);
      }
    }
    expect(chosen.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps a chosen template\'s value across the cells of a repeat, and redraws it with the repeat', () => {
    const source = builtinNeedleSource('financial-report', 'lexical', 7, 0);
    const only = ['item 14'];
    const one = source(2, 0, cell(8_000, 30, only));
    const two = source(2, 0, cell(64_000, 70, only));
    expect(one.needle.template).toBe('fin-audit-fees');
    expect(two.needle).toEqual(one.needle);
    expect(source(2, 1, cell(8_000, 30, only)).needle.answers).not.toEqual(one.needle.answers);
  });

  it('falls back to the repeat\'s own draw where no template fits, and with several needles per prompt', () => {
    const source = builtinNeedleSource('financial-report', 'mixed', 7, 0);
    expect(source(1, 0, cell(2_000, 9, []))).toBe(source(1));
    const multi = builtinNeedleSource('financial-report', 'lexical', 7, 0, { count: 2, mode: 'value' });
    expect(multi(1, 0, cell(2_000, 50, ['item 14']))).toBe(multi(1));
  });

  it('leaves a user\'s needles as they are', () => {
    const mine = [{ id: 'mine', text: 'The vault code is 4417.', question: 'What is the vault code?', answers: ['4417'] }];
    const source = fileNeedleSource(mine, 0);
    expect(source(0, 0, cell(2_000, 9, ['item 14'])).needle.text).toBe('The vault code is 4417.');
  });
});
