// Catches servers that truncate long prompts silently (Ollama; llama.cpp with context shift) by their own token count.

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
