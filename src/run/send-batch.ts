// The Batch API path: JSONL request lines for a sweep's trials, and a job run through OpenAI's (or a compatible) Batch API.

import OpenAI from 'openai';
import type { SweepOptions } from '../config/sweep-options.js';
import { UsageError } from '../errors.js';
import { rejectedParameter, toNeedleError, type OptionalParameter } from '../models/classify-failure.js';
import { describeFailure } from '../models/describe-failure.js';
import type { Trial } from '../prompt/plan.js';
import { runBatch, toBatchLines, type BatchJournal, type BatchProgress, type BatchRunResult } from './batch.js';
import { prepareTrial, type TrialContext } from './run-trial.js';

/** Which optional parameters the endpoint accepts (reasoning models refuse max_tokens and a non-default temperature). */
export interface RequestParameters {
  /** The output limit's name, or null to send none. @default 'max_tokens' */
  tokenParameter: 'max_tokens' | 'max_completion_tokens' | null;
  /** Send the temperature. @default true */
  temperature: boolean;
}

const DEFAULT_PARAMETERS: RequestParameters = { tokenParameter: 'max_tokens', temperature: true };

/** The chat.completions body of a trial, as the OpenAI-compatible client would send it. */
function requestBody(options: SweepOptions, model: string, messages: unknown, params: RequestParameters = DEFAULT_PARAMETERS): Record<string, unknown> {
  return {
    model,
    messages,
    ...(options.temperature !== null && params.temperature ? { temperature: options.temperature } : {}),
    ...(options.maxOutputTokens !== null && params.tokenParameter !== null ? { [params.tokenParameter]: options.maxOutputTokens } : {}),
  };
}

/** JSONL lines of the Batch API (and `vllm run-batch`) for these trials; custom_id = trial id. */
export function batchInputLines(trials: Trial[], ctx: TrialContext, params: RequestParameters = DEFAULT_PARAMETERS): string[] {
  const model = ctx.options.model ?? ctx.model.id;
  return toBatchLines(trials.map((trial) => ({ customId: trial.id, body: requestBody(ctx.options, model, prepareTrial(trial, ctx).prompt.messages, params) })));
}

/** Maps each trial's prompt hash to its id, to match batch answers back to prompts. */
export function promptIds(trials: Trial[]): Map<string, string> {
  return new Map(trials.map((t) => [t.promptSha256, t.id]));
}

/**
 * Finds the parameters the endpoint accepts with one tiny live request before any batch goes up: a batch of
 * lines a reasoning model refuses (max_tokens, temperature) would fail every line, after hours of waiting.
 */
export async function acceptedParameters(client: OpenAI, options: SweepOptions, model: string): Promise<RequestParameters> {
  const params: RequestParameters = { ...DEFAULT_PARAMETERS };
  const dropped = new Set<OptionalParameter>();
  for (;;) {
    const body = {
      ...requestBody({ ...options, maxOutputTokens: options.maxOutputTokens === null ? null : 16 }, model, [{ role: 'user', content: 'Reply with the word OK.' }], params),
      stream: false as const,
    } as OpenAI.ChatCompletionCreateParamsNonStreaming;
    try {
      await client.chat.completions.create(body);
      return params;
    } catch (error) {
      const failure = describeFailure(error, new WeakMap());
      const rejected = rejectedParameter(failure, new Set(Object.keys(body)));
      if (rejected === null || dropped.has(rejected)) {
        throw toNeedleError(failure, { baseUrl: options.baseUrl ?? '', model, path: '/chat/completions', timeoutMs: options.timeoutMs, attempts: 1 });
      }
      dropped.add(rejected);
      if (rejected === 'temperature') params.temperature = false;
      else params.tokenParameter = rejected === 'max_tokens' ? 'max_completion_tokens' : null;
    }
  }
}

/** How to run and follow a sweep's batch job. */
export interface BatchJobOptions {
  signal: AbortSignal;
  onProgress: (p: BatchProgress) => void;
  /** The run folder's record of submitted batches. */
  journal: BatchJournal;
  /** Longest wait between status checks. @default 30_000 @unit ms */
  pollMs?: number;
}

/** Runs the trials as Batch API jobs (sharded to the file limits), collecting earlier batches of the run first. */
export async function runBatchJob(trials: Trial[], ctx: TrialContext, opts: BatchJobOptions): Promise<BatchRunResult> {
  const { options } = ctx;
  if (!options.baseUrl) throw new UsageError('--batch needs --base-url');
  const client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey ?? 'not-needed', defaultHeaders: options.headers, maxRetries: 2 });
  const model = options.model ?? ctx.model.id;
  // Trials an earlier batch of this run carries are collected, not sent again: no parameter check needed for them alone.
  const open = new Set(opts.journal.open().flatMap((b) => b.custom_ids));
  const params = trials.every((t) => open.has(t.id)) ? DEFAULT_PARAMETERS : await acceptedParameters(client, options, model);
  return runBatch(client, batchInputLines(trials, ctx, params), { signal: opts.signal, onProgress: opts.onProgress, journal: opts.journal, pollMs: opts.pollMs });
}
