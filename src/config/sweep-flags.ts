// The sweep's options, declared once as data: the CLI flags, the config file's keys and its JSON Schema all derive from this table.

import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { REASONING_OUTPUT_TOKENS } from '../run/output-limit.js';
import { checkTokenizerName, TOKENIZER_CHOICES } from '../tokenize/create-tokenizer.js';
import { hfPaths } from '../tokenize/hf-files.js';
import { parseBaseUrl, parseChoice, parseCount, parseDuration, parseHeader, parseLength, parseNumber, parseSeed, resolveDepths, resolveLengths } from './parse-values.js';
import { parseShard } from './parse-shard.js';
import { NEEDLE_SETS, SWEEP_DEFAULTS } from './sweep-options.js';
import { LANGS } from '../types.js';

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
  lang: string;
  needles?: string;
  needleSet: string;
  seed?: string;
  tokenizer: string;
  chatTemplate?: string;
  concurrency: string;
  repeats?: string;
  distractors: string;
  multi: string;
  multiMode: string;
  control: boolean;
  judgeModel?: string;
  judgeBaseUrl?: string;
  judge: string;
  temperature: string;
  maxOutputTokens?: string;
  out?: string;
  timeout: string;
  maxRetries: string;
  retryErrors: boolean;
  failUnder?: string;
  junit?: string;
  junitCells: boolean;
  threshold: string;
  quiet: boolean;
  cache?: boolean;
  cacheTtl: string;
  rpm?: string;
  tpm?: string;
  priceIn?: string;
  priceOut?: string;
  budget?: string;
  dryRun: boolean;
  batch: boolean;
  ollamaNative: boolean;
  shard?: string;
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
  /** A `--no-<long>` switch: true unless given (or, beside a `--<long>` switch of the same name, its off spelling). */
  negate?: boolean;
  /** Another spelling of an option declared just before it (`--no-cache` beside `--cache`): command line only. */
  alias?: boolean;
  /**
   * Parses one value given alone, with the same rules whether it came from the flag or the config file,
   * naming it as `label` (`--max`, or `models[1].max` in a config) in errors. Absent: any non-empty text.
   */
  parse?: (value: string, label: string) => unknown;
  /** How the option reads in a config file (its key is the snake_case of `long`: `max_output_tokens`). */
  config?: ConfigTraits;
}

/** How an option's value is written in a config file, beyond a plain scalar. */
export interface ConfigTraits {
  /** A list is accepted and joined with commas (`lengths: [8k, 32k]`). */
  list?: boolean;
  /** A list makes one run per value (`haystack: [financial-report, meeting-transcript]`). */
  matrix?: boolean;
  /** A map `{name: value}` is accepted (`header: {X-Title: needle}`). */
  map?: boolean;
  /** A path: relative paths are read from the config file's folder. */
  path?: boolean;
  /** One value for the whole config: not allowed inside a `models` entry. */
  shared?: boolean;
}

const count = (min: number, max: number) => (v: string, label: string) => parseCount(v, label, { min, max });
const number = (min: number, max = Infinity) => (v: string, label: string) => parseNumber(v, label, { min, max });

/** The tokenizers `--tokenizer` accepts: an encoding, `server`, a preset, or `hf:<path>` to a folder or tokenizer.json that exists. */
export function parseTokenizer(value: string): string {
  const tokenizer = checkTokenizerName(value);
  if (tokenizer.startsWith('hf:')) hfPaths(tokenizer.slice(3)); // a missing folder or tokenizer.json is a flag error
  return tokenizer;
}

/** A file that must exist (e.g. `--chat-template`). */
function existingFile(value: string, label: string): string {
  if (!existsSync(value)) throw new UsageError(`${label} ${value}: no such file`);
  return value;
}

