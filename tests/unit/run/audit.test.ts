import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareHaystack } from '../../../src/haystack/prepare-haystack.js';
import { AUDIT_BARS, auditNeedles } from '../../../src/run/audit.js';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import type { HaystackKind, Tokenizer } from '../../../src/types.js';

let tokenizer: Tokenizer;
beforeAll(() => {
  tokenizer = createTiktokenTokenizer('o200k_base');
});
afterAll(() => tokenizer.free());

describe('keyword-baseline audit of the built-in needles', () => {
  it.each(['financial-report', 'meeting-transcript'] as HaystackKind[])(
    'keyword matching solves at most 20%% of paraphrased and at least 90%% of lexical %s needles',
    async (kind) => {
      const haystack = await prepareHaystack(kind, 21, 8_400, tokenizer);
      const result = await auditNeedles({ kind, haystack, tokenizer, length: 8_000, variants: ['lexical', 'paraphrased'], draws: 2, seed: 21 });
      expect(result.rows).toHaveLength(2 * 26);
      expect(result.solvedRate.paraphrased!).toBeLessThanOrEqual(AUDIT_BARS.paraphrasedMax);
      expect(result.solvedRate.lexical!).toBeGreaterThanOrEqual(AUDIT_BARS.lexicalMin);
    },
  );
});
