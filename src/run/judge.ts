// Optional model judge, consulted only when the deterministic scorer cannot decide; its verdict is stored beside the score.

import { NeedleError } from '../errors.js';
import type { Model } from '../models/model.js';
import type { ScoreResult } from '../score/score.js';

/** Fields a judged trial gets in results.jsonl. */
export interface JudgeFields {
  judge_model: string;
  /** `correct`, `incorrect`, or null when the judge failed or answered neither. */
  judge_verdict: 'correct' | 'incorrect' | null;
  judge_error?: string;
}

/** True when the deterministic verdict is unsure: a decoy value beside the answer, or an answer not found verbatim. */
export function needsJudge(scored: ScoreResult): boolean {
  return scored.ambiguous || scored.outcome === 'wrong' || scored.outcome === 'partial';
}

/** Asks the judge whether a response gives the expected answers. */
export async function askJudge(judge: Model, question: string, expected: string[], response: string, signal: AbortSignal): Promise<JudgeFields> {
  const prompt =
    `Question: ${question}\nExpected answer${expected.length > 1 ? 's (all required)' : ''}: ${expected.join('; ')}\n` +
    `Response to grade:\n"""\n${response}\n"""\n\n` +
    'Does the response give the expected answer (paraphrases and equivalent forms count) without contradicting it ' +
    'or offering a different value as the answer? Reply with exactly one word: CORRECT or INCORRECT.';
  try {
    const result = await judge.complete({
      messages: [
        { role: 'system', content: 'You grade answers to reading-comprehension questions strictly and briefly.' },
        { role: 'user', content: prompt },
      ],
      temperature: 0,
      maxOutputTokens: 8,
      signal,
    });
    const word = result.text.trim().toUpperCase();
    const verdict = word.startsWith('INCORRECT') ? 'incorrect' : word.startsWith('CORRECT') ? 'correct' : null;
    return { judge_model: judge.id, judge_verdict: verdict, ...(verdict ? {} : { judge_error: `unparsed verdict: ${result.text.slice(0, 80)}` }) };
  } catch (error) {
    if (!(error instanceof NeedleError)) throw error;
    return { judge_model: judge.id, judge_verdict: null, judge_error: error.message };
  }
}
