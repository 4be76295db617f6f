// The shape of a built-in needle template and of one draw from it.
import type { HaystackKind, Needle } from '../types.js';
import type { Rng } from '../util/rng.js';

/** Which question a needle carries: one reusing the needle's words, or one sharing as few as possible. */
export type QuestionVariant = 'lexical' | 'paraphrased';

/** Which built-in needles a sweep draws: one variant, or either at random per trial. */
export type NeedleSetName = QuestionVariant | 'mixed';

/** One draw: the needle to ask about, plus sentences that must also be placed (e.g. a code-name definition). */
export interface NeedleDraw {
  needle: Needle;
  /** Extra sentences with no question of their own (`question` is empty, `answers` is empty). */
  companions: Needle[];
}

/** Everything a template produces from one rng draw; both questions are built from the same values. */
export interface TemplateInstance {
  /** The needle sentence (report) or utterance without speaker label (transcript). */
  text: string;
  /** Question reusing the needle's distinctive words. */
  lexical: string;
  /** Question sharing (almost) no content words with the needle; the link is latent. */
  paraphrased: string;
  /** Exact strings, each found verbatim in `text`. */
  answers: string[];
  /** Same shape, another value; none of their answers appears in `text`. */
  distractors: Array<{ text: string; answers: string[] }>;
  /** For two-hop templates: sentences that must also be placed (the question needs them). */
  companions?: string[];
}

/** A built-in needle template. */
export interface NeedleTemplate {
  /** Stable id, e.g. `fin-retention-bonus`. */
  id: string;
  kind: HaystackKind;
  /** True when answering needs a companion sentence as well as the needle. */
  twoHop?: boolean;
  build(rng: Rng): TemplateInstance;
}
