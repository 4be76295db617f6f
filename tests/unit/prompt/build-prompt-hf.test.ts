// Prompts counted in a model's own tokens: every count equals a full re-encode of the templated prompt by the Rust
// reference, over many cuts and depths, on SentencePiece-style and byte-level tokenizers (fixtures trained here).

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPrompt } from '../../../src/prompt/build-prompt.js';
import { createTokenizer } from '../../../src/tokenize/create-tokenizer.js';
import { createRng } from '../../../src/util/rng.js';
import { sharedHfFixtures, type HfFixtures } from '../../support/hf-fixtures.js';
import { checkPromptCounts, haystackFor } from '../../support/prompt-exactness.js';
import { awkwardText } from '../../support/awkward-text.js';

let fx: HfFixtures;
beforeAll(() => {
  fx = sharedHfFixtures();
});

const DEPTHS = [0, 7, 33, 50, 61, 90, 100];

describe('prompts in a tokenizer.json’s tokens, fully templated', () => {
  for (const kind of ['sentencepiece', 'byteLevel'] as const) {
    for (const haystackKind of ['financial-report', 'meeting-transcript'] as const) {
      it(`${kind}, ${haystackKind}: each count equals a full re-encode, ≤ L and within 1% of L`, async () => {
        const { tokenizer } = createTokenizer(`hf:${fx[kind]}`);
        const haystack = haystackFor(tokenizer, haystackKind, 17_000);
        const report = await checkPromptCounts(tokenizer, join(fx[kind], 'tokenizer.json'), haystack, [700, 1500, 4000, 9000, 16_000], DEPTHS);
        expect(report.prompts).toBe(35);
      });
    }
    it(`${kind}: a document full of accents, emoji, CJK and special-token text`, async () => {
      const { tokenizer } = createTokenizer(`hf:${fx[kind]}`);
      const haystack = haystackFor(tokenizer, { text: awkwardText(21, 1200) }, 0);
      // Exact counts; the fill depends on the document's sentence boundaries, which this text has few of.
      await checkPromptCounts(tokenizer, join(fx[kind], 'tokenizer.json'), haystack, [900, 5000, 15_000], [0, 30, 50, 85, 100], { fill: false });
    });
  }

  it('stays exact when no cut is safe (a vocabulary token spans a word start)', async () => {
    const { tokenizer } = createTokenizer(`hf:${fx.uncuttable}`);
    const haystack = haystackFor(tokenizer, 'financial-report', 5000);
    await checkPromptCounts(tokenizer, join(fx.uncuttable, 'tokenizer.json'), haystack, [1200, 4500], [0, 50, 100]);
  });

  it('without a chat template (the in-process baseline): the two messages and the BOS the tokenizer adds', async () => {
    const { tokenizer } = createTokenizer(`hf:${fx.noTemplate}`);
    expect(tokenizer.renderChat).toBeUndefined();
    const haystack = haystackFor(tokenizer, 'financial-report', 9000);
    await checkPromptCounts(tokenizer, join(fx.noTemplate, 'tokenizer.json'), haystack, [2000, 8000], [0, 50, 100]);
  });

  it('builds the longest prompt within the length, so rebuilding at its own count gives the same prompt', () => {
    const { tokenizer } = createTokenizer(`hf:${fx.sentencepiece}`);
    const haystack = haystackFor(tokenizer, 'meeting-transcript', 12_000);
    for (const length of [3000, 11_000]) {
      for (const depth of [0, 40, 100]) {
        const ins = [{ text: 'Bo said the Lisbon bonus was $4.7 million.', depth, role: 'needle' as const }];
        const p = buildPrompt(haystack, tokenizer, length, ins, 'How large?', createRng(4));
        const again = buildPrompt(haystack, tokenizer, p.promptTokens, ins, 'How large?', createRng(4));
        expect(again.messages).toEqual(p.messages);
      }
    }
  });
});
