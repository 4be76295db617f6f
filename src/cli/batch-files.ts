// `needle export` / `needle import`: a sweep as Batch API JSONL (also `vllm run-batch` input), and its output ingested.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { batchOutputModel, offlineModel } from '../models/batch-output.js';
import { parseBatchOutput } from '../run/batch.js';
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
    const prepared = await prepareSweep({ ...options, baseUrl: null, extraBaseUrls: [] }, { model: offlineModel(flags.model), onEvent: stageOnly(flags.quiet) });
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
      const settings = manifest.settings as unknown as SweepOptions;
      const options: SweepOptions = { ...settings, out: dir, apiKey: null, headers: {}, baseUrl: null, extraBaseUrls: [], cache: false, batch: false, command: manifest.command };
      const prepared = await prepareSweep(options, { model: offlineModel(manifest.model.id), onEvent: stageOnly() });
      try {
        prepared.model = batchOutputModel(manifest.model.id, results, promptIds(prepared.pending));
        const result = await sendSweep(prepared, { onEvent: stageOnly(true) });
        const matched = prepared.pending.filter((t) => results.has(t.id)).length;
        process.stdout.write(`imported ${matched} of ${prepared.pending.length} pending trials from ${file}\n`);
        process.stdout.write(summaryTable(result.summary));
        process.stdout.write(`run folder: ${dir}\n`);
      } finally {
        prepared.tokenizer.free();
      }
      setExit(EXIT.ok);
    });
}
