// `needle sweep`: flags → SweepOptions → runSweep → printed summary and exit code.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseChoice, parseCount, parseDuration, parseLength, parseNumber, parseSeed, resolveDepths, resolveLengths, type Spacing } from '../config/parse-values.js';
import { NEEDLE_SETS, SWEEP_DEFAULTS, type NeedleSetName, type SweepOptions } from '../config/sweep-options.js';
import { isHaystackKind } from '../haystack/prepare-haystack.js';
import { loadNeedleFile } from '../needles/load-needle-file.js';
import { formatTokens } from '../report/format.js';
import { readManifest } from '../run/results-store.js';
import { estimateCost, formatPlan } from '../run/cost.js';
import { failureReasons, formatReasons } from '../run/failure-summary.js';
import { REASONING_OUTPUT_TOKENS } from '../run/output-limit.js';
import { OUTCOMES } from '../score/stats.js';
import { prepareSweep, runSweep } from '../run/run-sweep.js';
import { checkTokenizerName, isModelTokenizer, TOKENIZER_CHOICES } from '../tokenize/create-tokenizer.js';
import { hfPaths } from '../tokenize/hf-files.js';
import type { RunSummary } from '../types.js';
import { printSweepEvent } from './events.js';
import { gateRun } from './gate.js';
import { createProgress } from './progress.js';
import { bold, dim, formatDuration, table, yellow } from './terminal.js';

/** Raw flag values as commander hands them over. */
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
}

/** Adds the sweep command to the program. */
export function sweepCommand(setExit: (code: number) => void): Command {
  return addSweepOptions(new Command('sweep').description('run a recall sweep over context lengths × needle depths and write a run folder')).action(
    async (flags: SweepFlags, command: Command) => {
      setExit(await sweepAction(flags, command));
    },
  );
}

