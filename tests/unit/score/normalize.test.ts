// normalizeText: the text both sides of a comparison are reduced to.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/score/normalize.js';

describe('normalizeText', () => {
  it('lowercases, unifies curly quotes and dashes, and drops punctuation', () => {
    expect(normalizeText('“Project Cobaltheron” — the ‘big’ one!')).toBe('project cobaltheron the big one');
  });

  it('keeps decimal points and removes thousands separators', () => {
    expect(normalizeText('Paid $4,700,000.50 and 4.7 units.')).toBe('paid 4700000.50 and 4.7 units');
  });

  it('collapses whitespace and strips a trailing period', () => {
    expect(normalizeText('  Kesworth   Freight.\n')).toBe('kesworth freight');
  });

  it('removes accents so Medellín and Medellin compare equal', () => {
    expect(normalizeText('Medellín')).toBe('medellin');
  });

  it('keeps times and slashed dates intact', () => {
    expect(normalizeText('At 14:30 on 3/3/2026.')).toBe('at 14:30 on 3/3/2026');
  });
});
