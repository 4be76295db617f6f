// Catches servers that truncate long prompts silently (Ollama; llama.cpp with context shift) by their own token count.

import type { TrialRecord } from '../types.js';

/**
 * Below this ratio of the server's prompt-token count to ours, the server cannot have read the whole prompt:
 * tokenizers of different model families disagree by 10–30%, never by half.
 */
export const TRUNCATION_RATIO = 0.6;

/** Prompts shorter than this are not judged (chat templates alone can differ by dozens of tokens). */
const MIN_TOKENS = 1024;

/**
 * Below this the server's count is no count at all (a placeholder some proxies and test servers send):
 * no server truncates to a context this small, so it cannot be judged.
 */
const MIN_CREDIBLE_COUNT = 256;

/** An explanation when the server's count shows it read only part of the prompt, else null. */
export function detectTruncation(ourTokens: number, serverTokens: number | null): string | null {
  if (serverTokens === null || ourTokens < MIN_TOKENS || serverTokens < MIN_CREDIBLE_COUNT) return null;
  if (serverTokens >= ourTokens * TRUNCATION_RATIO) return null;
  return (
    `server counted ${serverTokens} prompt tokens of our ${ourTokens}: it read only part of the prompt ` +
    `(silent truncation: Ollama's context setting, or llama.cpp's context shift); raise the server's context size`
  );
}

/**
 * A server that truncates reports the same prompt-token count (its context size) for prompts of different
 * lengths. Among `ok` records, a count shared by prompts more than 5% apart in our count is such a ceiling;
 * a record at a ceiling whose prompt, scaled by the run's usual server/ours ratio, exceeds it was cut.
 */
export function findTruncationCeilings(records: readonly TrialRecord[]): Map<string, string> {
  const byCount = new Map<number, TrialRecord[]>();
  for (const r of records) {
    if (r.status !== 'ok' || r.usage_prompt_tokens === null || r.usage_prompt_tokens < MIN_CREDIBLE_COUNT || r.from_cache) continue;
    const list = byCount.get(r.usage_prompt_tokens) ?? [];
    list.push(r);
    byCount.set(r.usage_prompt_tokens, list);
  }
  const ceilings = [...byCount].filter(([, group]) => {
    const lengths = group.map((r) => r.prompt_tokens);
    return Math.max(...lengths) > Math.min(...lengths) * 1.05;
  });
  if (ceilings.length === 0) return new Map();
  // The tokenizers' usual ratio, from prompts the server did not cap.
  const capped = new Set(ceilings.map(([count]) => count));
  const ratios = records
    .filter((r) => r.status === 'ok' && r.usage_prompt_tokens !== null && r.usage_prompt_tokens >= MIN_CREDIBLE_COUNT && !capped.has(r.usage_prompt_tokens))
    .map((r) => r.usage_prompt_tokens! / r.prompt_tokens)
    .sort((x, y) => x - y);
  const ratio = ratios.length > 0 ? ratios[Math.floor(ratios.length / 2)]! : 1;
  const flagged = new Map<string, string>();
  for (const [count, group] of ceilings) {
    const lengths = group.map((r) => r.prompt_tokens);
    for (const r of group) {
      if (r.prompt_tokens * ratio > count * 1.01) {
        flagged.set(
          r.trial_id,
          `server counted ${count} prompt tokens for prompts of ${Math.min(...lengths)}–${Math.max(...lengths)} of ours: ` +
            `it stops at ${count} (a context limit) and read only part of this one; raise the server's context size`,
        );
      }
    }
  }
  return flagged;
}
