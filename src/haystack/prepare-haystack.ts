// Turns a `--haystack` spec into a Document long enough for the sweep, tokenized once.

import type { Document, HaystackKind, Tokenizer } from '../types.js';
import { indexTokens, type TokenIndex } from '../tokenize/token-index.js';
import { indexHaystack, type PreparedHaystack } from './index-haystack.js';
import { assembleBlocks, indexPlainText } from './assemble.js';
import { GENERATORS, isHaystackKind } from './generators.js';
import type { FactKey } from './place-context.js';
import { loadUserDocuments } from './user-documents.js';

export type { PreparedHaystack } from './index-haystack.js';
export { GENERATORS, isHaystackKind };

/** Average characters per token of English prose in o200k/cl100k, used only to size generation. */
const CHARS_PER_TOKEN_GUESS = 4.2;

/**
 * Generates `minTokens` tokens (and a little more) of a built-in kind, leaving out the facts in `omit`
 * (those the sweep's needles compete with).
 */
export function generateDocument(kind: HaystackKind, seed: number, minTokens: number, tokenizer: Tokenizer, omit: ReadonlySet<FactKey> = new Set()): { document: Document; index: TokenIndex } {
  let chars = Math.ceil(minTokens * CHARS_PER_TOKEN_GUESS * 1.03) + 4000;
  for (let attempt = 0; attempt < 6; attempt++) {
    const document = assembleBlocks(GENERATORS[kind].blocks(seed, { omit }), chars, { type: 'generated', kind, seed });
    const index = indexTokens(document.text, tokenizer);
    if (index.tokens.length >= minTokens) return { document, index };
    // Short: grow by the measured ratio (generators are prefix-stable, so the text only extends).
    const ratio = document.text.length / Math.max(1, index.tokens.length);
    chars = Math.ceil(minTokens * ratio * 1.05) + 4000;
  }
  throw new Error(`haystack generator ${kind} did not reach ${minTokens} tokens`);
}

/** Builds the haystack for a sweep whose documents need up to `minTokens` tokens; generated kinds leave out `omit`. */
export async function prepareHaystack(spec: string, seed: number, minTokens: number, tokenizer: Tokenizer, omit: ReadonlySet<FactKey> = new Set()): Promise<PreparedHaystack> {
  let document: Document;
  let index: TokenIndex;
  if (isHaystackKind(spec)) {
    ({ document, index } = generateDocument(spec, seed, minTokens, tokenizer, omit));
  } else {
    const user = await loadUserDocuments(spec);
    document = indexPlainText(user.text, user.source);
    index = indexTokens(document.text, tokenizer);
  }
  return indexHaystack(spec, document, index);
}
