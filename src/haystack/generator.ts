// The interface of a built-in haystack generator: its world (what needles may draw on) and its endless blocks.
import type { Block, HaystackKind, Lang } from '../types.js';
import type { FactKey } from './place-context.js';

/** Options of one generation. */
export interface GenerateOptions {
  /** Facts never to state (those a sweep's needle templates compete with). @default none */
  omit?: ReadonlySet<FactKey>;
}

/** A built-in document generator (issue #10 contract). `W` is its world type. */
export interface HaystackGenerator<W = unknown> {
  kind: HaystackKind;
  /** The language the document is written in (issue #14). @default 'en' */
  lang?: Lang;
  /** The document's world, from the seed alone: company, segments, products, sites, people, calendar. */
  world(seed: number): W;
  /** Endless, deterministic blocks of the seed's document; every block carries its `context`. */
  blocks(seed: number, options?: GenerateOptions): Generator<Block>;
  /** Every fact key some section of this generator can state (and can leave out). */
  facts: readonly FactKey[];
}
