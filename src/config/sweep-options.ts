// Resolved options of a sweep, with their defaults: what the CLI builds and runSweep takes.

import { loadNeedleFile } from '../needles/load-needle-file.js';
import type { Lang } from '../types.js';
import type { ShardSpec } from './parse-shard.js';
import { resolveDepths, resolveLengths, type Spacing } from './parse-values.js';

/** Built-in needle sets. */
export const NEEDLE_SETS = ['lexical', 'paraphrased', 'mixed'] as const;
export type NeedleSetName = (typeof NEEDLE_SETS)[number];

/** Everything a sweep needs, resolved (no defaults left to apply). */
export interface SweepOptions {
  /** Prompt lengths in tokens, ascending. */
  lengths: number[];
  /** Needle depths in percent, ascending. */
  depths: number[];
  /** Bounds and spacing the lengths came from (recorded for the reproduce command). */
  min: number;
  max: number;
  spacing: Spacing;
  /** Model id; null with no base URL runs the in-process keyword baseline. */
  model: string | null;
  /** OpenAI-compatible base URL including /v1; null for the baseline. */
  baseUrl: string | null;
  /** Further base URLs serving the same model (replicas sharing the sweep's concurrency). */
  extraBaseUrls: string[];
  /** API key: used for requests only, never printed or written. */
  apiKey: string | null;
  /**
   * Answer prompts already answered by the same server (as far as it identifies its model), model and
   * parameters from the on-disk response cache. Off by default: a cached answer is not a measurement of
   * the model serving now. @default false
   */
  cache: boolean;
  /** Cached answers older than this are not used; null keeps them forever. @default 604_800_000 (7 days) @unit ms */
  cacheTtlMs: number | null;
  /** Requests per minute at most; null for no limit. */
  rpm: number | null;
  /** Tokens (prompt + output) per minute at most; null for no limit. */
  tpm: number | null;
  /** Price per million prompt tokens, for estimates and --budget. */
  priceIn: number | null;
  /** Price per million output tokens. */
  priceOut: number | null;
  /** Refuse to start (or stop) when the estimated (or spent) cost exceeds this. */
  budget: number | null;
  /** Send through the OpenAI Batch API (half price, answers within 24 h). @default false */
  batch: boolean;
  /** Use Ollama's native /api/chat (with num_ctx) when the server is Ollama. @default true */
  ollamaNative: boolean;
  /** `financial-report`, `meeting-transcript`, or a path/folder/glob of documents. @default 'financial-report' */
  haystack: string;
  /**
   * Language of a generated haystack, of its built-in needles and of the prompt's frame (system prompt, instructions,
   * question line); a user's documents take `en`. @default 'en'
   */
  lang: Lang;
  /** Path of a JSON/YAML needles file; null for the built-in set. */
  needlesFile: string | null;
  /** Built-in needle set. @default 'mixed' */
  needleSet: NeedleSetName;
  /** Seed of the haystack and needle values. */
  seed: number;
  /**
   * `o200k_base`, `cl100k_base`, `server` (count in the model's own tokens at the endpoint), `hf:<model folder or
   * tokenizer.json>` or a preset (`llama3`, `qwen3`, …): the model's own tokenizer and chat template, offline.
   * @default 'o200k_base'
   */
  tokenizer: string;
  /** A Jinja chat template file replacing (or supplying) the model's, with `hf:` or a preset. @default null */
  chatTemplate?: string | null;
  /** Requests in flight at once. @default 4 */
  concurrency: number;
  /** Trials per cell, each with another needle instance (with `mixed`, lexical and paraphrased in turn). @default 4 (a needles file: its needle count) */
  repeats: number;
  /** Near-miss decoys placed in each prompt. @default 0 */
  distractors: number;
  /** Needles per prompt. @default 1 */
  multi: number;
  /** With multi > 1: ask for all needles (`value`) or one among same-shaped decoys (`key`). @default 'value' */
  multiMode: 'value' | 'key';
  /** Also ask every question without the document. @default false */
  control: boolean;
  /** Judge model consulted when the deterministic scorer cannot decide; null for none. */
  judgeModel: string | null;
  /** Endpoint of the judge; null: the swept model's endpoint. */
  judgeBaseUrl: string | null;
  /** Which trials the judge decides: those the rules cannot (`undecided`), or every answered one (`all`). @default 'undecided' */
  judgeMode: 'undecided' | 'all';
  /** Recall an effective length must keep. @default 0.85 */
  threshold: number;
  /** @default 0 */
  temperature: number | null;
  /** @default 256 */
  maxOutputTokens: number | null;
  /**
   * True when the user did not set the output limit: it is then raised to 8,192 tokens once the model shows
   * it reasons (reasoning text or tokens, think blocks). @default true
   */
  maxOutputTokensAuto: boolean;
  /** Run folder. */
  out: string;
  /** Per-request timeout. @default 1_800_000 @unit ms */
  timeoutMs: number;
  /** Retries of a failed request (429, 5xx, timeouts, dropped connections). @default 4 */
  maxRetries: number;
  /** Resend trials recorded with status `error` or `overflow` when resuming. @default false */
  retryErrors: boolean;
  /** Extra HTTP headers for the endpoint (gateways). */
  headers: Record<string, string>;
  /** Run only this shard of the sweep's trials (balanced by prompt tokens); null: the whole sweep. */
  shard?: ShardSpec | null;
  /** The command line, as recorded in run.json (no secrets). */
  command: string;
}

