// splitReasoning: a reasoning model's thinking is taken out of its answer before scoring (the raw response is kept).
import { describe, expect, it } from 'vitest';
import { splitReasoning } from '../../../src/score/think.js';

describe('splitReasoning', () => {
  it('removes a closed <think> block', () => {
    expect(splitReasoning('<think>Porto or Lisbon?</think>\n\nThe bonus was $4.7 million.')).toEqual({
      answer: 'The bonus was $4.7 million.',
      reasoning: 'Porto or Lisbon?',
      unterminated: false,
    });
  });

  it('treats everything after an unterminated <think> as reasoning', () => {
    expect(splitReasoning('<think>Let me look for the bonus. I see $2.1 million')).toMatchObject({ answer: '', unterminated: true });
  });

  it('reads a closing tag without an opening one as the end of reasoning (the template opened it)', () => {
    expect(splitReasoning('Okay, the question asks about the bonus.\n</think>\n\n$4.7 million.')).toMatchObject({ answer: '$4.7 million.', reasoning: 'Okay, the question asks about the bonus.' });
  });

  it('keeps the final channel of a harmony-format response', () => {
    const raw = '<|channel|>analysis<|message|>Need the Lisbon bonus.<|end|><|start|>assistant<|channel|>final<|message|>$4.7 million.';
    expect(splitReasoning(raw).answer).toBe('$4.7 million.');
    expect(splitReasoning('<|channel|>analysis<|message|>Need the Lisbon').answer).toBe('');
  });

  it('leaves an answer without reasoning alone', () => {
    expect(splitReasoning('  $4.7 million. ')).toEqual({ answer: '$4.7 million.', reasoning: null, unterminated: false });
  });
});
