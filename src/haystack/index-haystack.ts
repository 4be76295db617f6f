// Indexes a tokenized document for cutting: token position of every insertion point, needle style, fingerprint.

import type { Document, InsertionPoint, Lang } from '../types.js';
import { tokensBefore, type TokenIndex } from '../tokenize/token-index.js';
import { sha256 } from '../util/hash.js';

/** A document tokenized once, ready to be cut into prompts. */
export interface PreparedHaystack {
  spec: string;
  document: Document;
  index: TokenIndex;
  /** tokensBefore(point.offset) for every point of the document, same order. */
  pointTokens: Int32Array;
  /** Whether needles go in as transcript turns or as sentences. */
  style: 'turn' | 'sentence';
  sha256: string;
  /** The document's language: the prompt frame is written in it. @default 'en' */
  lang: Lang;
}

/** Precomputes token positions of the document's points. */
export function indexHaystack(spec: string, document: Document, index: TokenIndex, lang: Lang = 'en'): PreparedHaystack {
  const pointTokens = new Int32Array(document.points.length);
  document.points.forEach((p: InsertionPoint, i) => (pointTokens[i] = tokensBefore(index, p.offset)));
  const style = document.points.some((p) => p.kind === 'turn') ? 'turn' : 'sentence';
  return { spec, document, index, pointTokens, style, sha256: sha256(document.text), lang };
}
