// `needle merge <run-dir…> --out <dir>`: joins the shard folders of one sweep into one run folder with every output.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { loadRun } from '../run/load-run.js';
import { mergeShards } from '../run/merge-runs.js';
import { ensureRunDir, readManifest, RUN_FILES, writeFileAtomic, writeManifest } from '../run/results-store.js';
import { writeReports } from '../run/write-reports.js';
import type { TrialRecord } from '../types.js';
import { summaryTable } from './sweep.js';
import { printWarning } from './terminal.js';

interface MergeFlags {
  out: string;
  partial: boolean;
}

function jsonl(records: readonly TrialRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}

/** Merges shard folders into `out` and writes every output; returns what was written. */
export async function mergeRunFolders(dirs: readonly string[], out: string, opts: { partial?: boolean } = {}): Promise<{ files: string[]; merged: ReturnType<typeof mergeShards> }> {
  if (existsSync(out) && readdirSync(out).length > 0 && !readManifest(out)?.merged_from) {
    throw new UsageError(`--out ${out} already holds something other than a merged run`, { hint: 'merge into a new or empty folder (a folder written by needle merge is replaced)' });
  }
  const merged = mergeShards(dirs.map((d) => loadRun(d)), out, opts);
  ensureRunDir(out);
  writeFileAtomic(join(out, RUN_FILES.results), jsonl(merged.records));
  if (merged.controls.length > 0) writeFileAtomic(join(out, RUN_FILES.control), jsonl(merged.controls));
  writeManifest(out, merged.manifest);
  const threshold = merged.manifest.summary?.effective_length?.threshold ?? 0.85;
  const files = await writeReports(out, merged.manifest, merged.records, printWarning, { threshold });
  return { files: [RUN_FILES.manifest, RUN_FILES.results, ...(merged.controls.length ? [RUN_FILES.control] : []), ...files], merged };
}

/** The merge command. */
export function mergeCommand(setExit: (code: number) => void): Command {
  return new Command('merge')
    .description('join the run folders of a sharded sweep (--shard i/n) into one run: checks one sweep, disjoint, complete')
    .argument('<run-dir...>', 'the shards’ run folders')
    .requiredOption('-o, --out <dir>', 'folder of the merged run')
    .option('--partial', 'merge even when shards or trials are missing (the run is marked partial and says what is missing)', false)
    .action(async (dirs: string[], flags: MergeFlags) => {
      const { files, merged } = await mergeRunFolders(dirs, flags.out, { partial: flags.partial });
      const m = merged.manifest;
      process.stdout.write(`merged ${m.merged_from!.map((s) => `${s.shard} (${s.trials} trials)`).join(', ')}: ${merged.records.length} trials, ${m.state}\n`);
      if (merged.missing.length > 0) process.stdout.write(`missing ${merged.missing.length} trial(s): ${merged.missing.slice(0, 8).join(', ')}${merged.missing.length > 8 ? ', …' : ''}\n`);
      process.stdout.write(summaryTable(m.summary!));
      process.stdout.write(`run folder: ${flags.out} (${files.join(', ')})\n`);
      setExit(EXIT.ok);
    });
}
