// Sends one planned trial and turns whatever happens into a TrialRecord; only fatal endpoint errors propagate.

import { ContextOverflowError, EndpointError, NeedleError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { ChatResult, Model } from '../models/model.js';
import { wordOverlap } from '../needles/overlap.js';
import type { BuiltPrompt } from '../prompt/build-prompt.js';
import { buildTrialPrompt, promptHash, type Trial } from '../prompt/plan.js';
import { scoreResponse, type ScoreResult } from '../score/score.js';
import type { Tokenizer, TrialRecord } from '../types.js';
import { askJudge, needsJudge } from './judge.js';
import { detectTruncation } from './truncation.js';

/** What a trial needs besides itself. */
export interface TrialContext {
  options: SweepOptions;
  model: Model;
  judge: Model | null;
  haystack: PreparedHaystack;
  tokenizer: Tokenizer;
  /** The server's context per request, when it said (llama.cpp's per-slot n_ctx): a count at it means a cut. */
  serverContext?: number | null;
  /** With --tokenizer server: true when the trials' server counts are exact (not content counts plus a template estimate). */
  exactServerCounts?: boolean;
}

/** A trial's prompt and the record fields known before sending. */
export interface PreparedTrial {
  trial: Trial;
  prompt: BuiltPrompt;
  base: Omit<TrialRecord, 'status' | 'score' | 'outcome' | 'usage_prompt_tokens' | 'usage_completion_tokens' | 'response' | 'finish_reason' | 'latency_ms' | 'attempts' | 'error' | 'finished_at'>;
}

/** Rebuilds a trial's prompt (checking it is the one planned) and the record fields known before sending. */
export function prepareTrial(trial: Trial, ctx: Pick<TrialContext, 'options' | 'haystack' | 'tokenizer' | 'model'>): PreparedTrial {
  const prompt = buildTrialPrompt({ haystack: ctx.haystack, tokenizer: ctx.tokenizer, seed: ctx.options.seed }, trial);
  if (promptHash(prompt) !== trial.promptSha256) throw new Error(`internal: prompt of trial ${trial.id} changed between planning and sending`);
  const { needle, companions, distractors } = trial.needles;
  const placement = prompt.placements[0]!;
  return {
    trial,
    prompt,
    base: {
      trial_id: trial.id,
      length: trial.cell.length,
      depth: trial.cell.depth,
      repeat: trial.repeat,
      prompt_tokens: prompt.promptTokens,
      ...(trial.serverTokens !== undefined ? { server_prompt_tokens: trial.serverTokens } : {}),
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
      distractor_answers: distractors.map((d) => d.answers),
      prompt_sha256: trial.promptSha256,
      model: ctx.model.id,
    },
  };
}

/**
 * The record of a trial the server answered: scored, or `overflow` when the server's count shows it truncated.
 * Also returns the scorer's verdict (null for an overflow), so a caller can tell whether it was sure.
 */
export function recordFromResult(
  prepared: PreparedTrial,
  result: ChatResult,
  server: { context?: number | null; exact?: boolean } = {},
): { record: TrialRecord; scored: ScoreResult | null } {
  const { base, prompt, trial } = prepared;
  const usage = result.usage;
  const common = {
    ...base,
    usage_prompt_tokens: usage.promptTokens,
    usage_completion_tokens: usage.completionTokens,
    cached_tokens: usage.cachedTokens,
    ...(result.fromCache ? { from_cache: true, ...(result.cachedAt ? { cached_at: result.cachedAt } : {}) } : {}),
    response: result.text,
    finish_reason: result.finishReason,
    latency_ms: result.latencyMs,
    attempts: result.attempts,
    finished_at: new Date().toISOString(),
  };
  // With server-side counting, the server's usage must match the server's own count of this prompt.
  const counted = trial.serverTokens === undefined ? {} : server.exact === false ? { estimate: trial.serverTokens } : { exact: trial.serverTokens };
  const truncated = detectTruncation(prompt.promptTokens, usage.promptTokens, { ...counted, context: server.context ?? null });
  if (truncated) return { record: { ...common, status: 'overflow', score: null, outcome: null, error: truncated }, scored: null };
  const scored = scoreResponse(result.text, trial.needles.needle.answers, base.distractor_answers ?? []);
  return { record: { ...common, status: 'ok', score: scored.score, outcome: scored.outcome, error: null }, scored };
}

/** The record of a trial whose request failed: `overflow` for a context overflow, else `error`. */
export function recordFromError(prepared: PreparedTrial, error: unknown, latencyMs: number | null): TrialRecord {
  const known = error instanceof NeedleError;
  // A bug, not an endpoint failure: keep it visible in the record rather than crash the grid.
  const message = known ? error.message : `internal error: ${(error as Error).message}`;
  return {
    ...prepared.base,
    status: error instanceof ContextOverflowError ? 'overflow' : 'error',
    score: null,
    outcome: null,
    usage_prompt_tokens: null,
    usage_completion_tokens: null,
    response: null,
    finish_reason: null,
    latency_ms: latencyMs,
    attempts: (known ? error.attempts : undefined) ?? 1,
    error: message,
    finished_at: new Date().toISOString(),
  };
}

/** What one request came to: the server's result, or the error it ended with (and how long it took). */
export type SendResult = { ok: true; result: ChatResult } | { ok: false; error: unknown; latencyMs: number };

/** Sends a prepared trial's prompt. Never throws: the outcome is a value (the caller decides what is fatal). */
export async function sendPrepared(prepared: PreparedTrial, ctx: Pick<TrialContext, 'options' | 'model'>, signal: AbortSignal): Promise<SendResult> {
  const started = Date.now();
  try {
    const result = await ctx.model.complete({
      messages: prepared.prompt.messages,
      temperature: ctx.options.temperature ?? undefined,
      maxOutputTokens: ctx.options.maxOutputTokens ?? undefined,
      promptTokens: prepared.prompt.promptTokens,
      signal,
    });
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error, latencyMs: Date.now() - started };
  }
}

/**
 * Turns what a request came to into the trial's record (scored, asking the judge where the scorer cannot decide).
 * Returns null when aborted; throws only EndpointError (the sweep cannot go on).
 */
export async function finishTrial(prepared: PreparedTrial, sent: SendResult, ctx: TrialContext, signal: AbortSignal): Promise<TrialRecord | null> {
  if (!sent.ok) {
    if (signal.aborted) return null;
    if (sent.error instanceof EndpointError) throw sent.error;
    return recordFromError(prepared, sent.error, sent.latencyMs);
  }
  const { record, scored } = recordFromResult(prepared, sent.result, { context: ctx.serverContext, exact: ctx.exactServerCounts });
  if (scored && ctx.judge && needsJudge(scored)) {
    const needle = prepared.trial.needles.needle;
    const verdict = await askJudge(ctx.judge, needle.question, needle.answers, sent.result.text, signal).catch((error: unknown) => {
      if (signal.aborted) return null;
      throw error;
    });
    if (verdict === null) return null;
    Object.assign(record, verdict);
  }
  return record;
}

/** Sends one trial. Returns null when aborted; throws only EndpointError (the sweep cannot go on). */
export async function runTrial(trial: Trial, ctx: TrialContext, signal: AbortSignal): Promise<TrialRecord | null> {
  const prepared = prepareTrial(trial, ctx);
  return finishTrial(prepared, await sendPrepared(prepared, ctx, signal), ctx, signal);
}
