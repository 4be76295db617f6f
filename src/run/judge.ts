// The judge model: decides the trials the rules cannot (or every trial with --judge all); its verdict is the score.

import { NeedleError } from '../errors.js';
import type { Model } from '../models/model.js';
import { stripReasoning } from '../score/think.js';
import type { ScoreResult } from '../score/score.js';
import type { ChatMessage, JudgeVerdict, Outcome, RunSummary, TrialRecord } from '../types.js';
import { REASONING_OUTPUT_TOKENS } from './output-limit.js';

/** When the judge is asked: where the rules are unsure (`undecided`), or on every answered trial (`all`). */
export type JudgeMode = 'undecided' | 'all';

/** True when this trial goes to the judge. */
export function needsJudge(scored: ScoreResult, mode: JudgeMode = 'undecided'): boolean {
  return mode === 'all' || !scored.decided;
}

/** The judge's messages: the question, the expected answer(s), the response, and a one-word verdict to give. */
export function judgeMessages(question: string, expected: string[], response: string): ChatMessage[] {
  const multi = expected.length > 1;
  const words = multi ? 'CORRECT, PARTIAL or INCORRECT' : 'CORRECT or INCORRECT';
  return [
    { role: 'system', content: 'You grade answers to reading-comprehension questions. You are strict about what the answer commits to and lenient about wording.' },
    {
      role: 'user',
      content:
        `Question: ${question}\n` +
        `Expected answer${multi ? 's (every part is required)' : ''}: ${expected.join('; ')}\n` +
        `Response to grade:\n"""\n${response}\n"""\n\n` +
        'Does the response commit to the expected answer? Equivalent forms count ($4.7 million = $4,700,000; 4.15x = 4.15 to 1; ' +
        '"April third" = April 3). It does not count when the response denies it, says the document does not contain it, ' +
        'offers it only as a guess, or lists several candidates without choosing one.' +
        (multi ? ' PARTIAL means some but not all parts are answered correctly.' : '') +
        `\nReply with exactly one word: ${words}.`,
    },
  ];
}

/** Reads a verdict from the judge's reply (its reasoning removed): the last verdict word it wrote. */
export function parseVerdict(reply: string, multi: boolean): Pick<JudgeVerdict, 'verdict' | 'error'> {
  const text = stripReasoning(reply).trim();
  if (text === '') return { verdict: null, error: 'empty reply' };
  const words = [...text.toUpperCase().matchAll(/\b(INCORRECT|CORRECT|PARTIAL)\b/g)].map((m) => m[1]!);
  const last = words[words.length - 1];
  if (last === undefined) return { verdict: null, error: `no verdict in the reply: ${text.slice(0, 80)}` };
  if (last === 'PARTIAL' && !multi) return { verdict: null, error: 'PARTIAL for a one-part question' };
  return { verdict: last === 'CORRECT' ? 'correct' : last === 'PARTIAL' ? 'partial' : 'incorrect' };
}

/** Asks the judge about one response. Failures (the request, an empty reply, no verdict) are recorded, never verdicts. */
export async function askJudge(judge: Model, question: string, expected: string[], response: string, signal?: AbortSignal): Promise<JudgeVerdict> {
  try {
    const result = await judge.complete({
      messages: judgeMessages(question, expected, stripReasoning(response)),
      temperature: 0,
      // Reasoning judges spend their budget thinking before the one word.
      maxOutputTokens: REASONING_OUTPUT_TOKENS,
      signal,
    });
    if (result.refusal) return { model: judge.id, verdict: null, error: `the judge's API refused: ${result.refusal.slice(0, 80)}` };
    const parsed = parseVerdict(result.text, expected.length > 1);
    const reply = stripReasoning(result.text).trim().slice(0, 200);
    return { model: judge.id, ...parsed, ...(reply ? { reply } : {}) };
  } catch (error) {
    if (!(error instanceof NeedleError)) throw error;
    return { model: judge.id, verdict: null, error: error.message };
  }
}

/**
 * A record with the judge's verdict applied: it becomes the score (1, 0, or for PARTIAL the rules' fraction
 * when they found some parts, else half); the rules' score stays in `score_rule`. Without a verdict the
 * rules' score stands and the judge's error is recorded.
 */
export function applyJudge(record: TrialRecord, judged: JudgeVerdict): TrialRecord {
  const out: TrialRecord = { ...record, judge: judged, judge_model: judged.model, judge_verdict: judged.verdict };
  if (judged.error) out.judge_error = judged.error;
  if (judged.verdict === null || record.status !== 'ok') return out;
  const rule = record.score_rule ?? record.score ?? 0;
  const score = judged.verdict === 'correct' ? 1 : judged.verdict === 'incorrect' ? 0 : rule > 0 && rule < 1 ? rule : 0.5;
  out.score = score;
  if (score !== rule) {
    out.outcome_rule = record.outcome;
    out.outcome = judgedOutcome(judged.verdict, record.outcome);
  }
  return out;
}

function judgedOutcome(verdict: 'correct' | 'partial' | 'incorrect', rule: Outcome | null): Outcome {
  if (verdict === 'correct') return 'correct';
  if (verdict === 'partial') return 'partial';
  return rule === 'correct' || rule === 'partial' || rule === null ? 'wrong' : rule;
}

/** The judge's tally over a run: verdicts, failures, and how often its score differs from the rules'. */
export function summarizeJudge(records: readonly TrialRecord[]): NonNullable<RunSummary['judge']> | null {
  const judged = records.filter((r) => r.judge_model);
  if (judged.length === 0) return null;
  const verdict = (r: TrialRecord) => r.judge?.verdict ?? r.judge_verdict ?? null;
  const withVerdict = judged.filter((r) => verdict(r) !== null && r.status === 'ok');
  return {
    asked: judged.length,
    correct: judged.filter((r) => verdict(r) === 'correct').length,
    incorrect: judged.filter((r) => verdict(r) === 'incorrect').length,
    partial: judged.filter((r) => verdict(r) === 'partial').length,
    failed: judged.filter((r) => verdict(r) === null).length,
    disagreements: withVerdict.filter((r) => r.score_rule !== undefined && r.score_rule !== null && r.score !== r.score_rule).length,
  };
}
