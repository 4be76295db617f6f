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
import { applyJudge, askJudge, needsJudge } from './judge.js';
import { createOutputLimit, type OutputLimit } from './output-limit.js';
import { detectTruncation } from './truncation.js';
import { promptChars } from './prompt-size.js';

/** What a trial needs besides itself. */
export interface TrialContext {
  options: SweepOptions;
  model: Model;
  judge: Model | null;
  haystack: PreparedHaystack;
  tokenizer: Tokenizer;
  /** The output limit shared by the sweep's trials (raised once the model shows it reasons). @default the options' fixed limit */
  outputLimit?: OutputLimit;
  /** The server's context per request, when it said (llama.cpp's per-slot n_ctx): a count at it means a cut. */
  serverContext?: number | null;
  /** With --tokenizer server: true when the trials' server counts are exact (not content counts plus a template estimate). */
  exactServerCounts?: boolean;
}

/** A trial's prompt and the record fields known before sending. */
export interface PreparedTrial {
  trial: Trial;
  prompt: BuiltPrompt;
  base: Omit<
    TrialRecord,
    'status' | 'score' | 'outcome' | 'usage_prompt_tokens' | 'usage_completion_tokens' | 'response' | 'finish_reason' | 'latency_ms' | 'attempts' | 'error' | 'finished_at'
  >;
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
      prompt_chars: promptChars(prompt.messages),
      document_tokens: prompt.documentTokens,
      needle_position: placement.tokenOffset,
      needle_depth: Math.round(placement.depth * 100) / 100,
      needle_id: needle.id,
      needle_variant: needle.variant ?? null,
      ...(trial.choice ? { needle_choice: trial.choice } : {}),
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
 * The record of a trial the server answered: scored, `overflow` when the server's count shows it truncated,
 * `incomplete` when the output limit cut it off before any answer, `error` when the API refused or the model
 * called a tool instead of answering. Also returns the scorer's verdict (null when not scored).
 */
export function recordFromResult(
  prepared: PreparedTrial,
  result: ChatResult,
  sent: { maxOutputTokens?: number | null; context?: number | null; exact?: boolean } = {},
): { record: TrialRecord; scored: ScoreResult | null } {
  const maxOutputTokens = sent.maxOutputTokens ?? null;
  const server = sent;
  const { base, prompt, trial } = prepared;
  const usage = result.usage;
  const common = {
    ...base,
    usage_prompt_tokens: usage.promptTokens,
    usage_completion_tokens: usage.completionTokens,
    cached_tokens: usage.cachedTokens,
    ...(result.fromCache ? { from_cache: true, ...(result.cachedAt ? { cached_at: result.cachedAt } : {}) } : {}),
    response: result.text,
    reasoning: result.reasoning ?? null,
    reasoning_tokens: usage.reasoningTokens ?? null,
    ...(result.refusal ? { refusal: result.refusal } : {}),
    max_output_tokens: maxOutputTokens,
    finish_reason: result.finishReason,
    latency_ms: result.latencyMs,
    attempts: result.attempts,
    finished_at: new Date().toISOString(),
  };
  // With server-side counting, the server's usage must match the server's own count of this prompt.
  const counted = trial.serverTokens === undefined ? {} : server.exact === false ? { estimate: trial.serverTokens } : { exact: trial.serverTokens };
  const truncated = detectTruncation(prompt.promptTokens, usage.promptTokens, { ...counted, context: server.context ?? null });
  if (truncated) return { record: { ...common, status: 'overflow', score: null, outcome: null, error: truncated }, scored: null };
  const notText = notTextReason(result);
  if (notText) return { record: { ...common, status: 'error', score: null, outcome: null, error: notText }, scored: null };
  const scored = scoreResponse(result.text, trial.needles.needle.answers, base.distractor_answers ?? [], { question: trial.needles.needle.question });
  if (isCutOff(result.finishReason) && !scored.answered) {
    const limit = maxOutputTokens === null ? 'the output limit' : `the output limit (${maxOutputTokens.toLocaleString('en-US')} tokens)`;
    return {
      record: { ...common, status: 'incomplete', score: null, outcome: null, score_reason: scored.reason, error: `cut off by ${limit} before answering: raise --max-output-tokens` },
      scored,
    };
  }
  return {
    record: { ...common, status: 'ok', score: scored.score, outcome: scored.outcome, score_rule: scored.score, score_reason: scored.reason, error: null },
    scored,
  };
}

/** A finish reason saying the output limit stopped the answer (OpenAI-compatible servers and Ollama say `length`). */
function isCutOff(finishReason: string | null): boolean {
  return finishReason === 'length' || finishReason === 'max_tokens';
}

/** Why a response is not a text answer (the API refused, or the model called a tool with no text), or null. */
function notTextReason(result: ChatResult): string | null {
  if (result.refusal) return `the API refused to answer: ${result.refusal.slice(0, 200)}`;
  if (result.toolCalls && result.toolCalls.length > 0 && result.text.trim() === '') return `no text answer: the model called ${result.toolCalls.join(', ')}`;
  return null;
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

/** What one request came to: the server's result, or the error it ended with (and how long it took); with the output limit it was sent with. */
export type SendResult = ({ ok: true; result: ChatResult } | { ok: false; error: unknown; latencyMs: number }) & { maxOutputTokens: number | null };

/** The sweep's output limit, or the options' fixed one. */
function outputLimitOf(ctx: Pick<TrialContext, 'options' | 'outputLimit'>): OutputLimit {
  return ctx.outputLimit ?? createOutputLimit(ctx.options.maxOutputTokens, false);
}

/**
 * Sends a prepared trial's prompt. Never throws: the outcome is a value (the caller decides what is fatal).
 * A reasoning model cut off under the short default is sent once more with room to think, as soon as its
 * answer shows that it reasons.
 */
export async function sendPrepared(prepared: PreparedTrial, ctx: Pick<TrialContext, 'options' | 'model' | 'outputLimit'>, signal: AbortSignal): Promise<SendResult> {
  const limit = outputLimitOf(ctx);
  const started = Date.now();
  let maxOutputTokens = limit.current();
  let attempts = 0;
  try {
    for (;;) {
      const result = await ctx.model.complete({
        messages: prepared.prompt.messages,
        temperature: ctx.options.temperature ?? undefined,
        maxOutputTokens: maxOutputTokens ?? undefined,
        promptTokens: prepared.prompt.promptTokens,
        signal,
      });
      attempts += result.attempts;
      limit.note(result);
      const raised = limit.current();
      if (isCutOff(result.finishReason) && limit.auto && raised !== null && maxOutputTokens !== null && raised > maxOutputTokens) {
        maxOutputTokens = raised;
        continue;
      }
      return { ok: true, result: { ...result, attempts }, maxOutputTokens };
    }
  } catch (error) {
    return { ok: false, error, latencyMs: Date.now() - started, maxOutputTokens };
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
  const { record, scored } = recordFromResult(prepared, sent.result, { maxOutputTokens: sent.maxOutputTokens, context: ctx.serverContext, exact: ctx.exactServerCounts });
  if (record.status === 'ok' && scored && ctx.judge && needsJudge(scored, ctx.options.judgeMode)) {
    const needle = prepared.trial.needles.needle;
    const verdict = await askJudge(ctx.judge, needle.question, needle.answers, record.response ?? '', signal).catch((error: unknown) => {
      if (signal.aborted) return null;
      throw error;
    });
    if (verdict === null) return null;
    return applyJudge(record, verdict);
  }
  return record;
}

/** Sends one trial. Returns null when aborted; throws only EndpointError (the sweep cannot go on). */
export async function runTrial(trial: Trial, ctx: TrialContext, signal: AbortSignal): Promise<TrialRecord | null> {
  const prepared = prepareTrial(trial, ctx);
  return finishTrial(prepared, await sendPrepared(prepared, ctx, signal), ctx, signal);
}
