// Builds prompts over many cuts and depths with a tokenizer, and checks each count against an independent full
// re-encode of the fully templated prompt by the Rust reference tokenizer.

import rust from '@anush008/tokenizers';
import { expect } from 'vitest';
import { indexPlainText } from '../../src/haystack/assemble.js';
import { indexHaystack, type PreparedHaystack } from '../../src/haystack/index-haystack.js';
import { generateDocument } from '../../src/haystack/prepare-haystack.js';
import { buildPrompt, type Insertion } from '../../src/prompt/build-prompt.js';
import type { HaystackKind, Tokenizer } from '../../src/types.js';
import { createRng } from '../../src/util/rng.js';

const NEEDLE = 'The audit committee approved a $4.7 million retention bonus for the Lisbon plant manager.';
const DECOY = 'The audit committee approved a $2.1 million retention bonus for the Porto plant manager.';

const references = new Map<string, InstanceType<typeof rust.Tokenizer>>();

/** The Rust reference tokenizer of a tokenizer.json, loaded once per file. */
export function referenceTokenizer(tokenizerJson: string): InstanceType<typeof rust.Tokenizer> {
  let rs = references.get(tokenizerJson);
  if (!rs) references.set(tokenizerJson, (rs = rust.Tokenizer.fromFile(tokenizerJson)));
  return rs;
}

/** A haystack of a generated kind, or of a given text, indexed with the tokenizer. */
export function haystackFor(tokenizer: Tokenizer, source: HaystackKind | { text: string }, tokens: number): PreparedHaystack {
  if (typeof source === 'string') {
    const { document, index } = generateDocument(source, 17, tokens, tokenizer);
    return indexHaystack(source, document, index);
  }
  const document = indexPlainText(source.text, { type: 'files', files: [], order: 'test' });
  return indexHaystack('test', document, tokenizer.index(document.text));
}

/** What a check covered. */
export interface ExactnessReport {
  prompts: number;
  worstFill: number;
}

/**
 * Every prompt: count === the reference's count of the templated prompt (no special tokens added: the template
 * holds them), at most the length, and within 1% of it from 4K up; the document part counted exactly too.
 */
export async function checkPromptCounts(
  tokenizer: Tokenizer,
  tokenizerJson: string,
  haystack: PreparedHaystack,
  lengths: number[],
  depths: number[],
  { fill = true }: { fill?: boolean } = {},
): Promise<ExactnessReport> {
  const rs = referenceTokenizer(tokenizerJson);
  const count = async (text: string, special = false) => (await rs.encode(text, null, { addSpecialTokens: special })).getIds().length;
  let prompts = 0;
  let worstFill = 1;
  for (const length of lengths) {
    for (const depth of depths) {
      const insertions: Insertion[] = [{ text: NEEDLE, depth, role: 'needle' }];
      if (depth % 2 === 1) insertions.push({ text: DECOY, depth: (depth + 50) % 100, role: 'distractor' });
      const question = depth % 3 === 0 ? 'How large was the retention bonus?' : 'Which bonus did the committee approve — and for whom?';
      const p = buildPrompt(haystack, tokenizer, length, insertions, question, createRng(length * 101 + depth));
      const rendered = tokenizer.renderChat ? tokenizer.renderChat(p.messages) : `${p.messages[0]!.content}\n\n${p.messages[1]!.content}`;
      const expected = await count(rendered, !tokenizer.renderChat);
      expect(p.promptTokens, `length ${length}, depth ${depth}`).toBe(expected);
      expect(p.promptTokens).toBeLessThanOrEqual(length);
      if (fill && length >= 4000) expect(p.promptTokens).toBeGreaterThanOrEqual(length * 0.99);
      const user = p.messages[1]!.content;
      const doc = user.slice(user.indexOf('<document>\n') + 11, user.lastIndexOf('\n</document>'));
      expect(p.documentTokens, `document at length ${length}, depth ${depth}`).toBe(await count(doc));
      expect(doc).toContain(NEEDLE);
      worstFill = Math.min(worstFill, length >= 4000 ? p.promptTokens / length : 1);
      prompts++;
    }
  }
  return { prompts, worstFill };
}
