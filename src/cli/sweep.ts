// `needle sweep`: flags → SweepOptions → runSweep → printed summary and exit code.

import { Command, Option } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseNumber } from '../config/parse-values.js';
import { flagName, SWEEP_FLAGS, type SweepFlags, type SweepFlagSpec } from '../config/sweep-flags.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { formatTokens } from '../report/format.js';
import { estimateCost, formatPlan } from '../run/cost.js';
import { failureReasons, formatReasons } from '../run/failure-summary.js';
import { OUTCOMES } from '../score/stats.js';
import { prepareSweep, runSweep } from '../run/run-sweep.js';
import type { SharedResources } from '../run/shared-resources.js';
import type { GateThresholds } from '../score/gate.js';
import { DEFAULT_CONFIG_FILE } from '../config/load-config.js';
import type { RunSummary } from '../types.js';
import { printSweepEvent } from './events.js';
import { gateRun } from './gate.js';
import { findConfig, plannedSweeps, resolvePlanned, type SweepCommandFlags } from './config-sweeps.js';
import { createProgress } from './progress.js';
import { bold, dim, formatDuration, table, yellow } from './terminal.js';

export type { SweepFlags } from '../config/sweep-flags.js';
export { resolveSweepOptions } from './resolve-sweep-options.js';

/** Adds the sweep command to the program. */
export function sweepCommand(setExit: (code: number) => void): Command {
  return addConfigOption(addSweepOptions(new Command('sweep').description('run a recall sweep over context lengths × needle depths and write a run folder'))).action(
    async (flags: SweepCommandFlags, command: Command) => {
      setExit(await sweepAction(flags, command));
    },
  );
}

/** `--config <file>`: the sweep (or matrix) in a YAML or JSON file; flags typed on the command line override it. */
export function addConfigOption(command: Command): Command {
  return command.option('--config <file>', `read the sweep from a YAML or JSON config (default: ./${DEFAULT_CONFIG_FILE} when present); flags given here override it`);
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

/** `--dry-run`: plans (probing the endpoint) and prints what the sweep would send; sends nothing, writes nothing. */
export async function dryRunSweep(options: SweepOptions, quiet: boolean, shared?: SharedResources): Promise<number> {
  const prepared = await prepareSweep(options, { onEvent: (e) => printSweepEvent(e, quiet), shared }, { sendNothing: true });
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

async function sweepAction(commandFlags: SweepCommandFlags, command: Command): Promise<number> {
  const config = findConfig(commandFlags.config);
  const sweeps = plannedSweeps(commandFlags, command, config);
  if (sweeps.length > 1) {
    throw new UsageError(`${config!.file} describes ${sweeps.length} sweeps (${sweeps.map((s) => s.where).join('; ')}); needle sweep runs one`, {
      hint: `run them all with needle run ${config!.file}, or choose one with --model, --haystack or --needle-set`,
    });
  }
  const flags = sweeps[0]!.flags;
  const options = resolvePlanned(sweeps[0]!, config, process.env, config ? null : ['sweep', ...rawArgs(command)]);
  if (flags.dryRun) return dryRunSweep(options, flags.quiet);
  return runAndReport(options, flags);
}

/** What runAndReport reads of the flags besides the options. */
export type ReportFlags = Pick<SweepFlags, 'quiet' | 'failUnder' | 'junit' | 'junitCells'>;

/**
 * Runs one resolved sweep with progress, prints its summary and gates it (`--fail-under`, and `extra.gate`
 * from a config); returns the exit code. Shared by `needle sweep` and `needle run`.
 */
export async function runAndReport(options: SweepOptions, flags: ReportFlags, extra: { shared?: SharedResources; gate?: GateThresholds; label?: string } = {}): Promise<number> {
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
    const shardNote = options.shard ? ` · shard ${options.shard.index}/${options.shard.count}` : '';
    if (!flags.quiet) err.write(`${bold(extra.label ?? 'needle sweep')} · seed ${options.seed} · tokenizer ${options.tokenizer}${shardNote} · run folder ${options.out}\n`);
    const result = await runSweep(options, {
      shared: extra.shared,
      signal: controller.signal,
      onEvent: (e) => {
        printSweepEvent(e, flags.quiet);
        if (e.type === 'planned') {
          if (!flags.quiet) {
            const resumed = e.resumed > 0 ? `, ${e.resumed} already on disk (resuming)` : '';
            const grid = `${options.lengths.length} lengths × ${options.depths.length} depths × ${options.repeats} repeat${options.repeats === 1 ? '' : 's'}`;
            const shard = options.shard ? ` (shard ${options.shard.index}/${options.shard.count} of ${grid})` : `: ${grid}`;
            err.write(`${e.total} trials${shard}${resumed}; ${e.pending} to send (${e.promptTokens.toLocaleString('en-US')} prompt tokens)\n`);
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
    const thresholds = { ...extra.gate, ...(failUnder === null ? { threshold } : { minRecall: failUnder, threshold }) };
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

/** The end-of-run table: recall by length, then overall (an incomplete column once some trial was cut off; the prompts' median characters per length). */
export function summaryTable(summary: RunSummary): string {
  const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  const ci = (i: [number, number] | null) => (i ? `${i[0].toFixed(2)}–${i[1].toFixed(2)}` : '—');
  const withIncomplete = (summary.incomplete ?? 0) > 0;
  const row = (name: string, g: RunSummary['byLength'][number] | RunSummary) => [
    name, fmt(g.recall), ci(g.interval), String(g.ok), String(g.overflow), String(g.error), ...(withIncomplete ? [String(g.incomplete ?? 0)] : []),
  ];
  // Characters as well as tokens: on Japanese or Chinese text one token is about one character (a claim stated in
  // characters, like "200,000 characters", is read against this column).
  const sizes = new Map((summary.prompt_size ?? []).map((s) => [s.length, s]));
  const withChars = sizes.size > 0;
  const chars = (length: number) => {
    const s = sizes.get(length);
    return s ? s.chars.median.toLocaleString('en-US') : '—';
  };
  const rows = summary.byLength.map((g) => [...row(formatTokens(g.length), g), ...(withChars ? [chars(g.length)] : [])]);
  rows.push([...row('overall', summary), ...(withChars ? [''] : [])]);
  return table(['length', 'recall', '95% CI', 'ok', 'overflow', 'error', ...(withIncomplete ? ['incomplete'] : []), ...(withChars ? ['characters'] : [])], rows);
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
