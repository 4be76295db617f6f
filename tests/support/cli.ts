// Spawns the built CLI (dist/) as a user would, with colors off and a private response cache.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrialRecord } from '../../src/types.js';

const CLI = join(__dirname, '../../dist/cli/main.js');

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `needle <args>` in `cwd` with only PATH, HOME, NO_COLOR, a cache folder under `cwd`, and `env`. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  return spawnCli(args, cwd, env).result;
}

/** Starts `needle <args>` like runCli, returning the child (to signal it) and its result. */
export function spawnCli(args: string[], cwd: string, env: Record<string, string> = {}): { child: ChildProcess; result: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: process.env.HOME ?? '/tmp', NEEDLE_CACHE_DIR: join(cwd, '.cache'), ...env },
    cwd,
  });
  const result = new Promise<CliResult>((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 + (signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 9) : -1), stdout, stderr }));
  });
  return { child, result };
}

/** The records of a run folder's results.jsonl, read as documented: the last line of each trial_id wins. */
export function readRecords(dir: string, file = 'results.jsonl'): TrialRecord[] {
  const byId = new Map<string, TrialRecord>();
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as TrialRecord;
    byId.delete(record.trial_id);
    byId.set(record.trial_id, record);
  }
  return [...byId.values()];
}
