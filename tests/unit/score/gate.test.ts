// A gate never passes on trials it could not judge: most trials cut off before answering fail it.
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../../src/score/gate.js';
import { summarize } from '../../../src/score/stats.js';
import type { TrialRecord, TrialStatus } from '../../../src/types.js';

const trial = (i: number, status: TrialStatus): TrialRecord =>
  ({ trial_id: `t${i}`, length: 8000, depth: i * 25, repeat: 0, status, score: status === 'ok' ? 1 : null, outcome: status === 'ok' ? 'correct' : null, needle_id: 'n' }) as TrialRecord;

describe('evaluateGate with incomplete trials', () => {
  it('fails when most trials were cut off, even if every answered one was right', () => {
    const summary = summarize([trial(0, 'ok'), trial(1, 'ok'), trial(2, 'incomplete'), trial(3, 'incomplete'), trial(4, 'incomplete')]);
    const result = evaluateGate(summary, { minRecall: 0.9 });
    expect(result.pass).toBe(false);
    expect(result.checks[0]!.reason).toMatch(/3 of 5 trials were cut off before answering \(raise --max-output-tokens\)/);
  });

  it('passes when a few were cut off and the rest hold the threshold', () => {
    const summary = summarize([trial(0, 'ok'), trial(1, 'ok'), trial(2, 'ok'), trial(3, 'incomplete')]);
    expect(evaluateGate(summary, { minRecall: 0.9 }).pass).toBe(true);
  });
});
