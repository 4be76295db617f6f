// Chooses the needles of each repeat: a user's needles file in order, or fresh draws from the built-in templates.

import type { HaystackKind, Needle } from '../types.js';
import type { NeedleSetName } from '../config/sweep-options.js';
import type { NeedleSource, TrialNeedles } from '../prompt/plan.js';
import { drawBuiltinNeedle, drawFromTemplate, templatesFor } from '../needles/builtin.js';
import { combineMultiKey, combineMultiValue, type MultiMode } from '../needles/multi.js';
import { createRng } from '../util/rng.js';

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
 * Built-in needles: repeat r draws a fresh instance (template and values) from the seed, the same in
 * every cell. User documents take the financial-report templates, written as plain declarative sentences.
 * Multi-value draws distinct templates; multi-key draws one template k times (same shape, other values).
 */
export function builtinNeedleSource(kind: HaystackKind, set: NeedleSetName, seed: number, distractors: number, multi: MultiOptions = SINGLE): NeedleSource {
  const root = createRng(seed).fork('needles');
  const cache = new Map<number, TrialNeedles>();
  return (repeat) => {
    const cached = cache.get(repeat);
    if (cached) return cached;
    const rng = root.fork(repeat);
    let draws;
    // `mixed` takes lexical and paraphrased needles in turn, so every cell of a run with 2+ repeats holds both.
    if (multi.count === 1) draws = [drawBuiltinNeedle(kind, set === 'mixed' ? (repeat % 2 === 0 ? 'lexical' : 'paraphrased') : set, rng)];
    else {
      const templates = templatesFor(kind);
      const chosen = multi.mode === 'key' ? Array(multi.count).fill(rng.pick(templates)) : rng.sample(templates, multi.count);
      const variant = () => (set === 'mixed' ? rng.pick(['lexical', 'paraphrased'] as const) : set);
      const v = variant();
      draws = chosen.map((t, i) => drawFromTemplate(kind, t.id, multi.mode === 'key' ? v : variant(), rng.fork(`multi/${i}`)));
    }
    const result = assemble(
      draws.map((d) => d.needle),
      draws.flatMap((d) => d.companions),
      multi.mode,
      distractors,
    );
    cache.set(repeat, result);
    return result;
  };
}
