// `needle compare <base-run> <new-run>`: recall deltas, whether drops are real, a diff heatmap; exit 1 on a real regression.

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseNumber } from '../config/parse-values.js';
import { deltaVerdict, formatDelta, renderCompareMarkdown } from '../report/compare-md.js';
import { renderDiffHeatmap } from '../report/diff-heatmap.js';
import { formatTokens } from '../report/format.js';
import { loadRun, runCompleteness, type LoadedRun } from '../run/load-run.js';
import { compareRuns, regressions, type RecallDelta, type RunComparison } from '../score/compare.js';
import { green, red, table } from './terminal.js';

interface CompareFlags {
  maxDrop?: string;
  allowPartial: boolean;
  alpha: string;
  out?: string;
  scale: string;
}

function row(name: string, d: RecallDelta): string[] {
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(3));
  return [name, f(d.base?.recall), f(d.next?.recall), formatDelta(d.delta), f(d.pValue), deltaVerdict(d)];
}

/** The compare command. */
export function compareCommand(setExit: (code: number) => void): Command {
  return new Command('compare')
    .description('compare two runs: per-length and per-cell recall deltas, real drops, a diff heatmap')
    .argument('<base-run>', 'run folder of the baseline (e.g. the last release)')
    .argument('<new-run>', 'run folder of the candidate')
    .option('--max-drop <0..1>', 'exit 1 when overall or any length recall drops by more than this and the drop is real')
    .option('--alpha <p>', 'significance level of the one-sided test for a real drop', '0.05')
    .option('-o, --out <dir>', 'where to write diff-heatmap.png/.svg and compare.md (default: <new-run>/compare-<base>)')
    .option('--scale <n>', 'pixel density of the PNG', '1')
    .option('--allow-partial', 'compare partial runs (interrupted, or missing trials) instead of failing --max-drop', false)
    .action(async (baseDir: string, nextDir: string, flags: CompareFlags) => {
      const base = loadRun(baseDir);
      const next = loadRun(nextDir);
      const alpha = parseNumber(flags.alpha, '--alpha', { min: 0, max: 0.5 });
      const maxDrop = flags.maxDrop === undefined ? null : parseNumber(flags.maxDrop, '--max-drop', { min: 0, max: 1 });
      const comparison = compareRuns(base.manifest.summary!, next.manifest.summary!, alpha);
      const rows = [...comparison.byLength.map((d) => row(formatTokens(d.length!), d)), row('overall', comparison.overall)];
      process.stdout.write(table(['length', 'base', 'new', 'Δ', 'p', 'verdict'], rows));
      const cellDrops = comparison.cells.filter((c) => c.significantDrop);
      if (cellDrops.length > 0) process.stdout.write(`cells with a real drop: ${cellDrops.map((c) => `${formatTokens(c.length!)} @ ${c.depth}%`).join(', ')}\n`);
      const out = flags.out ?? join(nextDir, `compare-${basename(baseDir.replace(/\/+$/, ''))}`);
      mkdirSync(out, { recursive: true });
      const scale = parseNumber(flags.scale, '--scale', { min: 0.5, max: 4 });
      writeFileSync(join(out, 'diff-heatmap.png'), await renderDiffHeatmap(base.manifest, next.manifest, comparison, { format: 'png', scale }));
      writeFileSync(join(out, 'diff-heatmap.svg'), await renderDiffHeatmap(base.manifest, next.manifest, comparison, { format: 'svg' }));
      writeFileSync(join(out, 'compare.md'), renderCompareMarkdown(base.manifest, next.manifest, comparison, { maxDrop: maxDrop ?? undefined }));
      process.stdout.write(`wrote diff-heatmap.png, diff-heatmap.svg, compare.md in ${out}\n`);
      // What the new run cannot show: lengths (or the whole run) the base measured and the new run has no ok trial for.
      const unjudged = unjudgedGroups(comparison);
      for (const u of unjudged) process.stdout.write(`cannot compare ${u}\n`);
      const partial = [
        ['base', base],
        ['new', next],
      ].flatMap(([name, run]) => {
        const c = runCompleteness(run as LoadedRun);
        return c.partial ? [`the ${name} run is partial: ${c.description}`] : [];
      });
      for (const p of partial) process.stdout.write(`${p}${flags.allowPartial ? ' (--allow-partial)' : ''}\n`);
      if (maxDrop === null) return setExit(EXIT.ok);
      const problems = [...unjudged, ...(flags.allowPartial ? [] : partial)];
      if (problems.length > 0) {
        process.stdout.write(red(`compare: FAIL: cannot judge a drop of at most ${maxDrop}: ${problems.join('; ')}\n`));
        return setExit(EXIT.thresholdNotMet);
      }
      const found = regressions(comparison, maxDrop);
      if (found.length === 0) {
        process.stdout.write(green(`compare: PASS (no real drop larger than ${maxDrop})\n`));
        return setExit(EXIT.ok);
      }
      process.stdout.write(red(`compare: FAIL: real drop larger than ${maxDrop} at ${found.map((d) => (d.length === null ? 'overall' : formatTokens(d.length))).join(', ')}\n`));
      setExit(EXIT.thresholdNotMet);
    });
}

/** Groups the base run judged (ok trials) where the new run has none: a drop there cannot be ruled out. */
export function unjudgedGroups(comparison: RunComparison): string[] {
  const none = (d: RecallDelta) => (d.base?.ok ?? 0) > 0 && (d.next?.ok ?? 0) === 0;
  const counts = (d: RecallDelta) => (d.next ? `${d.next.ok} ok, ${d.next.overflow} overflow, ${d.next.error} error` : 'not measured');
  if (none(comparison.overall)) return [`overall: the new run has no ok trials (${counts(comparison.overall)})`];
  return comparison.byLength.filter(none).map((d) => `${formatTokens(d.length!)}: the new run has no ok trials there (${counts(d)})`);
}
