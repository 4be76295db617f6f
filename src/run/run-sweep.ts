// Runs a sweep end to end: haystack, plan, resume, bounded concurrent querying, results on disk, summary, reports.

import pLimit from 'p-limit';
import { ContextOverflowError, EndpointError, NeedleError, UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { isHaystackKind, prepareHaystack } from '../haystack/prepare-haystack.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { Model } from '../models/model.js';
import { createModel } from '../models/registry.js';
import { loadNeedleFile } from '../needles/load-needle-file.js';
import { buildTrialPrompt, planSweep, promptHash, type Plan, type Trial } from '../prompt/plan.js';
import { scoreResponse } from '../score/score.js';
import { summarize } from '../score/stats.js';
import { createTiktokenTokenizer } from '../tokenize/tiktoken-tokenizer.js';
import type { RunManifest, RunSummary, Tokenizer, TrialRecord } from '../types.js';
import { sha256 } from '../util/hash.js';
import { buildManifest, checkResumable } from './manifest.js';
import { builtinNeedleSource, fileNeedleSource } from './needle-source.js';
import { appendResult, ensureRunDir, readManifest, readResults, writeManifest } from './results-store.js';
import { detectTruncation } from './truncation.js';
import { writeReports } from './write-reports.js';

/** Progress and notices from a running sweep, for the CLI (or any caller) to display. */
export type SweepEvent =
  | { type: 'stage'; message: string }
  | { type: 'warning'; message: string }
  | { type: 'planned'; total: number; pending: number; resumed: number; promptTokens: number }
  | { type: 'trial'; record: TrialRecord; done: number; pending: number };

/** Optional hooks of runSweep. */
export interface SweepHooks {
  onEvent?: (event: SweepEvent) => void;
  /** Aborting stops sending; finished trials stay on disk and run.json is marked partial. */
  signal?: AbortSignal;
  /** Use this model instead of the one the options name (library callers, custom backends). */
  model?: Model;
}

/** What a finished (or interrupted) sweep returns. */
export interface SweepResult {
  manifest: RunManifest;
  records: TrialRecord[];
  summary: RunSummary;
  outDir: string;
  /** True when the sweep was interrupted before every trial finished. */
  interrupted: boolean;
  /** Files written into the run folder. */
  files: string[];
}

/** Lengths the document cannot fill (prompt framing aside) are dropped rather than silently padded. */
const FRAMING_ALLOWANCE = 400;

/** Runs a whole sweep. Throws UsageError (bad input) or EndpointError (endpoint unusable); trial failures become records. */
export async function runSweep(options: SweepOptions, hooks: SweepHooks = {}): Promise<SweepResult> {
  const emit = hooks.onEvent ?? (() => undefined);
  const tokenizer = createTiktokenTokenizer(options.tokenizer);
  try {
    return await sweepWith(options, tokenizer, hooks, emit);
  } finally {
    tokenizer.free();
  }
}

async function sweepWith(options: SweepOptions, tokenizer: Tokenizer, hooks: SweepHooks, emit: (e: SweepEvent) => void): Promise<SweepResult> {
  const previous = readManifest(options.out);
  const model =
    hooks.model ??
    createModel({
      model: options.model ?? undefined,
      baseUrl: options.baseUrl,
      apiKey: options.apiKey ?? undefined,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
      headers: options.headers,
    });
  if (model.kind === 'baseline') {
    emit({ type: 'warning', message: 'model: baseline — the in-process keyword-matching (BM25) baseline, not a language model' });
  }
  if (model.baseUrl) emit({ type: 'stage', message: `checking ${model.baseUrl} …` });
  await model.probe();
  if (model.listedModels && model.listedModels.length > 0 && !model.listedModels.includes(model.id)) {
    emit({ type: 'warning', message: `the server lists ${model.listedModels.slice(0, 5).join(', ')} but not ${model.id}; sending anyway (it may be an alias)` });
  }

  const needlesFromFile = options.needlesFile ? loadNeedleFile(options.needlesFile) : null;
  const maxLength = Math.max(...options.lengths);
  emit({ type: 'stage', message: `building the ${options.haystack} haystack (${maxLength.toLocaleString('en-US')} tokens, seed ${options.seed}) …` });
  const haystack = await prepareHaystack(options.haystack, options.seed, maxLength + FRAMING_ALLOWANCE, tokenizer);
  const lengths = feasibleLengths(options.lengths, haystack, emit);
  const needleSource = needlesFromFile
    ? fileNeedleSource(needlesFromFile, options.distractors)
    : builtinNeedleSource(isHaystackKind(options.haystack) ? options.haystack : 'financial-report', options.needleSet, options.seed, options.distractors);

  emit({ type: 'stage', message: 'planning prompts …' });
  const planInput = { haystack, tokenizer, lengths, depths: options.depths, repeats: options.repeats, seed: options.seed, needles: needleSource };
  const plan = planSweep(planInput);
  if (previous) checkResumable(previous, options, haystack.sha256);

  ensureRunDir(options.out);
  const planned = new Set(plan.trials.map((t) => t.id));
  const existing = readResults(options.out).filter((r) => planned.has(r.trial_id));
  const done = new Map(existing.map((r) => [r.trial_id, r]));
  const pending = plan.trials.filter((t) => {
    const r = done.get(t.id);
    return !r || (options.retryErrors && r.status === 'error');
  });
  emit({
    type: 'planned',
    total: plan.trials.length,
    pending: pending.length,
    resumed: plan.trials.length - pending.length,
    promptTokens: pending.reduce((n, t) => n + t.promptTokens, 0),
  });

  const needleSha = sha256(JSON.stringify(plan.trials.map((t) => t.needles.needle)));
  const manifest = buildManifest({ options: { ...options, lengths }, model, haystack, plan, needleSha, tokenizer: tokenizer.name, previous });
  writeManifest(options.out, manifest);

  const interrupted = await sendAll(pending, { options, model, haystack, tokenizer, done, emit, signal: hooks.signal });

  const records = plan.trials.map((t) => done.get(t.id)).filter((r): r is TrialRecord => r !== undefined);
  const summary = summarize(records);
  const finished: RunManifest = { ...manifest, ended_at: new Date().toISOString(), state: interrupted ? 'partial' : 'complete', summary };
  writeManifest(options.out, finished);
  const files = await writeReports(options.out, finished, records, (message: string) => emit({ type: 'warning', message }));
  return { manifest: finished, records, summary, outDir: options.out, interrupted, files: ['run.json', 'results.jsonl', ...files] };
}

/** Drops lengths longer than the user's documents can fill, with a warning (generated haystacks always fit). */
function feasibleLengths(lengths: number[], haystack: PreparedHaystack, emit: (e: SweepEvent) => void): number[] {
  const available = haystack.index.tokens.length + FRAMING_ALLOWANCE;
  const kept = lengths.filter((l) => l <= available);
  const dropped = lengths.filter((l) => l > available);
  if (dropped.length > 0) {
    if (kept.length === 0) {
      throw new UsageError(`the haystack documents hold ${haystack.index.tokens.length.toLocaleString('en-US')} tokens, fewer than the shortest length (${Math.min(...lengths).toLocaleString('en-US')})`, {
        hint: 'add documents or lower --min/--max',
      });
    }
    emit({ type: 'warning', message: `haystack holds ${haystack.index.tokens.length.toLocaleString('en-US')} tokens: skipping lengths ${dropped.join(', ')} (no padding with repeated text)` });
  }
  return kept;
}

interface SendContext {
  options: SweepOptions;
  model: Model;
  haystack: PreparedHaystack;
  tokenizer: Tokenizer;
  done: Map<string, TrialRecord>;
  emit: (e: SweepEvent) => void;
  signal?: AbortSignal;
}

/** Sends the pending trials with bounded concurrency. Returns true when interrupted. Rethrows a fatal EndpointError. */
async function sendAll(pending: Trial[], ctx: SendContext): Promise<boolean> {
  const limit = pLimit(ctx.options.concurrency);
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  let fatal: unknown = null;
  let finished = 0;
  try {
    await Promise.all(
      pending.map((trial) =>
        limit(async () => {
          if (stop.signal.aborted) return;
          const record = await runTrial(trial, ctx, stop.signal).catch((error: unknown) => {
            if (!stop.signal.aborted) {
              fatal = error;
              stop.abort();
            }
            return null;
          });
          if (!record || stop.signal.aborted) return;
          appendResult(ctx.options.out, record);
          ctx.done.set(record.trial_id, record);
          finished++;
          ctx.emit({ type: 'trial', record, done: finished, pending: pending.length });
        }),
      ),
    );
  } finally {
    ctx.signal?.removeEventListener('abort', onAbort);
  }
  if (fatal) throw fatal;
  return finished < pending.length;
}

/** Sends one trial and turns the outcome into a record; only fatal endpoint errors propagate. */
async function runTrial(trial: Trial, ctx: SendContext, signal: AbortSignal): Promise<TrialRecord | null> {
  const prompt = buildTrialPrompt({ haystack: ctx.haystack, tokenizer: ctx.tokenizer, seed: ctx.options.seed }, trial);
  if (promptHash(prompt) !== trial.promptSha256) throw new Error(`internal: prompt of trial ${trial.id} changed between planning and sending`);
  const needle = trial.needles.needle;
  const placement = prompt.placements[0]!;
  const base = {
    trial_id: trial.id,
    length: trial.cell.length,
    depth: trial.cell.depth,
    repeat: trial.repeat,
    prompt_tokens: prompt.promptTokens,
    document_tokens: prompt.documentTokens,
    needle_position: placement.tokenOffset,
    needle_depth: round2(placement.depth),
    needle_id: needle.id,
    question: needle.question,
    expected: needle.answers,
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
    const truncated = detectTruncation(prompt.promptTokens, usage.promptTokens);
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
    if (truncated) return { ...common, status: 'overflow', score: null, outcome: null, error: truncated };
    const decoys = trial.needles.distractors.map((d) => d.answers);
    const scored = scoreResponse(result.text, needle.answers, decoys);
    return { ...common, status: 'ok', score: scored.score, outcome: scored.outcome, error: null };
  } catch (error) {
    if (signal.aborted) return null;
    if (error instanceof EndpointError) throw error;
    const status = error instanceof ContextOverflowError ? 'overflow' : 'error';
    if (!(error instanceof NeedleError)) {
      // A bug, not an endpoint failure: keep it visible in the record rather than crash the grid.
      return failure(base, 'error', `internal error: ${(error as Error).message}`, started);
    }
    return failure(base, status, error.message, started, (error as { attempts?: number }).attempts);
  }
}

function failure(base: object, status: 'overflow' | 'error', message: string, started: number, attempts?: number): TrialRecord {
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
    attempts: attempts ?? 1,
    error: message,
    finished_at: new Date().toISOString(),
  } as TrialRecord;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export type { Plan };
