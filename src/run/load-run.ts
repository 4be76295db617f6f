// Loads a finished (or partial) run folder for re-rendering, gating and comparison.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { RunManifest, RunSummary, TrialRecord } from '../types.js';
import { readManifest, readResults, RUN_FILES, RUN_FORMAT } from './results-store.js';
import { summarizeRun } from './run-sweep.js';

/** A run folder's manifest and records, with the summary recomputed from the records. */
export interface LoadedRun {
  dir: string;
  manifest: RunManifest;
  records: TrialRecord[];
  controls: TrialRecord[];
  /** The summary run.json held before it was recomputed (null when it had none). */
  recorded: RunSummary | null;
}

/** Reads run.json and results.jsonl (and control.jsonl); the summary is recomputed from the records on disk. */
export function loadRun(dir: string): LoadedRun {
  if (!existsSync(dir)) throw new UsageError(`run folder ${dir} does not exist`);
  const manifest = readManifest(dir);
  if (!manifest) throw new UsageError(`${dir} is not a run folder (no ${RUN_FILES.manifest})`, { hint: 'pass the folder a sweep wrote, e.g. reports/20261123-101500-my-model' });
  if (manifest.format !== RUN_FORMAT) {
    throw new UsageError(`${join(dir, RUN_FILES.manifest)} has format ${manifest.format}; this version reads ${RUN_FORMAT}`);
  }
  // Without results.jsonl there is nothing to report, gate or compare: never read that as a run of 0 trials.
  if (!existsSync(join(dir, RUN_FILES.results))) {
    const said = manifest.summary ? ` (run.json records ${manifest.summary.trials} trials)` : '';
    throw new UsageError(`${dir} has no ${RUN_FILES.results}${said}: no results to read`, {
      hint: manifest.summary && manifest.summary.trials > 0 ? `restore ${RUN_FILES.results} from a copy; nothing was changed` : 'run the sweep (or needle import its batch output) first',
    });
  }
  const records = readResults(dir);
  const controls = readResults(dir, RUN_FILES.control);
  const withControl = manifest.settings?.control === true || controls.length > 0;
  const threshold = typeof manifest.settings?.threshold === 'number' ? manifest.settings.threshold : 0.85;
  return { dir, manifest: { ...manifest, summary: summarizeRun(records, controls, withControl, threshold) }, records, controls, recorded: manifest.summary };
}

/** Whether a run holds every trial it planned. */
export interface RunCompleteness {
  /** Trials planned, when run.json says (or its settings tell). */
  planned: number | null;
  /** Distinct trials on disk. */
  finished: number;
  /** Interrupted, unfinished, or missing trials: its recall covers only part of the grid. */
  partial: boolean;
  /** One line for the terminal, e.g. `18 of 30 trials finished (state partial)`. */
  description: string;
}

/** How much of its plan a loaded run holds. */
export function runCompleteness(run: LoadedRun): RunCompleteness {
  const { manifest, records } = run;
  const settings = manifest.settings ?? {};
  const fromSettings =
    Array.isArray(settings.lengths) && Array.isArray(settings.depths) && typeof settings.repeats === 'number'
      ? settings.lengths.length * settings.depths.length * settings.repeats
      : null;
  const planned = typeof manifest.planned_trials === 'number' ? manifest.planned_trials : fromSettings;
  const finished = records.length;
  const partial = manifest.state !== 'complete' || (planned !== null && finished < planned);
  const of = planned === null ? `${finished} trials` : `${finished} of ${planned} trials`;
  return { planned, finished, partial, description: `${of} finished (state ${manifest.state})` };
}
