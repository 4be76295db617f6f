// batch.json in a run folder: every batch submitted for the run, so a crash or Ctrl-C never loses a paid batch.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { BatchEntry, BatchJournal } from './batch.js';
import { RUN_FILES, writeFileAtomic } from './results-store.js';

/** Format id of batch.json. */
export const BATCH_JOURNAL_FORMAT = 'needle.batch/1';

interface JournalFile {
  format: string;
  batches: BatchEntry[];
}

/** The run folder's batch journal (batch.json), rewritten atomically on every change. */
export function openBatchJournal(dir: string): BatchJournal & { all(): BatchEntry[] } {
  const path = join(dir, RUN_FILES.batch);
  let file: JournalFile = { format: BATCH_JOURNAL_FORMAT, batches: [] };
  if (existsSync(path)) {
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as JournalFile;
      if (!Array.isArray(file.batches)) throw new Error('no batches');
    } catch (error) {
      throw new UsageError(`${path} is not a batch journal: ${(error as Error).message}`, { hint: 'it records the batches this run submitted; restore it, or move it away to submit again' });
    }
  }
  const save = () => writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n');
  return {
    all: () => file.batches.slice(),
    open: () => file.batches.filter((b) => b.ingested_at === null && b.status !== 'failed'),
    add(entry) {
      file.batches.push({ ...entry, custom_ids: entry.custom_ids.slice() });
      save();
    },
    update(id, patch) {
      const entry = file.batches.find((b) => b.id === id);
      if (!entry) return;
      Object.assign(entry, patch);
      save();
    },
  };
}
