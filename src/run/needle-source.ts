// Chooses the needles of each repeat: a user's needles file in order, or draws from the built-in templates of the document's world.

import { generatorFor } from '../haystack/generators.js';
import type { HaystackKind, Lang, Needle } from '../types.js';
import type { NeedleSetName } from '../config/sweep-options.js';
import type { CellFit, NeedleRenderers, NeedleSource, RenderAt, TrialNeedles } from '../prompt/plan.js';
import { drawSpec, pickVariant, renderSpec, templatesFor, type NeedleSpec } from '../needles/builtin.js';
import type { QuestionVariant, WorldTemplate } from '../needles/template.js';
import { combineMultiKey, combineMultiValue, type MultiMode } from '../needles/multi.js';
import { createRng, type Rng } from '../util/rng.js';

/** How many needles go into each prompt and how they are asked. */
export interface MultiOptions {
  /** Needles per prompt. @default 1 */
  count: number;
  /** @default 'value' */
  mode: MultiMode;
}

const SINGLE: MultiOptions = { count: 1, mode: 'value' };

function assemble(needles: Needle[], companions: Needle[], mode: MultiMode, distractors: number): TrialNeedles {
  const multi = mode === 'key' ? combineMultiKey(needles) : combineMultiValue(needles);
  const own = needles.flatMap((n) => n.distractors ?? []).slice(0, distractors);
  return { needle: multi.needle, others: multi.others, companions, distractors: [...multi.distractors, ...own] };
}

/** Needles of a user's file: repeat r uses needle r mod n (so `--repeats n` covers all of them), and the next ones for --multi. */
export function fileNeedleSource(needles: Needle[], distractors: number, multi: MultiOptions = SINGLE): NeedleSource {
  return (repeat) => {
    const picked = Array.from({ length: multi.count }, (_, i) => needles[(repeat * multi.count + i) % needles.length]!);
    return assemble(picked, [], multi.mode, distractors);
  };
}

/**
 * Built-in needles: repeat r draws templates and values from the world of the seed's document (its company,
 * people, calendar), the same in every cell where it fits; each text is rendered where it lands. Attempt a > 0
 * redraws the values from a fork of the repeat's stream (the planner asks when the value already appears in the
 * document). Where the repeat's template has no fitting section near a cell's depth in that length's document
 * part (the planner passes `at`), the cell takes another template that has one, chosen from the seed, repeat and
 * cell (see `chooseFitting`), in the repeat's question variant.
 * User documents take the English financial-report templates of the seed's company, placed with no fiscal year.
 * Multi-value draws distinct templates; multi-key draws one template k times (same shape, other values); with
 * more than one needle per prompt the repeat's templates stay in every cell.
 */
export function builtinNeedleSource(kind: HaystackKind, set: NeedleSetName, seed: number, distractors: number, multi: MultiOptions = SINGLE, lang: Lang = 'en'): NeedleSource {
  // The world of the document in its language (a Japanese company, its people and sites), and that language's templates.
  const world = generatorFor(kind, lang).world(seed);
  const templates = templatesFor(kind, lang);
  const root = createRng(seed).fork('needles');
  const cache = new Map<string, TrialNeedles>();
  const drawn = (repeat: number, attempt: number): TrialNeedles => {
    const key = `${repeat}/${attempt}`;
    const cached = cache.get(key);
    if (cached) return cached;
    // The template and variant stay with the repeat; only the values are redrawn.
    const rng = root.fork(repeat);
    const chosen = multi.count === 1 ? [rng.pick(templates)] : multi.mode === 'key' ? Array(multi.count).fill(rng.pick(templates)) : rng.sample(templates, multi.count);
    // `mixed` takes lexical and paraphrased needles in turn, so every cell of a run with 2+ repeats holds both.
    const first = set === 'mixed' && multi.count === 1 ? (repeat % 2 === 0 ? 'lexical' : 'paraphrased') : pickVariant(set, rng);
    const variants = chosen.map((_, i) => (i === 0 || multi.mode === 'key' ? first : pickVariant(set, rng)));
    const values = (i: number) => (attempt === 0 ? rng.fork(`values/${i}`) : rng.fork(`values/${i}/redraw-${attempt}`));
    const specs: NeedleSpec[] = chosen.map((t, i) => drawSpec(kind, t.id, variants[i]!, world, values(i)));
    const result = drawNeedles(specs, world, multi.mode, distractors);
    cache.set(key, result);
    return result;
  };
  const fitting = chooseFitting(kind, templates, world, root, distractors);
  return (repeat, attempt = 0, at) => {
    const own = drawn(repeat, attempt);
    if (!at || multi.count !== 1) return own;
    return fitting.choose(repeat, attempt, own, at) ?? own;
  };
}

