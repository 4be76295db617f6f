// `needle card <run-dir…>`: a ready-to-paste model-card section with model-index metadata, printed or written with its heatmaps.

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { renderModelCard, type CardRun } from '../report/model-card.js';
import { buildResults } from '../report/results-json.js';
import { loadRun } from '../run/load-run.js';
import { RUN_FILES, writeFileAtomic } from '../run/results-store.js';

interface CardFlags {
  out?: string;
  modelName?: string;
}

/** File the card is written to with --out. */
export const CARD_FILE = 'model-card.md';

/** The card command. */
export function cardCommand(setExit: (code: number) => void): Command {
  return new Command('card')
    .description('print a model-card section (heatmap, method, recall table) with Hugging Face model-index metadata for one model’s runs')
    .argument('<run-dir...>', 'run folders of one model (e.g. one per haystack kind)')
    .option('-o, --out <dir>', `write ${CARD_FILE} and the heatmap image(s) it shows into this folder instead of printing`)
    .option('--model-name <name>', 'model name in the metadata and text (default: the model id of the runs)')
    .action((dirs: string[], flags: CardFlags) => {
      const runs = dirs.map((dir) => {
        const run = loadRun(dir);
        return { dir, results: buildResults(run.manifest, run.records) };
      });
      const ids = [...new Set(runs.map((r) => r.results.model.id))];
      if (ids.length > 1 && !flags.modelName) {
        throw new UsageError(`the runs are of ${ids.length} models (${ids.join(', ')}); a card describes one`, { hint: 'pass the runs of one model, or name it with --model-name' });
      }
      const image = (i: number) => (runs.length === 1 ? 'needle-heatmap.png' : `needle-heatmap-${i + 1}.png`);
      const cardRuns: CardRun[] = runs.map((r, i) => ({ results: r.results, image: image(i) }));
      const text = renderModelCard(flags.modelName ?? ids[0]!, cardRuns);
      if (!flags.out) {
        process.stdout.write(text);
        process.stderr.write(`copy the heatmap(s) beside your card: ${runs.map((r, i) => `${join(r.dir, RUN_FILES.heatmapPng)} → ${image(i)}`).join(', ')}\n`);
        return setExit(EXIT.ok);
      }
      mkdirSync(flags.out, { recursive: true });
      writeFileAtomic(join(flags.out, CARD_FILE), text);
      runs.forEach((r, i) => {
        const png = join(r.dir, RUN_FILES.heatmapPng);
        if (existsSync(png)) copyFileSync(png, join(flags.out!, image(i)));
      });
      process.stdout.write(`wrote ${CARD_FILE} and ${runs.map((_, i) => image(i)).join(', ')} in ${flags.out}\n`);
      setExit(EXIT.ok);
    });
}
