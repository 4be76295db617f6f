// Plans a sweep: every (length, depth, repeat) trial with its needle, placement and exact prompt counts.

import type { Cell, InsertionPoint, Needle, Tokenizer } from '../types.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { DocumentValues } from '../needles/value-keys.js';
import { createRng } from '../util/rng.js';
import { hashId, sha256 } from '../util/hash.js';
import { buildPrompt, fitsNearDepth, type BuiltPrompt, type Insertion, type Placement, type PlacedText } from './build-prompt.js';

/** How a built-in text reads at a point of the document (its fiscal year, its meeting and speaker). */
export type RenderAt = (point: InsertionPoint) => PlacedText;

/** Renderers of a built-in draw, one per text, in the order of `TrialNeedles`' fields. */
export interface NeedleRenderers {
  needle: RenderAt;
  others: RenderAt[];
  companions: RenderAt[];
  distractors: RenderAt[];
  /** Transcript needles: role keys that may voice the needle (placement prefers meetings where one is present). */
  speakerRoles?: string[];
}

/** The needle(s) of one trial: the needle asked about, facts it depends on, and decoys. */
export interface TrialNeedles {
  needle: Needle;
  /** Further needles asked about too (`--multi k` in multi-value mode), spread away from the first. */
  others?: Needle[];
  /** Facts placed too but not asked about directly (e.g. a code name's definition). */
  companions: Needle[];
  /** Near-miss decoys placed elsewhere. */
  distractors: Array<{ text: string; answers: string[] }>;
  /** Built-in needles: each text as it reads where it lands (a user's needles have fixed text). */
  renderers?: NeedleRenderers;
}

/**
 * A cell where the repeat's own draw has no fitting place near its depth, as the planner shows it to a needle
 * source: the cell, and whether a text with these sections (and speakers) would find one there.
 */
export interface CellFit {
  cell: Cell;
  /** True when, within FIT_WINDOW of the cell's depth in the cell's document part, such a text has a fitting point. */
  fits(ins: { sections?: string[]; speakerRoles?: string[] }): boolean;
}

/**
 * Supplies the needles of repeat `r` (the same for every cell, so cells compare like with like). `attempt`
 * redraws built-in values deterministically when the first draw's answer already appears in the document.
 * With `at`, the repeat's draw does not fit that cell: a source may return another draw that does (built-in
 * sources choose among their templates), or the repeat's own (a user's needles, always).
 */
export type NeedleSource = (repeat: number, attempt?: number, at?: CellFit) => TrialNeedles;

/**
 * Why a built-in trial carries its template: `drawn`, the repeat's own draw fits the cell; `fitted`, it has no
 * fitting section near the cell's depth in that length's document part and another template that has one was
 * chosen; `unfitted`, no template has one there, so the repeat's own is placed as near as it goes.
 */
export type NeedleChoice = 'drawn' | 'fitted' | 'unfitted';

/** One planned trial. Its prompt is rebuilt from these inputs when it is sent. */
export interface Trial {
  /** Hash of everything that determines the prompt: resume skips trials whose id is on disk. */
  id: string;
  cell: Cell;
  repeat: number;
  /** The needles as placed in this trial's prompt (text, question and answers as they read there). */
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
  /** Built-in needles: why the trial carries its template (absent for a user's needles). */
  choice?: NeedleChoice;
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
  /** The needles of each repeat as finally drawn (after any redraw for uniqueness). */
  draws: TrialNeedles[];
  /** Built-in draws whose answer still appears elsewhere in a document part after every redraw (should be none). */
  collisions: Array<{ repeat: number; length: number; depth: number; answer: string; excerpt: string }>;
}

/** Redraws tried before a built-in needle is accepted with a value the document already states. */
export const MAX_REDRAWS = 400;

