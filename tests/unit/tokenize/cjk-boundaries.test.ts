import { describe, expect, it } from 'vitest';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import { cjkProse, cjkTranscript } from '../../support/cjk-sample.js';

describe('cut boundaries in Japanese and Chinese text (tiktoken)', () => {
  it('finds places every few dozen tokens where the tokens on either side stand as they are', () => {
    for (const name of ['o200k_base', 'cl100k_base']) {
      const t = createTiktokenTokenizer(name);
      try {
        for (const text of [cjkProse('ja', 2, 2500), cjkTranscript('zh', 2, 2500), `${cjkProse('zh', 4, 1500)}\n\nNet sales rose 4.7%.「はい。」（笑）`]) {
          const index = t.index(text);
          const { tokens, starts, boundaries } = index;
          expect(boundaries.length, `${name}: boundaries`).toBeGreaterThan(tokens.length / 60);
          const step = Math.max(1, Math.floor(boundaries.length / 20));
          for (let i = 0; i < boundaries.length; i += step) {
            const b = boundaries[i]!;
            const before = t.encode(text.slice(0, starts[b]!));
            const after = t.encode(text.slice(starts[b]!));
            expect(Array.from(before), `${name} at ${starts[b]}`).toEqual(Array.from(tokens.slice(0, b)));
            expect(after.length).toBe(tokens.length - b);
          }
        }
      } finally {
        t.free();
      }
    }
  });
});