/**
 * For a cell the repeat's draw does not fit: one of the other templates that has a fitting place there, drawn
 * deterministically from the repeat and the cell (so the grid still mixes templates), in the repeat's question
 * variant, its values drawn from the repeat's stream for that template (and redrawn with the repeat's attempt).
 * Null when none has. Draws are cached, so every cell choosing a template in a repeat asks for the same value;
 * `spec` gives a chosen template's draw (the audit reads its values).
 */
export function chooseFitting(kind: HaystackKind, templates: readonly WorldTemplate[], world: unknown, root: Rng, distractors: number) {
  const specs = new Map<string, { spec: NeedleSpec; roles?: string[] }>();
  const needles = new Map<string, TrialNeedles>();
  const specFor = (repeat: number, attempt: number, t: WorldTemplate, variant: QuestionVariant) => {
    const key = `${repeat}/${attempt}/${t.id}/${variant}`;
    let s = specs.get(key);
    if (!s) {
      const rng = root.fork(repeat).fork(`fit/${t.id}`);
      const spec = drawSpec(kind, t.id, variant, world, attempt === 0 ? rng.fork('values') : rng.fork(`values/redraw-${attempt}`));
      // A transcript template's speakers may depend on its values: read them from the unplaced rendering.
      s = { spec, roles: renderSpec(spec, world, undefined).speakerRoles };
      specs.set(key, s);
    }
    return s;
  };
  const choose = (repeat: number, attempt: number, own: TrialNeedles, at: CellFit): TrialNeedles | null => {
    const variant: QuestionVariant = own.needle.variant === 'paraphrased' ? 'paraphrased' : 'lexical';
    const candidates = templates.filter((t) => t.id !== own.needle.template && at.fits({ sections: t.sections, speakerRoles: specFor(repeat, attempt, t, variant).roles }));
    if (candidates.length === 0) return null;
    const t = root.fork(repeat).fork(`fit/${at.cell.length}/${at.cell.depth}`).pick(candidates);
    const key = `${repeat}/${attempt}/${t.id}/${variant}`;
    let result = needles.get(key);
    if (!result) {
      result = drawNeedles([specFor(repeat, attempt, t, variant).spec], world, 'value', distractors);
      needles.set(key, result);
    }
    return result;
  };
  return { choose, spec: (repeat: number, attempt: number, t: WorldTemplate, variant: QuestionVariant) => specFor(repeat, attempt, t, variant).spec };
}

/** The needles of one repeat: rendered with no place (their default reading), with renderers for the places they land at. */
export function drawNeedles(specs: NeedleSpec[], world: unknown, mode: MultiMode, distractors: number): TrialNeedles {
  const unplaced = specs.map((s) => renderSpec(s, world, undefined));
  const trial = assemble(unplaced.map((r) => r.needle), unplaced.flatMap((r) => r.companions), mode, distractors);
  const at = (i: number): RenderAt => (point) => {
    const r = renderSpec(specs[i]!, world, point.context);
    return { text: r.needle.text, question: r.needle.question, answers: r.needle.answers, speakerRoles: r.speakerRoles, reply: r.reply };
  };
  const combined = specs.length > 1 && mode === 'value';
  const renderers: NeedleRenderers = {
    // A multi-value question is asked of every needle at once: its wording stays the combined one.
    needle: combined ? (point) => ({ ...at(0)(point), question: undefined }) : at(0),
    others: (trial.others ?? []).map((_, i) => at(i + 1)),
    companions: specs.flatMap((s, i) => unplaced[i]!.companions.map((_, k): RenderAt => (point) => ({ text: renderSpec(s, world, point.context).companions[k]!.text }))),
    // Decoys: the needle's own near misses (or, in multi-key mode, the other draws), each rendered where it lands.
    distractors: trial.distractors.map((_, j): RenderAt => {
      if (mode === 'key' && j < specs.length - 1) return (point) => ({ ...at(j + 1)(point), question: undefined });
      const own = mode === 'key' ? j - (specs.length - 1) : j;
      return (point) => {
        const d = renderSpec(specs[ownerOf(unplaced, own)]!, world, point.context).needle.distractors![indexWithin(unplaced, own)]!;
        return { text: d.text, answers: d.answers };
      };
    }),
    speakerRoles: unplaced[0]!.speakerRoles,
  };
  return { ...trial, renderers };
}

/** Which draw the k-th decoy (counted over every draw's own decoys, in order) belongs to. */
function ownerOf(draws: Array<{ needle: Needle }>, k: number): number {
  let n = k;
  for (let i = 0; i < draws.length; i++) {
    const own = draws[i]!.needle.distractors?.length ?? 0;
    if (n < own) return i;
    n -= own;
  }
  return draws.length - 1;
}

/** The index of the k-th decoy within its draw's own decoys. */
function indexWithin(draws: Array<{ needle: Needle }>, k: number): number {
  let n = k;
  for (const d of draws) {
    const own = d.needle.distractors?.length ?? 0;
    if (n < own) return n;
    n -= own;
  }
  return 0;
}