/** Trial insertions: the needle at the cell's depth, companions and decoys spread away from it. */
export function insertionsFor(depth: number, needles: TrialNeedles): Insertion[] {
  const r = needles.renderers;
  const roles = r?.speakerRoles;
  const out: Insertion[] = [{ text: needles.needle.text, depth, role: 'needle', sections: needles.needle.sections, render: r?.needle, speakerRoles: roles }];
  const others = needles.others ?? [];
  others.forEach((o, i) => out.push({ text: o.text, depth: spreadDepth(depth, i + 1, others.length + 1), role: 'needle', sections: o.sections, render: r?.others[i], speakerRoles: roles }));
  needles.companions.forEach((c, i) =>
    out.push({ text: c.text, depth: spreadDepth(depth, i + 1, needles.companions.length + 1), role: 'companion', sections: c.sections, render: r?.companions[i], speakerRoles: roles }),
  );
  const n = needles.distractors.length;
  needles.distractors.forEach((d, i) => out.push({ text: d.text, depth: spreadDepth(depth, i + 1, n + 1, 17), role: 'distractor', render: r?.distractors[i], speakerRoles: roles }));
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

/** The trial's needles as they were placed: texts, question and answers as they read at their points. */
export function placedNeedles(needles: TrialNeedles, prompt: BuiltPrompt): TrialNeedles {
  const p = prompt.placements;
  const others = needles.others ?? [];
  const at = (i: number) => p[i]!.placed;
  const first = at(0);
  const otherNeedles = others.map((o, i) => ({ ...o, text: at(1 + i).text, answers: at(1 + i).answers ?? o.answers }));
  const answers = others.length > 0 ? [...(first.answers ?? needles.needle.answers.slice(0, needles.needle.answers.length - others.reduce((n, o) => n + o.answers.length, 0))), ...otherNeedles.flatMap((o) => o.answers)] : (first.answers ?? needles.needle.answers);
  const c0 = 1 + others.length;
  const d0 = c0 + needles.companions.length;
  return {
    needle: { ...needles.needle, text: first.text, question: prompt.question ?? needles.needle.question, answers },
    others: otherNeedles.length > 0 ? otherNeedles : needles.others,
    companions: needles.companions.map((c, i) => ({ ...c, text: at(c0 + i).text })),
    distractors: needles.distractors.map((d, i) => ({ text: at(d0 + i).text, answers: at(d0 + i).answers ?? d.answers })),
  };
}

const VALUES = new WeakMap<PreparedHaystack, DocumentValues>();

/** The value index of a haystack (built once). */
export function documentValues(haystack: PreparedHaystack): DocumentValues {
  let v = VALUES.get(haystack);
  if (!v) VALUES.set(haystack, (v = new DocumentValues(haystack.document.text)));
  return v;
}

/** The first answer of a trial's needles that its document part already states elsewhere, with where. */
function collision(values: DocumentValues, needles: TrialNeedles, end: number): { answer: string; at: number } | null {
  for (const answer of needles.needle.answers) {
    const at = values.firstMention(answer, end);
    if (at >= 0) return { answer, at };
  }
  return null;
}

/**
 * Plans every trial. Sending order: lengths outer, then repeats, then depths, so consecutive prompts share
 * the longest document prefix (servers with prefix caching recompute less).
 *
 * One place, one answer: a built-in repeat whose answer already appears in the document (the whole haystack,
 * then each trial's document part with the needle rendered where it landed) is redrawn, deterministically,
 * with the next attempt number; every cell of the repeat then asks for the new value.
 */
export function planSweep(input: PlanInput, onProgress?: (done: number, total: number) => void): Plan {
  const cells: Cell[] = [];
  for (const length of input.lengths) for (const depth of input.depths) cells.push({ length, depth });
  const values = documentValues(input.haystack);
  const total = cells.length * input.repeats;
  const byKey = new Map<string, Trial>();
  const draws: TrialNeedles[] = [];
  const collisions: Plan['collisions'] = [];
  let done = 0;
  for (let repeat = 0; repeat < input.repeats; repeat++) {
    let attempt = 0;
    for (;;) {
      const needles = input.needles(repeat, attempt);
      const redrawable = needles.renderers !== undefined && attempt < MAX_REDRAWS;
      // Cheap first: an answer anywhere in the haystack is in every longer document part.
      if (redrawable && collision(values, needles, values.text.length)) {
        attempt++;
        continue;
      }
      const planned: Array<[string, Trial]> = [];
      let clash: Plan['collisions'][number] | null = null;
      for (const length of input.lengths) {
        for (const depth of input.depths) {
          const trial = planFitting(input, { length, depth }, repeat, attempt, needles);
          const hit = needles.renderers ? collision(values, trial.needles, documentEnd(input, trial)) : null;
          if (hit && !clash) clash = { repeat, length, depth, answer: hit.answer, excerpt: values.excerpt(hit.at) };
          planned.push([`${length}/${repeat}/${depth}`, trial]);
        }
      }
      if (clash && redrawable) {
        attempt++;
        continue;
      }
      if (clash) collisions.push(clash);
      for (const [k, t] of planned) byKey.set(k, t);
      draws[repeat] = needles;
      done += planned.length;
      onProgress?.(done, total);
      break;
    }
  }
  const trials: Trial[] = [];
  for (const length of input.lengths) for (let repeat = 0; repeat < input.repeats; repeat++) for (const depth of input.depths) trials.push(byKey.get(`${length}/${repeat}/${depth}`)!);
  return { cells, trials, draws, collisions };
}

const ENDS = new WeakMap<Trial, number>();

/** Where the trial's document part ends in the haystack text. */
function documentEnd(input: PlanInput, trial: Trial): number {
  return ENDS.get(trial) ?? buildTrialPrompt(input, trial).documentEnd ?? input.haystack.document.text.length;
}

/**
 * The trial of a cell with the repeat's draw; where a built-in draw finds no fitting place near the cell's depth
 * in the cell's document part (a 16K prefix of a report ends in its risk factors), the source may offer another
 * template that does, and the trial carries that one.
 */
function planFitting(input: PlanInput, cell: Cell, repeat: number, attempt: number, drawn: TrialNeedles): Trial {
  const trial = planTrial(input, cell, repeat, drawn);
  if (!drawn.renderers) return trial;
  if (trial.placements[0]!.fits) return Object.assign(trial, { choice: 'drawn' as const });
  const end = documentEnd(input, trial);
  const at: CellFit = { cell, fits: (ins) => fitsNearDepth(input.haystack, end, cell.depth, { ...ins, role: 'needle' }) };
  const other = input.needles(repeat, attempt, at);
  if (other === drawn) return Object.assign(trial, { choice: 'unfitted' as const });
  const refitted = planTrial(input, cell, repeat, other);
  // The probe reads the first trial's cut; a text of another length may cut a sentence earlier and miss it: keep the repeat's own then.
  return refitted.placements[0]!.fits ? Object.assign(refitted, { choice: 'fitted' as const }) : Object.assign(trial, { choice: 'unfitted' as const });
}

/** One trial of a cell: its prompt built, its needles as placed, its id. */
function planTrial(input: PlanInput, cell: Cell, repeat: number, drawn: TrialNeedles): Trial {
  const insertions = insertionsFor(cell.depth, drawn);
  const prompt = buildTrialPrompt(input, { cell, repeat, insertions, needles: drawn });
  const needles = placedNeedles(drawn, prompt);
  const promptSha256 = promptHash(prompt);
  const id = hashId({ v: 1, length: cell.length, depth: cell.depth, repeat, prompt: promptSha256, answers: needles.needle.answers });
  const trial: Trial = {
    id,
    cell,
    repeat,
    needles: { ...needles, renderers: drawn.renderers },
    insertions,
    promptTokens: prompt.promptTokens,
    documentTokens: prompt.documentTokens,
    placements: prompt.placements,
    promptSha256,
  };
  ENDS.set(trial, prompt.documentEnd ?? input.haystack.document.text.length);
  return trial;
}
