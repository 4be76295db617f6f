// Sends one planned trial and turns whatever happens into a TrialRecord; only fatal endpoint errors propagate.

import { ContextOverflowError, EndpointError, NeedleError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { Model } from '../models/model.js';
import { wordOverlap } from '../needles/overlap.js';
import { buildTrialPrompt, promptHash, type Trial } from '../prompt/plan.js';
import { scoreResponse } from '../score/score.js';
import type { Tokenizer, TrialRecord } from '../types.js';
import { askJudge, needsJudge } from './judge.js';
import { detectTruncation } from './truncation.js';

/** What a trial needs besides itself. */
export interface TrialContext {
  options: Pick<SweepOptions, 'seed' | 'temperature' | 'maxOutputTokens'>;
  model: Model;
  judge: Model | null;
  haystack: PreparedHaystack;
  tokenizer: Tokenizer;
}

/** Sends one trial. Returns null when aborted; throws only EndpointError (the sweep cannot go on). */
export async function runTrial(trial: Trial, ctx: TrialContext, signal: AbortSignal): Promise<TrialRecord | null> {
  const prompt = buildTrialPrompt({ haystack: ctx.haystack, tokenizer: ctx.tokenizer, seed: ctx.options.seed }, trial);
  if (promptHash(prompt) !== trial.promptSha256) throw new Error(`internal: prompt of trial ${trial.id} changed between planning and sending`);
  const { needle, companions, distractors } = trial.needles;
  const placement = prompt.placements[0]!;
  const decoys = distractors.map((d) => d.answers);
  const base = {
    trial_id: trial.id,
    length: trial.cell.length,
    depth: trial.cell.depth,
    repeat: trial.repeat,
    prompt_tokens: prompt.promptTokens,
    document_tokens: prompt.documentTokens,
    needle_position: placement.tokenOffset,
    needle_depth: Math.round(placement.depth * 100) / 100,
    needle_id: needle.id,
    needle_variant: needle.variant ?? null,
    needle_count: prompt.placements.filter((p) => p.role === 'needle').length,
    distractor_count: distractors.length,
    overlap: Math.round(wordOverlap(needle.question, [needle.text, ...companions.map((c) => c.text)].join(' ')) * 1000) / 1000,
    question: needle.question,
    expected: needle.answers,
    distractor_answers: decoys,
    prompt_sha256: trial.promptSha256,
    model: ctx.model.id,
  };
  const started = Date.now();
  try {
    const result = await ctx.model.complete({
      messages: prompt.messages,
      temperature: ctx.options.temperature ?? undefined,
      maxOutputTokens: ctx.options.maxOutputTokens ?? undefined,
      signal,
    });
    const usage = result.usage;
    const common = {
      ...base,
      usage_prompt_tokens: usage.promptTokens,
      usage_completion_tokens: usage.completionTokens,
      cached_tokens: usage.cachedTokens,
      response: result.text,
      finish_reason: result.finishReason,
      latency_ms: result.latencyMs,
      attempts: result.attempts,
      finished_at: new Date().toISOString(),
    };
    const truncated = detectTruncation(prompt.promptTokens, usage.promptTokens);
    if (truncated) return { ...common, status: 'overflow', score: null, outcome: null, error: truncated };
    const scored = scoreResponse(result.text, needle.answers, decoys);
    const record: TrialRecord = { ...common, status: 'ok', score: scored.score, outcome: scored.outcome, error: null };
    if (ctx.judge && needsJudge(scored)) Object.assign(record, await askJudge(ctx.judge, needle.question, needle.answers, result.text, signal));
    return record;
  } catch (error) {
    if (signal.aborted) return null;
    if (error instanceof EndpointError) throw error;
    if (!(error instanceof NeedleError)) {
      // A bug, not an endpoint failure: keep it visible in the record rather than crash the grid.
      return failure(base, 'error', `internal error: ${(error as Error).message}`, started);
    }
    return failure(base, error instanceof ContextOverflowError ? 'overflow' : 'error', error.message, started, error.attempts);
  }
}

function failure(base: object, status: 'overflow' | 'error', message: string, started: number, attempts = 1): TrialRecord {
  return {
    ...(base as Omit<TrialRecord, 'status'>),
    status,
    score: null,
    outcome: null,
    usage_prompt_tokens: null,
    usage_completion_tokens: null,
    response: null,
    finish_reason: null,
    latency_ms: Date.now() - started,
    attempts,
    error: message,
    finished_at: new Date().toISOString(),
  } as TrialRecord;
}
