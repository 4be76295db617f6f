// summary.md's prompt sizes: tokens and characters per length (claims stated in characters read against tokens).

import type { PromptSize } from '../types.js';
import { formatTokens } from './format.js';

const n = (x: number) => x.toLocaleString('en-US');

/** A Markdown table of prompt tokens and characters per length; no lines when the run has no sizes. */
export function promptSizeTable(sizes: readonly PromptSize[] | undefined): string[] {
  if (!sizes || sizes.length === 0) return [];
  const rows = sizes.map((s) => {
    const tokens = s.tokens.min === s.tokens.max ? n(s.tokens.min) : `${n(s.tokens.min)}–${n(s.tokens.max)}`;
    const chars = s.chars.min === s.chars.max ? n(s.chars.min) : `${n(s.chars.median)} (${n(s.chars.min)}–${n(s.chars.max)})`;
    return `| ${formatTokens(s.length)} | ${tokens} | ${chars} |`;
  });
  return ['| Length | Prompt tokens | Prompt characters |', '|---:|---:|---:|', ...rows, ''];
}