/** Defaults shared by the CLI and the library. */
export const SWEEP_DEFAULTS = {
  min: 1_000,
  max: 200_000,
  lengthCount: 10,
  /** Five depths (0, 25, 50, 75, 100%) × four needles per cell: what recall looks like, at a first run's cost. */
  depthCount: 5,
  spacing: 'log' as Spacing,
  haystack: 'financial-report',
  lang: 'en' as Lang,
  needleSet: 'mixed' as NeedleSetName,
  tokenizer: 'o200k_base',
  concurrency: 4,
  /** Built-in needles per cell: with `mixed`, two lexical and two paraphrased (a file's needles: all of them). */
  repeats: 4,
  distractors: 0,
  multi: 1,
  multiMode: 'value' as const,
  threshold: 0.85,
  temperature: 0,
  maxOutputTokens: 256,
  timeoutMs: 30 * 60_000,
  maxRetries: 4,
  cacheTtlMs: 7 * 24 * 3_600_000,
};

/** Options for library callers: anything not given takes the CLI's default (lengths and depths from counts). */
export function defineSweep(overrides: Partial<SweepOptions> = {}): SweepOptions {
  const min = overrides.min ?? SWEEP_DEFAULTS.min;
  const max = overrides.max ?? SWEEP_DEFAULTS.max;
  const spacing = overrides.spacing ?? SWEEP_DEFAULTS.spacing;
  return {
    lengths: overrides.lengths ?? resolveLengths(String(SWEEP_DEFAULTS.lengthCount), min, max, spacing),
    depths: overrides.depths ?? resolveDepths(String(SWEEP_DEFAULTS.depthCount)),
    min,
    max,
    spacing,
    model: null,
    baseUrl: null,
    extraBaseUrls: [],
    apiKey: null,
    cache: false,
    cacheTtlMs: SWEEP_DEFAULTS.cacheTtlMs,
    rpm: null,
    tpm: null,
    priceIn: null,
    priceOut: null,
    budget: null,
    batch: false,
    ollamaNative: true,
    haystack: SWEEP_DEFAULTS.haystack,
    lang: SWEEP_DEFAULTS.lang,
    needlesFile: null,
    needleSet: SWEEP_DEFAULTS.needleSet,
    seed: 1,
    tokenizer: SWEEP_DEFAULTS.tokenizer,
    concurrency: SWEEP_DEFAULTS.concurrency,
    // As on the command line: a needles file is used whole, once per cell.
    repeats: overrides.needlesFile ? loadNeedleFile(overrides.needlesFile).length : SWEEP_DEFAULTS.repeats,
    distractors: SWEEP_DEFAULTS.distractors,
    multi: SWEEP_DEFAULTS.multi,
    multiMode: SWEEP_DEFAULTS.multiMode,
    control: false,
    judgeModel: null,
    judgeBaseUrl: null,
    judgeMode: 'undecided',
    threshold: SWEEP_DEFAULTS.threshold,
    temperature: SWEEP_DEFAULTS.temperature,
    maxOutputTokens: SWEEP_DEFAULTS.maxOutputTokens,
    maxOutputTokensAuto: overrides.maxOutputTokens === undefined,
    out: 'reports/library-run',
    timeoutMs: SWEEP_DEFAULTS.timeoutMs,
    maxRetries: SWEEP_DEFAULTS.maxRetries,
    retryErrors: false,
    headers: {},
    command: 'runSweep (library)',
    ...overrides,
  };
}
