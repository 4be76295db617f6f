import { describe, expect, it } from 'vitest';
import { detectTruncation, findRatioDrops, findTruncationCeilings } from '../../../src/run/truncation.js';

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

describe('detectTruncation with the server’s own count known (--tokenizer server)', () => {
  it('flags any real shortfall against the exact count, however small the prompt', () => {
    expect(detectTruncation(5000, 3917, { exact: 5965 })).toMatch(/counted for this prompt before sending: it dropped 2048/);
    expect(detectTruncation(900, 300, { exact: 950 })).toMatch(/dropped 650/);
  });

  it('allows a token or two, and flags a count at the known context', () => {
    expect(detectTruncation(5000, 5963, { exact: 5965 })).toBeNull();
    expect(detectTruncation(5000, 4096, { exact: 4096, context: 4096 })).toMatch(/its whole context \(4096\)/);
  });
});

describe('findRatioDrops: each trial against the run’s own measured ratio', () => {
  const rec = (id: string, length: number, ours: number, server: number) =>
    ({ trial_id: id, status: 'ok', length, prompt_tokens: ours, usage_prompt_tokens: server }) as unknown as import('../../../src/types.js').TrialRecord;

  it('flags the cells llama.cpp cut to 0.64–0.75 of our count, which a fixed 0.6 ratio misses', () => {
    const records = [rec('a', 2000, 1990, 2300), rec('b', 3000, 2990, 3455), rec('c', 4000, 4000, 2573), rec('d', 5000, 4990, 3735)];
    expect([...findRatioDrops(records).keys()].sort()).toEqual(['c', 'd']);
    expect(findRatioDrops(records).get('c')).toMatch(/predict about 462\d \(×1\.15\d of our 4000\)/);
  });

  it('leaves alone a short prompt whose text merely counts differently', () => {
    expect(findRatioDrops([rec('a', 2000, 2000, 1800), rec('b', 8000, 8000, 9200), rec('c', 16000, 16000, 18400)]).size).toBe(0);
  });

  it('flags an implausibly small count among real ones (an imported answer the server read 10 tokens of)', () => {
    expect([...findRatioDrops([rec('a', 4000, 3993, 10), rec('b', 2000, 1990, 2300), rec('c', 4000, 3990, 4600)]).keys()]).toEqual(['a']);
  });

  it('ignores a constant placeholder count every trial reports', () => {
    expect(findRatioDrops([rec('a', 4000, 3993, 10), rec('b', 8000, 7990, 10)]).size).toBe(0);
  });
});
