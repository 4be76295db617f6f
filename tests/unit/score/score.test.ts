// scoreResponse: fraction of answers found and the kind of answer given.
import { describe, expect, it } from 'vitest';
import { scoreResponse } from '../../../src/score/score.js';

describe('scoreResponse', () => {
  it('scores a response that names every expected answer as correct', () => {
    const r = scoreResponse('Quenby owns it, due April 9, 2026.', ['Quenby', 'April 9, 2026']);
    expect(r).toEqual({ score: 1, outcome: 'correct', found: ['Quenby', 'April 9, 2026'], ambiguous: false });
  });

  it('gives half credit when one of two answers is found', () => {
    const r = scoreResponse('Quenby owns it.', ['Quenby', 'April 9, 2026']);
    expect(r.score).toBe(0.5);
    expect(r.outcome).toBe('partial');
    expect(r.found).toEqual(['Quenby']);
  });

  it('calls it a distractor when the response gives a decoy value instead', () => {
    const r = scoreResponse('The bonus was $3.1 million.', ['$4.7 million'], [['$3.1 million']]);
    expect(r).toMatchObject({ score: 0, outcome: 'distractor' });
  });

  it('flags a correct response that also mentions a decoy value as ambiguous', () => {
    const r = scoreResponse('Either $4.7 million or $3.1 million.', ['$4.7 million'], [['$3.1 million']]);
    expect(r).toMatchObject({ score: 1, outcome: 'correct', ambiguous: true });
  });

  it.each([
    ['The document does not mention a retention bonus.'],
    ['This is not specified in the text.'],
    ['There is no information about that.'],
    ["I couldn't find that in the report."],
    ["I don't know."],
    ['Unknown.'],
    ['   '],
    [''],
  ])('recognizes "%s" as saying the answer is not there', (response) => {
    expect(scoreResponse(response, ['$4.7 million']).outcome).toBe('not_found');
  });

  it('does not mistake a confident wrong answer for a refusal', () => {
    expect(scoreResponse('There is no doubt: it was $9.9 million.', ['$4.7 million']).outcome).toBe('wrong');
  });

  it('calls any other miss wrong', () => {
    expect(scoreResponse('The bonus was $9.9 million.', ['$4.7 million'], [['$3.1 million']]).outcome).toBe('wrong');
  });

  it('does not count a decoy that repeats an expected answer as a distractor', () => {
    const r = scoreResponse('It was due April 2.', ['Quenby', 'April 9, 2026'], [['Quenby', 'April 2, 2026']]);
    expect(r.outcome).toBe('distractor');
    const shared = scoreResponse('Quenby owns it.', ['Quenby', 'April 9, 2026'], [['Quenby', 'April 2, 2026']]);
    expect(shared).toMatchObject({ outcome: 'partial', ambiguous: false });
  });
});
