// Turns a `--haystack` spec into a Document long enough for the sweep, tokenized once.

import type { Document, HaystackKind, Lang, Tokenizer } from '../types.js';
import { indexTokens, type TokenIndex } from '../tokenize/token-index.js';
import { indexHaystack, type PreparedHaystack } from './index-haystack.js';
import { assembleBlocks, indexPlainText } from './assemble.js';
import { GENERATORS, generatorFor, isHaystackKind } from './generators.js';
import type { FactKey } from './place-context.js';
import { loadUserDocuments } from './user-documents.js';

export type { PreparedHaystack } from './index-haystack.js';
export { GENERATORS, isHaystackKind };

/**
 * Average characters per token of each language's documents in o200k_base, used only to size generation (a short
 * guess is grown by the measured ratio): English prose 4.2; Japanese ~1.3 and Chinese ~1.4 (one kanji or hanzi is
 * about one token, cl100k_base splits them finer still).
 */
export const CHARS_PER_TOKEN_GUESS: Record<Lang, number> = { en: 4.2, ja: 1.3, zh: 1.4 };

/**
 * Generates `minTokens` tokens (and a little more) of a built-in kind in a language, leaving out the facts in `omit`
 * (those the sweep's needles compete with). A kind not generated in that language throws a one-line error naming
 * the languages it has.
 */
export function generateDocument(
  kind: HaystackKind,
  seed: number,
  minTokens: number,
  tokenizer: Tokenizer,
  omit: ReadonlySet<FactKey> = new Set(),
  lang: Lang = 'en',
): { document: Document; index: TokenIndex } {
  const generator = generatorFor(kind, lang);
  // English sources keep their old shape (no `lang`), so run.json of English runs is unchanged.
  const source = lang === 'en' ? { type: 'generated' as const, kind, seed } : { type: 'generated' as const, kind, seed, lang };
  let chars = Math.ceil(minTokens * CHARS_PER_TOKEN_GUESS[lang] * 1.03) + 4000;
  for (let attempt = 0; attempt < 6; attempt++) {
    const document = assembleBlocks(generator.blocks(seed, { omit }), chars, source);
    const index = indexTokens(document.text, tokenizer);
    if (index.tokens.length >= minTokens) return { document, index };
    // Short: grow by the measured ratio (generators are prefix-stable, so the text only extends).
    const ratio = document.text.length / Math.max(1, index.tokens.length);
    chars = Math.ceil(minTokens * ratio * 1.05) + 4000;
  }
  throw new Error(`haystack generator ${kind} did not reach ${minTokens} tokens`);
}

/**
 * Builds the haystack for a sweep whose documents need up to `minTokens` tokens; generated kinds leave out `omit` and
 * are written in `lang` (a user's documents are what they are: `lang` applies to generated kinds only).
 */
export async function prepareHaystack(
  spec: string,
  seed: number,
  minTokens: number,
  tokenizer: Tokenizer,
  omit: ReadonlySet<FactKey> = new Set(),
  lang: Lang = 'en',
): Promise<PreparedHaystack> {
  let document: Document;
  let index: TokenIndex;
  if (isHaystackKind(spec)) {
    ({ document, index } = generateDocument(spec, seed, minTokens, tokenizer, omit, lang));
    return indexHaystack(spec, document, index, lang);
  } else {
    const user = await loadUserDocuments(spec);
    document = indexPlainText(user.text, user.source);
    index = indexTokens(document.text, tokenizer);
  }
  return indexHaystack(spec, document, index);
}
