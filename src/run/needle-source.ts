// Chooses the needles of each repeat: a user's needles file in order, or fresh draws from the built-in templates.

import type { HaystackKind, Needle } from '../types.js';
import type { NeedleSetName } from '../config/sweep-options.js';
import type { NeedleSource, TrialNeedles } from '../prompt/plan.js';
import { drawBuiltinNeedle } from '../needles/builtin.js';
import { createRng } from '../util/rng.js';

/** Needles of a user's file: repeat r uses needle r mod n (so `--repeats n` covers all of them). */
export function fileNeedleSource(needles: Needle[], distractors: number): NeedleSource {
  return (repeat) => {
    const needle = needles[repeat % needles.length]!;
    return { needle, companions: [], distractors: (needle.distractors ?? []).slice(0, distractors) };
  };
}

/**
 * Built-in needles: repeat r draws a fresh instance (template and values) from the seed, the same in
 * every cell. User documents take the financial-report templates, written as plain declarative sentences.
 */
export function builtinNeedleSource(kind: HaystackKind, set: NeedleSetName, seed: number, distractors: number): NeedleSource {
  const root = createRng(seed).fork('needles');
  const cache = new Map<number, TrialNeedles>();
  return (repeat) => {
    let draw = cache.get(repeat);
    if (!draw) {
      const { needle, companions } = drawBuiltinNeedle(kind, set, root.fork(repeat));
      draw = { needle, companions, distractors: (needle.distractors ?? []).slice(0, distractors) };
      cache.set(repeat, draw);
    }
    return draw;
  };
}
