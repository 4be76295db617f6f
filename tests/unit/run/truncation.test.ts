import { describe, expect, it } from 'vitest';
import { detectTruncation } from '../../../src/run/truncation.js';

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
