// Runs a sweep end to end: haystack, plan, resume, bounded concurrent querying, results on disk, summary, reports.

import { setMaxListeners } from 'node:events';
import { UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { isHaystackKind, prepareHaystack } from '../haystack/prepare-haystack.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { Model } from '../models/model.js';
import type { ServerIdentity } from '../models/server-identity.js';
import { impliedAnswers, loadNeedleFile } from '../needles/load-needle-file.js';
import { frameChat } from '../prompt/chat-frame.js';
import { planSweep, type Plan, type Trial, type TrialNeedles } from '../prompt/plan.js';
import { fitPlanToServer } from '../prompt/plan-server-lengths.js';
import { shardTrials } from '../prompt/shard-trials.js';
import { PROMPT_FRAMES } from '../prompt/template.js';
import { effectiveLength, relativeEffectiveLength, summarize } from '../score/stats.js';
import { createTokenizer } from '../tokenize/create-tokenizer.js';
import { libraryVersions } from '../tokenize/library-versions.js';
import { probeServerCounter } from '../tokenize/server-counter.js';
import type { Lang, RunManifest, RunSummary, Tokenizer, TokenizerInfo, TrialRecord } from '../types.js';
import { sha256 } from '../util/hash.js';
import { controlQuestions, runControls, summarizeControls } from './control.js';
import { summarizeJudge } from './judge.js';
import { estimateCost } from './cost.js';
import { calibrationSpend, checkCalibrationBudget, countingFailed, usageCalibrationEstimate, warnContext } from './pre-send-checks.js';
import { nothingAnsweredError } from './failure-summary.js';
import { buildManifest, checkResumable, checkSameModel } from './manifest.js';
import { createOutputLimit } from './output-limit.js';
import { builtinNeedleSource, fileNeedleSource } from './needle-source.js';
import { competingFacts, templatesFor } from '../needles/builtin.js';
import { needleFileWarnings } from '../needles/document-checks.js';
import { prefixCacheOrder } from './prefix-order.js';
import { resolveModel } from './resolve-model.js';
import type { SharedResources } from './shared-resources.js';
import { appendResult, ensureRunDir, readManifest, readResults, repairResults, RUN_FILES, writeManifest } from './results-store.js';
import { lockRunFolder } from './run-lock.js';
import type { TrialContext } from './run-trial.js';
import { preparedQueue, sendAll, sendAsBatch, type SendState } from './send-trials.js';
import { findTruncations } from './truncation.js';
import { promptSizes } from './prompt-size.js';
import { crossCheckTokenizer, describeCrossCheck } from './tokenizer-cross-check.js';
import { checkShardResumable, withShard } from './shard-manifest.js';
import { writeReports } from './write-reports.js';

import type { SweepEvent } from './sweep-event.js';

export type { SweepEvent } from './sweep-event.js';

/** Optional hooks of runSweep. */
export interface SweepHooks {
  onEvent?: (event: SweepEvent) => void;
  /** Aborting stops sending; finished trials stay on disk and run.json is marked partial. */
  signal?: AbortSignal;
  /** Use this model instead of the one the options name (library callers, custom backends). */
  model?: Model;
  /** Transport for every request to the endpoint (tests, proxies). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** With --batch: the longest wait between status checks of a batch. @default 30_000 @unit ms */
  batchPollMs?: number;
  /** Tokenizers and haystacks shared with other sweeps (needle run): each haystack is built once per tokenizer. */
  shared?: SharedResources;
}

/** What a finished (or interrupted) sweep returns. */
export interface SweepResult {
  manifest: RunManifest;
  records: TrialRecord[];
  summary: RunSummary;
  outDir: string;
  /** True when the sweep was stopped (Ctrl-C, a signal, --budget, a batch left running) before every trial finished. */
  interrupted: boolean;
  /** True when some planned trial has no record (interrupted, or requests an expired batch never ran). */
  partial: boolean;
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
  /** Files, chat template and server cross-check behind the tokenizer (run.json `tokenizer_info`). */
  tokenizerInfo: TokenizerInfo;
  /** What the server said about itself (null for the baseline or an injected model). */
  server: ServerIdentity | null;
  /** The server's context per request (per llama.cpp slot), when it said. */
  serverContext: number | null;
  /** With --tokenizer server: whether the trials' server counts are exact. */
  exactServerCounts: boolean;
  /**
   * Chat requests spent (or, in a dry run, still to spend) counting prompts on a server without /tokenize,
   * with their prompt tokens: part of the cost.
   */
  calibration: { requests: number; promptTokens: number; sent: boolean } | null;
  /** Trials of the whole sweep (more than `plan.trials` when this is one shard of it). */
  sweepTrials?: number;
}

/** How to prepare. */
export interface PrepareOptions {
  /** A dry run: send no chat request at all (no calibration either); estimate instead. @default false */
  sendNothing?: boolean;
}

/** Lengths the document cannot fill (prompt framing aside) are dropped rather than silently padded. */
const FRAMING_ALLOWANCE = 400;

/** Runs a whole sweep. Throws UsageError (bad input) or EndpointError (endpoint unusable); trial failures become records. */
export async function runSweep(options: SweepOptions, hooks: SweepHooks = {}): Promise<SweepResult> {
  // One process per run folder: a second sweep into it would send every trial twice.
  const lock = lockRunFolder(options.out, options.command);
  try {
    if (lock.tookOver) {
      hooks.onEvent?.({ type: 'warning', message: `took over ${lock.path}: its holder (pid ${lock.tookOver.pid}, started ${lock.tookOver.started_at}) is no longer running` });
    }
    const prepared = await prepareSweep(options, hooks);
    try {
      return await sendSweep(prepared, hooks);
    } finally {
      prepared.tokenizer.free();
    }
  } finally {
    lock.release();
  }
}

/**
 * Everything before sending: model (probed), haystack, plan (fitted to the server's count with
 * `--tokenizer server`), what is already on disk, the sending order. The caller frees `tokenizer`.
 */
export async function prepareSweep(options: SweepOptions, hooks: SweepHooks = {}, { sendNothing = false }: PrepareOptions = {}): Promise<PreparedSweep> {
  const emit = hooks.onEvent ?? (() => undefined);
  // `server` cuts with o200k_base and fits each prompt to the server's count; `hf:`/presets count offline.
  const { tokenizer, info: tokenizerInfo } = hooks.shared?.tokenizer(options.tokenizer, options.chatTemplate ?? null) ?? createTokenizer(options.tokenizer, { chatTemplate: options.chatTemplate ?? null });
  try {
    if (tokenizerInfo.kind === 'hf') {
      tokenizerInfo.libraries = libraryVersions();
      const chatEndpoint = options.baseUrl !== null || (hooks.model !== undefined && hooks.model.kind !== 'baseline');
      if (!tokenizer.renderChat && chatEndpoint) {
        throw new UsageError(`${options.tokenizer}: no chat template (no chat_template in tokenizer_config.json, no chat_template.jinja), and the endpoint is a chat endpoint`, {
          hint: "pass the model's template with --chat-template <file> so prompts are counted as the server templates them",
        });
      }
    }
    const previous = readManifest(options.out);
    if (options.baseUrl) emit({ type: 'stage', message: `checking ${[options.baseUrl, ...options.extraBaseUrls].join(', ')} …` });
    const resolved = await resolveModel(options, hooks.model, hooks.fetch, { allowChat: !sendNothing });
    const model = resolved.model;
    if (model.kind === 'baseline') {
      emit({ type: 'notice', message: 'model: baseline — the in-process keyword-matching (BM25) baseline, not a language model; pass --base-url and --model to test a model' });
    }
    for (const note of resolved.notes) emit({ type: 'notice', message: note });
    for (const warning of resolved.warnings) emit({ type: 'warning', message: warning });
    // Resuming with another model behind the same name would mix two models' answers in one run.
    const changed = previous ? checkSameModel(previous, resolved.server, options.out) : null;
    if (changed) emit({ type: 'warning', message: changed });
    if (model.listedModels && model.listedModels.length > 0 && !model.listedModels.includes(model.id)) {
      emit({ type: 'warning', message: `the server lists ${model.listedModels.slice(0, 5).join(', ')} but not ${model.id}; sending anyway (it may be an alias)` });
    }
    const judge = options.judgeModel
      ? (await resolveModel({ ...options, model: options.judgeModel, baseUrl: options.judgeBaseUrl ?? options.baseUrl, extraBaseUrls: [], tokenizer: 'o200k_base' }, undefined, hooks.fetch)).model
      : null;

    const needlesFromFile = options.needlesFile ? loadNeedleFile(options.needlesFile) : null;
    for (const { id, answer } of impliedAnswers(needlesFromFile ?? [])) {
      emit({ type: 'warning', message: `needle ${id}: its text does not state the answer "${answer}"; exact scoring will look for it in responses (consider --judge-model)` });
    }
    const maxLength = Math.max(...options.lengths);
    const langNote = isHaystackKind(options.haystack) && (options.lang ?? 'en') !== 'en' ? ` (${options.lang})` : '';
    emit({ type: 'stage', message: `building the ${options.haystack}${langNote} haystack (${maxLength.toLocaleString('en-US')} tokens, seed ${options.seed}) …` });
    // The model's tokenizer may count up to ~30% more or fewer tokens than ours: leave room when fitting to it.
    const haystackTokens = Math.ceil(maxLength * (resolved.counter ? 1.4 : 1)) + FRAMING_ALLOWANCE;
    // One fact, one place: a generated haystack that will carry built-in needles leaves out the facts they compete with.
    const builtinKind = isHaystackKind(options.haystack) ? options.haystack : 'financial-report';
    // The document's language (a user's documents: English, whatever they hold) picks the generator, the needles and the frame.
    const lang = isHaystackKind(options.haystack) ? (options.lang ?? 'en') : 'en';
    const omit = needlesFromFile || !isHaystackKind(options.haystack) ? new Set<string>() : competingFacts(builtinKind, templatesFor(builtinKind, lang));
    const haystack = await (hooks.shared?.haystack ?? prepareHaystack)(options.haystack, options.seed, haystackTokens, tokenizer, omit, lang);
    const lengths = feasibleLengths(options.lengths, haystack, emit);
    const multi = { count: options.multi, mode: options.multiMode };
    if (needlesFromFile) for (const message of needleFileWarnings(needlesFromFile, haystack.document.text)) emit({ type: 'warning', message });
    const needleSource = needlesFromFile
      ? fileNeedleSource(needlesFromFile, options.distractors, multi)
      : builtinNeedleSource(builtinKind, options.needleSet, options.seed, options.distractors, multi, lang);

    emit({ type: 'stage', message: 'planning prompts …' });
    const planInput = { haystack, tokenizer, lengths, depths: options.depths, repeats: options.repeats, seed: options.seed, needles: needleSource };
    let plan = planSweep(planInput);
    // Values are redrawn at plan time where they would collide with the document: the plan holds the final draws.
    const draws = plan.draws;
    // Before any counting on the server: a folder holding another sweep is refused at once.
    if (previous) {
      const count = previous.needles?.count ?? draws.length;
      checkResumable(previous, options, haystack.sha256, draws.length >= count ? needleDrawsSha(draws.slice(0, count)) : undefined);
      checkShardResumable(previous, options);
    }
    for (const c of plan.collisions) {
      emit({ type: 'warning', message: `repeat ${c.repeat}: the answer "${c.answer}" also appears in the document (${c.length.toLocaleString('en-US')} tokens, depth ${c.depth}%): "${c.excerpt}"` });
    }
    // A shard is chosen from our own counts, before any server fitting, so every machine picks the same trials.
    const sweepTrials = plan.trials.length;
    if (options.shard) plan = { ...plan, trials: shardTrials(plan.trials, options.shard) };
    const counter = resolved.counter;
    let calibration: PreparedSweep['calibration'] = null;
    if (counter && counter.kind === 'usage' && sendNothing) {
      // Counting on a server without /tokenize means sending the prompts: a dry run estimates that instead.
      const estimate = usageCalibrationEstimate(plan.trials);
      calibration = { ...estimate, sent: false };
      emit({ type: 'notice', message: `lengths are not fitted to the server's count in a dry run: that takes up to ${estimate.requests} requests (${estimate.promptTokens.toLocaleString('en-US')} prompt tokens, included in the estimate)` });
    } else if (counter) {
      if (counter.kind === 'usage') checkCalibrationBudget(options, plan.trials);
      emit({ type: 'stage', message: `fitting ${plan.trials.length} prompts to the server's token count …` });
      const spent = { requests: 0, promptTokens: 0 };
      plan = await fitPlanToServer(plan, planInput, async (m) => {
        const n = await counter.countMessages(m);
        spent.requests++;
        spent.promptTokens += n;
        return n;
      }).catch((error: unknown) => {
        throw countingFailed(error, counter.how);
      });
      if (counter.kind === 'usage') calibration = { ...spent, sent: true };
    }
    const serverContext = counter?.contextSize ?? resolved.server?.contextPerSlot ?? null;
    if (serverContext) warnContext(serverContext, plan, options, counter !== null, emit);
    if (tokenizerInfo.kind === 'hf' && options.baseUrl && options.model && model.kind !== 'baseline' && !options.batch && !sendNothing) {
      await crossCheck(plan, planInput, options, tokenizerInfo, emit);
    }

    const planned = new Set(plan.trials.map((t) => t.id));
    const done = new Map(readResults(options.out).filter((r) => planned.has(r.trial_id)).map((r) => [r.trial_id, r]));
    const unsent = plan.trials.filter((t) => {
      const r = done.get(t.id);
      // --retry-errors resends what was never measured: failed requests, and overflows (after raising the server's context).
      return !r || (options.retryErrors && (r.status === 'error' || r.status === 'overflow')) || resendIncomplete(r, options);
    });
    const pending = sendingOrder(unsent, tokenizer, haystack.lang);
    const tokenizerLabel = counter ? `server (${counter.how}; cut with ${tokenizer.name})` : tokenizer.name;
    return {
      options: { ...options, lengths },
      model,
      judge,
      tokenizer,
      haystack,
      plan,
      draws,
      lengths,
      previous,
      done,
      pending,
      tokenizerLabel,
      tokenizerInfo,
      server: resolved.server,
      serverContext,
      exactServerCounts: counter?.exact ?? false,
      calibration,
      sweepTrials,
    };
  } catch (error) {
    tokenizer.free();
    throw error;
  }
}

/** An `incomplete` trial is sent again when resuming with a higher output limit than it was cut off at (or with --retry-errors). */
function resendIncomplete(r: TrialRecord, options: SweepOptions): boolean {
  if (r.status !== 'incomplete') return false;
  return options.retryErrors || (options.maxOutputTokens !== null && options.maxOutputTokens > (r.max_output_tokens ?? 0));
}

/** The needles' fingerprint recorded in run.json (needles.sha256). */
function needleDrawsSha(draws: readonly TrialNeedles[]): string {
  return sha256(JSON.stringify(draws.map((d) => d.needle)));
}

/**
 * Prompt-cache-friendly order: prompts share the document up to their first insertion, so sending the
 * ones that share the most first lets servers with prefix caching (vLLM, llama.cpp, SGLang) recompute least.
 */
function sendingOrder(trials: Trial[], tokenizer: Tokenizer, lang: Lang = 'en'): Trial[] {
  const framing = frameChat(tokenizer, PROMPT_FRAMES[lang].system, PROMPT_FRAMES[lang].documentPrefix, '').before;
  const byId = new Map(trials.map((t) => [t.id, t]));
  const order = prefixCacheOrder(
    trials.map((t) => ({ id: t.id, key: t.promptSha256, promptTokens: t.promptTokens, sharedUntil: framing + Math.min(...t.placements.map((p) => p.tokenOffset)) })),
  );
  const ordered = order.map((id) => byId.get(id)!);
  // The shortest prompt goes first: if even it fails, the endpoint serves nothing and the sweep can stop early;
  // if it is answered, failures of long prompts (a server out of memory) never stop the sweep.
  const shortest = ordered.reduce((best, t, i) => (t.promptTokens < ordered[best]!.promptTokens ? i : best), 0);
  if (shortest > 0) ordered.unshift(...ordered.splice(shortest, 1));
  return ordered;
}

/** Sends a prepared sweep and writes the run folder. */
export async function sendSweep(prepared: PreparedSweep, hooks: SweepHooks = {}): Promise<SweepResult> {
  const emit = hooks.onEvent ?? (() => undefined);
  const { options, model, judge, tokenizer, haystack, plan, draws, done, pending } = prepared;
  ensureRunDir(options.out);
  for (const file of [RUN_FILES.results, RUN_FILES.control]) {
    const repair = repairResults(options.out, file);
    if (repair?.kind === 'torn') {
      emit({ type: 'warning', message: `${file} ended in a torn line (the process writing it died mid-write): removed its ${repair.removedBytes} bytes; that trial is sent again` });
    }
  }
  const outputLimit = createOutputLimit(options.maxOutputTokens, options.maxOutputTokensAuto ?? false);
  const ctx: TrialContext = { options, model, judge, haystack, tokenizer, outputLimit, serverContext: prepared.serverContext, exactServerCounts: prepared.exactServerCounts };
  // The first wave's prompts are built before sending starts; the rest are built while requests are in flight.
  const queue = options.batch ? null : preparedQueue(pending, ctx, options.concurrency);
  queue?.fill();
  emit({
    type: 'planned',
    total: plan.trials.length,
    pending: pending.length,
    resumed: plan.trials.length - pending.length,
    promptTokens: pending.reduce((n, t) => n + t.promptTokens, 0),
    lengths: prepared.lengths,
  });
  // Calibration requests already sent (a server without /tokenize) count toward --budget like any other.
  const calibrationCost = prepared.calibration?.sent ? calibrationSpend(options, prepared.calibration) : 0;
  checkBudget(options, pending, calibrationCost);

  const needleSha = needleDrawsSha(draws);
  const manifest = withShard(
    buildManifest({ options, model, haystack, plan, needleSha, needleCount: draws.length, tokenizer: prepared.tokenizerLabel, tokenizerInfo: prepared.tokenizerInfo, previous: prepared.previous, server: prepared.server }),
    options,
    plan.trials.length,
    prepared.sweepTrials,
  );
  writeManifest(options.out, manifest);

  const stop = new AbortController();
  // Every request in flight listens to this signal: dozens at once are expected, not a leak.
  setMaxListeners(0, stop.signal);
  const onAbort = () => stop.abort();
  // Interrupted while planning: send nothing.
  if (hooks.signal?.aborted) stop.abort();
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  let interrupted = false;
  let controls: TrialRecord[] = [];
  let fatal: unknown = null;
  try {
    const state: SendState = { out: options.out, concurrency: options.concurrency, done, emit, stop, spent: calibrationCost };
    const sent = options.batch ? await sendAsBatch(pending, ctx, state, hooks.batchPollMs) : await sendAll(pending, ctx, state, queue ?? undefined);
    interrupted = sent.interrupted;
    // Every trial sent failed and none was answered: the endpoint serves no prompts (HTML pages, 500s, hangs).
    if (sent.finished > 0 && sent.answered === 0 && !stop.signal.aborted) throw nothingAnsweredError(sent.failedUnanswered, true);
    if (options.control && !stop.signal.aborted) {
      const questions = controlQuestions(draws, plan.trials);
      emit({ type: 'stage', message: `control: asking ${questions.length} question(s) without the document …` });
      const known = new Map(readResults(options.out, RUN_FILES.control).map((r) => [r.trial_id, r]));
      await runControls(questions, model, { ...options, signal: stop.signal, skip: new Set(known.keys()), outputLimit, lang: haystack.lang }, (r) => {
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

  // Prompts cut at the server's context limit (a count shared by prompts of different lengths, or far below the
  // run's own ratio of the server's count to ours) were not read whole: overflows, not misses.
  for (const [id, message] of findTruncations([...done.values()])) {
    const corrected: TrialRecord = { ...done.get(id)!, status: 'overflow', score: null, outcome: null, error: message };
    appendResult(options.out, corrected);
    done.set(id, corrected);
  }
  const records = plan.trials.map((t) => done.get(t.id)).filter((r): r is TrialRecord => r !== undefined);
  const summary = summarizeRun(records, controls, options.control, options.threshold);
  // Complete only when every planned trial has a record (an expired batch can leave some unsent without any interruption).
  const partial = interrupted || stop.signal.aborted || fatal !== null || records.length < plan.trials.length;
  const finished: RunManifest = { ...manifest, ended_at: new Date().toISOString(), state: partial ? 'partial' : 'complete', summary };
  writeManifest(options.out, finished);
  if (fatal) throw fatal;
  const files = await writeReports(options.out, finished, records, (message: string) => emit({ type: 'warning', message }), { threshold: options.threshold });
  const control = options.control ? [RUN_FILES.control] : [];
  return {
    manifest: finished,
    records,
    summary,
    outDir: options.out,
    interrupted: interrupted || stop.signal.aborted,
    partial,
    files: [RUN_FILES.manifest, RUN_FILES.results, ...control, ...files],
  };
}

/** Refuses to start when the estimated cost of the trials to send exceeds --budget. */
function checkBudget(options: SweepOptions, pending: Trial[], alreadySpent = 0): void {
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
  if (est.cost + alreadySpent > options.budget) {
    const spent = alreadySpent > 0 ? ` (with ${alreadySpent.toFixed(2)} already spent fitting lengths to the server's count)` : '';
    throw new UsageError(`the sweep may cost up to ${(est.cost + alreadySpent).toFixed(2)}${spent}, more than --budget ${options.budget}`, {
      hint: 'lower --max, --lengths, --depths or --repeats, or raise --budget (see --dry-run)',
    });
  }
}

/** The summary with effective length, token-count agreement, control accuracy and judge tallies, where the run has them. */
export function summarizeRun(records: TrialRecord[], controls: TrialRecord[], withControl: boolean, threshold = 0.85): RunSummary {
  const summary = summarize(records);
  summary.effective_length = { threshold, length: effectiveLength(summary.byLength, threshold), relative: relativeEffectiveLength(summary.byLength) };
  const ratios = records
    .filter((r) => r.usage_prompt_tokens !== null && r.prompt_tokens > 0 && !r.from_cache)
    // With --tokenizer server, against the server's own count before sending (not our o200k count of the cut).
    .map((r) => r.usage_prompt_tokens! / (r.server_prompt_tokens ?? r.prompt_tokens))
    .sort((a, b) => a - b);
  if (ratios.length > 0) {
    const round = (x: number) => Math.round(x * 1000) / 1000;
    summary.token_counts = { trials: ratios.length, median_ratio: round(ratios[Math.floor(ratios.length / 2)]!), min_ratio: round(ratios[0]!), max_ratio: round(ratios.at(-1)!) };
  }
  const sizes = promptSizes(records);
  if (sizes.length > 0) summary.prompt_size = sizes;
  const cached = records.filter((r) => r.from_cache);
  if (cached.length > 0) {
    const times = cached.map((r) => r.cached_at).filter((t): t is string => typeof t === 'string').sort();
    summary.cache = { hits: cached.length, oldest: times[0] ?? null, newest: times.at(-1) ?? null };
  }
  if (withControl) summary.control = summarizeControls(controls);
  const judge = summarizeJudge(records);
  if (judge) summary.judge = judge;
  return summary;
}

/**
 * Counts a few built prompts with the server's /tokenize (when it has one) and reports the agreement; a server
 * without /tokenize is not asked anything. A failed check is a warning: the sweep's lengths stay ours.
 */
async function crossCheck(plan: Plan, planInput: Parameters<typeof crossCheckTokenizer>[1], options: SweepOptions, info: TokenizerInfo, emit: (e: SweepEvent) => void): Promise<void> {
  try {
    const counter = await probeServerCounter({ baseUrl: options.baseUrl!, model: options.model!, apiKey: options.apiKey ?? undefined, headers: options.headers, timeoutMs: options.timeoutMs });
    if (!counter) return;
    emit({ type: 'stage', message: `checking ${options.tokenizer} against the server's ${counter.kind} /tokenize …` });
    info.cross_check = await crossCheckTokenizer(plan, planInput, counter);
    const { ok, message } = describeCrossCheck(info.cross_check, options.tokenizer);
    emit({ type: ok ? 'notice' : 'warning', message });
  } catch (error) {
    emit({ type: 'warning', message: `tokenizer check against the server's /tokenize failed: ${(error as Error).message}` });
  }
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

export type { Plan };
