// Exact token count of a document cut and spliced from a tokenized original, without re-tokenizing all of it.

import type { Tokenizer } from '../types.js';
import { tokensBefore, type TokenIndex } from '../tokenize/token-index.js';

/** A piece of assembled text: a literal string, or a range of the indexed original. */
export type Part = string | { from: number; to: number };

/** Characters kept around every seam and re-tokenized, so tokens that straddle it are counted right. */
const SEAM_MARGIN = 64;
/** How far (in tokens) to look for a place where the tokenizer is sure to start a new word. */
const SEARCH_TOKENS = 48;

/**
 * Counts the tokens of the concatenated parts exactly, re-tokenizing only the text around each seam.
 * BPE tokenizers split text into words before merging, so away from a seam the original tokens stand;
 * ranges are cut only where a token is a space followed by a letter (always the start of a word piece).
 */
export function countParts(parts: readonly Part[], index: TokenIndex, tokenizer: Tokenizer): number {
  let total = 0;
  let glue = '';
  const { text } = index;
  for (const part of parts) {
    if (typeof part === 'string') {
      glue += part;
      continue;
    }
    const { from, to } = part;
    const inner = to - from > 4 * SEAM_MARGIN ? safeInterior(index, from + SEAM_MARGIN, to - SEAM_MARGIN) : null;
    if (!inner) {
      glue += text.slice(from, to);
      continue;
    }
    glue += text.slice(from, inner.from);
    total += tokenizer.count(glue);
    total += inner.toToken - inner.fromToken;
    glue = text.slice(inner.to, to);
  }
  if (glue !== '') total += tokenizer.count(glue);
  return total;
}

/** A sub-range [from, to) of the original whose tokens can be reused as they are, or null. */
function safeInterior(index: TokenIndex, lo: number, hi: number): { from: number; to: number; fromToken: number; toToken: number } | null {
  const a = tokensBefore(index, lo);
  const b = tokensBefore(index, hi);
  let fromToken = -1;
  for (let t = a; t < Math.min(b, a + SEARCH_TOKENS); t++) {
    if (isWordStart(index, t)) {
      fromToken = t;
      break;
    }
  }
  let toToken = -1;
  for (let t = b; t > Math.max(fromToken, b - SEARCH_TOKENS); t--) {
    if (isWordStart(index, t)) {
      toToken = t;
      break;
    }
  }
  if (fromToken < 0 || toToken <= fromToken) return null;
  return { from: index.starts[fromToken]!, to: index.starts[toToken]!, fromToken, toToken };
}

const LETTER = /\p{L}/u;

/** Token t starts with a space followed by a letter, right after a non-space: the start of a regex word piece. */
function isWordStart(index: TokenIndex, t: number): boolean {
  if (t <= 0 || t >= index.tokens.length) return false;
  const s = index.starts[t]!;
  const { text } = index;
  if (index.starts[t - 1] === s) return false; // previous token ended inside a character
  return text.charCodeAt(s) === 32 && LETTER.test(text[s + 1] ?? '') && !/\s/.test(text[s - 1] ?? ' ');
}
