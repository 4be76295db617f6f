// Runs a sweep end to end: haystack, plan, resume, bounded concurrent querying, results on disk, summary, reports.

import { setMaxListeners } from 'node:events';
import pLimit from 'p-limit';
import { UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { isHaystackKind, prepareHaystack } from '../haystack/prepare-haystack.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { batchOutputModel } from '../models/batch-output.js';
import type { Model } from '../models/model.js';
import { impliedAnswers, loadNeedleFile } from '../needles/load-needle-file.js';
import { chatOverhead } from '../prompt/build-prompt.js';
import { planSweep, type Plan, type Trial, type TrialNeedles } from '../prompt/plan.js';
import { fitPlanToServer } from '../prompt/plan-server-lengths.js';
import { DOCUMENT_PREFIX, SYSTEM_PROMPT } from '../prompt/template.js';
import { effectiveLength, summarize } from '../score/stats.js';
import { createTiktokenTokenizer } from '../tokenize/tiktoken-tokenizer.js';
import type { RunManifest, RunSummary, Tokenizer, TrialRecord } from '../types.js';
import { sha256 } from '../util/hash.js';
import { runControls, summarizeControls } from './control.js';
import { estimateCost } from './cost.js';
import { buildManifest, checkResumable } from './manifest.js';
import { builtinNeedleSource, fileNeedleSource } from './needle-source.js';
import { competingFacts } from '../needles/builtin.js';
import { needleFileWarnings } from '../needles/document-checks.js';
import { prefixCacheOrder } from './prefix-order.js';
import { resolveModel } from './resolve-model.js';
import { appendResult, ensureRunDir, readManifest, readResults, RUN_FILES, writeManifest } from './results-store.js';
import { runTrial, type TrialContext } from './run-trial.js';
import { findTruncationCeilings } from './truncation.js';
import { promptIds, runBatchJob } from './send-batch.js';
import { writeReports } from './write-reports.js';

/** Progress and notices from a running sweep, for the CLI (or any caller) to display. */
export type SweepEvent =
  | { type: 'stage'; message: string }
  | { type: 'warning'; message: string }
  | { type: 'notice'; message: string }
  | { type: 'planned'; total: number; pending: number; resumed: number; promptTokens: number; lengths: number[] }
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

/** A sweep planned and ready to send (what `--dry-run` prints). */
export interface PreparedSweep {
  options: SweepOptions;
  model: Model;
  judge: Model | null;
  tokenizer: Tokenizer;
  haystack: PreparedHaystack;
  plan: Plan;
  /** Needles of each repeat. */
  draws: TrialNeedles[];
  lengths: number[];
  previous: RunManifest | null;
  /** Records already on disk for planned trials. */
  done: Map<string, TrialRecord>;
  /** Trials still to send, in sending order. */
  pending: Trial[];
  /** The tokenizer as recorded (e.g. `server (vllm /tokenize; cut with o200k_base)`). */
  tokenizerLabel: string;
}

/** Lengths the document cannot fill (prompt framing aside) are dropped rather than silently padded. */
const FRAMING_ALLOWANCE = 400;

/** Runs a whole sweep. Throws UsageError (bad input) or EndpointError (endpoint unusable); trial failures become records. */
export async function runSweep(options: SweepOptions, hooks: SweepHooks = {}): Promise<SweepResult> {
  const prepared = await prepareSweep(options, hooks);
  try {
    return await sendSweep(prepared, hooks);
  } finally {
    prepared.tokenizer.free();
  }
}

/**
 * Everything before sending: model (probed), haystack, plan (fitted to the server's count with
 * `--tokenizer server`), what is already on disk, the sending order. The caller frees `tokenizer`.
 */
export async function prepareSweep(options: SweepOptions, hooks: SweepHooks = {}): Promise<PreparedSweep> {
  const emit = hooks.onEvent ?? (() => undefined);
  const tokenizer = createTiktokenTokenizer(options.tokenizer === 'server' ? 'o200k_base' : options.tokenizer);
  try {
    const previous = readManifest(options.out);
    if (options.baseUrl) emit({ type: 'stage', message: `checking ${[options.baseUrl, ...options.extraBaseUrls].join(', ')} …` });
    const resolved = await resolveModel(options, hooks.model);
    const model = resolved.model;
    if (model.kind === 'baseline') {
      emit({ type: 'notice', message: 'model: baseline — the in-process keyword-matching (BM25) baseline, not a language model; pass --base-url and --model to test a model' });
    }
    for (const note of resolved.notes) emit({ type: 'notice', message: note });
    if (model.listedModels && model.listedModels.length > 0 && !model.listedModels.includes(model.id)) {
      emit({ type: 'warning', message: `the server lists ${model.listedModels.slice(0, 5).join(', ')} but not ${model.id}; sending anyway (it may be an alias)` });
    }
    const judge = options.judgeModel
      ? (await resolveModel({ ...options, model: options.judgeModel, baseUrl: options.judgeBaseUrl ?? options.baseUrl, extraBaseUrls: [], tokenizer: 'o200k_base' })).model
      : null;

    const needlesFromFile = options.needlesFile ? loadNeedleFile(options.needlesFile) : null;
    for (const { id, answer } of impliedAnswers(needlesFromFile ?? [])) {
      emit({ type: 'warning', message: `needle ${id}: its text does not state the answer "${answer}"; exact scoring will look for it in responses (consider --judge-model)` });
    }
    const maxLength = Math.max(...options.lengths);
    emit({ type: 'stage', message: `building the ${options.haystack} haystack (${maxLength.toLocaleString('en-US')} tokens, seed ${options.seed}) …` });
    // The model's tokenizer may count up to ~30% more or fewer tokens than ours: leave room when fitting to it.
    const haystackTokens = Math.ceil(maxLength * (resolved.counter ? 1.4 : 1)) + FRAMING_ALLOWANCE;
    // One fact, one place: a generated haystack that will carry built-in needles leaves out the facts they compete with.
    const builtinKind = isHaystackKind(options.haystack) ? options.haystack : 'financial-report';
    const omit = needlesFromFile || !isHaystackKind(options.haystack) ? new Set<string>() : competingFacts(builtinKind);
    const haystack = await prepareHaystack(options.haystack, options.seed, haystackTokens, tokenizer, omit);
    const lengths = feasibleLengths(options.lengths, haystack, emit);
    const multi = { count: options.multi, mode: options.multiMode };
    if (needlesFromFile) for (const message of needleFileWarnings(needlesFromFile, haystack.document.text)) emit({ type: 'warning', message });
    const needleSource = needlesFromFile
      ? fileNeedleSource(needlesFromFile, options.distractors, multi)
      : builtinNeedleSource(builtinKind, options.needleSet, options.seed, options.distractors, multi);

    emit({ type: 'stage', message: 'planning prompts …' });
    const planInput = { haystack, tokenizer, lengths, depths: options.depths, repeats: options.repeats, seed: options.seed, needles: needleSource };
    let plan = planSweep(planInput);
    for (const c of plan.collisions) {
      emit({ type: 'warning', message: `repeat ${c.repeat}: the answer "${c.answer}" also appears in the document (${c.length.toLocaleString('en-US')} tokens, depth ${c.depth}%): "${c.excerpt}"` });
    }
    if (resolved.counter) {
      emit({ type: 'stage', message: `fitting ${plan.trials.length} prompts to the server's token count …` });
      plan = await fitPlanToServer(plan, planInput, (m) => resolved.counter!.countMessages(m));
      const context = resolved.counter.contextSize;
      if (context && lengths.some((l) => l > context)) {
        emit({ type: 'warning', message: `the server's context is ${context.toLocaleString('en-US')} tokens: longer lengths will overflow` });
      }
    }
    if (previous) checkResumable(previous, options, haystack.sha256);

    const planned = new Set(plan.trials.map((t) => t.id));
    const done = new Map(readResults(options.out).filter((r) => planned.has(r.trial_id)).map((r) => [r.trial_id, r]));
    const unsent = plan.trials.filter((t) => {
      const r = done.get(t.id);
      return !r || (options.retryErrors && r.status === 'error');
    });
    const pending = sendingOrder(unsent, tokenizer);
    const draws = plan.draws;
    const tokenizerLabel = resolved.counter ? `server (${resolved.counter.kind}; cut with ${tokenizer.name})` : tokenizer.name;
    return { options: { ...options, lengths }, model, judge, tokenizer, haystack, plan, draws, lengths, previous, done, pending, tokenizerLabel };
  } catch (error) {
    tokenizer.free();
    throw error;
  }
}

/**
 * Prompt-cache-friendly order: prompts share the document up to their first insertion, so sending the
 * ones that share the most first lets servers with prefix caching (vLLM, llama.cpp, SGLang) recompute least.
 */
function sendingOrder(trials: Trial[], tokenizer: Tokenizer): Trial[] {
  const framing = chatOverhead(tokenizer) + tokenizer.count(SYSTEM_PROMPT) + tokenizer.count(DOCUMENT_PREFIX);
  const byId = new Map(trials.map((t) => [t.id, t]));
  const order = prefixCacheOrder(
    trials.map((t) => ({ id: t.id, key: t.promptSha256, promptTokens: t.promptTokens, sharedUntil: framing + Math.min(...t.placements.map((p) => p.tokenOffset)) })),
  );
  return order.map((id) => byId.get(id)!);
}

/** Sends a prepared sweep and writes the run folder. */
export async function sendSweep(prepared: PreparedSweep, hooks: SweepHooks = {}): Promise<SweepResult> {
  const emit = hooks.onEvent ?? (() => undefined);
  const { options, model, judge, tokenizer, haystack, plan, draws, done, pending } = prepared;
  ensureRunDir(options.out);
  emit({
    type: 'planned',
    total: plan.trials.length,
    pending: pending.length,
    resumed: plan.trials.length - pending.length,
    promptTokens: pending.reduce((n, t) => n + t.promptTokens, 0),
    lengths: prepared.lengths,
  });
  checkBudget(options, pending);

  const needleSha = sha256(JSON.stringify(draws.map((d) => d.needle)));
  const manifest = buildManifest({ options, model, haystack, plan, needleSha, needleCount: draws.length, tokenizer: prepared.tokenizerLabel, previous: prepared.previous });
  writeManifest(options.out, manifest);

  const stop = new AbortController();
  // Every request in flight listens to this signal: dozens at once are expected, not a leak.
  setMaxListeners(0, stop.signal);
  const onAbort = () => stop.abort();
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  let interrupted = false;
  let controls: TrialRecord[] = [];
  let fatal: unknown = null;
  try {
    const ctx: TrialContext = { options, model, judge, haystack, tokenizer };
    const state = { out: options.out, concurrency: options.concurrency, done, emit, stop, spent: 0 };
    interrupted = options.batch ? await sendAsBatch(pending, ctx, state) : await sendAll(pending, ctx, state);
    if (options.control && !stop.signal.aborted) {
      emit({ type: 'stage', message: `control: asking ${draws.length} question(s) without the document …` });
      const known = new Map(readResults(options.out, RUN_FILES.control).map((r) => [r.trial_id, r]));
      await runControls(draws, model, { ...options, signal: stop.signal, skip: new Set(known.keys()) }, (r) => {
        appendResult(options.out, r, RUN_FILES.control);
        known.set(r.trial_id, r);
      });
      controls = [...known.values()];
    }
  } catch (error) {
    // The endpoint went away mid-sweep: keep what was received, mark the run partial, then report.
    fatal = error;
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
  }

  // Prompts of different lengths that the server counted alike were cut at its context limit: not misses.
  for (const [id, message] of findTruncationCeilings([...done.values()])) {
    const corrected: TrialRecord = { ...done.get(id)!, status: 'overflow', score: null, outcome: null, error: message };
    appendResult(options.out, corrected);
    done.set(id, corrected);
  }
  const records = plan.trials.map((t) => done.get(t.id)).filter((r): r is TrialRecord => r !== undefined);
  const summary = summarizeRun(records, controls, options.control, options.threshold);
  const partial = interrupted || stop.signal.aborted || fatal !== null;
  const finished: RunManifest = { ...manifest, ended_at: new Date().toISOString(), state: partial ? 'partial' : 'complete', summary };
  writeManifest(options.out, finished);
  if (fatal) throw fatal;
  const files = await writeReports(options.out, finished, records, (message: string) => emit({ type: 'warning', message }), { threshold: options.threshold });
  const control = options.control ? [RUN_FILES.control] : [];
  return { manifest: finished, records, summary, outDir: options.out, interrupted: partial, files: [RUN_FILES.manifest, RUN_FILES.results, ...control, ...files] };
}

/** Refuses to start when the estimated cost of the trials to send exceeds --budget. */
function checkBudget(options: SweepOptions, pending: Trial[]): void {
  if (options.budget === null) return;
  const est = estimateCost({
    promptTokens: pending.reduce((n, t) => n + t.promptTokens, 0),
    trials: pending.length,
    maxOutputTokens: options.maxOutputTokens ?? 0,
    priceIn: options.priceIn ?? undefined,
    priceOut: options.priceOut ?? undefined,
    batch: options.batch,
  });
  if (est.cost === null) throw new UsageError('--budget needs --price-in and --price-out (per million tokens)');
  if (est.cost > options.budget) {
    throw new UsageError(`the sweep may cost up to ${est.cost.toFixed(2)}, more than --budget ${options.budget}`, {
      hint: 'lower --max, --lengths, --depths or --repeats, or raise --budget (see --dry-run)',
    });
  }
}

/** Cost of one answered trial from the server's usage (our count when it gave none). */
function trialCost(options: SweepOptions, r: TrialRecord): number {
  if (options.priceIn === null || options.priceOut === null || r.from_cache) return 0;
  const discount = options.batch ? 0.5 : 1;
  return (((r.usage_prompt_tokens ?? r.prompt_tokens) * options.priceIn + (r.usage_completion_tokens ?? 0) * options.priceOut) / 1e6) * discount;
}

/** The summary with effective length, token-count agreement, control accuracy and judge tallies, where the run has them. */
export function summarizeRun(records: TrialRecord[], controls: TrialRecord[], withControl: boolean, threshold = 0.85): RunSummary {
  const summary = summarize(records);
  summary.effective_length = { threshold, length: effectiveLength(summary.byLength, threshold) };
  const ratios = records
    .filter((r) => r.usage_prompt_tokens !== null && r.prompt_tokens > 0 && !r.from_cache)
    .map((r) => r.usage_prompt_tokens! / r.prompt_tokens)
    .sort((a, b) => a - b);
  if (ratios.length > 0) {
    const round = (x: number) => Math.round(x * 1000) / 1000;
    summary.token_counts = { trials: ratios.length, median_ratio: round(ratios[Math.floor(ratios.length / 2)]!), min_ratio: round(ratios[0]!), max_ratio: round(ratios.at(-1)!) };
  }
  if (withControl) summary.control = summarizeControls(controls);
  const judged = records.filter((r) => r.judge_model);
  if (judged.length > 0) {
    summary.judge = {
      asked: judged.length,
      correct: judged.filter((r) => r.judge_verdict === 'correct').length,
      incorrect: judged.filter((r) => r.judge_verdict === 'incorrect').length,
      failed: judged.filter((r) => r.judge_verdict === null).length,
    };
  }
  return summary;
}

/** Drops lengths longer than the user's documents can fill, with a warning (generated haystacks always fit). */
function feasibleLengths(lengths: number[], haystack: PreparedHaystack, emit: (e: SweepEvent) => void): number[] {
  const tokens = haystack.index.tokens.length;
  const kept = lengths.filter((l) => l <= tokens + FRAMING_ALLOWANCE);
  const dropped = lengths.filter((l) => l > tokens + FRAMING_ALLOWANCE);
  if (dropped.length === 0) return kept;
  if (kept.length === 0) {
    throw new UsageError(
      `the haystack documents hold ${tokens.toLocaleString('en-US')} tokens, fewer than the shortest length (${Math.min(...lengths).toLocaleString('en-US')})`,
      { hint: 'add documents or lower --min/--max' },
    );
  }
  emit({ type: 'warning', message: `the haystack holds ${tokens.toLocaleString('en-US')} tokens: skipping lengths ${dropped.join(', ')} (never padded with repeated text)` });
  return kept;
}

interface SendState {
  out: string;
  concurrency: number;
  done: Map<string, TrialRecord>;
  emit: (e: SweepEvent) => void;
  stop: AbortController;
  /** Cost spent so far (with prices given). */
  spent: number;
}

/** Stores a finished record, reports it, and stops the sweep once the spend passes --budget. */
function accept(record: TrialRecord, ctx: TrialContext, state: SendState, finished: number, pending: number): void {
  appendResult(state.out, record);
  state.done.set(record.trial_id, record);
  state.emit({ type: 'trial', record, done: finished, pending });
  const options = ctx.options;
  state.spent += trialCost(options, record);
  if (options.budget !== null && state.spent > options.budget && !state.stop.signal.aborted) {
    state.emit({ type: 'warning', message: `spent ${state.spent.toFixed(2)}, over --budget ${options.budget}: stopping (the run is partial; rerun to resume)` });
    state.stop.abort();
  }
}

/** Sends the pending trials with bounded concurrency. Returns true when interrupted. Rethrows a fatal EndpointError. */
async function sendAll(pending: Trial[], ctx: TrialContext, state: SendState): Promise<boolean> {
  const limit = pLimit(state.concurrency);
  const { stop } = state;
  let fatal: unknown = null;
  let finished = 0;
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
        if (!record || (stop.signal.aborted && fatal)) return;
        finished++;
        accept(record, ctx, state, finished, pending.length);
      }),
    ),
  );
  if (fatal) throw fatal;
  return finished < pending.length;
}

/** Sends the pending trials as a Batch API job, then ingests its answers through the same path as live ones. */
async function sendAsBatch(pending: Trial[], ctx: TrialContext, state: SendState): Promise<boolean> {
  if (pending.length === 0) return false;
  state.emit({ type: 'stage', message: `batch: uploading ${pending.length} requests …` });
  let last = '';
  const results = await runBatchJob(pending, ctx, {
    signal: state.stop.signal,
    onProgress: (p) => {
      const line = `batch ${p.status}: ${p.completed + p.failed}/${p.total}`;
      if (line !== last) state.emit({ type: 'stage', message: line });
      last = line;
    },
  });
  return sendAll(pending, { ...ctx, model: batchOutputModel(ctx.model.id, results, promptIds(pending)), judge: ctx.judge }, state);
}

export type { Plan };
