// `needle gate <run-dir>`: checks recall thresholds, prints each with its measured value, writes JUnit, exits 0 or 1.

import { appendFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseLength, parseNumber } from '../config/parse-values.js';
import { renderJunit } from '../report/junit.js';
import { renderSummaryMarkdown } from '../report/summary-md.js';
import { loadRun, runCompleteness } from '../run/load-run.js';
import { evaluateGate, type GateResult, type GateThresholds } from '../score/gate.js';
import { effectiveLength } from '../score/stats.js';
import { green, red, table } from './terminal.js';

interface GateFlags {
  minRecall?: string;
  minLengthRecall: string[];
  minCell?: string;
  effectiveLength?: string;
  threshold: string;
  maxUnjudged: string;
  junit?: string;
  junitCells: boolean;
  allowPartial: boolean;
}

/** Parses `128k=0.9` pairs of --min-length-recall. */
function parseLengthRecall(values: string[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const v of values) {
    const m = /^([^=]+)=(.+)$/.exec(v);
    if (!m) throw new UsageError(`--min-length-recall "${v}" is not <length>=<recall>`, { hint: 'e.g. --min-length-recall 128k=0.9' });
    out[parseLength(m[1]!, '--min-length-recall')] = parseNumber(m[2]!, '--min-length-recall', { min: 0, max: 1 });
  }
  return out;
}

/** Thresholds from gate flags (shared with `sweep --fail-under`). */
export function gateThresholds(flags: GateFlags): GateThresholds {
  const t: GateThresholds = {
    threshold: parseNumber(flags.threshold, '--threshold', { min: 0, max: 1 }),
    maxUnjudged: parseNumber(flags.maxUnjudged, '--max-unjudged', { min: 0, max: 1 }),
  };
  if (flags.minRecall !== undefined) t.minRecall = parseNumber(flags.minRecall, '--min-recall', { min: 0, max: 1 });
  if (flags.minLengthRecall.length > 0) t.minLengthRecall = parseLengthRecall(flags.minLengthRecall);
  if (flags.minCell !== undefined) t.minCell = parseNumber(flags.minCell, '--min-cell', { min: 0, max: 1 });
  if (flags.effectiveLength !== undefined) t.effectiveLength = parseLength(flags.effectiveLength, '--effective-length');
  return t;
}

/** Prints the checks as a table and returns the exit code. */
export function printGate(result: GateResult): number {
  const fmt = (x: number | null) => (x === null ? '—' : Number.isInteger(x) && x > 1 ? x.toLocaleString('en-US') : x.toFixed(3));
  const rows = result.checks.map((c) => [
    c.pass ? green('PASS') : red('FAIL'),
    c.name,
    c.threshold,
    fmt(c.measured),
    c.interval ? `${c.interval[0].toFixed(3)}–${c.interval[1].toFixed(3)}` : '—',
    c.reason ?? '',
  ]);
  process.stdout.write(table(['', 'check', 'threshold', 'measured', '95% CI', 'reason'], rows));
  process.stdout.write(result.pass ? green('gate: PASS\n') : red(`gate: FAIL (${result.checks.filter((c) => !c.pass).length} of ${result.checks.length} checks)\n`));
  return result.pass ? EXIT.ok : EXIT.thresholdNotMet;
}

/** Markdown of the verdict, for GITHUB_STEP_SUMMARY. */
export function gateMarkdown(result: GateResult): string {
  const rows = result.checks.map((c) => `| ${c.pass ? '✅ pass' : '❌ fail'} | ${c.name} | ${c.threshold} | ${c.measured === null ? '—' : c.measured > 1 ? c.measured : c.measured.toFixed(3)} | ${c.interval ? `${c.interval[0].toFixed(3)}–${c.interval[1].toFixed(3)}` : '—'} | ${c.reason ?? ''} |`);
  return [`### needle gate: ${result.pass ? 'PASS ✅' : 'FAIL ❌'}`, '', '| verdict | check | threshold | measured | 95% CI | reason |', '|---|---|---|---|---|---|', ...rows, ''].join('\n');
}

/** Runs the gate over a loaded run: prints, writes JUnit and the step summary; returns the exit code. */
export function gateRun(dir: string, thresholds: GateThresholds, junit: { file?: string; cells: boolean }, { allowPartial = false } = {}): number {
  const run = loadRun(dir);
  const summary = run.manifest.summary!;
  const result = evaluateGate(summary, thresholds);
  // Recall over part of the grid is not the run's recall: a partial run fails the gate unless told otherwise.
  const completeness = runCompleteness(run);
  if (completeness.partial && result.checks.length > 0) {
    if (allowPartial) process.stdout.write(`gate: judging a partial run (${completeness.description}) as --allow-partial asks\n`);
    else {
      result.checks.unshift({
        name: 'run complete',
        threshold: completeness.planned === null ? 'every trial' : `all ${completeness.planned} trials`,
        measured: completeness.finished,
        interval: null,
        pass: false,
        reason: `partial run: ${completeness.description}; resume it (rerun the sweep with the same --out), or pass --allow-partial`,
      });
      result.pass = false;
    }
  }
  const code = result.checks.length > 0 ? printGate(result) : EXIT.ok;
  if (junit.file) {
    writeFileSync(junit.file, renderJunit(run.manifest, run.records, { cells: junit.cells, thresholds: { minRecall: thresholds.minRecall, minLengthRecall: thresholds.minLengthRecall, minCell: thresholds.minCell } }));
  }
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) {
    const eff = effectiveLength(summary.byLength, thresholds.threshold ?? 0.85);
    const verdict = result.checks.length > 0 ? gateMarkdown(result) + '\n' : '';
    appendFileSync(stepSummary, renderSummaryMarkdown(run.manifest, run.records, { effectiveLength: eff, threshold: thresholds.threshold }) + '\n' + verdict);
  }
  return code;
}

/** The gate command. */
export function gateCommand(setExit: (code: number) => void): Command {
  return new Command('gate')
    .description('check a run against recall thresholds: exit 0 when all hold, 1 when any falls short')
    .argument('<run-dir>', 'run folder written by needle sweep')
    .option('--min-recall <0..1>', 'overall recall at least this')
    .option('--min-length-recall <len=0..1>', 'recall at a length at least this, e.g. 128k=0.9 (repeatable)', (v: string, p: string[]) => [...p, v], [] as string[])
    .option('--min-cell <0..1>', 'recall of the worst cell at least this')
    .option('--effective-length <len>', 'effective context length at least this many tokens')
    .option('--threshold <0..1>', 'recall an effective length must keep', '0.85')
    .option('--max-unjudged <0..1>', 'largest share of overflow+error+incomplete trials a judged group may have', '0.5')
    .option('--junit <file>', 'write JUnit XML (one test case per length)')
    .option('--junit-cells', 'with --junit, also one test case per cell', false)
    .option('--allow-partial', 'judge a partial run (interrupted, or missing trials) instead of failing it', false)
    .action((dir: string, flags: GateFlags) => {
      const thresholds = gateThresholds(flags);
      if (Object.keys(thresholds).every((k) => k === 'threshold' || k === 'maxUnjudged')) {
        throw new UsageError('needle gate needs at least one threshold', { hint: 'e.g. --min-recall 0.9, --min-length-recall 128k=0.9, --min-cell 0.5, --effective-length 64k' });
      }
      setExit(gateRun(dir, thresholds, { file: flags.junit, cells: flags.junitCells }, { allowPartial: flags.allowPartial }));
    });
}
