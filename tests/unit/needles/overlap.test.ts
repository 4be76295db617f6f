// wordOverlap: the share of a question's content words a keyword search could match in the needle.
import { describe, expect, it } from 'vitest';
import { wordOverlap } from '../../../src/needles/overlap.js';

const NEEDLE = 'The audit committee approved a $4.7 million retention bonus for the Lisbon plant manager.';

describe('wordOverlap', () => {
  it('is 1 when every content word of the question occurs in the needle', () => {
    expect(wordOverlap('What retention bonus did the audit committee approve for the Lisbon plant manager?', NEEDLE)).toBe(1);
  });

  it('is 0 for a paraphrase that links to the needle only through meaning', () => {
    expect(wordOverlap('How much money was set aside to keep the person running the Portuguese factory from leaving?', NEEDLE)).toBe(0);
  });

  it('ignores stopwords and case, and meets plural, -ed and -ing forms of the same word', () => {
    expect(wordOverlap('Which BONUSES were approving?', 'The bonus was approved.')).toBe(1);
  });

  it('counts each distinct question word once', () => {
    expect(wordOverlap('bonus bonus plant factory', 'bonus plant')).toBeCloseTo(2 / 3);
  });

  it('treats numbers as words, with thousands separators ignored', () => {
    expect(wordOverlap('Was it 4,700 or 12.5?', 'It was 4700.')).toBe(0.5);
  });

  it('is 0 for a question made only of stopwords', () => {
    expect(wordOverlap('What is it?', NEEDLE)).toBe(0);
  });
});
