// How often one fixed guess would hit a template's answer: the share of its most common answer over many draws.

import { readAnswer } from '../score/answer-type.js';
import { valueKey } from '../score/values.js';
import { createRng, type Rng } from '../util/rng.js';

/** The guessability of one template. */
export interface Guessability {
  draws: number;
  /** Distinct answers (in canonical form) among the draws. */
  distinct: number;
  /** The most common answer, as first drawn, and how often it came up. */
  top: { answer: string; count: number };
  /** top.count / draws: the hit rate of always guessing the most common answer. */
  rate: number;
}

/**
 * An answer list in canonical form, so that answers a scorer treats alike count as one (`$4.7 million` and
 * `$4,700,000`; `Marlhaven St.` and `Marlhaven Street`; `Project X` and `X`): values by meaning, names by their
 * core words. A multi-part answer is guessed only when every part is.
 */
export function canonicalAnswer(answers: readonly string[]): string {
  return answers
    .map((a) => {
      const spec = readAnswer(a);
      return spec.kind === 'value' ? valueKey(spec.value) : `name:${spec.key}`;
    })
    .join(' & ');
}

/**
 * Draws `draws` instances from a template's draw function (any function from an rng to something with
 * `answers`) and reports the best-guess hit rate: the frequency of the most common answer. With near-uniform
 * answers the estimate runs a little high (the most common of many draws), so a bar of 1/50 holds only for
 * templates with comfortably more than 50 equally likely answers.
 * @default draws 10_000
 */
export function measureGuessability(draw: (rng: Rng) => { answers: readonly string[] }, opts: { draws?: number; seed?: number } = {}): Guessability {
  const draws = opts.draws ?? 10_000;
  const root = createRng(opts.seed ?? 1).fork('guessability');
  const counts = new Map<string, { answer: string; count: number }>();
  // Raw answers repeat often: read each form once.
  const canonical = new Map<string, string>();
  for (let i = 0; i < draws; i++) {
    const answers = draw(root.fork(i)).answers;
    const raw = answers.join('\u0000');
    let key = canonical.get(raw);
    if (key === undefined) {
      key = canonicalAnswer(answers);
      canonical.set(raw, key);
    }
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { answer: answers.join(' · '), count: 1 });
  }
  let top = { answer: '', count: 0 };
  for (const e of counts.values()) if (e.count > top.count) top = e;
  return { draws, distinct: counts.size, top, rate: draws === 0 ? 0 : top.count / draws };
}
