// Turns a `--haystack` spec into a Document long enough for the sweep, tokenized once.

import type { Block, Document, HaystackKind, Tokenizer } from '../types.js';
import { indexTokens, type TokenIndex } from '../tokenize/token-index.js';
import { indexHaystack, type PreparedHaystack } from './index-haystack.js';
import { assembleBlocks, indexPlainText } from './assemble.js';
import { financialReportBlocks } from './financial-report/index.js';
import { meetingTranscriptBlocks } from './meeting-transcript/index.js';
import { loadUserDocuments } from './user-documents.js';

export type { PreparedHaystack } from './index-haystack.js';

/** Built-in generators by kind. */
export const GENERATORS: Record<HaystackKind, (seed: number) => Generator<Block>> = {
  'financial-report': financialReportBlocks,
  'meeting-transcript': meetingTranscriptBlocks,
};

/** True when the spec names a built-in generator. */
export function isHaystackKind(spec: string): spec is HaystackKind {
  return Object.hasOwn(GENERATORS, spec);
}

/** Average characters per token of English prose in o200k/cl100k, used only to size generation. */
const CHARS_PER_TOKEN_GUESS = 4.2;

/** Generates `minTokens` tokens (and a little more) of a built-in kind. */
export function generateDocument(kind: HaystackKind, seed: number, minTokens: number, tokenizer: Tokenizer): { document: Document; index: TokenIndex } {
  let chars = Math.ceil(minTokens * CHARS_PER_TOKEN_GUESS * 1.03) + 4000;
  for (let attempt = 0; attempt < 6; attempt++) {
    const document = assembleBlocks(GENERATORS[kind](seed), chars, { type: 'generated', kind, seed });
    const index = indexTokens(document.text, tokenizer);
    if (index.tokens.length >= minTokens) return { document, index };
    // Short: grow by the measured ratio (generators are prefix-stable, so the text only extends).
    const ratio = document.text.length / Math.max(1, index.tokens.length);
    chars = Math.ceil(minTokens * ratio * 1.05) + 4000;
  }
  throw new Error(`haystack generator ${kind} did not reach ${minTokens} tokens`);
}

/** Builds the haystack for a sweep whose documents need up to `minTokens` tokens. */
export async function prepareHaystack(spec: string, seed: number, minTokens: number, tokenizer: Tokenizer): Promise<PreparedHaystack> {
  let document: Document;
  let index: TokenIndex;
  if (isHaystackKind(spec)) {
    ({ document, index } = generateDocument(spec, seed, minTokens, tokenizer));
  } else {
    const user = await loadUserDocuments(spec);
    document = indexPlainText(user.text, user.source);
    index = indexTokens(document.text, tokenizer);
  }
  return indexHaystack(spec, document, index);
}