/** Every `needle sweep` option, in the order `--help` lists them. Names, defaults and meanings are a public contract. */
export const SWEEP_FLAGS: readonly SweepFlagSpec[] = [
  { name: 'max', long: 'max', arg: '<len>', description: 'longest prompt, in tokens (4096, 8k, 128k, 1m, 1.5m)', default: '200k', parse: parseLength },
  { name: 'min', long: 'min', arg: '<len>', description: 'shortest prompt, in tokens', default: '1k', parse: parseLength },
  { name: 'lengths', long: 'lengths', arg: '<n|list>', description: 'a count of lengths from --min to --max, or a list like 8k,16k,32k',
    default: String(SWEEP_DEFAULTS.lengthCount),
    parse: (v, label) => resolveLengths(v, SWEEP_DEFAULTS.min, SWEEP_DEFAULTS.min, 'log', label),
    config: { list: true },
  },
  { name: 'spacing', long: 'spacing', arg: '<kind>', description: 'spacing of counted lengths', choices: ['log', 'linear'], default: SWEEP_DEFAULTS.spacing },
  { name: 'depths', long: 'depths', arg: '<n|list>', description: 'a count of depths over 0–100% inclusive, or a list like 0,25,50,75,100',
    default: String(SWEEP_DEFAULTS.depthCount),
    parse: resolveDepths,
    config: { list: true },
  },
  { name: 'model', long: 'model', arg: '<id>', description: 'model name at the endpoint (default: the in-process keyword baseline)' },
  {
    name: 'baseUrl',
    long: 'base-url',
    arg: '<url>',
    description: 'OpenAI-compatible base URL including /v1 (default: $OPENAI_BASE_URL); repeat it (or give a comma list) for replicas of one model',
    repeatable: true,
    parse: parseBaseUrl,
  },
  { name: 'apiKeyEnv', long: 'api-key-env', arg: '<name>', description: 'environment variable holding the API key', default: 'OPENAI_API_KEY' },
  { name: 'header', long: 'header', arg: '<k=v>', description: 'extra HTTP header for gateways (repeatable)', repeatable: true, parse: parseHeader, config: { map: true } },
  { name: 'haystack', long: 'haystack', arg: '<kind|path>', description: 'financial-report, meeting-transcript, or .txt/.md/.pdf file, folder or glob',
    default: SWEEP_DEFAULTS.haystack,
    config: { matrix: true, path: true, shared: true },
  },
  {
    name: 'lang',
    long: 'lang',
    arg: '<lang>',
    description: `language of a generated haystack, its built-in needles and the prompt around them: ${LANGS.join(', ')}`,
    default: SWEEP_DEFAULTS.lang,
    parse: (v, label) => parseChoice(v, label, LANGS),
    config: { matrix: true, shared: true },
  },
  { name: 'needles', long: 'needles', arg: '<file>', description: 'JSON or YAML array of {needle, question, answer}', config: { matrix: true, path: true, shared: true } },
  { name: 'needleSet', long: 'needle-set', arg: '<set>', description: `built-in needle set: ${NEEDLE_SETS.join(', ')}`,
    default: SWEEP_DEFAULTS.needleSet,
    parse: (v, label) => parseChoice(v, label, NEEDLE_SETS),
    config: { matrix: true, shared: true },
  },
  { name: 'seed', long: 'seed', arg: '<n>', description: 'seed of the haystack and needle values (default: random, printed and recorded)', parse: parseSeed, config: { shared: true } },
  {
    name: 'tokenizer',
    long: 'tokenizer',
    arg: '<name>',
    description: `tokenizer that defines lengths: ${TOKENIZER_CHOICES}`,
    default: SWEEP_DEFAULTS.tokenizer,
    parse: parseTokenizer,
  },
  { name: 'chatTemplate', long: 'chat-template', arg: '<file>', description: "with hf: or a preset, a Jinja chat template replacing (or supplying) the model's", parse: existingFile, config: { path: true } },
  { name: 'concurrency', long: 'concurrency', short: 'j', arg: '<n>', description: 'requests in flight at once', default: String(SWEEP_DEFAULTS.concurrency), parse: count(1, 1024) },
  { name: 'repeats', long: 'repeats', arg: '<n>', description: `trials per cell, each with another needle; mixed takes lexical and paraphrased in turn (default ${SWEEP_DEFAULTS.repeats}; with --needles, the number of needles)`, parse: count(1, 10_000) },
  { name: 'distractors', long: 'distractors', arg: '<n>', description: 'near-miss decoys placed in each prompt', default: String(SWEEP_DEFAULTS.distractors), parse: count(0, 50) },
  { name: 'multi', long: 'multi', arg: '<k>', description: 'needles per prompt, spread over the document', default: '1', parse: count(1, 50) },
  {
    name: 'multiMode',
    long: 'multi-mode',
    arg: '<mode>',
    description: 'with --multi: ask for every needle (value) or one among same-shaped decoys (key)',
    choices: ['value', 'key'],
    default: 'value',
  },
  { name: 'control', long: 'control', description: 'also ask every question without the document (answers known or guessed)', default: false },
  { name: 'judgeModel', long: 'judge-model', arg: '<id>', description: 'a model that decides the trials the scoring rules cannot; its verdict is the score' },
  { name: 'judgeBaseUrl', long: 'judge-base-url', arg: '<url>', description: 'endpoint of the judge model (default: --base-url)', parse: parseBaseUrl },
  {
    name: 'judge',
    long: 'judge',
    arg: '<when>',
    description: 'with --judge-model: the trials the rules cannot decide, or all answered trials',
    choices: ['undecided', 'all'],
    default: 'undecided',
  },
  { name: 'temperature', long: 'temperature', arg: '<t>', description: 'sampling temperature', default: String(SWEEP_DEFAULTS.temperature), parse: number(0, 2) },
  {
    name: 'maxOutputTokens',
    long: 'max-output-tokens',
    arg: '<n>',
    description: `output token limit per answer (default ${SWEEP_DEFAULTS.maxOutputTokens}; ${REASONING_OUTPUT_TOKENS} once the model shows it reasons)`,
    parse: count(1, 1_000_000),
  },
  { name: 'out', long: 'out', short: 'o', arg: '<dir>', description: 'run folder (default: reports/<timestamp>-<model>); an existing one is resumed', config: { path: true, shared: true } },
  { name: 'timeout', long: 'timeout', arg: '<seconds>', description: 'per-request timeout', default: String(SWEEP_DEFAULTS.timeoutMs / 1000), parse: number(1) },
  { name: 'maxRetries', long: 'max-retries', arg: '<n>', description: 'retries of a request after 429, 5xx, timeouts and dropped connections', default: String(SWEEP_DEFAULTS.maxRetries), parse: count(0, 20) },
  { name: 'retryErrors', long: 'retry-errors', description: "when resuming, resend trials that ended in error or overflow (e.g. after raising the server's context)", default: false },
  { name: 'failUnder', long: 'fail-under', arg: '<recall>', description: 'exit 1 when overall recall (ok trials) is below this, 0–1', parse: number(0, 1) },
  { name: 'junit', long: 'junit', arg: '<file>', description: 'write JUnit XML (one test case per length; failing below --fail-under)', config: { path: true } },
  { name: 'junitCells', long: 'junit-cells', description: 'with --junit, also one test case per cell', default: false },
  { name: 'threshold', long: 'threshold', arg: '<recall>', description: 'recall an effective length must keep, 0–1', default: '0.85', parse: number(0, 1) },
  {
    name: 'cache',
    long: 'cache',
    description: 'answer prompts this server (as far as it identifies its model), model and parameters already answered from the response cache in ~/.cache/needle instead of sending them again',
  },
  { name: 'cache', long: 'cache', negate: true, alias: true, description: 'send every prompt (the default)' },
  { name: 'cacheTtl', long: 'cache-ttl', arg: '<duration>', description: 'with --cache: use cached answers at most this old (30m, 12h, 7d, never)', default: '7d', parse: (v, label) => parseDuration(v, label) },
  { name: 'rpm', long: 'rpm', arg: '<n>', description: 'stay under this many requests per minute', parse: count(1, Number.MAX_SAFE_INTEGER) },
  { name: 'tpm', long: 'tpm', arg: '<n>', description: 'stay under this many tokens (prompt + output) per minute', parse: count(1, Number.MAX_SAFE_INTEGER) },
  { name: 'priceIn', long: 'price-in', arg: '<amount>', description: 'price per million prompt tokens (for --dry-run and --budget)', parse: number(0) },
  { name: 'priceOut', long: 'price-out', arg: '<amount>', description: 'price per million output tokens', parse: number(0) },
  { name: 'budget', long: 'budget', arg: '<amount>', description: 'refuse to start when the estimate exceeds this; stop when the spend does', parse: number(0) },
  { name: 'dryRun', long: 'dry-run', description: 'print the plan (cells, trials, prompt tokens, estimated cost) and send nothing', default: false },
  { name: 'batch', long: 'batch', description: 'send through the OpenAI Batch API (half price, results within 24 h)', default: false },
  { name: 'ollamaNative', long: 'ollama-native', negate: true, description: 'with an Ollama server, use its OpenAI endpoint instead of /api/chat (which sets num_ctx)' },
  { name: 'quiet', long: 'quiet', short: 'q', description: 'no progress output', default: false },
  {
    name: 'shard',
    long: 'shard',
    arg: '<i/n>',
    description: 'run only shard i of n of the sweep (balanced by prompt tokens; needs --seed), into its own run folder; auto/n reads JOB_COMPLETION_INDEX',
    parse: (v, label) => parseShard(v, label),
    config: { shared: true },
  },
];

