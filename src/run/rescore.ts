// Re-scores stored responses with the current rules (no queries): old runs get today's verdicts.

import { scoreResponse } from '../score/score.js';
import type { JudgeVerdict, TrialRecord } from '../types.js';
import { applyJudge } from './judge.js';

/** What a rescore changed. */
export interface Rescored {
  records: TrialRecord[];
  /** Records whose status, score or outcome changed. */
  changed: number;
}

/** A cut-off answer: servers say `length` (OpenAI-compatible, Ollama) or `max_tokens`. */
function cutOff(r: TrialRecord): boolean {
  return r.finish_reason === 'length' || r.finish_reason === 'max_tokens';
}

/** The judge verdict stored with a record (runs written before `judge` existed have only the flat fields). */
function storedVerdict(r: TrialRecord): JudgeVerdict | null {
  if (r.judge) return r.judge;
  if (!r.judge_model) return null;
  return { model: r.judge_model, verdict: r.judge_verdict ?? null, ...(r.judge_error ? { error: r.judge_error } : {}) };
}

/**
 * Scores every stored response again: reasoning blocks are stripped (the stored response stays as received),
 * a response cut off by the output limit with no answer becomes `incomplete`, and a stored judge verdict
 * is the score as in a live run (the judge is not asked again: trials it never saw keep the rules' score).
 * Overflow and error trials (refusals and tool calls among them) are left as they are. With `control`, a
 * guess counts, as the control asks for one.
 */
export function rescoreRecords(records: readonly TrialRecord[], opts: { control?: boolean } = {}): Rescored {
  let changed = 0;
  const out = records.map((r) => {
    if ((r.status !== 'ok' && r.status !== 'incomplete') || r.response === null) return r;
    const scored = scoreResponse(r.response, r.expected, r.distractor_answers ?? [], { question: r.question, acceptGuesses: opts.control === true });
    const { judge: _judge, judge_model: _m, judge_verdict: _v, judge_error: _e, outcome_rule: _o, ...base } = r;
    let next: TrialRecord;
    if (!opts.control && cutOff(r) && !scored.answered) {
      next = { ...base, status: 'incomplete', score: null, outcome: null, score_rule: null, score_reason: scored.reason, error: r.error ?? 'cut off by the output limit before answering: raise --max-output-tokens' };
    } else {
      next = { ...base, status: 'ok', score: scored.score, outcome: scored.outcome, score_rule: scored.score, score_reason: scored.reason, error: null };
      const verdict = storedVerdict(r);
      if (verdict) next = applyJudge(next, verdict);
    }
    if (next.status !== r.status || next.score !== r.score || next.outcome !== r.outcome) changed++;
    return next;
  });
  return { records: out, changed };
}
