// Runs a sweep end to end: haystack, plan, resume, bounded concurrent querying, results on disk, summary, reports.

import pLimit from 'p-limit';
import { UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { isHaystackKind, prepareHaystack } from '../haystack/prepare-haystack.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { Model } from '../models/model.js';
import { createModel } from '../models/registry.js';
import { loadNeedleFile } from '../needles/load-needle-file.js';
import { planSweep, type Plan, type Trial } from '../prompt/plan.js';
import { summarize } from '../score/stats.js';
import { createTiktokenTokenizer } from '../tokenize/tiktoken-tokenizer.js';
import type { RunManifest, RunSummary, Tokenizer, TrialRecord } from '../types.js';
import { sha256 } from '../util/hash.js';
import { runControls, summarizeControls } from './control.js';
import { buildManifest, checkResumable } from './manifest.js';
import { builtinNeedleSource, fileNeedleSource } from './needle-source.js';
import { appendResult, ensureRunDir, readManifest, readResults, RUN_FILES, writeManifest } from './results-store.js';
import { runTrial, type TrialContext } from './run-trial.js';
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

function clientOptions(options: SweepOptions) {
  return { apiKey: options.apiKey ?? undefined, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries, headers: options.headers };
}

async function sweepWith(options: SweepOptions, tokenizer: Tokenizer, hooks: SweepHooks, emit: (e: SweepEvent) => void): Promise<SweepResult> {
  const previous = readManifest(options.out);
  const model = hooks.model ?? createModel({ model: options.model ?? undefined, baseUrl: options.baseUrl, ...clientOptions(options) });
  if (model.kind === 'baseline') {
    emit({ type: 'notice', message: 'model: baseline — the in-process keyword-matching (BM25) baseline, not a language model; pass --base-url and --model to test a model' });
  }
  if (model.baseUrl) emit({ type: 'stage', message: `checking ${model.baseUrl} …` });
  await model.probe();
  if (model.listedModels && model.listedModels.length > 0 && !model.listedModels.includes(model.id)) {
    emit({ type: 'warning', message: `the server lists ${model.listedModels.slice(0, 5).join(', ')} but not ${model.id}; sending anyway (it may be an alias)` });
  }
  const judge = options.judgeModel
    ? createModel({ model: options.judgeModel, baseUrl: options.judgeBaseUrl ?? options.baseUrl, ...clientOptions(options) })
    : null;
  if (judge) await judge.probe();

  const needlesFromFile = options.needlesFile ? loadNeedleFile(options.needlesFile) : null;
  const maxLength = Math.max(...options.lengths);
  emit({ type: 'stage', message: `building the ${options.haystack} haystack (${maxLength.toLocaleString('en-US')} tokens, seed ${options.seed}) …` });
  const haystack = await prepareHaystack(options.haystack, options.seed, maxLength + FRAMING_ALLOWANCE, tokenizer);
  const lengths = feasibleLengths(options.lengths, haystack, emit);
  const multi = { count: options.multi, mode: options.multiMode };
  const needleSource = needlesFromFile
    ? fileNeedleSource(needlesFromFile, options.distractors, multi)
    : builtinNeedleSource(isHaystackKind(options.haystack) ? options.haystack : 'financial-report', options.needleSet, options.seed, options.distractors, multi);

  emit({ type: 'stage', message: 'planning prompts …' });
  const plan = planSweep({ haystack, tokenizer, lengths, depths: options.depths, repeats: options.repeats, seed: options.seed, needles: needleSource });
  if (previous) checkResumable(previous, options, haystack.sha256);

  ensureRunDir(options.out);
  const planned = new Set(plan.trials.map((t) => t.id));
  const done = new Map(readResults(options.out).filter((r) => planned.has(r.trial_id)).map((r) => [r.trial_id, r]));
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
    lengths,
  });

  const draws = Array.from({ length: options.repeats }, (_, r) => needleSource(r));
  const needleSha = sha256(JSON.stringify(draws.map((d) => d.needle)));
  const manifest = buildManifest({ options: { ...options, lengths }, model, haystack, plan, needleSha, needleCount: draws.length, tokenizer: tokenizer.name, previous });
  writeManifest(options.out, manifest);

  const stop = new AbortController();
  const onAbort = () => stop.abort();
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  let interrupted = false;
  let controls: TrialRecord[] = [];
  let fatal: unknown = null;
  try {
    const ctx: TrialContext = { options, model, judge, haystack, tokenizer };
    interrupted = await sendAll(pending, ctx, { out: options.out, concurrency: options.concurrency, done, emit, stop });
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

  const records = plan.trials.map((t) => done.get(t.id)).filter((r): r is TrialRecord => r !== undefined);
  const summary = summarizeRun(records, controls, options.control);
  const finished: RunManifest = { ...manifest, ended_at: new Date().toISOString(), state: interrupted || stop.signal.aborted || fatal ? 'partial' : 'complete', summary };
  writeManifest(options.out, finished);
  if (fatal) throw fatal;
  const files = await writeReports(options.out, finished, records, (message: string) => emit({ type: 'warning', message }), { threshold: options.threshold });
  const control = options.control ? [RUN_FILES.control] : [];
  return { manifest: finished, records, summary, outDir: options.out, interrupted: finished.state === 'partial', files: [RUN_FILES.manifest, RUN_FILES.results, ...control, ...files] };
}

/** The summary with the control accuracy and judge tallies, where the run has them. */
export function summarizeRun(records: TrialRecord[], controls: TrialRecord[], withControl: boolean): RunSummary {
  const summary = summarize(records);
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
        if (!record || stop.signal.aborted) return;
        appendResult(state.out, record);
        state.done.set(record.trial_id, record);
        finished++;
        state.emit({ type: 'trial', record, done: finished, pending: pending.length });
      }),
    ),
  );
  if (fatal) throw fatal;
  return finished < pending.length;
}

export type { Plan };
