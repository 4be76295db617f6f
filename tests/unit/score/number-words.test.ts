// Numbers written out are read as digits before values are looked for.
import { describe, expect, it } from 'vitest';
import { rewriteFractions, rewriteNumberWords, spaceVulgarFractions } from '../../../src/score/number-words.js';

describe('rewriteNumberWords', () => {
  it.each([
    ['twenty-three injuries', '23 injuries'],
    ['Twenty three.', '23.'],
    ['four point one five times', '4.15 times'],
    ['four point seven million dollars', '4.7 million dollars'],
    ['three hundred forty thousand', '340000'],
    ['six hundred and twelve thousand dollars', '612000 dollars'],
    ['one and a half million', '1500000'],
    ['between twenty and thirty', 'between 20 and 30'],
  ])('reads "%s" as "%s"', (words, digits) => {
    expect(rewriteNumberWords(words)).toBe(digits);
  });

  it('leaves pronouns, articles, ordinals and times alone', () => {
    expect(rewriteNumberWords('the one exception, a one-time payout')).toBe('the one exception, a one-time payout');
    expect(rewriteNumberWords('April twenty-third')).toBe('April twenty-third');
    expect(rewriteNumberWords('two thirty')).toBe('2 30');
  });
});

describe('fractions', () => {
  it('reads mixed and Unicode fractions, but not slash dates', () => {
    expect(rewriteFractions('5 3/8 percent')).toBe('5.375 percent');
    expect(rewriteFractions(spaceVulgarFractions('5⅜%'))).toBe('5.375%');
    expect(rewriteFractions('on 3/8/2026')).toBe('on 3/8/2026');
  });
});
