// `needle sweep`: flags → SweepOptions → runSweep → printed summary and exit code.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseChoice, parseCount, parseLength, parseNumber, parseSeed, resolveDepths, resolveLengths, type Spacing } from '../config/parse-values.js';
import { flagName, SWEEP_FLAGS, type SweepFlags, type SweepFlagSpec } from '../config/sweep-flags.js';
import { NEEDLE_SETS, SWEEP_DEFAULTS, type NeedleSetName, type SweepOptions } from '../config/sweep-options.js';
import { isHaystackKind } from '../haystack/prepare-haystack.js';
import { loadNeedleFile } from '../needles/load-needle-file.js';
import { formatTokens } from '../report/format.js';
import { readManifest } from '../run/results-store.js';
import { formatPlan } from '../run/cost.js';
import { prepareSweep, runSweep } from '../run/run-sweep.js';
import { TIKTOKEN_ENCODINGS } from '../tokenize/tiktoken-tokenizer.js';
import type { RunSummary } from '../types.js';
import { printSweepEvent } from './events.js';
import { gateRun } from './gate.js';
import { createProgress } from './progress.js';
import { bold, dim, formatDuration, table } from './terminal.js';

export type { SweepFlags } from '../config/sweep-flags.js';

/** Adds the sweep command to the program. */
export function sweepCommand(setExit: (code: number) => void): Command {
  return addSweepOptions(new Command('sweep').description('run a recall sweep over context lengths × needle depths and write a run folder')).action(
    async (flags: SweepFlags, command: Command) => {
      setExit(await sweepAction(flags, command));
    },
  );
}

/** The sweep's flags, shared by `needle sweep` and `needle export`: one commander option per entry of SWEEP_FLAGS. */
export function addSweepOptions(command: Command): Command {
  for (const spec of SWEEP_FLAGS) command.addOption(commanderOption(spec));
  return command;
}

/** The commander option of one declared sweep option. */
function commanderOption(spec: SweepFlagSpec): Option {
  const flags = `${spec.short ? `-${spec.short}, ` : ''}${flagName(spec)}${spec.arg ? ` ${spec.arg}` : ''}`;
  const option = new Option(flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.repeatable) return option.argParser(collect).default([]);
  if (spec.default !== undefined) option.default(spec.default);
  return option;
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
  const tokenizer = parseChoice(flags.tokenizer, '--tokenizer', [...TIKTOKEN_ENCODINGS, 'server'] as const);
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
    cache: flags.cache,
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
    concurrency: parseCount(flags.concurrency, '--concurrency', { min: 1, max: 1024 }),
    repeats,
    distractors: parseCount(flags.distractors, '--distractors', { min: 0, max: 50 }),
    multi: parseCount(flags.multi, '--multi', { min: 1, max: 50 }),
    multiMode: parseChoice(flags.multiMode, '--multi-mode', ['value', 'key'] as const),
    control: flags.control,
    judgeModel: flags.judgeModel ?? null,
    judgeBaseUrl: flags.judgeBaseUrl ?? null,
    threshold: parseNumber(flags.threshold, '--threshold', { min: 0, max: 1 }),
    temperature: parseNumber(flags.temperature, '--temperature', { min: 0, max: 2 }),
    maxOutputTokens: parseCount(flags.maxOutputTokens, '--max-output-tokens', { min: 1, max: 1_000_000 }),
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
  const prepared = await prepareSweep(options, { onEvent: (e) => printSweepEvent(e, quiet) });
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
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts > 1) process.exit(EXIT.interrupted);
    progress.stop();
    err.write('\ninterrupted: finishing up; results so far are on disk (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
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
          progress.start(e.pending);
        } else if (e.type === 'trial') progress.trial(e.record, e.done);
      },
    });
    progress.stop();
    const out = process.stdout;
    out.write('\n' + summaryTable(result.summary));
    const eff = result.summary.effective_length?.length ?? null;
    out.write(`effective length (recall ≥ ${threshold}): ${eff === null ? 'none' : eff.toLocaleString('en-US') + ' tokens'}\n`);
    const counts = result.summary.token_counts;
    if (counts) {
      out.write(`server token counts vs ours (${options.tokenizer}): median ×${counts.median_ratio} (×${counts.min_ratio}–×${counts.max_ratio} over ${counts.trials} trials)\n`);
    }
    const outcomes = Object.entries(result.summary.outcomes).map(([k, v]) => `${k} ${v}`).join(' · ');
    if (outcomes) out.write(`outcomes: ${outcomes}\n`);
    const control = result.summary.control;
    if (control) out.write(`control (no document): accuracy ${control.accuracy === null ? '—' : control.accuracy.toFixed(2)} over ${control.ok} questions\n`);
    const judge = result.summary.judge;
    if (judge) out.write(`judge: ${judge.asked} undecided trials: ${judge.correct} correct, ${judge.incorrect} incorrect, ${judge.failed} no verdict\n`);
    if (result.manifest.model.kind === 'baseline') out.write(dim('model: keyword-matching baseline (BM25), not a language model\n'));
    out.write(`run folder: ${result.outDir} (${result.files.join(', ')}) · ${formatDuration(Date.now() - started)}\n`);
    if (result.interrupted) return EXIT.interrupted;
    // The same gate as `needle gate --min-recall`, JUnit and GitHub step summary included.
    const thresholds = failUnder === null ? { threshold } : { minRecall: failUnder, threshold };
    return gateRun(result.outDir, thresholds, { file: flags.junit, cells: flags.junitCells });
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
  }
}

function rawArgs(command: Command): string[] {
  // commander keeps the argv it parsed on the root; the sweep's own arguments follow the command name.
  let root: Command = command;
  while (root.parent) root = root.parent;
  const all = (root as unknown as { rawArgs: string[] }).rawArgs ?? process.argv;
  const i = all.indexOf('sweep');
  return i >= 0 ? all.slice(i + 1) : [];
}

/** The end-of-run table: recall by length, then overall. */
export function summaryTable(summary: RunSummary): string {
  const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  const ci = (i: [number, number] | null) => (i ? `${i[0].toFixed(2)}–${i[1].toFixed(2)}` : '—');
  const rows = summary.byLength.map((g) => [formatTokens(g.length), fmt(g.recall), ci(g.interval), String(g.ok), String(g.overflow), String(g.error)]);
  rows.push(['overall', fmt(summary.recall), ci(summary.interval), String(summary.ok), String(summary.overflow), String(summary.error)]);
  return table(['length', 'recall', '95% CI', 'ok', 'overflow', 'error'], rows);
}
