// Tokenizers and haystacks shared by the sweeps of one `needle run`: each haystack is generated and tokenized once per tokenizer.

import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { prepareHaystack } from '../haystack/prepare-haystack.js';
import { createTiktokenTokenizer } from '../tokenize/tiktoken-tokenizer.js';
import type { Tokenizer } from '../types.js';

/** What sweeps may share. Tokenizers handed out are views: their `free()` does nothing; `free()` here releases them all. */
export interface SharedResources {
  tokenizer(name: string): Tokenizer;
  haystack(spec: string, seed: number, minTokens: number, tokenizer: Tokenizer): Promise<PreparedHaystack>;
  /** How many haystacks were built, and how many requests for one were served from those. */
  stats(): { built: number; reused: number };
  free(): void;
}

/** A fresh set of shared tokenizers and haystacks. */
export function createSharedResources(create: (name: string) => Tokenizer = createTiktokenTokenizer): SharedResources {
  const tokenizers = new Map<string, Tokenizer>();
  const haystacks = new Map<string, Promise<PreparedHaystack>>();
  let reused = 0;
  return {
    tokenizer(name) {
      let t = tokenizers.get(name);
      if (!t) {
        t = create(name);
        tokenizers.set(name, t);
      }
      const real = t;
      return {
        name: real.name,
        encode: (text) => real.encode(text),
        decode: (tokens) => real.decode(tokens),
        count: (text) => real.count(text),
        tokenByteLengths: (tokens) => real.tokenByteLengths(tokens),
        free: () => undefined,
      };
    },
    haystack(spec, seed, minTokens, tokenizer) {
      const key = JSON.stringify([spec, seed, minTokens, tokenizer.name]);
      const known = haystacks.get(key);
      if (known) {
        reused++;
        return known;
      }
      const built = prepareHaystack(spec, seed, minTokens, tokenizer);
      haystacks.set(key, built);
      // A failed build is not remembered: the next sweep tries again and reports its own error.
      built.catch(() => haystacks.delete(key));
      return built;
    },
    stats: () => ({ built: haystacks.size, reused }),
    free() {
      for (const t of tokenizers.values()) t.free();
      tokenizers.clear();
      haystacks.clear();
    },
  };
}
