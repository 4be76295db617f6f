// Joins the run folders of a sharded sweep into one run: checks they are shards of one sweep, disjoint and complete.

import { formatShard } from '../config/parse-shard.js';
import { UsageError } from '../errors.js';
import { scorerVersion } from '../report/results-json.js';
import type { RunManifest, TrialRecord } from '../types.js';
import type { LoadedRun } from './load-run.js';
import { summarizeRun } from './run-sweep.js';

/**
 * Settings that may differ between the shards of one sweep because they shape how it was sent, not what was
 * measured: each shard may have its own endpoint, concurrency, limits and folder. Every other setting
 * (including any added later) must be equal.
 */
export const OPERATIONAL_SETTINGS = new Set([
  'out', 'command', 'shard', 'baseUrl', 'extraBaseUrls', 'headers', 'concurrency', 'timeoutMs', 'maxRetries', 'retryErrors',
  'cache', 'rpm', 'tpm', 'budget', 'priceIn', 'priceOut', 'batch', 'ollamaNative', 'judgeBaseUrl',
]);

/** The merged run, ready to write. */
export interface MergedRun {
  manifest: RunManifest;
  records: TrialRecord[];
  controls: TrialRecord[];
  /** Trials of the sweep no shard has, described (`8K × 50% (repeat 0)`), when merged with `partial`. */
  missing: string[];
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** What differs between two shards' sweeps (empty when they are shards of one sweep). */
export function sweepDifferences(a: RunManifest, b: RunManifest): string[] {
  const out: string[] = [];
  const check = (name: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${name} ${show(x)} ≠ ${show(y)}`);
  };
  check('format', a.format, b.format);
  check('seed', a.seed, b.seed);
  check('model', a.model.id, b.model.id);
  check('tokenizer', a.tokenizer, b.tokenizer);
  check('haystack', a.haystack.spec, b.haystack.spec);
  if (a.haystack.spec === b.haystack.spec) check('haystack sha256', a.haystack.sha256, b.haystack.sha256);
  check('needles', a.needles.sha256, b.needles.sha256);
  check('scorer version', scorerVersion(a), scorerVersion(b));
  check('shard count', a.shard?.count, b.shard?.count);
  const keys = new Set([...Object.keys(a.settings), ...Object.keys(b.settings)]);
  for (const key of [...keys].sort()) if (!OPERATIONAL_SETTINGS.has(key)) check(`setting ${key}`, a.settings[key], b.settings[key]);
  return out;
}

function describeTrial(length: number, depth: number, repeat: number): string {
  const len = length >= 1000 ? `${Math.round(length / 100) / 10}K` : String(length);
  return `${len} × ${depth}% (repeat ${repeat})`;
}

/** The whole sweep's grid from a shard's settings: every (length, depth, repeat). */
function sweepGrid(manifest: RunManifest): Array<{ length: number; depth: number; repeat: number }> {
  const lengths = (manifest.settings.lengths as number[] | undefined) ?? [];
  const depths = (manifest.settings.depths as number[] | undefined) ?? [];
  const repeats = (manifest.settings.repeats as number | undefined) ?? 1;
  const grid = [];
  for (const length of lengths) for (const depth of depths) for (let repeat = 0; repeat < repeats; repeat++) grid.push({ length, depth, repeat });
  return grid;
}

/** `--out X` replaced and `--shard i/n` dropped: the command that runs the merged sweep whole. */
function wholeCommand(command: string, out: string): string {
  const quoted = /^[\w@%+=:,./-]+$/.test(out) ? out : `'${out.replace(/'/g, `'\\''`)}'`;
  return command.replace(/\s--shard(?:=|\s+)\S+/g, '').replace(/\s(?:--out|-o)(?:=|\s+)(?:'[^']*'|\S+)/, ` --out ${quoted}`);
}

/**
 * Merges shard runs. Refuses (UsageError) folders that are not shards, shards of different sweeps, a shard
 * given twice, overlapping trials, and (unless `partial`) missing shards or trials, saying what is missing.
 */
export function mergeShards(runs: LoadedRun[], out: string, opts: { partial?: boolean } = {}): MergedRun {
  if (runs.length === 0) throw new UsageError('needle merge needs the run folders of the shards');
  for (const run of runs) {
    if (!run.manifest.shard) throw new UsageError(`${run.dir} is not a shard (its run.json has no shard)`, { hint: 'needle merge joins the run folders of needle sweep --shard i/n' });
  }
  const sorted = [...runs].sort((a, b) => a.manifest.shard!.index - b.manifest.shard!.index);
  const first = sorted[0]!;
  const count = first.manifest.shard!.count;
  for (const run of sorted.slice(1)) {
    const diffs = sweepDifferences(first.manifest, run.manifest);
    if (diffs.length > 0) {
      throw new UsageError(`${first.dir} and ${run.dir} are not shards of one sweep: ${diffs.slice(0, 4).join('; ')}${diffs.length > 4 ? ` (and ${diffs.length - 4} more)` : ''}`, {
        hint: 'every shard must run the same command (same settings and --seed) but for --shard and --out',
      });
    }
  }
  const byIndex = new Map<number, LoadedRun>();
  for (const run of sorted) {
    const prior = byIndex.get(run.manifest.shard!.index);
    if (prior) throw new UsageError(`shard ${formatShard(run.manifest.shard!)} is given twice: ${prior.dir} and ${run.dir}`);
    byIndex.set(run.manifest.shard!.index, run);
  }

  const owner = new Map<string, LoadedRun>();
  const records: TrialRecord[] = [];
  for (const run of sorted) {
    for (const r of run.records) {
      const prior = owner.get(r.trial_id);
      if (prior) {
        throw new UsageError(`trial ${r.trial_id} (${describeTrial(r.length, r.depth, r.repeat)}) is in both ${prior.dir} and ${run.dir}: shards must be disjoint`, {
          hint: 'were two folders run with the same --shard? merge each shard once',
        });
      }
      owner.set(r.trial_id, run);
      records.push(r);
    }
  }

  const problems: string[] = [];
  const absent = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (absent.length > 0) problems.push(`shard${absent.length > 1 ? 's' : ''} ${absent.map((i) => `${i}/${count}`).join(', ')} not given`);
  for (const run of sorted) {
    const shard = run.manifest.shard!;
    if (run.records.length < shard.trials) problems.push(`shard ${formatShard(shard)} (${run.dir}) has ${run.records.length} of its ${shard.trials} trials (${run.manifest.state})`);
  }
  const present = new Set(records.map((r) => `${r.length}/${r.depth}/${r.repeat}`));
  const missing = sweepGrid(first.manifest)
    .filter((t) => !present.has(`${t.length}/${t.depth}/${t.repeat}`))
    .map((t) => describeTrial(t.length, t.depth, t.repeat));
  if (problems.length === 0 && missing.length > 0) problems.push(`${missing.length} trial(s) of the sweep are in no shard`);
  if (problems.length > 0 && !opts.partial) {
    const listed = missing.length > 0 ? `; missing trials: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? `, … (${missing.length} in all)` : ''}` : '';
    throw new UsageError(`the shards are incomplete: ${problems.join('; ')}${listed}`, {
      hint: 'finish or resume the missing shards (rerun the same command), or merge what there is with --partial (the run is marked partial)',
    });
  }

  records.sort((a, b) => a.length - b.length || a.depth - b.depth || a.repeat - b.repeat);
  const controls = [...new Map(sorted.flatMap((r) => r.controls).map((c) => [c.trial_id, c])).values()];
  const threshold = typeof first.manifest.settings.threshold === 'number' ? first.manifest.settings.threshold : 0.85;
  const withControl = first.manifest.settings.control === true || controls.length > 0;
  const complete = problems.length === 0 && sorted.every((r) => r.manifest.state === 'complete');
  const { shard: _shard, ...base } = first.manifest;
  const times = sorted.map((r) => r.manifest.started_at).sort();
  const ends = sorted.map((r) => r.manifest.ended_at).filter((e): e is string => e !== null).sort();
  const manifest: RunManifest = {
    ...base,
    command: wholeCommand(first.manifest.command, out),
    settings: { ...first.manifest.settings, out, shard: null },
    started_at: times[0]!,
    ended_at: ends.at(-1) ?? null,
    state: complete ? 'complete' : 'partial',
    summary: summarizeRun(records, controls, withControl, threshold),
    merged_from: sorted.map((r) => ({
      dir: r.dir,
      shard: formatShard(r.manifest.shard!),
      base_url: r.manifest.model.base_url,
      trials: r.records.length,
      started_at: r.manifest.started_at,
      ended_at: r.manifest.ended_at,
    })),
  };
  return { manifest, records, controls, missing };
}
