// Exact token count of a document cut and spliced from a tokenized original, without re-tokenizing all of it.

import type { TokenIndex, Tokenizer } from '../types.js';
import { tokensBefore } from '../tokenize/token-index.js';

/** A piece of assembled text: a literal string, or a range of the indexed original. */
export type Part = string | { from: number; to: number };

/** Characters kept around every seam and re-tokenized, so tokens that straddle it are counted right. */
const SEAM_MARGIN = 64;
/** How far (in tokens) to look for a place where the tokenizer is sure to start a new word. */
const SEARCH_TOKENS = 48;

/**
 * Counts the tokens of the concatenated parts exactly, re-tokenizing only the text around each seam.
 * Ranges of the original are reused between two of its boundaries (word starts the tokenizer never merges
 * across), so away from a seam the original tokens stand. The text around each seam is counted as what it is:
 * the first piece after `context` (text already counted, whose tokens are not included), the others as
 * continuations at a word boundary (which matters for tokenizers that mark a text's start, like SentencePiece).
 */
export function countParts(parts: readonly Part[], index: TokenIndex, tokenizer: Tokenizer, context = ''): number {
  let total = 0;
  let glue = '';
  let first = true;
  const { text } = index;
  const countGlue = (piece: string): number => {
    if (!first) return tokenizer.countContinuation(piece);
    first = false;
    return context === '' ? tokenizer.count(piece) : tokenizer.count(context + piece) - tokenizer.count(context);
  };
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
    total += countGlue(glue);
    total += inner.toToken - inner.fromToken;
    glue = text.slice(inner.to, to);
  }
  if (glue !== '' || first) total += countGlue(glue);
  return total;
}

/** A sub-range [from, to) of the original whose tokens can be reused as they are, or null. */
function safeInterior(index: TokenIndex, lo: number, hi: number): { from: number; to: number; fromToken: number; toToken: number } | null {
  const { boundaries, starts } = index;
  const a = tokensBefore(index, lo);
  const b = tokensBefore(index, hi);
  // The first boundary in [a, min(b, a + SEARCH_TOKENS)), the last in (max(from, b − SEARCH_TOKENS), b].
  const i = firstAtLeast(boundaries, a);
  const fromToken = i < boundaries.length ? boundaries[i]! : -1;
  if (fromToken < 0 || fromToken >= Math.min(b, a + SEARCH_TOKENS)) return null;
  const j = firstAtLeast(boundaries, b + 1) - 1;
  const toToken = j >= 0 ? boundaries[j]! : -1;
  if (toToken <= fromToken || toToken <= b - SEARCH_TOKENS) return null;
  return { from: starts[fromToken]!, to: starts[toToken]!, fromToken, toToken };
}

/** Index of the first element >= value in an ascending array (its length when none). */
function firstAtLeast(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