/** The sweep's flags, shared by `needle sweep` and `needle export`. */
export function addSweepOptions(command: Command): Command {
  return command
    .option('--max <len>', 'longest prompt, in tokens (4096, 8k, 128k, 1m, 1.5m)', '200k')
    .option('--min <len>', 'shortest prompt, in tokens', '1k')
    .option('--lengths <n|list>', 'a count of lengths from --min to --max, or a list like 8k,16k,32k', String(SWEEP_DEFAULTS.lengthCount))
    .addOption(new Option('--spacing <kind>', 'spacing of counted lengths').choices(['log', 'linear']).default(SWEEP_DEFAULTS.spacing))
    .option('--depths <n|list>', 'a count of depths over 0–100% inclusive, or a list like 0,25,50,75,100', String(SWEEP_DEFAULTS.depthCount))
    .option('--model <id>', 'model name at the endpoint (default: the in-process keyword baseline)')
    .option('--base-url <url>', 'OpenAI-compatible base URL including /v1 (default: $OPENAI_BASE_URL); repeat it (or give a comma list) for replicas of one model', collect, [])
    .option('--api-key-env <name>', 'environment variable holding the API key', 'OPENAI_API_KEY')
    .option('--header <k=v>', 'extra HTTP header for gateways (repeatable)', collect, [])
    .option('--haystack <kind|path>', 'financial-report, meeting-transcript, or .txt/.md/.pdf file, folder or glob', SWEEP_DEFAULTS.haystack)
    .option('--needles <file>', 'JSON or YAML array of {needle, question, answer}')
    .option('--needle-set <set>', `built-in needle set: ${NEEDLE_SETS.join(', ')}`, SWEEP_DEFAULTS.needleSet)
    .option('--seed <n>', 'seed of the haystack and needle values (default: random, printed and recorded)')
    .option('--tokenizer <name>', `tokenizer that defines lengths: ${TOKENIZER_CHOICES}`, SWEEP_DEFAULTS.tokenizer)
    .option('--chat-template <file>', "with hf: or a preset, a Jinja chat template replacing (or supplying) the model's")
    .option('-j, --concurrency <n>', 'requests in flight at once', String(SWEEP_DEFAULTS.concurrency))
    .option('--repeats <n>', `trials per cell, each with another needle; mixed takes lexical and paraphrased in turn (default ${SWEEP_DEFAULTS.repeats}; with --needles, the number of needles)`)
    .option('--distractors <n>', 'near-miss decoys placed in each prompt', String(SWEEP_DEFAULTS.distractors))
    .option('--multi <k>', 'needles per prompt, spread over the document', '1')
    .addOption(new Option('--multi-mode <mode>', 'with --multi: ask for every needle (value) or one among same-shaped decoys (key)').choices(['value', 'key']).default('value'))
    .option('--control', 'also ask every question without the document (answers known or guessed)', false)
    .option('--judge-model <id>', 'a model that decides the trials the scoring rules cannot; its verdict is the score')
    .option('--judge-base-url <url>', 'endpoint of the judge model (default: --base-url)')
    .addOption(new Option('--judge <when>', 'with --judge-model: the trials the rules cannot decide, or all answered trials').choices(['undecided', 'all']).default('undecided'))
    .option('--temperature <t>', 'sampling temperature', String(SWEEP_DEFAULTS.temperature))
    .option('--max-output-tokens <n>', `output token limit per answer (default ${SWEEP_DEFAULTS.maxOutputTokens}; ${REASONING_OUTPUT_TOKENS} once the model shows it reasons)`)
    .option('-o, --out <dir>', 'run folder (default: reports/<timestamp>-<model>); an existing one is resumed')
    .option('--timeout <seconds>', 'per-request timeout', String(SWEEP_DEFAULTS.timeoutMs / 1000))
    .option('--max-retries <n>', 'retries of a request after 429, 5xx, timeouts and dropped connections', String(SWEEP_DEFAULTS.maxRetries))
    .option('--retry-errors', 'when resuming, resend trials that ended in error or overflow (e.g. after raising the server\'s context)', false)
    .option('--fail-under <recall>', 'exit 1 when overall recall (ok trials) is below this, 0–1')
    .option('--junit <file>', 'write JUnit XML (one test case per length; failing below --fail-under)')
    .option('--junit-cells', 'with --junit, also one test case per cell', false)
    .option('--threshold <recall>', 'recall an effective length must keep, 0–1', '0.85')
    .option('--cache', 'answer prompts this server (as far as it identifies its model), model and parameters already answered from the response cache in ~/.cache/needle instead of sending them again')
    .option('--no-cache', 'send every prompt (the default)')
    .option('--cache-ttl <duration>', 'with --cache: use cached answers at most this old (30m, 12h, 7d, never)', '7d')
    .option('--rpm <n>', 'stay under this many requests per minute')
    .option('--tpm <n>', 'stay under this many tokens (prompt + output) per minute')
    .option('--price-in <amount>', 'price per million prompt tokens (for --dry-run and --budget)')
    .option('--price-out <amount>', 'price per million output tokens')
    .option('--budget <amount>', 'refuse to start when the estimate exceeds this; stop when the spend does')
    .option('--dry-run', 'print the plan (cells, trials, prompt tokens, estimated cost) and send nothing', false)
    .option('--batch', 'send through the OpenAI Batch API (half price, results within 24 h)', false)
    .option('--no-ollama-native', "with an Ollama server, use its OpenAI endpoint instead of /api/chat (which sets num_ctx)")
    .option('-q, --quiet', 'no progress output', false);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Resolves flags (and environment) into SweepOptions; every error names its flag. */
export function resolveSweepOptions(flags: SweepFlags, env: NodeJS.ProcessEnv, argv: string[], now = new Date(), { offline = false } = {}): SweepOptions {
  const max = parseLength(flags.max, '--max');
  const min = parseLength(flags.min, '--min');
  const spacing = parseChoice(flags.spacing, '--spacing', ['log', 'linear'] as const) as Spacing;
  const lengths = resolveLengths(flags.lengths, Math.min(min, max), max, spacing);
  if (min > max && !flags.lengths.includes(',')) throw new UsageError(`--min (${flags.min}) is longer than --max (${flags.max})`);
  const depths = resolveDepths(flags.depths);
  const urls = (flags.baseUrl.length > 0 ? flags.baseUrl : env.OPENAI_BASE_URL ? [env.OPENAI_BASE_URL] : [])
    .flatMap((u) => u.split(','))
    .map((u) => u.trim())
    .filter((u) => u !== '');
  for (const url of urls) {
    if (!/^https?:\/\/[^\s/]+/.test(url)) throw new UsageError(`--base-url "${url}" is not an http(s) URL`, { hint: 'e.g. --base-url http://127.0.0.1:8000/v1' });
  }
  const baseUrl = urls[0] ?? null;
  if (flags.batch && !baseUrl) throw new UsageError('--batch needs --base-url (the Batch API of OpenAI or a compatible provider)');
  const model = flags.model ?? null;
  if (baseUrl && !model) throw new UsageError('--model is required with --base-url (or OPENAI_BASE_URL)', { hint: 'name the model as the server knows it, e.g. --model llama3.1:8b' });
  if (!baseUrl && model && model !== 'baseline' && !offline) {
    throw new UsageError(`--model ${model} needs --base-url (or OPENAI_BASE_URL)`, { hint: 'without an endpoint, omit --model to run the keyword baseline' });
  }
  const needleSet = parseChoice(flags.needleSet, '--needle-set', NEEDLE_SETS) as NeedleSetName;
  if (!isHaystackKind(flags.haystack) && flags.haystack.trim() === '') throw new UsageError('--haystack is empty');
  const tokenizer = checkTokenizerName(flags.tokenizer);
  if (tokenizer.startsWith('hf:')) hfPaths(tokenizer.slice(3)); // a missing folder or tokenizer.json is a flag error
  if (flags.chatTemplate !== undefined) {
    if (!isModelTokenizer(tokenizer)) throw new UsageError('--chat-template needs the model\'s own tokenizer', { hint: 'with --tokenizer hf:<model folder> or a preset' });
    if (!existsSync(flags.chatTemplate)) throw new UsageError(`--chat-template ${flags.chatTemplate}: no such file`);
  }
  const modelName = model ?? 'baseline';
  const out = flags.out ?? join('reports', `${stamp(now)}-${modelName.replace(/[^A-Za-z0-9._-]+/g, '_')}`);
  const previous = existsSync(out) ? readManifest(out) : null;
  // Resuming without --seed takes the recorded one; a new run draws one (printed and recorded).
  const seed = flags.seed !== undefined ? parseSeed(flags.seed) : (previous?.seed ?? Math.floor(Math.random() * 1_000_000));
  const headers: Record<string, string> = {};
  for (const h of flags.header) {
    const eq = h.indexOf('=');
    if (eq <= 0) throw new UsageError(`--header "${h}" is not k=v`, { hint: 'e.g. --header X-Team=research' });
    headers[h.slice(0, eq).trim()] = h.slice(eq + 1);
  }
  // With a needles file and no --repeats, every needle of the file is used once per cell.
  const repeats =
    flags.repeats !== undefined ? parseCount(flags.repeats, '--repeats', { min: 1, max: 10_000 }) : flags.needles ? loadNeedleFile(flags.needles).length : SWEEP_DEFAULTS.repeats;
  return {
    lengths,
    depths,
    min,
    max,
    spacing,
    model: modelName === 'baseline' && !baseUrl ? null : modelName,
    baseUrl,
    extraBaseUrls: urls.slice(1),
    apiKey: env[flags.apiKeyEnv] ?? null,
    cache: flags.cache === true,
    cacheTtlMs: parseDuration(flags.cacheTtl ?? '7d', '--cache-ttl'),
    rpm: flags.rpm === undefined ? null : parseCount(flags.rpm, '--rpm'),
    tpm: flags.tpm === undefined ? null : parseCount(flags.tpm, '--tpm'),
    priceIn: flags.priceIn === undefined ? null : parseNumber(flags.priceIn, '--price-in', { min: 0 }),
    priceOut: flags.priceOut === undefined ? null : parseNumber(flags.priceOut, '--price-out', { min: 0 }),
    budget: flags.budget === undefined ? null : parseNumber(flags.budget, '--budget', { min: 0 }),
    batch: flags.batch,
    ollamaNative: flags.ollamaNative,
    haystack: flags.haystack,
    needlesFile: flags.needles ?? null,
    needleSet,
    seed,
    tokenizer,
    chatTemplate: flags.chatTemplate ?? null,
    concurrency: parseCount(flags.concurrency, '--concurrency', { min: 1, max: 1024 }),
    repeats,
    distractors: parseCount(flags.distractors, '--distractors', { min: 0, max: 50 }),
    multi: parseCount(flags.multi, '--multi', { min: 1, max: 50 }),
    multiMode: parseChoice(flags.multiMode, '--multi-mode', ['value', 'key'] as const),
    control: flags.control,
    judgeModel: flags.judgeModel ?? null,
    judgeBaseUrl: flags.judgeBaseUrl ?? null,
    judgeMode: parseChoice(flags.judge ?? 'undecided', '--judge', ['undecided', 'all'] as const),
    threshold: parseNumber(flags.threshold, '--threshold', { min: 0, max: 1 }),
    temperature: parseNumber(flags.temperature, '--temperature', { min: 0, max: 2 }),
    maxOutputTokens: flags.maxOutputTokens === undefined ? SWEEP_DEFAULTS.maxOutputTokens : parseCount(flags.maxOutputTokens, '--max-output-tokens', { min: 1, max: 1_000_000 }),
    maxOutputTokensAuto: flags.maxOutputTokens === undefined,
    out,
    timeoutMs: parseNumber(flags.timeout, '--timeout', { min: 1 }) * 1000,
    maxRetries: parseCount(flags.maxRetries, '--max-retries', { min: 0, max: 20 }),
    retryErrors: flags.retryErrors,
    headers,
    command: reproduceCommand(argv, seed, out),
  };
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** The command as typed, with the seed and run folder made explicit (keys never appear in flags). */
function reproduceCommand(argv: string[], seed: number, out: string): string {
  const args = argv.slice();
  const has = (flag: string) => args.some((a) => a === flag || a.startsWith(`${flag}=`));
  if (!has('--seed')) args.push('--seed', String(seed));
  if (!has('--out') && !has('-o')) args.push('--out', out);
  return ['needle', ...args.map(shellQuote)].join(' ');
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `--dry-run`: plans (probing the endpoint) and prints what the sweep would send; sends nothing, writes nothing. */
async function dryRun(options: SweepOptions, quiet: boolean): Promise<number> {
  const prepared = await prepareSweep(options, { onEvent: (e) => printSweepEvent(e, quiet) }, { sendNothing: true });
  try {
    const { plan, pending } = prepared;
    process.stdout.write(
      formatPlan({
        model: prepared.model.id,
        cells: plan.cells.length,
        trials: plan.trials.length,
        resumed: plan.trials.length - pending.length,
        promptTokens: pending.reduce((n, t) => n + t.promptTokens, 0),
        maxOutputTokens: options.maxOutputTokens ?? 0,
        priceIn: options.priceIn ?? undefined,
        priceOut: options.priceOut ?? undefined,
        batch: options.batch,
        calibration: prepared.calibration,
      }) + '\n',
    );
    process.stdout.write(`lengths:        ${prepared.lengths.map(formatTokens).join(', ')}\ndepths:         ${options.depths.join(', ')}%\nnothing was sent (--dry-run)\n`);
    return EXIT.ok;
  } finally {
    prepared.tokenizer.free();
  }
}

async function sweepAction(flags: SweepFlags, command: Command): Promise<number> {
  const options = resolveSweepOptions(flags, process.env, ['sweep', ...rawArgs(command)]);
  if (flags.dryRun) return dryRun(options, flags.quiet);
  const failUnder = flags.failUnder === undefined ? null : parseNumber(flags.failUnder, '--fail-under', { min: 0, max: 1 });
  const threshold = options.threshold;
  const err = process.stderr;
  const progress = createProgress(err, flags.quiet);
  const controller = new AbortController();
  // Ctrl-C and SIGTERM (CI cancelling a job, `timeout`, Kubernetes) both stop sending and leave a resumable partial run.
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppedBy) process.exit(exitCodeForSignal(signal));
    stoppedBy = signal;
    progress.stop();
    const how = signal === 'SIGINT' ? 'interrupted' : `${signal.toLowerCase().replace('sig', '')} received`;
    err.write(`\n${how}: finishing up; results so far are on disk (${signal === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again to quit at once)\n`);
    controller.abort();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  const started = Date.now();
  try {
    if (!flags.quiet) err.write(`${bold('needle sweep')} · seed ${options.seed} · tokenizer ${options.tokenizer} · run folder ${options.out}\n`);
    const result = await runSweep(options, {
      signal: controller.signal,
      onEvent: (e) => {
        printSweepEvent(e, flags.quiet);
        if (e.type === 'planned') {
          if (!flags.quiet) {
            const resumed = e.resumed > 0 ? `, ${e.resumed} already on disk (resuming)` : '';
            err.write(`${e.total} trials: ${options.lengths.length} lengths × ${options.depths.length} depths × ${options.repeats} repeat${options.repeats === 1 ? '' : 's'}${resumed}; ${e.pending} to send (${e.promptTokens.toLocaleString('en-US')} prompt tokens)\n`);
          }
          // What it costs, before it starts (also with -q: money is never a detail).
          const cost = costLine(options, e.pending, e.promptTokens);
          if (cost) err.write(`${cost}\n`);
          progress.start(e.pending);
        } else if (e.type === 'trial') progress.trial(e.record, e.done);
      },
    });
    progress.stop();
    const out = process.stdout;
    out.write('\n' + summaryTable(result.summary));
    out.write(effectiveLengthLines(result.summary, threshold));
    const counts = result.summary.token_counts;
    if (counts) {
      const ours = options.tokenizer === 'server' ? "its own count before sending" : `ours (${options.tokenizer})`;
      out.write(`server token counts vs ${ours}: median ×${counts.median_ratio} (×${counts.min_ratio}–×${counts.max_ratio} over ${counts.trials} trials)\n`);
    }
    const outcomes = OUTCOMES.filter((o) => result.summary.outcomes[o]).map((o) => `${o} ${result.summary.outcomes[o]}`).join(' · ');
    if (outcomes) out.write(`outcomes: ${outcomes}\n`);
    const cache = result.summary.cache;
    if (cache) {
      const when = cache.oldest ? ` (answered ${cache.oldest.slice(0, 16).replace('T', ' ')}${cache.newest && cache.newest !== cache.oldest ? ` – ${cache.newest.slice(0, 16).replace('T', ' ')}` : ''} UTC)` : '';
      out.write(`cache: ${cache.hits} of ${result.summary.trials} answers came from the response cache${when}, not from this run's requests (--no-cache to resend)\n`);
    }
    // Why trials failed belongs in the terminal, not only in results.jsonl.
    const reasons = failureReasons(result.records);
    if (reasons.length > 0) out.write(`errors: ${formatReasons(reasons)} (resend with --retry-errors)\n`);
    const control = result.summary.control;
    if (control) {
      const guessed = (control.by_template ?? []).filter((t) => t.guessed > 0).map((t) => `${t.template} ${t.rate.toFixed(2)}`);
      out.write(`control (no document, best guess): guess rate ${control.accuracy === null ? '—' : control.accuracy.toFixed(2)} over ${control.ok} questions${guessed.length ? ` · guessed: ${guessed.join(', ')}` : ''}\n`);
    }
    const judge = result.summary.judge;
    if (judge) {
      const judged = judge.asked - judge.failed;
      out.write(
        `judge: ${judge.asked} trials (${options.judgeMode === 'all' ? 'all answered' : 'where the rules were unsure'}): ${judge.correct} correct, ${judge.partial ?? 0} partial, ${judge.incorrect} incorrect, ${judge.failed} no verdict` +
          `${judge.disagreements === undefined ? '' : ` · disagreed with the rules on ${judge.disagreements} of ${judged}`}\n`,
      );
    }
    if ((result.summary.incomplete ?? 0) > 0) {
      out.write(
        yellow(`incomplete: ${result.summary.incomplete} trial(s) cut off by the output limit before answering (not counted in recall); hint: raise --max-output-tokens and rerun the same command to send them again\n`),
      );
    }
    if (result.manifest.model.kind === 'baseline') out.write(dim('model: keyword-matching baseline (BM25), not a language model\n'));
    out.write(`run folder: ${result.outDir} (${result.files.join(', ')}) · ${formatDuration(Date.now() - started)}\n`);
    if (result.interrupted) return stoppedBy ? exitCodeForSignal(stoppedBy) : EXIT.interrupted;
    // The same gate as `needle gate --min-recall`, JUnit and GitHub step summary included.
    const thresholds = failUnder === null ? { threshold } : { minRecall: failUnder, threshold };
    return gateRun(result.outDir, thresholds, { file: flags.junit, cells: flags.junitCells });
  } finally {
    progress.stop();
    for (const signal of signals) process.off(signal, onSignal);
  }
}

/**
 * The cost of the trials about to be sent, when prices are known; on a remote endpoint without prices, how to
 * learn it. Null for the baseline and local servers without prices (they cost nothing but time).
 */
export function costLine(options: SweepOptions, trials: number, promptTokens: number): string | null {
  if (!options.baseUrl || trials === 0) return null;
  const est = estimateCost({
    promptTokens,
    trials,
    maxOutputTokens: options.maxOutputTokens ?? 0,
    priceIn: options.priceIn ?? undefined,
    priceOut: options.priceOut ?? undefined,
    batch: options.batch,
  });
  if (est.cost !== null) {
    const budget = options.budget === null ? ' (--budget caps it)' : ` (--budget ${options.budget})`;
    return `estimated cost: at most ${est.cost.toFixed(2)} for ${promptTokens.toLocaleString('en-US')} prompt tokens and up to ${est.outputTokensMax.toLocaleString('en-US')} output tokens${budget}`;
  }
  if (isLocalEndpoint(options.baseUrl)) return null;
  return `cost: ${promptTokens.toLocaleString('en-US')} prompt tokens to a remote endpoint; give --price-in and --price-out (per million tokens) to see the cost, --budget to cap it, --dry-run to plan without sending`;
}

/** Loopback, private networks and single-label host names: a server of one's own, not a paid API. */
export function isLocalEndpoint(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.local') || host === '::1' || !host.includes('.') && !host.includes(':')) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (!v4) return /^f[cd]/i.test(host);
  const [a, b] = [Number(v4[1]), Number(v4[2])];
  return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
}

/** 128 + the signal's number, as shells report it: 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP. */
function exitCodeForSignal(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? EXIT.terminated : signal === 'SIGHUP' ? EXIT.hangup : EXIT.interrupted;
}

function rawArgs(command: Command): string[] {
  // commander keeps the argv it parsed on the root; the sweep's own arguments follow the command name.
  let root: Command = command;
  while (root.parent) root = root.parent;
  const all = (root as unknown as { rawArgs: string[] }).rawArgs ?? process.argv;
  const i = all.indexOf('sweep');
  return i >= 0 ? all.slice(i + 1) : [];
}

/** The end-of-run table: recall by length, then overall (an incomplete column once some trial was cut off). */
export function summaryTable(summary: RunSummary): string {
  const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  const ci = (i: [number, number] | null) => (i ? `${i[0].toFixed(2)}–${i[1].toFixed(2)}` : '—');
  const withIncomplete = (summary.incomplete ?? 0) > 0;
  const row = (name: string, g: RunSummary['byLength'][number] | RunSummary) => [
    name, fmt(g.recall), ci(g.interval), String(g.ok), String(g.overflow), String(g.error), ...(withIncomplete ? [String(g.incomplete ?? 0)] : []),
  ];
  const rows = summary.byLength.map((g) => row(formatTokens(g.length), g));
  rows.push(row('overall', summary));
  return table(['length', 'recall', '95% CI', 'ok', 'overflow', 'error', ...(withIncomplete ? ['incomplete'] : [])], rows);
}

/** The effective-length lines: the absolute threshold, and relative to the model's own recall at the shortest length. */
export function effectiveLengthLines(summary: RunSummary, threshold: number): string {
  const tokens = (n: number | null) => (n === null ? 'none' : `${n.toLocaleString('en-US')} tokens`);
  const lines = [`effective length (recall ≥ ${threshold}): ${tokens(summary.effective_length?.length ?? null)}`];
  const rel = summary.effective_length?.relative;
  if (rel) {
    const base = rel.base_recall === null || rel.threshold === null ? 'no recall at the shortest length' : `≥ ${Math.round(rel.fraction * 100)}% of ${rel.base_recall.toFixed(2)} at ${formatTokens(rel.base_length!)}, i.e. ≥ ${rel.threshold.toFixed(2)}`;
    lines.push(`effective length, relative (recall ${base}): ${tokens(rel.length)}`);
  }
  return lines.join('\n') + '\n';
}
