// Catches servers that truncate long prompts silently (Ollama; llama.cpp with context shift) by their own token count.

import type { TrialRecord } from '../types.js';

/**
 * Below this ratio of the server's prompt-token count to ours, the server cannot have read the whole prompt:
 * tokenizers of different model families disagree by 10–30%, never by half.
 */
export const TRUNCATION_RATIO = 0.6;

/**
 * With the server's own count known before sending, a reported count lower by more than this is a truncation
 * (a token or two of slack for templates that trim or merge at the edges).
 */
export const EXACT_SLACK_TOKENS = 2;

/**
 * Against the run's own measured ratio (server / ours), a trial whose ratio is lower by more than this share was
 * cut: the same haystack counts alike in both tokenizers to within a few percent, and llama.cpp's context shift
 * keeps at most two thirds of a prompt that does not fit.
 */
export const RELATIVE_TOLERANCE = 0.1;

/** Prompts shorter than this are not judged by ratio (chat templates alone can differ by dozens of tokens). */
const MIN_TOKENS = 1024;

/**
 * Below this a count is judged only against the rest of the run: some proxies and test servers send a constant
 * placeholder, and no server truncates to a context this small.
 */
const MIN_CREDIBLE_COUNT = 256;

/** What is known about a trial's prompt besides our own count. */
export interface TruncationContext {
  /** The server's count of this very prompt before sending (--tokenizer server): the count usage must match. */
  exact?: number;
  /** The server's estimated count of this prompt (its content counts plus a calibrated template share). */
  estimate?: number;
  /** The server's context per request (llama.cpp's per-slot n_ctx, vLLM's max_model_len), when it said. */
  context?: number | null;
}

/** An explanation when the server's count shows it read only part of the prompt, else null. */
export function detectTruncation(ourTokens: number, serverTokens: number | null, known: TruncationContext = {}): string | null {
  if (serverTokens === null || serverTokens <= 0) return null;
  if (known.exact !== undefined) {
    // The exact count is known: any real shortfall is a cut, whatever the prompt's length.
    if (serverTokens < known.exact - EXACT_SLACK_TOKENS) {
      return (
        `server counted ${serverTokens} prompt tokens of the ${known.exact} it counted for this prompt before sending: ` +
        `it dropped ${known.exact - serverTokens} (silent truncation: llama.cpp's context shift, or Ollama's context setting); raise the server's context size`
      );
    }
    if (known.context && serverTokens >= known.context) {
      return `server counted ${serverTokens} prompt tokens, its whole context (${known.context}): the prompt did not fit and was cut; raise the server's context size`;
    }
    return null;
  }
  if (known.estimate !== undefined) {
    // Off by a few template tokens at most, never by a third.
    if (serverTokens < known.estimate * 0.97 - 16) {
      return (
        `server counted ${serverTokens} prompt tokens where its /tokenize predicted ${known.estimate}: it read only part of the prompt ` +
        `(silent truncation: llama.cpp's context shift); raise the server's context size`
      );
    }
    return null;
  }
  if (ourTokens < MIN_TOKENS || serverTokens < MIN_CREDIBLE_COUNT) return null;
  if (serverTokens >= ourTokens * TRUNCATION_RATIO) return null;
  return (
    `server counted ${serverTokens} prompt tokens of our ${ourTokens}: it read only part of the prompt ` +
    `(silent truncation: Ollama's context setting, or llama.cpp's context shift); raise the server's context size`
  );
}

/** A record the run-level checks can judge: answered ok, a real count, no exact count to check it against. */
function judgeable(r: TrialRecord): boolean {
  return r.status === 'ok' && r.usage_prompt_tokens !== null && r.usage_prompt_tokens > 0 && !r.from_cache && r.server_prompt_tokens === undefined;
}

/**
 * Run-level checks of `ok` records (they need the other records of the run): a context ceiling shared by prompts
 * of different lengths, and counts below the run's own measured ratio. Returns trial id → why it was cut.
 */
export function findTruncations(records: readonly TrialRecord[]): Map<string, string> {
  const found = findTruncationCeilings(records);
  for (const [id, message] of findRatioDrops(records)) if (!found.has(id)) found.set(id, message);
  return found;
}

/**
 * Compares each trial with the run's own ratio of the server's count to ours, measured where the prompts fit
 * (the highest per-length median: truncation only ever lowers it). A trial well below it whose prompt, at that
 * ratio, is at least as long as the longest prompt the server did read whole was cut at a context limit.
 * Counts too small to be real (under 256 for prompts of 1K+) are judged here too, unless every trial reports
 * the same one (a placeholder, not a count).
 */
export function findRatioDrops(records: readonly TrialRecord[]): Map<string, string> {
  const judged = records.filter((r) => judgeable(r) && r.prompt_tokens >= MIN_TOKENS);
  const flagged = new Map<string, string>();
  if (judged.length === 0) return flagged;
  const counts = new Set(judged.map((r) => r.usage_prompt_tokens!));
  if (counts.size === 1 && [...counts][0]! < MIN_CREDIBLE_COUNT && judged.length > 1) return flagged;
  const ratio = (r: TrialRecord) => r.usage_prompt_tokens! / r.prompt_tokens;
  const byLength = new Map<number, number[]>();
  for (const r of judged) byLength.set(r.length, [...(byLength.get(r.length) ?? []), ratio(r)]);
  const reference = Math.max(...[...byLength.values()].map(median));
  const floor = reference * (1 - RELATIVE_TOLERANCE);
  const whole = judged.filter((r) => ratio(r) >= floor);
  const longestWhole = Math.max(0, ...whole.map((r) => r.usage_prompt_tokens!));
  for (const r of judged) {
    if (ratio(r) >= floor) continue;
    const expected = Math.round(r.prompt_tokens * reference);
    // A prompt shorter than one the server read whole was not cut at a context limit: its text just counts differently.
    if (expected < longestWhole * (1 - RELATIVE_TOLERANCE / 2)) continue;
    flagged.set(
      r.trial_id,
      `server counted ${r.usage_prompt_tokens} prompt tokens where this run's prompts that fit predict about ${expected} ` +
        `(×${round3(reference)} of our ${r.prompt_tokens}): it read only part of the prompt (silent truncation: llama.cpp's context shift, ` +
        `or Ollama's context setting); raise the server's context size`,
    );
  }
  return flagged;
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

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
