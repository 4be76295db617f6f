// The Batch API path: JSONL request lines for a sweep's trials, and a job run through OpenAI's (or a compatible) Batch API.

import OpenAI from 'openai';
import type { SweepOptions } from '../config/sweep-options.js';
import { UsageError } from '../errors.js';
import type { Trial } from '../prompt/plan.js';
import { runBatch, toBatchLines, type BatchProgress, type BatchResult } from './batch.js';
import { prepareTrial, type TrialContext } from './run-trial.js';

/** The chat.completions body of a trial, as the OpenAI-compatible client would send it. */
function requestBody(options: SweepOptions, model: string, messages: unknown): Record<string, unknown> {
  return {
    model,
    messages,
    ...(options.temperature !== null ? { temperature: options.temperature } : {}),
    ...(options.maxOutputTokens !== null ? { max_tokens: options.maxOutputTokens } : {}),
  };
}

/** JSONL lines of the Batch API (and `vllm run-batch`) for these trials; custom_id = trial id. */
export function batchInputLines(trials: Trial[], ctx: TrialContext): string[] {
  const model = ctx.options.model ?? ctx.model.id;
  return toBatchLines(trials.map((trial) => ({ customId: trial.id, body: requestBody(ctx.options, model, prepareTrial(trial, ctx).prompt.messages) })));
}

/** Maps each trial's prompt hash to its id, to match batch answers back to prompts. */
export function promptIds(trials: Trial[]): Map<string, string> {
  return new Map(trials.map((t) => [t.promptSha256, t.id]));
}

/** Runs the trials as Batch API jobs (sharded to the file limits) and returns the results by trial id. */
export async function runBatchJob(trials: Trial[], ctx: TrialContext, opts: { signal: AbortSignal; onProgress: (p: BatchProgress) => void }): Promise<Map<string, BatchResult>> {
  const { options } = ctx;
  if (!options.baseUrl) throw new UsageError('--batch needs --base-url');
  const client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey ?? 'not-needed', defaultHeaders: options.headers, maxRetries: 2 });
  return runBatch(client, batchInputLines(trials, ctx), { signal: opts.signal, onProgress: opts.onProgress });
}