/** The flag as typed on the command line, e.g. `--max-output-tokens`, `--no-cache`. */
export function flagName(spec: SweepFlagSpec): string {
  return `--${spec.negate ? 'no-' : ''}${spec.long}`;
}

/** The option's key in a config file: the snake_case of its long flag (`--no-cache` → `cache`). */
export function configKey(spec: SweepFlagSpec): string {
  return spec.long.replace(/-/g, '_');
}

/** The declared option of a flags attribute. */
export function flagSpec(name: keyof SweepFlags): SweepFlagSpec {
  const spec = SWEEP_FLAGS.find((s) => s.name === name);
  if (!spec) throw new Error(`internal: no sweep option ${String(name)}`);
  return spec;
}

/** Parses a flag's raw value with its declared parser, naming the flag in errors. */
export function parseFlag<T>(name: keyof SweepFlags, value: string): T {
  const spec = flagSpec(name);
  return (spec.parse ? spec.parse(value, flagName(spec)) : value) as T;
}

/**
 * The command-line arguments that give these flag values, leaving out those equal to their default:
 * the reproduce command of a run made from a config file.
 */
export function flagsToArgs(flags: Partial<SweepFlags>): string[] {
  const args: string[] = [];
  for (const spec of SWEEP_FLAGS) {
    const value = flags[spec.name];
    if (value === undefined || spec.alias) continue;
    if (spec.negate || !spec.arg) {
      if (value === (spec.negate ? true : (spec.default ?? false))) continue;
      args.push(spec.negate ? flagName(spec) : `--${spec.long}`);
    } else if (Array.isArray(value)) {
      for (const v of value) args.push(`--${spec.long}`, v);
    } else if (value !== spec.default) {
      args.push(`--${spec.long}`, String(value));
    }
  }
  return args;
}
