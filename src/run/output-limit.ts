// The output token limit per answer, raised for a model that turns out to reason (unless the user set one).

import type { ChatResult } from '../models/model.js';

/**
 * Output tokens a reasoning model gets when the user did not set --max-output-tokens: room to think
 * (reasoning counts against the output limit) and then answer.
 */
export const REASONING_OUTPUT_TOKENS = 8192;

/** The limit a sweep sends with, shared by its trials (and its control questions). */
export interface OutputLimit {
  /** Tokens to send now (null: send no limit). */
  current(): number | null;
  /** True when the user did not set the limit, so it may be raised. */
  readonly auto: boolean;
  /** True once some answer showed reasoning. */
  readonly reasoning: boolean;
  /** Records what an answer showed; returns true when this raised the limit. */
  note(result: ChatResult): boolean;
}

/** True when an answer shows the model reasons: reasoning text or tokens, or a think block in its content. */
export function showsReasoning(result: ChatResult): boolean {
  if (result.reasoning && result.reasoning.trim() !== '') return true;
  if ((result.usage.reasoningTokens ?? 0) > 0) return true;
  return /<\/?(?:think|thinking|reasoning)>|<\|channel\|>\s*analysis/i.test(result.text);
}

/**
 * The rule: the user's --max-output-tokens always wins. Otherwise answers get 256 tokens (a short sentence)
 * until one shows reasoning; from then on every request gets REASONING_OUTPUT_TOKENS, and a trial cut off
 * under the lower limit is sent again with the higher one.
 */
export function createOutputLimit(maxOutputTokens: number | null, auto: boolean): OutputLimit {
  let reasoning = false;
  return {
    auto,
    get reasoning() {
      return reasoning;
    },
    current: () => (auto && reasoning ? Math.max(REASONING_OUTPUT_TOKENS, maxOutputTokens ?? 0) : maxOutputTokens),
    note(result) {
      if (reasoning || !showsReasoning(result)) return false;
      reasoning = true;
      return auto;
    },
  };
}
