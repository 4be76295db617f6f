// The sweep's options, declared once as data: the CLI flags, the config file's keys and its JSON Schema all derive from this table.

import { TIKTOKEN_ENCODINGS } from '../tokenize/tiktoken-tokenizer.js';
import { NEEDLE_SETS, SWEEP_DEFAULTS } from './sweep-options.js';

/** Raw flag values as commander hands them over (strings until resolved into SweepOptions). */
export interface SweepFlags {
  max: string;
  min: string;
  lengths: string;
  spacing: string;
  depths: string;
  model?: string;
  baseUrl: string[];
  apiKeyEnv: string;
  header: string[];
  haystack: string;
  needles?: string;
  needleSet: string;
  seed?: string;
  tokenizer: string;
  concurrency: string;
  repeats?: string;
  distractors: string;
  multi: string;
  multiMode: string;
  control: boolean;
  judgeModel?: string;
  judgeBaseUrl?: string;
  temperature: string;
  maxOutputTokens: string;
  out?: string;
  timeout: string;
  maxRetries: string;
  retryErrors: boolean;
  failUnder?: string;
  junit?: string;
  junitCells: boolean;
  threshold: string;
  quiet: boolean;
  cache: boolean;
  rpm?: string;
  tpm?: string;
  priceIn?: string;
  priceOut?: string;
  budget?: string;
  dryRun: boolean;
  batch: boolean;
  ollamaNative: boolean;
}

/**
 * One sweep option. `name` is commander's attribute (camelCase of `long`); a flag with `arg` takes a value,
 * one without is a switch (`negate`: written `--no-<long>`, on by default).
 */
export interface SweepFlagSpec {
  name: keyof SweepFlags;
  /** Long flag without the dashes (and without `no-` for negated switches). */
  long: string;
  /** One-letter alias, without the dash. */
  short?: string;
  /** Value placeholder, e.g. `<len>`; absent for switches. */
  arg?: string;
  description: string;
  /** Default as commander receives it (a string for valued flags, a boolean for switches). */
  default?: string | boolean;
  /** Accepted values, checked by commander. */
  choices?: readonly string[];
  /** The flag may be given several times; its values collect into a list. */
  repeatable?: boolean;
  /** A `--no-<long>` switch: true unless given. */
  negate?: boolean;
}

