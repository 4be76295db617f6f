import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import { indexTokens } from '../../../src/tokenize/token-index.js';
import { indexPlainText } from '../../../src/haystack/assemble.js';
import { indexHaystack, type PreparedHaystack } from '../../../src/haystack/index-haystack.js';
import { buildPrompt, chatOverhead } from '../../../src/prompt/build-prompt.js';
import { createRng } from '../../../src/util/rng.js';
import type { Tokenizer } from '../../../src/types.js';
import { prose } from '../../support/prose.js';

let tokenizer: Tokenizer;
let haystack: PreparedHaystack;
const NEEDLE = 'The audit committee approved a $4.7 million retention bonus for the Lisbon plant manager.';

function fullCount(messages: { role: string; content: string }[]): number {
  return chatOverhead(tokenizer) + messages.reduce((n, m) => n + tokenizer.count(m.content), 0);
}

beforeAll(() => {
  tokenizer = createTiktokenTokenizer('o200k_base');
  const text = prose(7, 3000);
  const doc = indexPlainText(text, { type: 'files', files: [], order: 'test' });
  haystack = indexHaystack('test', doc, indexTokens(text, tokenizer));
});
afterAll(() => tokenizer.free());

describe('buildPrompt', () => {
  it('keeps the whole prompt within the length and within 1% of it, counted exactly', () => {
    for (const length of [4000, 8000, 16000, 32000, 64000]) {
      for (const depth of [0, 10, 50, 90, 100]) {
        const p = buildPrompt(haystack, tokenizer, length, [{ text: NEEDLE, depth, role: 'needle' }], 'How large was the retention bonus?', createRng(1));
        expect(p.promptTokens).toBe(fullCount(p.messages));
        expect(p.promptTokens).toBeLessThanOrEqual(length);
        expect(p.promptTokens).toBeGreaterThanOrEqual(length * 0.99);
      }
    }
  });

  it('places the needle at a sentence boundary near the asked depth and reports where it landed', () => {
    for (const depth of [0, 25, 50, 75, 100]) {
      const p = buildPrompt(haystack, tokenizer, 20000, [{ text: NEEDLE, depth, role: 'needle' }], 'How large?', createRng(2));
      const user = p.messages[1]!.content;
      const doc = user.slice(user.indexOf('<document>\n') + 11, user.indexOf('\n</document>'));
      const at = doc.indexOf(NEEDLE);
      expect(at).toBeGreaterThanOrEqual(0);
      // Starts the document, or follows the end of a sentence or a blank line.
      if (at > 0) expect(doc.slice(Math.max(0, at - 2), at)).toMatch(/[.!?] $|\n\n$|\|\n\n$/);
      // Ends before another sentence or ends the document.
      expect(doc.slice(at + NEEDLE.length, at + NEEDLE.length + 2)).toMatch(/^( \S|\n\n|$)/);
      const before = tokenizer.count(doc.slice(0, at));
      expect(Math.abs(p.placements[0]!.tokenOffset - before)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.placements[0]!.depth - depth)).toBeLessThan(2);
      expect(p.documentTokens).toBe(tokenizer.count(doc));
    }
  });

  it('never places the needle inside a table row', () => {
    for (let depth = 0; depth <= 100; depth += 5) {
      const p = buildPrompt(haystack, tokenizer, 6000, [{ text: NEEDLE, depth, role: 'needle' }], 'How large?', createRng(3));
      const line = p.messages[1]!.content.split('\n').find((l) => l.includes(NEEDLE))!;
      expect(line.startsWith('|')).toBe(false);
    }
  });

  it('builds the longest prompt within the length, so rebuilding at its own count gives the same prompt', () => {
    for (const length of [3000, 12000, 50000]) {
      for (const depth of [0, 40, 100]) {
        const ins = [{ text: NEEDLE, depth, role: 'needle' as const }];
        const p = buildPrompt(haystack, tokenizer, length, ins, 'How large?', createRng(4));
        const again = buildPrompt(haystack, tokenizer, p.promptTokens, ins, 'How large?', createRng(4));
        expect(again.messages).toEqual(p.messages);
      }
    }
  });
});
