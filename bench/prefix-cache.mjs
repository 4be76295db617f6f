// Bench: prefill tokens a prefix-caching server computes for a 10 lengths × 11 depths sweep, by sending order.
// Run after `npm run build`: node bench/prefix-cache.mjs. Pure arithmetic (the LRU simulator), no server.

import { lowerBound, prefixCacheOrder, simulatePrefill } from '../dist/run/prefix-order.js';

/** Instructions and document prefix before the haystack, and the question after it, in tokens. */
const FRAMING = 150;
const TAIL = 60;
const lengths = Array.from({ length: 10 }, (_, i) => Math.round(1000 * 200 ** (i / 9)));
const depths = Array.from({ length: 11 }, (_, i) => i * 10);

const prompts = [];
for (const length of lengths) {
  for (const depth of depths) {
    const documentTokens = length - FRAMING - TAIL;
    prompts.push({ id: `${length}@${depth}`, promptTokens: length, sharedUntil: FRAMING + Math.round((depth / 100) * documentTokens) });
  }
}
const naive = prompts.map((p) => p.id);
const ours = prefixCacheOrder(prompts);
const bound = lowerBound(prompts);
const total = prompts.reduce((n, p) => n + p.promptTokens, 0);
const m = (v) => `${(v / 1e6).toFixed(2).padStart(6)} M`;

console.log(`prefix cache: ${prompts.length} prompts, ${lengths[0]}–${lengths.at(-1)} tokens, ${m(total)} prompt tokens in all`);
console.log(`   lower bound (prefix trie)                  ${m(bound)}`);
for (const slots of [1, 4]) {
  const a = simulatePrefill(ours, prompts, slots);
  const b = simulatePrefill(naive, prompts, slots);
  console.log(`   cache slots ${slots}: our order ${m(a)} (${(a / bound).toFixed(3)}× bound)   naive lengths→depths ${m(b)} (${(b / bound).toFixed(3)}× bound, ${(b / a).toFixed(2)}× ours)`);
}
