// Plans a sweep: every (length, depth, repeat) trial with its needle, placement and exact prompt counts.

import type { Cell, Needle, Tokenizer } from '../types.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { createRng } from '../util/rng.js';
import { hashId, sha256 } from '../util/hash.js';
import { buildPrompt, type BuiltPrompt, type Insertion, type Placement } from './build-prompt.js';

/** The needle(s) of one trial: the needle asked about, facts it depends on, and decoys. */
export interface TrialNeedles {
  needle: Needle;
  /** Further needles asked about too (`--multi k` in multi-value mode), spread away from the first. */
  others?: Needle[];
  /** Facts placed too but not asked about directly (e.g. a code name's definition). */
  companions: Needle[];
  /** Near-miss decoys placed elsewhere. */
  distractors: Array<{ text: string; answers: string[] }>;
}

/** Supplies the needles of repeat `r` (the same for every cell, so cells compare like with like). */
export type NeedleSource = (repeat: number) => TrialNeedles;

/** One planned trial. Its prompt is rebuilt from these inputs when it is sent. */
export interface Trial {
  /** Hash of everything that determines the prompt: resume skips trials whose id is on disk. */
  id: string;
  cell: Cell;
  repeat: number;
  needles: TrialNeedles;
  insertions: Insertion[];
  promptTokens: number;
  documentTokens: number;
  placements: Placement[];
  promptSha256: string;
  /** Length in our tokenizer the document was cut to, when it differs from the cell's (server-side counting). */
  cutLength?: number;
  /** The server's count of this prompt (server-side counting only). */
  serverTokens?: number;
}

/** What a plan needs. */
export interface PlanInput {
  haystack: PreparedHaystack;
  tokenizer: Tokenizer;
  lengths: number[];
  depths: number[];
  repeats: number;
  seed: number;
  needles: NeedleSource;
}

/** A planned sweep, in sending order. */
export interface Plan {
  cells: Cell[];
  trials: Trial[];
}

/** Trial insertions: the needle at the cell's depth, companions and decoys spread away from it. */
export function insertionsFor(depth: number, needles: TrialNeedles): Insertion[] {
  const out: Insertion[] = [{ text: needles.needle.text, depth, role: 'needle', sections: needles.needle.sections }];
  const others = needles.others ?? [];
  others.forEach((o, i) => out.push({ text: o.text, depth: spreadDepth(depth, i + 1, others.length + 1), role: 'needle', sections: o.sections }));
  needles.companions.forEach((c, i) =>
    out.push({ text: c.text, depth: spreadDepth(depth, i + 1, needles.companions.length + 1), role: 'companion', sections: c.sections }),
  );
  const n = needles.distractors.length;
  needles.distractors.forEach((d, i) => out.push({ text: d.text, depth: spreadDepth(depth, i + 1, n + 1, 17), role: 'distractor' }));
  return out;
}

/** Depths spread evenly around the document away from `depth`. */
function spreadDepth(depth: number, k: number, slots: number, shift = 0): number {
  return (depth + (k * 100) / slots + shift) % 100;
}

/** Deterministic rng for a trial's placement choices (transcript labels). */
function placementRng(seed: number, length: number, depth: number, repeat: number) {
  return createRng(seed).fork(`place/${length}/${depth}/${repeat}`);
}

/** Builds a trial's prompt from its planned inputs (the same prompt every time). */
export function buildTrialPrompt(input: Pick<PlanInput, 'haystack' | 'tokenizer' | 'seed'>, trial: Pick<Trial, 'cell' | 'repeat' | 'insertions' | 'needles' | 'cutLength'>): BuiltPrompt {
  const { cell, repeat } = trial;
  return buildPrompt(input.haystack, input.tokenizer, trial.cutLength ?? cell.length, trial.insertions, trial.needles.needle.question, placementRng(input.seed, cell.length, cell.depth, repeat));
}

/** Hash of a prompt's messages, recorded with every result. */
export function promptHash(prompt: BuiltPrompt): string {
  return sha256(JSON.stringify(prompt.messages));
}

/**
 * Plans every trial. Sending order: lengths outer, then repeats, then depths, so consecutive prompts share
 * the longest document prefix (servers with prefix caching recompute less).
 */
export function planSweep(input: PlanInput, onProgress?: (done: number, total: number) => void): Plan {
  const cells: Cell[] = [];
  for (const length of input.lengths) for (const depth of input.depths) cells.push({ length, depth });
  const draws = Array.from({ length: input.repeats }, (_, r) => input.needles(r));
  const trials: Trial[] = [];
  const total = cells.length * input.repeats;
  for (const length of input.lengths) {
    for (let repeat = 0; repeat < input.repeats; repeat++) {
      for (const depth of input.depths) {
        const needles = draws[repeat]!;
        const insertions = insertionsFor(depth, needles);
        const prompt = buildTrialPrompt(input, { cell: { length, depth }, repeat, insertions, needles });
        const promptSha256 = promptHash(prompt);
        const id = hashId({ v: 1, length, depth, repeat, prompt: promptSha256, answers: needles.needle.answers });
        trials.push({
          id,
          cell: { length, depth },
          repeat,
          needles,
          insertions,
          promptTokens: prompt.promptTokens,
          documentTokens: prompt.documentTokens,
          placements: prompt.placements,
          promptSha256,
        });
        onProgress?.(trials.length, total);
      }
    }
  }
  return { cells, trials };
}
