// Characters per prompt beside tokens: claims stated in characters (InternLM2's, for one) can be read against a run.

import type { ChatMessage, PromptSize, TrialRecord } from '../types.js';

/** Unicode characters (code points) of a text: UTF-16 length less one per surrogate pair. */
export function codePoints(text: string): number {
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return text.length - (pairs ? pairs.length : 0);
}

/** Characters of every message's content, as sent (chat template markup excluded). */
export function promptChars(messages: readonly ChatMessage[]): number {
  return messages.reduce((n, m) => n + codePoints(m.content), 0);
}

/** Tokens and characters of the prompts of each length, over the records that carry both. */
export function promptSizes(records: readonly TrialRecord[]): PromptSize[] {
  const byLength = new Map<number, TrialRecord[]>();
  for (const r of records) {
    if (typeof r.prompt_chars !== 'number') continue;
    const group = byLength.get(r.length) ?? [];
    group.push(r);
    byLength.set(r.length, group);
  }
  return [...byLength.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([length, group]) => {
      const chars = group.map((r) => r.prompt_chars!).sort((a, b) => a - b);
      const tokens = group.map((r) => r.prompt_tokens);
      return {
        length,
        trials: group.length,
        tokens: { min: Math.min(...tokens), max: Math.max(...tokens) },
        chars: { min: chars[0]!, median: chars[Math.floor((chars.length - 1) / 2)]!, max: chars.at(-1)! },
      };
    });
}
