// Sending order for prompt-cache reuse, a prefix-cache simulator to measure it, and the least prefill any order can reach.

/**
 * One prompt of a sweep, as far as prefix caching sees it. Every prompt of a sweep is the same plain haystack
 * prompt (instructions, then the haystack from its start) up to its first insertion, and its own text after it.
 */
export interface PrefixPrompt {
  id: string;
  /** Token offset of the first token that differs from the plain haystack prompt: the first insertion's start (or the cut). */
  sharedUntil: number;
  /** Tokens of the whole prompt. */
  promptTokens: number;
  /** Prompts with the same key are identical (e.g. the prompt hash), so they share all their tokens. @default the id */
  key?: string;
}

/**
 * The order that minimizes recomputed prefill: `sharedUntil` descending (identical prompts adjacent).
 *
 * Why it is optimal. Sending prompt b right after a (one cached prompt) recomputes tokens_b − LCP(a, b), where
 * LCP(a, b) = min(s_a, s_b) with s = sharedUntil (both are the plain prompt up to there, and differ right after the
 * earlier of the two). So an order π costs Σ tokens − Σ_k min(s_π(k−1), s_π(k)), and we must maximize the sum of the
 * n − 1 "edge" minima along the path. Let v_1 ≥ … ≥ v_n be the s values sorted and w_1 ≥ … ≥ w_{n−1} the edge minima
 * of any order. The k heaviest edges form a forest on the path, so they touch at least k + 1 distinct prompts, each
 * with s ≥ w_k (an edge's minimum is at most both of its ends); hence v_{k+1} ≥ w_k and Σ w ≤ v_2 + … + v_n.
 * The descending order reaches exactly that: its k-th edge is min(v_k, v_{k+1}) = v_{k+1}.
 * It is in fact optimal for any number of cache slots: its cost, v_1 + Σ_i (tokens_i − s_i) over distinct prompts,
 * is the size of the prompts' prefix trie (see `lowerBound`), which no order and no cache can beat.
 */
export function prefixCacheOrder(prompts: readonly PrefixPrompt[]): string[] {
  return prompts
    .map((p, index) => ({ p, index, key: p.key ?? p.id }))
    .sort(
      (a, b) =>
        b.p.sharedUntil - a.p.sharedUntil ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
        b.p.promptTokens - a.p.promptTokens ||
        a.index - b.index,
    )
    .map((x) => x.p.id);
}

/** Longest common prefix of two prompts of one sweep, in tokens. */
export function commonPrefix(a: PrefixPrompt, b: PrefixPrompt): number {
  if ((a.key ?? a.id) === (b.key ?? b.id)) return Math.min(a.promptTokens, b.promptTokens);
  return Math.max(0, Math.min(a.sharedUntil, b.sharedUntil, a.promptTokens, b.promptTokens));
}

/**
 * Prefill tokens a server computes when sent `order`, keeping the last `cacheSlots` distinct prompts (LRU):
 * each prompt costs its tokens minus its longest common prefix with any cached prompt.
 */
export function simulatePrefill(order: readonly string[], prompts: readonly PrefixPrompt[], cacheSlots: number): number {
  const byId = new Map(prompts.map((p) => [p.id, p]));
  const slots = Math.max(0, Math.floor(cacheSlots));
  // Most recently used last.
  const cache: PrefixPrompt[] = [];
  let total = 0;
  for (const id of order) {
    const p = byId.get(id);
    if (!p) throw new Error(`simulatePrefill: unknown prompt id ${id}`);
    let reused = 0;
    for (const c of cache) reused = Math.max(reused, commonPrefix(p, c));
    total += p.promptTokens - reused;
    if (slots === 0) continue;
    const key = p.key ?? p.id;
    const at = cache.findIndex((c) => (c.key ?? c.id) === key);
    if (at >= 0) cache.splice(at, 1);
    cache.push(p);
    if (cache.length > slots) cache.shift();
  }
  return total;
}

/**
 * The least prefill any order can reach with any cache: the size of the prompts' prefix trie. Every prompt walks
 * the shared plain prompt up to its `sharedUntil` (the trie's trunk, as long as the largest of them) and then a
 * branch of its own; each trie token must be computed at least once.
 */
export function lowerBound(prompts: readonly PrefixPrompt[]): number {
  const distinct = new Map<string, PrefixPrompt>();
  for (const p of prompts) {
    const key = p.key ?? p.id;
    const seen = distinct.get(key);
    if (!seen || p.promptTokens > seen.promptTokens) distinct.set(key, p);
  }
  let trunk = 0;
  let branches = 0;
  for (const p of distinct.values()) {
    const shared = Math.max(0, Math.min(p.sharedUntil, p.promptTokens));
    trunk = Math.max(trunk, shared);
    branches += p.promptTokens - shared;
  }
  return trunk + branches;
}
