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
import { rescoreRecords } from '../run/rescore.js';
import { SCORER_VERSION } from '../score/version.js';
import type { TrialRecord } from '../types.js';
import { effectiveLengthLines, summaryTable } from './sweep.js';
import { printWarning } from './terminal.js';

interface ReportFlags {
  scale: string;
  threshold: string;
  rescore: boolean;
}

function writeJsonl(file: string, records: TrialRecord[]): void {
  writeFileAtomic(file, records.map((x) => JSON.stringify(x)).join('\n') + (records.length ? '\n' : ''));
}

/** The report command. */
export function reportCommand(setExit: (code: number) => void): Command {
  return new Command('report')
    .description('re-render heatmaps, summary.md and report.html of a run from its results.jsonl (no queries)')
    .argument('<run-dir>', 'run folder written by needle sweep')
    .option('--scale <n>', 'pixel density of the PNGs (2 for high-DPI)', '1')
    .option('--threshold <0..1>', 'recall an effective length must keep', '0.85')
    .option('--rescore', 'score the stored responses again with the current rules (rewrites scores in results.jsonl and control.jsonl)', false)
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
  let controls = run.controls;
  if (flags.rescore) {
    const r = rescoreRecords(records);
    records = r.records;
    writeJsonl(join(dir, RUN_FILES.results), records);
    let changed = r.changed;
    if (controls.length > 0) {
      const c = rescoreRecords(controls, { control: true });
      controls = c.records;
      writeJsonl(join(dir, RUN_FILES.control), controls);
      changed += c.changed;
    }
    process.stderr.write(`rescored ${records.length + controls.length} trials: ${changed} changed\n`);
  }
  const threshold = parseNumber(flags.threshold, '--threshold', { min: 0, max: 1 });
  // Rescored records follow the current rules: run.json says so, so leaderboards compare like with like.
  const manifest = { ...run.manifest, ...(flags.rescore ? { scorer: { version: SCORER_VERSION } } : {}), summary: summarizeRun(records, controls, controls.length > 0, threshold) };
  writeManifest(dir, manifest);
  const files = await writeReports(dir, manifest, records, printWarning, {
    scale: parseNumber(flags.scale, '--scale', { min: 0.5, max: 4 }),
    threshold,
  });
  process.stdout.write(summaryTable(manifest.summary));
  process.stdout.write(effectiveLengthLines(manifest.summary, threshold));
  process.stdout.write(`wrote ${files.join(', ')} in ${dir}\n`);
}
