// The run folder on disk: results.jsonl appended one finished trial at a time, run.json rewritten atomically.

import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { RunManifest, TrialRecord } from '../types.js';

/** File names inside a run folder: a public contract. */
export const RUN_FILES = {
  manifest: 'run.json',
  results: 'results.jsonl',
  control: 'control.jsonl',
  heatmapPng: 'heatmap.png',
  heatmapSvg: 'heatmap.svg',
  recallByLength: 'recall-by-length.png',
  summary: 'summary.md',
  reportHtml: 'report.html',
  /** With --batch: every batch submitted for the run (id, input file, trials, status), so none is paid for twice. */
  batch: 'batch.json',
  resultsJson: 'results.json',
} as const;

/** Format id written into run.json; bump on any incompatible change to run.json or results.jsonl. */
export const RUN_FORMAT = 'needle.run/1';

/**
 * Reads results.jsonl: the last record of each trial wins (a resent trial supersedes its error).
 * A torn last line (the process died mid-write) is ignored.
 */
export function readResults(dir: string, file: string = RUN_FILES.results): TrialRecord[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const byId = new Map<string, TrialRecord>();
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const record = JSON.parse(line) as TrialRecord;
      if (typeof record.trial_id === 'string') byId.set(record.trial_id, record);
    } catch {
      if (i < lines.length - 1 && lines.slice(i + 1).some((l) => l.trim() !== '')) {
        throw new UsageError(`${path}: line ${i + 1} is not valid JSON`, { hint: 'the results file was edited or corrupted' });
      }
    }
  });
  return [...byId.values()];
}

/** What `repairResults` did to a results file's end. */
export type TailRepair = { kind: 'torn'; removedBytes: number; fragment: string } | { kind: 'newline' } | null;

/** Bytes read from the end of a results file to find its last line (a record is a few kB at most). */
const TAIL_BYTES = 1 << 20;

/**
 * Makes a results file safe to append to. A process that died mid-write leaves a last line without its
 * newline: a complete record gets its newline back; a fragment is cut off (its trial was never finished, so
 * it is sent again). Without this, the next record would be glued to the fragment and both lost for good.
 */
export function repairResults(dir: string, file: string = RUN_FILES.results): TailRepair {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  let fragment: Buffer;
  let size: number;
  try {
    size = fstatSync(fd).size;
    if (size === 0) return null;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    if (buffer[length - 1] === 0x0a) return null;
    const newline = buffer.lastIndexOf(0x0a);
    // A last line longer than the tail read (a response of megabytes): look at the whole file.
    const whole = newline < 0 && length < size ? readFileSync(path) : buffer;
    fragment = whole.subarray(whole.lastIndexOf(0x0a) + 1);
  } finally {
    closeSync(fd);
  }
  const text = fragment.toString('utf8');
  if (isRecordLine(text)) {
    appendFileSync(path, '\n');
    return { kind: 'newline' };
  }
  truncateSync(path, size - fragment.length);
  return { kind: 'torn', removedBytes: fragment.length, fragment: text.slice(0, 200) };
}

function isRecordLine(line: string): boolean {
  try {
    const json = JSON.parse(line) as { trial_id?: unknown };
    return typeof json?.trial_id === 'string';
  } catch {
    return false;
  }
}

/** Appends one finished trial; the line is on disk before the call returns. */
export function appendResult(dir: string, record: TrialRecord, file: string = RUN_FILES.results): void {
  appendFileSync(join(dir, file), JSON.stringify(record) + '\n');
}

/** Reads run.json, or null when the folder has none. */
export function readManifest(dir: string): RunManifest | null {
  const path = join(dir, RUN_FILES.manifest);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RunManifest;
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Writes run.json atomically (a crash never leaves half a file). */
export function writeManifest(dir: string, manifest: RunManifest): void {
  writeFileAtomic(join(dir, RUN_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
}

/** Writes a file through a temporary name and a rename. */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Creates the run folder if needed. */
export function ensureRunDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}