/** Every `needle sweep` option, in the order `--help` lists them. Names, defaults and meanings are a public contract. */
export const SWEEP_FLAGS: readonly SweepFlagSpec[] = [
  { name: 'max', long: 'max', arg: '<len>', description: 'longest prompt, in tokens (4096, 8k, 128k, 1m, 1.5m)', default: '200k' },
  { name: 'min', long: 'min', arg: '<len>', description: 'shortest prompt, in tokens', default: '1k' },
  { name: 'lengths', long: 'lengths', arg: '<n|list>', description: 'a count of lengths from --min to --max, or a list like 8k,16k,32k', default: String(SWEEP_DEFAULTS.lengthCount) },
  { name: 'spacing', long: 'spacing', arg: '<kind>', description: 'spacing of counted lengths', choices: ['log', 'linear'], default: SWEEP_DEFAULTS.spacing },
  { name: 'depths', long: 'depths', arg: '<n|list>', description: 'a count of depths over 0–100% inclusive, or a list like 0,25,50,75,100', default: String(SWEEP_DEFAULTS.depthCount) },
  { name: 'model', long: 'model', arg: '<id>', description: 'model name at the endpoint (default: the in-process keyword baseline)' },
  {
    name: 'baseUrl',
    long: 'base-url',
    arg: '<url>',
    description: 'OpenAI-compatible base URL including /v1 (default: $OPENAI_BASE_URL); repeat it (or give a comma list) for replicas of one model',
    repeatable: true,
  },
  { name: 'apiKeyEnv', long: 'api-key-env', arg: '<name>', description: 'environment variable holding the API key', default: 'OPENAI_API_KEY' },
  { name: 'header', long: 'header', arg: '<k=v>', description: 'extra HTTP header for gateways (repeatable)', repeatable: true },
  { name: 'haystack', long: 'haystack', arg: '<kind|path>', description: 'financial-report, meeting-transcript, or .txt/.md/.pdf file, folder or glob', default: SWEEP_DEFAULTS.haystack },
  { name: 'needles', long: 'needles', arg: '<file>', description: 'JSON or YAML array of {needle, question, answer}' },
  { name: 'needleSet', long: 'needle-set', arg: '<set>', description: `built-in needle set: ${NEEDLE_SETS.join(', ')}`, default: SWEEP_DEFAULTS.needleSet },
  { name: 'seed', long: 'seed', arg: '<n>', description: 'seed of the haystack and needle values (default: random, printed and recorded)' },
  {
    name: 'tokenizer',
    long: 'tokenizer',
    arg: '<name>',
    description: `tokenizer that defines lengths: ${TIKTOKEN_ENCODINGS.join(', ')}, or server (the model's own, counted at the endpoint)`,
    default: SWEEP_DEFAULTS.tokenizer,
  },
  { name: 'concurrency', long: 'concurrency', short: 'j', arg: '<n>', description: 'requests in flight at once', default: String(SWEEP_DEFAULTS.concurrency) },
  { name: 'repeats', long: 'repeats', arg: '<n>', description: 'trials per cell, each with another needle (default 1; with --needles, the number of needles)' },
  { name: 'distractors', long: 'distractors', arg: '<n>', description: 'near-miss decoys placed in each prompt', default: String(SWEEP_DEFAULTS.distractors) },
  { name: 'multi', long: 'multi', arg: '<k>', description: 'needles per prompt, spread over the document', default: '1' },
  {
    name: 'multiMode',
    long: 'multi-mode',
    arg: '<mode>',
    description: 'with --multi: ask for every needle (value) or one among same-shaped decoys (key)',
    choices: ['value', 'key'],
    default: 'value',
  },
  { name: 'control', long: 'control', description: 'also ask every question without the document (answers known or guessed)', default: false },
  { name: 'judgeModel', long: 'judge-model', arg: '<id>', description: 'model consulted only when the deterministic scorer cannot decide' },
  { name: 'judgeBaseUrl', long: 'judge-base-url', arg: '<url>', description: 'endpoint of the judge model (default: --base-url)' },
  { name: 'temperature', long: 'temperature', arg: '<t>', description: 'sampling temperature', default: String(SWEEP_DEFAULTS.temperature) },
  { name: 'maxOutputTokens', long: 'max-output-tokens', arg: '<n>', description: 'output token limit per answer', default: String(SWEEP_DEFAULTS.maxOutputTokens) },
  { name: 'out', long: 'out', short: 'o', arg: '<dir>', description: 'run folder (default: reports/<timestamp>-<model>); an existing one is resumed' },
  { name: 'timeout', long: 'timeout', arg: '<seconds>', description: 'per-request timeout', default: String(SWEEP_DEFAULTS.timeoutMs / 1000) },
  { name: 'maxRetries', long: 'max-retries', arg: '<n>', description: 'retries of a request after 429, 5xx, timeouts and dropped connections', default: String(SWEEP_DEFAULTS.maxRetries) },
  { name: 'retryErrors', long: 'retry-errors', description: 'when resuming, resend trials that ended in error', default: false },
  { name: 'failUnder', long: 'fail-under', arg: '<recall>', description: 'exit 1 when overall recall (ok trials) is below this, 0–1' },
  { name: 'junit', long: 'junit', arg: '<file>', description: 'write JUnit XML (one test case per length; failing below --fail-under)' },
  { name: 'junitCells', long: 'junit-cells', description: 'with --junit, also one test case per cell', default: false },
  { name: 'threshold', long: 'threshold', arg: '<recall>', description: 'recall an effective length must keep, 0–1', default: '0.85' },
  { name: 'cache', long: 'cache', negate: true, description: 'send every prompt even if an identical one was answered before (response cache in ~/.cache/needle)' },
  { name: 'rpm', long: 'rpm', arg: '<n>', description: 'stay under this many requests per minute' },
  { name: 'tpm', long: 'tpm', arg: '<n>', description: 'stay under this many tokens (prompt + output) per minute' },
  { name: 'priceIn', long: 'price-in', arg: '<amount>', description: 'price per million prompt tokens (for --dry-run and --budget)' },
  { name: 'priceOut', long: 'price-out', arg: '<amount>', description: 'price per million output tokens' },
  { name: 'budget', long: 'budget', arg: '<amount>', description: 'refuse to start when the estimate exceeds this; stop when the spend does' },
  { name: 'dryRun', long: 'dry-run', description: 'print the plan (cells, trials, prompt tokens, estimated cost) and send nothing', default: false },
  { name: 'batch', long: 'batch', description: 'send through the OpenAI Batch API (half price, results within 24 h)', default: false },
  { name: 'ollamaNative', long: 'ollama-native', negate: true, description: 'with an Ollama server, use its OpenAI endpoint instead of /api/chat (which sets num_ctx)' },
  { name: 'quiet', long: 'quiet', short: 'q', description: 'no progress output', default: false },
];

/** The flag as typed on the command line, e.g. `--max-output-tokens`, `--no-cache`. */
export function flagName(spec: SweepFlagSpec): string {
  return `--${spec.negate ? 'no-' : ''}${spec.long}`;
}
