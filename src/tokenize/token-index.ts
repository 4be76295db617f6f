// A document tokenized once, with the character offset where each token starts, for cutting by token counts.

import type { TokenIndex, Tokenizer } from '../types.js';

export type { TokenIndex } from '../types.js';

/** Tokenizes `text` once and maps every token to the character where it starts (the tokenizer's own index). */
export function indexTokens(text: string, tokenizer: Tokenizer): TokenIndex {
  return tokenizer.index(text);
}

/**
 * Character offsets where tokens start, from each token's UTF-8 byte length, writing starts[first…] from
 * character `from`. Walks characters and token bytes together: a token may end inside a multi-byte character.
 * Returns the character offset after the last token.
 */
export function startsFromByteLengths(text: string, from: number, byteLengths: ArrayLike<number>, starts: Int32Array, first: number): number {
  let char = from;
  let pendingBytes = 0; // bytes of the current character already consumed by earlier tokens
  for (let i = 0; i < byteLengths.length; i++) {
    starts[first + i] = char;
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
  return char;
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

/**
 * A word start at character `s`: a space followed by a letter, right after a character that is not whitespace.
 * Tokenizers split words before merging (or never merge across such a space), so text can be cut there.
 */
export function isWordStartAt(text: string, s: number): boolean {
  if (s <= 0 || s + 1 >= text.length || text.charCodeAt(s) !== 32) return false;
  const prev = text.charCodeAt(s - 1);
  if (prev < 0x80 ? prev === 32 || (prev >= 9 && prev <= 13) : WHITESPACE.test(text[s - 1]!)) return false;
  const next = text.charCodeAt(s + 1);
  if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return true;
  if (next < 0x80) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(s + 1)!));
}

const LETTER = /^\p{L}/u;
const WHITESPACE = /\s/;

/** Token indices whose start is a word start (and not inside a character), ascending. */
export function wordStartTokens(text: string, starts: Int32Array, count: number): Int32Array {
  const out: number[] = [];
  for (let t = 1; t < count; t++) {
    const s = starts[t]!;
    if (starts[t - 1] !== s && isWordStartAt(text, s)) out.push(t);
  }
  return Int32Array.from(out);
}

/**
 * Token indices where tiktoken's o200k_base and cl100k_base pre-tokenizers always start a new piece, besides word
 * starts: a line's first character after a newline (newlines end their piece), and a Japanese or Chinese sentence
 * end 。！？ right after a letter or digit (the letters' piece stops there; the mark begins the next one). Japanese
 * and Chinese text has no spaces, so without these a cut document would be re-tokenized whole at every seam.
 */
export function pieceStartTokens(text: string, starts: Int32Array, count: number): Int32Array {
  const out: number[] = [];
  for (let t = 1; t < count; t++) {
    const s = starts[t]!;
    if (starts[t - 1] === s || s <= 0 || s >= text.length) continue;
    const c = text.charCodeAt(s);
    const prev = text.charCodeAt(s - 1);
    if (prev === 10 && !WHITESPACE.test(text[s]!)) out.push(t);
    else if ((c === 0x3002 || c === 0xff01 || c === 0xff1f) && LETTER_OR_DIGIT.test(text[s - 1]!) && !(prev >= 0xd800 && prev <= 0xdfff)) out.push(t);
  }
  return Int32Array.from(out);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Two ascending index lists merged, without duplicates. */
export function mergeBoundaries(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== next) out[n++] = next;
  }
  return out.slice(0, n);
}
