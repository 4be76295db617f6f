// `needle export` / `needle import`: a sweep as Batch API JSONL (also `vllm run-batch` input), and its output ingested.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { batchOutputModel, offlineModel } from '../models/batch-output.js';
import { NO_RESPONSE, NOT_RUN_CODES, parseBatchOutput, type BatchResult } from '../run/batch.js';
import { lockRunFolder } from '../run/run-lock.js';
import { buildManifest } from '../run/manifest.js';
import { ensureRunDir, readManifest, writeManifest } from '../run/results-store.js';
import { prepareSweep, sendSweep, type SweepEvent } from '../run/run-sweep.js';
import { batchInputLines, promptIds } from '../run/send-batch.js';
import { sha256 } from '../util/hash.js';
import { addSweepOptions, resolveSweepOptions, summaryTable, type SweepFlags } from './sweep.js';
import { printSweepEvent } from './events.js';

/** File the export writes into the run folder. */
export const BATCH_INPUT = 'batch-input.jsonl';

function stageOnly(quiet = false) {
  return (e: SweepEvent) => printSweepEvent(e, quiet);
}

/** `needle export <run-dir> [sweep options]`. */
export function exportCommand(setExit: (code: number) => void): Command {
  return addSweepOptions(
    new Command('export')
      .description(`write a sweep's prompts as Batch API JSONL (<run-dir>/${BATCH_INPUT}; also the input of vllm run-batch) without sending them`)
      .argument('<run-dir>', 'run folder to create (import the answers into it later)'),
  ).action(async (dir: string, flags: SweepFlags) => {
    if (!flags.model) throw new UsageError('needle export needs --model (the name written into every request)');
    const options: SweepOptions = {
      ...resolveSweepOptions({ ...flags, out: dir }, process.env, ['export', dir], new Date(), { offline: true }),
      cache: false,
    };
    const lock = lockRunFolder(dir, `needle export ${dir}`);
    const prepared = await prepareSweep({ ...options, baseUrl: null, extraBaseUrls: [] }, { model: offlineModel(flags.model), onEvent: stageOnly(flags.quiet) }).catch((error: unknown) => {
      lock.release();
      throw error;
    });
    try {
      const ctx = { options: prepared.options, model: prepared.model, judge: null, haystack: prepared.haystack, tokenizer: prepared.tokenizer };
      const lines = batchInputLines(prepared.pending, ctx);
      ensureRunDir(dir);
      writeFileSync(join(dir, BATCH_INPUT), lines.join('\n') + (lines.length ? '\n' : ''));
      const needleSha = sha256(JSON.stringify(prepared.draws.map((d) => d.needle)));
      const manifest = buildManifest({ ...prepared, options: { ...prepared.options, command: `needle export ${dir}` }, needleSha, needleCount: prepared.draws.length, tokenizer: prepared.tokenizerLabel });
      writeManifest(dir, { ...manifest, state: 'partial' });
      process.stdout.write(
        `wrote ${lines.length} requests to ${join(dir, BATCH_INPUT)}\n` +
          `next: send them (OpenAI Batch API, or: vllm run-batch -i ${join(dir, BATCH_INPUT)} -o answers.jsonl --model ${flags.model}),\n` +
          `then: needle import ${dir} answers.jsonl\n`,
      );
    } finally {
      prepared.tokenizer.free();
      lock.release();
    }
    setExit(EXIT.ok);
  });
}

/** `needle import <run-dir> <output.jsonl>`. */
export function importCommand(setExit: (code: number) => void): Command {
  return new Command('import')
    .description('ingest a Batch API or vllm run-batch output into a run folder made by needle export, then score and draw it')
    .argument('<run-dir>', 'run folder written by needle export')
    .argument('<output-jsonl>', 'the batch output file')
    .action(async (dir: string, file: string) => {
      const manifest = readManifest(dir);
      if (!manifest) throw new UsageError(`${dir} has no run.json`, { hint: 'create it with needle export first' });
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read batch output ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const results = parseBatchOutput(text);
      // Lines with no response (a batch *input* file, or requests the batch never ran) answer nothing.
      const answers = new Map([...results].filter(([, r]) => r.ok || !isUnanswered(r)));
      const settings = manifest.settings as unknown as SweepOptions;
      // Trials a previous import recorded as failed may be answered by this file: they are pending again.
      const options: SweepOptions = { ...settings, out: dir, apiKey: null, headers: {}, baseUrl: null, extraBaseUrls: [], cache: false, batch: false, retryErrors: true, command: manifest.command };
      const lock = lockRunFolder(dir, `needle import ${dir} ${file}`);
      try {
        const prepared = await prepareSweep(options, { model: offlineModel(manifest.model.id), onEvent: stageOnly() });
        try {
          const waiting = prepared.pending;
          const answered = waiting.filter((t) => answers.has(t.id));
          if (answered.length === 0) {
            // Nothing of this file belongs to the run: import nothing, so the right file can still be imported.
            const sample = [...results.keys()].slice(0, 3).join(', ');
            throw new UsageError(
              `${file} answers none of the ${waiting.length} trials of ${dir} still without an answer` +
                (results.size === 0 ? ' (it holds no batch output lines)' : answers.size === 0 ? ` (its ${results.size} lines carry no responses: is it the batch input?)` : ` (its custom_ids, e.g. ${sample}, are not this run's)`),
              { hint: `import the output of ${join(dir, BATCH_INPUT)} (vllm run-batch -o, or the Batch API's output file); nothing was changed` },
            );
          }
          prepared.pending = answered;
          prepared.model = batchOutputModel(manifest.model.id, answers, promptIds(answered));
          const result = await sendSweep(prepared, { onEvent: stageOnly(true) });
          process.stdout.write(`imported ${answered.length} of ${waiting.length} trials still without an answer, from ${file}\n`);
          const left = waiting.length - answered.length;
          if (left > 0) process.stdout.write(`${left} trial(s) have no answer in this file: import another output file to finish the run\n`);
          process.stdout.write(summaryTable(result.summary));
          process.stdout.write(`run folder: ${dir}\n`);
        } finally {
          prepared.tokenizer.free();
        }
      } finally {
        lock.release();
      }
      setExit(EXIT.ok);
    });
}

/** A line that holds no answer: no response at all, or a request the batch never ran. */
function isUnanswered(r: BatchResult): boolean {
  return !r.ok && ((r.code !== undefined && r.code !== null && NOT_RUN_CODES.has(r.code)) || r.message === NO_RESPONSE);
}
