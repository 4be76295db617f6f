// needle report --rescore: old runs get today's rules, without a query.
import { describe, expect, it } from 'vitest';
import { rescoreRecords } from '../../../src/run/rescore.js';
import { summarizeControls, templateOf } from '../../../src/run/control.js';
import type { TrialRecord } from '../../../src/types.js';

const base = (fields: Partial<TrialRecord>): TrialRecord =>
  ({
    trial_id: 't', length: 1000, depth: 0, repeat: 0, status: 'ok', score: 1, outcome: 'correct', prompt_tokens: 1000, usage_prompt_tokens: null,
    usage_completion_tokens: null, document_tokens: 900, needle_position: 0, needle_depth: 0, needle_id: 'fin-retention-bonus.lexical',
    question: 'What retention bonus did the audit committee approve for the Lisbon plant manager?', expected: ['$4.7 million'], distractor_answers: [['$2.1 million']],
    response: 'The bonus was $4.7 million.', finish_reason: 'stop', latency_ms: 1, attempts: 1, error: null, prompt_sha256: '', model: 'm', finished_at: '',
    ...fields,
  }) as TrialRecord;

describe('rescoreRecords', () => {
  it('takes away credit an old scorer gave a negation or a list, and strips think blocks from stored responses', () => {
    const { records, changed } = rescoreRecords([
      base({ response: 'It is not $4.7 million.' }),
      base({ trial_id: 'u', response: 'Possible values: $1.1 million, $2.1 million, $4.7 million, $5.2 million' }),
      base({ trial_id: 'v', score: 0, outcome: 'wrong', response: '<think>Porto: $2.1 million.</think>$4.7 million.' }),
    ]);
    expect(records.map((r) => [r.score, r.outcome])).toEqual([[0, 'wrong'], [0, 'hedged'], [1, 'correct']]);
    expect(records[2]!.response).toContain('<think>');
    expect(changed).toBe(3);
  });

  it('turns an old answer cut off with nothing in it into an incomplete trial', () => {
    const { records } = rescoreRecords([base({ score: 0, outcome: 'not_found', response: '<think>Let me find the', finish_reason: 'length' })]);
    expect(records[0]).toMatchObject({ status: 'incomplete', score: null, outcome: null });
  });

  it('keeps a stored judge verdict as the score, and the rules’ score beside it', () => {
    const { records } = rescoreRecords([base({ score: 0, outcome: 'wrong', response: 'Early spring, on the third.', judge_model: 'j', judge_verdict: 'correct' })]);
    expect(records[0]).toMatchObject({ score: 1, score_rule: 0, outcome: 'correct', judge: { model: 'j', verdict: 'correct' } });
  });

  it('credits guesses in control records, which ask for one', () => {
    const { records } = rescoreRecords([base({ length: 0, score: 0, response: 'My best guess would be $4.7 million.' })], { control: true });
    expect(records[0]!.score).toBe(1);
  });
});

describe('control summary', () => {
  it('reports the guess rate per template, highest first', () => {
    const s = summarizeControls([
      base({ needle_id: 'mtg-recordable-injuries.lexical', score: 1 }),
      base({ needle_id: 'mtg-recordable-injuries.paraphrased', score: 0 }),
      base({ needle_id: 'fin-retention-bonus.lexical', score: 0 }),
    ]);
    expect(s.by_template).toEqual([
      { template: 'mtg-recordable-injuries', asked: 2, guessed: 1, rate: 0.5 },
      { template: 'fin-retention-bonus', asked: 1, guessed: 0, rate: 0 },
    ]);
    expect(templateOf('custom-3')).toBe('custom-3');
  });
});
