// The shape of a built-in needle template and of one draw from it.
import type { HaystackKind, Lang, Needle } from '../types.js';
import type { Rng } from '../util/rng.js';
import type { FactKey, PlaceContext } from '../haystack/place-context.js';

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

/** Everything a template produces for one place; both questions are built from the same values. */
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

/**
 * A built-in needle template that belongs to its document (issue #10 contract).
 * Values are drawn once per repeat from the document's world (its company, people, calendar), so every cell
 * of a repeat asks for the same value; the text is rendered for the place it lands at (that fiscal year,
 * that meeting, a speaker whose role fits), so dates fall inside the document's span where it is read.
 * `W` is the generator's world type, `V` the template's drawn values.
 */
export interface WorldTemplate<W = unknown, V = unknown> {
  /** Stable id, e.g. `fin-retention-bonus`. */
  id: string;
  kind: HaystackKind;
  /** Language of the documents the template is written for. @default 'en' */
  lang?: Lang;
  /** True when answering needs a companion sentence as well as the needle. */
  twoHop?: boolean;
  /** Facts of the document that would answer or contradict this template's question: a haystack that carries it omits them. */
  competes: FactKey[];
  /** Lowercase fragments of section titles (or meeting kinds) where the needle reads naturally, most fitting first. */
  sections: string[];
  /** Draws the values of one repeat. A redraw after a value collision passes a fresh fork of the rng. */
  draw(rng: Rng, world: W): V;
  /** The needle as it reads at `place`: the same values, the place's dates, entities and speakers. */
  render(values: V, world: W, place: PlaceContext | undefined): PlacedInstance;
  /**
   * What a rival statement would look like: a document sentence matching one of these patterns and holding a
   * value of the answer's type would answer the question too (checked by `needle audit`).
   */
  rivals?(values: V, world: W): RegExp[];
  /** Statements that would contradict the needle (checked by `needle audit`); the generator must not make them. */
  contradicts?(values: V, world: W): RegExp[];
}

/** A template rendered at a place. */
export interface PlacedInstance extends TemplateInstance {
  /** Transcript needles: role keys (see `Participant.role`) that may voice the needle, most fitting first. */
  speakerRoles?: string[];
  /** Transcript needles: a short reply that follows the needle turn (e.g. the chair acknowledging it). */
  reply?: { roles: string[]; text: string };
}
