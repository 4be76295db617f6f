// The judge decides what the rules cannot: a one-word verdict, read strictly; an empty reply is an error, never a verdict.
import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../src/errors.js';
import type { ChatRequest, ChatResult, Model } from '../../../src/models/model.js';
import { applyJudge, askJudge, judgeMessages, parseVerdict } from '../../../src/run/judge.js';
import type { TrialRecord } from '../../../src/types.js';

/** A judge that replies with `reply`, or fails, and remembers what it was asked. */
function fakeJudge(reply: string | Error): Model & { asked: ChatRequest[] } {
  const asked: ChatRequest[] = [];
  return {
    id: 'judge', kind: 'openai-compatible', baseUrl: null, asked,
    probe: async () => undefined,
    async complete(req): Promise<ChatResult> {
      asked.push(req);
      if (reply instanceof Error) throw reply;
      return { text: reply, finishReason: 'stop', usage: { promptTokens: 10, completionTokens: 1, cachedTokens: null }, requestId: null, attempts: 1, latencyMs: 1 };
    },
  };
}

const record = { status: 'ok', score: 0, score_rule: 0, outcome: 'wrong', expected: ['March 3, 2027'] } as TrialRecord;

describe('the judge', () => {
  it('is shown the question, the expected answer and the response (reasoning removed), and asked for one word', () => {
    const [, user] = judgeMessages('When does the line start?', ['March 3, 2027'], 'Early spring, on the third.');
    expect(user!.content).toContain('Question: When does the line start?');
    expect(user!.content).toContain('Expected answer: March 3, 2027');
    expect(user!.content).toContain('Early spring, on the third.');
    expect(user!.content).toMatch(/Reply with exactly one word: CORRECT or INCORRECT\.$/);
    expect(judgeMessages('q', ['a', 'b'], 'r')[1]!.content).toMatch(/CORRECT, PARTIAL or INCORRECT/);
  });

  it('reads the last verdict word, after any reasoning', () => {
    expect(parseVerdict('CORRECT', false).verdict).toBe('correct');
    expect(parseVerdict('**Incorrect**', false).verdict).toBe('incorrect');
    expect(parseVerdict('<think>Is it correct? The date matches.</think>CORRECT', false).verdict).toBe('correct');
    expect(parseVerdict('The response is close but INCORRECT.', false).verdict).toBe('incorrect');
    expect(parseVerdict('PARTIAL', true).verdict).toBe('partial');
  });

  it('records an empty reply, a reply with no verdict, or a failed request as an error, never a verdict', async () => {
    expect(parseVerdict('', false)).toEqual({ verdict: null, error: 'empty reply' });
    expect(parseVerdict('<think>hmm, the date is', false)).toEqual({ verdict: null, error: 'empty reply' });
    expect(parseVerdict('Maybe.', false).verdict).toBeNull();
    expect(parseVerdict('PARTIAL', false).verdict).toBeNull();
    const failed = await askJudge(fakeJudge(new RequestError('HTTP 500: down')), 'q', ['a'], 'r');
    expect(failed).toEqual({ model: 'judge', verdict: null, error: 'HTTP 500: down' });
  });

  it('gives a reasoning judge room to think', async () => {
    const judge = fakeJudge('CORRECT');
    await askJudge(judge, 'q', ['a'], '<think>long</think>The answer is a.');
    expect(judge.asked[0]!.maxOutputTokens).toBeGreaterThanOrEqual(4096);
    expect(judge.asked[0]!.messages[1]!.content).not.toContain('<think>');
  });

  it('makes its verdict the score, keeping the rules’ score and outcome beside it', () => {
    const judged = applyJudge(record, { model: 'judge', verdict: 'correct' });
    expect(judged).toMatchObject({ score: 1, score_rule: 0, outcome: 'correct', outcome_rule: 'wrong', judge: { verdict: 'correct' }, judge_verdict: 'correct' });
    const kept = applyJudge(record, { model: 'judge', verdict: null, error: 'empty reply' });
    expect(kept).toMatchObject({ score: 0, outcome: 'wrong', judge_error: 'empty reply' });
    const agreed = applyJudge({ ...record, score: 1, score_rule: 1, outcome: 'correct' }, { model: 'judge', verdict: 'correct' });
    expect(agreed.outcome_rule).toBeUndefined();
  });
});
