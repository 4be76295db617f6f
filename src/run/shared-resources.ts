// Tokenizers and haystacks shared by the sweeps of one `needle run`: each haystack is generated and tokenized once per tokenizer.

import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { prepareHaystack } from '../haystack/prepare-haystack.js';
import { createTokenizer, type CreatedTokenizer } from '../tokenize/create-tokenizer.js';
import type { FactKey } from '../haystack/place-context.js';
import type { Lang, Tokenizer } from '../types.js';

/** What sweeps may share. Tokenizers handed out are views: their `free()` does nothing; `free()` here releases them all. */
export interface SharedResources {
  /** The tokenizer of `--tokenizer name` (with `--chat-template`), created once. */
  tokenizer(name: string, chatTemplate?: string | null): CreatedTokenizer;
  haystack(spec: string, seed: number, minTokens: number, tokenizer: Tokenizer, omit?: ReadonlySet<FactKey>, lang?: Lang): Promise<PreparedHaystack>;
  /** How many haystacks were built, and how many requests for one were served from those. */
  stats(): { built: number; reused: number };
  free(): void;
}

/** A fresh set of shared tokenizers and haystacks. */
export function createSharedResources(
  create: (name: string, chatTemplate: string | null) => CreatedTokenizer = (name, chatTemplate) => createTokenizer(name, { chatTemplate }),
): SharedResources {
  const tokenizers = new Map<string, CreatedTokenizer>();
  const haystacks = new Map<string, Promise<PreparedHaystack>>();
  let reused = 0;
  return {
    tokenizer(name, chatTemplate = null) {
      const key = JSON.stringify([name, chatTemplate]);
      let t = tokenizers.get(key);
      if (!t) {
        t = create(name, chatTemplate);
        tokenizers.set(key, t);
      }
      return { tokenizer: view(t.tokenizer), info: structuredClone(t.info) };
    },
    haystack(spec, seed, minTokens, tokenizer, omit = new Set(), lang = 'en') {
      const key = JSON.stringify([spec, seed, minTokens, tokenizer.name, [...omit].sort(), lang]);
      const known = haystacks.get(key);
      if (known) {
        reused++;
        return known;
      }
      const built = prepareHaystack(spec, seed, minTokens, tokenizer, omit, lang);
      haystacks.set(key, built);
      // A failed build is not remembered: the next sweep tries again and reports its own error.
      built.catch(() => haystacks.delete(key));
      return built;
    },
    stats: () => ({ built: haystacks.size, reused }),
    free() {
      for (const t of tokenizers.values()) t.tokenizer.free();
      tokenizers.clear();
      haystacks.clear();
    },
  };
}

/** The tokenizer with a `free()` that does nothing (the shared one is freed once, by `SharedResources.free`). */
function view(real: Tokenizer): Tokenizer {
  return {
    name: real.name,
    encode: (text) => real.encode(text),
    decode: (tokens) => real.decode(tokens),
    count: (text) => real.count(text),
    countContinuation: (text) => real.countContinuation(text),
    index: (text) => real.index(text),
    ...(real.renderChat ? { renderChat: (messages: Parameters<NonNullable<Tokenizer['renderChat']>>[0]) => real.renderChat!(messages) } : {}),
    free: () => undefined,
  };
}
