import { describe, expect, it } from 'vitest';
import { crossCheckTolerance, crossCheckTrials, describeCrossCheck } from '../../../src/run/tokenizer-cross-check.js';
import type { Plan } from '../../../src/prompt/plan.js';

describe('tokenizer cross-check', () => {
  it('asks about the shortest, a middle and the longest length', () => {
    const trials = [1000, 2000, 4000, 8000, 16000].flatMap((length) => [0, 50].map((depth) => ({ cell: { length, depth } })));
    const picked = crossCheckTrials({ cells: [], trials } as unknown as Plan);
    expect(picked.map((t) => [t.cell.length, t.cell.depth])).toEqual([[1000, 0], [4000, 0], [16000, 0]]);
  });

  it('demands exact agreement from vLLM and allows llama.cpp its calibration error', () => {
    expect(crossCheckTolerance('vllm', 100_000)).toBe(0);
    expect(crossCheckTolerance('llamacpp', 1000)).toBe(2);
    expect(crossCheckTolerance('llamacpp', 100_000)).toBe(200);
  });

  it('says what a disagreement means', () => {
    const check = { server: 'vllm /tokenize', prompts: [{ length: 8000, depth: 0, ours: 7990, server: 9100 }], agreed: 0, exact: 0 };
    const { ok, message } = describeCrossCheck(check, 'llama3');
    expect(ok).toBe(false);
    expect(message).toContain('counts 9,100 tokens where llama3 counts 7,990 (×1.139)');
    expect(message).toContain('does not match');
    expect(describeCrossCheck({ ...check, prompts: [{ length: 8000, depth: 0, ours: 7990, server: 7990 }], agreed: 1, exact: 1 }, 'llama3').message).toContain('exactly as llama3');
  });
});
