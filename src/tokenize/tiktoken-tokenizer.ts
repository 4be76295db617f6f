// Tokenizer backed by tiktoken's WASM encoders; one encoder per encoding, shared and reused.

import { get_encoding, type Tiktoken, type TiktokenEncoding } from 'tiktoken';
import type { TokenIndex, Tokenizer } from '../types.js';
import { UsageError } from '../errors.js';
import { mergeBoundaries, pieceStartTokens, startsFromByteLengths, wordStartTokens } from './token-index.js';

/** Encodings accepted by `--tokenizer`. */
export const TIKTOKEN_ENCODINGS = ['o200k_base', 'cl100k_base'] as const;
export type TiktokenName = (typeof TIKTOKEN_ENCODINGS)[number];

const decoder = new TextDecoder('utf-8');

/** True when the name is a tiktoken encoding needle ships. */
export function isTiktokenName(name: string): name is TiktokenName {
  return (TIKTOKEN_ENCODINGS as readonly string[]).includes(name);
}

/** Creates a tokenizer for one tiktoken encoding. Call `free()` when done. */
export function createTiktokenTokenizer(name: string): Tokenizer {
  if (!isTiktokenName(name)) {
    throw new UsageError(`unknown tokenizer "${name}"`, { hint: `--tokenizer accepts ${TIKTOKEN_ENCODINGS.join(', ')}` });
  }
  let encoder: Tiktoken | null = get_encoding(name as TiktokenEncoding);
  // Byte length of each token id, filled lazily: a sweep touches the same few thousand ids again and again.
  const byteLengths = new Map<number, number>();
  const enc = (): Tiktoken => {
    if (!encoder) throw new Error(`tokenizer ${name} was freed`);
    return encoder;
  };
  const tokenByteLengths = (tokens: Uint32Array): Uint32Array => {
    const out = new Uint32Array(tokens.length);
    const e = enc();
    for (let i = 0; i < tokens.length; i++) {
      const id = tokens[i]!;
      let len = byteLengths.get(id);
      if (len === undefined) {
        len = e.decode_single_token_bytes(id).length;
        byteLengths.set(id, len);
      }
      out[i] = len;
    }
    return out;
  };
  // encode_ordinary: user documents may contain "<|endoftext|>", which encode() rejects.
  const count = (text: string) => enc().encode_ordinary(text).length;
  return {
    name,
    encode: (text) => enc().encode_ordinary(text),
    decode: (tokens) => decoder.decode(enc().decode(tokens)),
    count,
    // The regex pre-tokenizer starts a new word at every word boundary: the rest of a text counts alike anywhere.
    countContinuation: count,
    index(text: string): TokenIndex {
      const tokens = enc().encode_ordinary(text);
      const starts = new Int32Array(tokens.length + 1);
      startsFromByteLengths(text, 0, tokenByteLengths(tokens), starts, 0);
      starts[tokens.length] = text.length;
      return { text, tokens, starts, boundaries: mergeBoundaries(wordStartTokens(text, starts, tokens.length), pieceStartTokens(text, starts, tokens.length)) };
    },
    free() {
      encoder?.free();
      encoder = null;
    },
  };
}
