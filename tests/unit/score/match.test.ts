// findAnswer: an expected answer is found by meaning for values and by whole words for text.
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../../src/score/match.js';

describe('findAnswer with money', () => {
  it.each([
    ['$4,700,000'],
    ['4.7 million dollars'],
    ['USD 4.7M'],
    ['about 4.7m'],
    ['$4.7 million'],
    ['4,700,000'],
  ])('treats $4.7 million and %s as the same answer', (response) => {
    expect(findAnswer(`The bonus was ${response}.`, '$4.7 million')).toBe(true);
  });

  it('does not find $4.7 million inside $14.7 million', () => {
    expect(findAnswer('The bonus was $14.7 million.', '$4.7 million')).toBe(false);
  });

  it('does not take euros for dollars', () => {
    expect(findAnswer('The bonus was €4.7 million.', '$4.7 million')).toBe(false);
  });

  it('reads cents and thousands shorthand', () => {
    expect(findAnswer('A special dividend of 47 cents per share.', '$0.47')).toBe(true);
    expect(findAnswer('The cap goes to $185k.', '$185,000')).toBe(true);
  });
});

describe('findAnswer with dates', () => {
  it.each([['3 March 2026'], ['2026-03-03'], ['03/03/2026'], ['Mar. 3, 2026'], ['March 3rd, 2026'], ['the 3rd of March, 2026']])(
    'treats March 3, 2026 and %s as the same date',
    (response) => {
      expect(findAnswer(`It moves to ${response}.`, 'March 3, 2026')).toBe(true);
    },
  );

  it('reads slashed dates as month/day', () => {
    expect(findAnswer('Due 04/09/2026.', 'April 9, 2026')).toBe(true);
    expect(findAnswer('Due 04/09/2026.', 'September 4, 2026')).toBe(false);
  });

  it('accepts a date given without its year, but not another day', () => {
    expect(findAnswer('By April 9.', 'April 9, 2026')).toBe(true);
    expect(findAnswer('By April 19, 2026.', 'April 9, 2026')).toBe(false);
    expect(findAnswer('By April 9, 2027.', 'April 9, 2026')).toBe(false);
  });
});

describe('findAnswer with percentages, multiples and numbers', () => {
  it('treats 12.5%, 12.5 percent and 12.5 per cent alike', () => {
    expect(findAnswer('It rose 12.5 percent.', '12.5%')).toBe(true);
    expect(findAnswer('It rose 12.5 per cent.', '12.5%')).toBe(true);
    expect(findAnswer('It rose 2.5%.', '12.5%')).toBe(false);
  });

  it('treats 4.15x, 4.15 times and 4.15× alike', () => {
    expect(findAnswer('Leverage capped at 4.15 times.', '4.15x')).toBe(true);
    expect(findAnswer('Leverage capped at 4.15×.', '4.15x')).toBe(true);
  });

  it('matches small numbers written as words', () => {
    expect(findAnswer('There were seventeen injuries.', '17')).toBe(true);
    expect(findAnswer('They can fill three roles.', '3')).toBe(true);
  });

  it('does not find a number inside a longer one', () => {
    expect(findAnswer('There were 340 positions cut.', '34')).toBe(false);
  });
});

describe('findAnswer with text', () => {
  it('matches names regardless of case and punctuation', () => {
    expect(findAnswer("It's KESWORTH's team.", 'Kesworth')).toBe(true);
    expect(findAnswer('Marlhaven Street, I believe.', 'Marlhaven Street')).toBe(true);
  });

  it('matches on word boundaries only: Lisbon is not found in Lisbonne', () => {
    expect(findAnswer('The plant in Lisbonne.', 'Lisbon')).toBe(false);
  });

  it('matches identifiers with dashes written with a space or a dash', () => {
    expect(findAnswer('Ticket PAY-4821 is blocked.', 'PAY-4821')).toBe(true);
    expect(findAnswer('Ticket pay 4821 is blocked.', 'PAY-4821')).toBe(true);
    expect(findAnswer('Ticket PAY-48210 is blocked.', 'PAY-4821')).toBe(false);
  });
});

describe('findAnswer with other honest forms', () => {
  it.each([
    ['One dollar and nineteen cents per share.', '$1.19'],
    ['16/04/2026', 'April 16, 2026'],
    ["It is held on New Year's Day 2026.", 'January 1, 2026'],
    ['a bonus of 1.17 times base salary', '117%'],
    ['Seven in the evening.', '7 p.m.'],
  ])('finds "%s" as %s', (text, answer) => {
    expect(findAnswer(text, answer)).toBe(true);
  });

  it('gives a bare number the unit of the value it is joined to', () => {
    expect(findAnswer('8.7 or 9.8 percent', '8.7%')).toBe(true);
    expect(findAnswer('between 6 and 7 million dollars', '$6 million')).toBe(true);
  });
});
