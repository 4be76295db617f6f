// A document tokenized once, with the character offset where each token starts, for cutting by token counts.

import type { Tokenizer } from '../types.js';

/** The tokens of a text and a map from token index to character offset. */
export interface TokenIndex {
  readonly text: string;
  readonly tokens: Uint32Array;
  /** starts[i] = UTF-16 offset where token i starts; starts[tokens.length] = text.length. */
  readonly starts: Int32Array;
}

/** Tokenizes `text` once and maps every token to the character where it starts. */
export function indexTokens(text: string, tokenizer: Tokenizer): TokenIndex {
  const tokens = tokenizer.encode(text);
  const byteLengths = tokenizer.tokenByteLengths(tokens);
  const starts = new Int32Array(tokens.length + 1);
  // Walk characters and token bytes together; a token may end inside a multi-byte character.
  let char = 0;
  let pendingBytes = 0; // bytes of the current character already consumed by earlier tokens
  for (let i = 0; i < tokens.length; i++) {
    starts[i] = char;
    let need = byteLengths[i]!;
    while (need > 0 && char < text.length) {
      const code = text.charCodeAt(char);
      let width: number;
      let units = 1;
      if (code < 0x80) width = 1;
      else if (code < 0x800) width = 2;
      else if (code >= 0xd800 && code <= 0xdbff && char + 1 < text.length) {
        width = 4;
        units = 2;
      } else width = 3;
      const left = width - pendingBytes;
      if (need >= left) {
        need -= left;
        pendingBytes = 0;
        char += units;
      } else {
        pendingBytes += need;
        need = 0;
      }
    }
  }
  starts[tokens.length] = text.length;
  return { text, tokens, starts };
}

/** Number of tokens that start before character `offset` (the token count of text[0:offset] when it is a token boundary). */
export function tokensBefore(index: TokenIndex, offset: number): number {
  const { starts, tokens } = index;
  let lo = 0;
  let hi = tokens.length;
  // First token index whose start is >= offset.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
