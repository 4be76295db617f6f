import { describe, expect, it } from 'vitest';
import { detectTruncation, findTruncationCeilings } from '../../../src/run/truncation.js';

describe('detectTruncation', () => {
  it('flags a server that counted a fraction of the prompt (Ollama at its default context)', () => {
    expect(detectTruncation(32_000, 4096)).toMatch(/read only part of the prompt/);
  });

  it('accepts the 10–30% differences between model tokenizers', () => {
    expect(detectTruncation(100_000, 78_000)).toBeNull();
    expect(detectTruncation(100_000, 131_000)).toBeNull();
  });

  it('does not judge short prompts, missing counts or placeholder counts', () => {
    expect(detectTruncation(800, 100)).toBeNull();
    expect(detectTruncation(50_000, null)).toBeNull();
    expect(detectTruncation(50_000, 0)).toBeNull();
    expect(detectTruncation(50_000, 10)).toBeNull();
  });
});

describe('findTruncationCeilings', () => {
  const rec = (id: string, ours: number, server: number) =>
    ({ trial_id: id, status: 'ok', prompt_tokens: ours, usage_prompt_tokens: server }) as unknown as import('../../../src/types.js').TrialRecord;

  it('flags prompts of different lengths that the server counted alike, even within 40% of ours', () => {
    const found = findTruncationCeilings([rec('a', 2000, 2100), rec('b', 7000, 6000), rec('c', 8000, 6000), rec('d', 4000, 4180)]);
    expect([...found.keys()].sort()).toEqual(['b', 'c']);
    expect(found.get('c')).toMatch(/stops at 6000/);
  });

  it('leaves a prompt that exactly fills the context alone', () => {
    expect(findTruncationCeilings([rec('a', 6000, 6000), rec('b', 3000, 3000)]).size).toBe(0);
  });

  it('finds nothing when every count differs', () => {
    expect(findTruncationCeilings([rec('a', 1000, 1100), rec('b', 9000, 9900)]).size).toBe(0);
  });
});
