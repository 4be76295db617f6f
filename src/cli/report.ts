// `needle report <run-dir>`: re-scores and re-renders every output from results.jsonl, without querying.

import { join } from 'node:path';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseNumber } from '../config/parse-values.js';
import { loadRun, type LoadedRun } from '../run/load-run.js';
import { lockRunFolder } from '../run/run-lock.js';
import { RUN_FILES, writeFileAtomic, writeManifest } from '../run/results-store.js';
import { summarizeRun } from '../run/run-sweep.js';
import { writeReports } from '../run/write-reports.js';
import { scoreResponse } from '../score/score.js';
import type { TrialRecord } from '../types.js';
import { summaryTable } from './sweep.js';
import { printWarning } from './terminal.js';

interface ReportFlags {
  scale: string;
  threshold: string;
  rescore: boolean;
}

/** Scores ok trials again with the current scorer (responses are kept, so no query is needed). */
export function rescore(records: TrialRecord[]): { records: TrialRecord[]; changed: number } {
  let changed = 0;
  const out = records.map((r) => {
    if (r.status !== 'ok' || r.response === null) return r;
    const s = scoreResponse(r.response, r.expected, r.distractor_answers ?? []);
    if (s.score === r.score && s.outcome === r.outcome) return r;
    changed++;
    return { ...r, score: s.score, outcome: s.outcome };
  });
  return { records: out, changed };
}

/** The report command. */
export function reportCommand(setExit: (code: number) => void): Command {
  return new Command('report')
    .description('re-render heatmaps, summary.md and report.html of a run from its results.jsonl (no queries)')
    .argument('<run-dir>', 'run folder written by needle sweep')
    .option('--scale <n>', 'pixel density of the PNGs (2 for high-DPI)', '1')
    .option('--threshold <0..1>', 'recall an effective length must keep', '0.85')
    .option('--rescore', 'score the stored responses again with the current scorer (rewrites scores in results.jsonl)', false)
    .action(async (dir: string, flags: ReportFlags) => {
      const run = loadRun(dir);
      if (run.recorded && run.records.length < run.recorded.trials) {
        throw new UsageError(`${join(dir, RUN_FILES.results)} holds ${run.records.length} trials but run.json recorded ${run.recorded.trials}: results are missing`, {
          hint: `restore ${RUN_FILES.results} from a copy; nothing was changed`,
        });
      }
      // A sweep still writing into the folder would have its run.json overwritten.
      const lock = lockRunFolder(dir, `needle report ${dir}`);
      try {
        await writeReport(dir, run, flags);
      } finally {
        lock.release();
      }
      setExit(EXIT.ok);
    });
}

/** Re-scores (with --rescore) and re-renders a loaded run into its folder. */
async function writeReport(dir: string, run: LoadedRun, flags: ReportFlags): Promise<void> {
  let records = run.records;
  if (flags.rescore) {
    const r = rescore(records);
    records = r.records;
    writeFileAtomic(join(dir, RUN_FILES.results), records.map((x) => JSON.stringify(x)).join('\n') + (records.length ? '\n' : ''));
    process.stderr.write(`rescored ${records.length} trials: ${r.changed} changed\n`);
  }
  const threshold = parseNumber(flags.threshold, '--threshold', { min: 0, max: 1 });
  const manifest = { ...run.manifest, summary: summarizeRun(records, run.controls, run.controls.length > 0, threshold) };
  writeManifest(dir, manifest);
  const files = await writeReports(dir, manifest, records, printWarning, {
    scale: parseNumber(flags.scale, '--scale', { min: 0.5, max: 4 }),
    threshold,
  });
  process.stdout.write(summaryTable(manifest.summary));
  process.stdout.write(`wrote ${files.join(', ')} in ${dir}\n`);
}
