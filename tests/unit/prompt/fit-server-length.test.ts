// Fitting prompts to a length in the server's own tokens, with a fake haystack and a fake server count.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { createRatioCache, fitToServerLength } from '../../../src/prompt/fit-server-length.js';
import type { BuiltPrompt } from '../../../src/prompt/build-prompt.js';
import type { ChatMessage } from '../../../src/types.js';

const FRAMING = 50;

/** A haystack cut only at sentence ends, every `sentence` tokens: the longest prompt within `ourLength`. */
function haystack(sentence = 37) {
  return (ourLength: number): BuiltPrompt => {
    if (ourLength < FRAMING + sentence) throw new UsageError(`length ${ourLength} is too short`);
    const promptTokens = FRAMING + Math.floor((ourLength - FRAMING) / sentence) * sentence;
    return {
      messages: [{ role: 'user', content: 'x'.repeat(promptTokens) }],
      promptTokens,
      documentTokens: promptTokens - FRAMING,
      placements: [],
    };
  };
}

/** A server whose tokenizer and chat template count 17% more plus 30, recording each count. */
function server(slope = 1.17, offset = 30) {
  const calls: number[] = [];
  const count = async (messages: ChatMessage[]) => {
    const ours = messages[0]!.content.length;
    calls.push(ours);
    return Math.round(ours * slope + offset);
  };
  return { calls, count };
}

describe('fit to server length', () => {
  it('lands within 1% below the target in the server’s tokens', async () => {
    const { count } = server();
    const fit = await fitToServerLength(10_000, haystack(), count);
    expect(fit.serverTokens).toBeLessThanOrEqual(10_000);
    expect(fit.serverTokens).toBeGreaterThanOrEqual(9_900);
    expect(fit.ourTokens).toBe(fit.prompt.promptTokens);
    expect(fit.steps).toBeLessThanOrEqual(4);
  });

  it('needs one or two server counts per cell once a sweep has measured a few', async () => {
    const cache = createRatioCache();
    const { count } = server();
    const steps: number[] = [];
    for (const length of [4_000, 8_000, 16_000, 32_000, 64_000, 128_000]) {
      const fit = await fitToServerLength(length, haystack(), count, { cache });
      expect(fit.serverTokens).toBeLessThanOrEqual(length);
      expect(fit.serverTokens).toBeGreaterThanOrEqual(length * 0.99);
      steps.push(fit.steps);
    }
    expect(steps.slice(2).every((n) => n <= 2)).toBe(true);
  });

  it('never returns a prompt over the target, even when the server counts far more than we do', async () => {
    const { count } = server(1.6, 200);
    const fit = await fitToServerLength(20_000, haystack(), count, { tolerance: 0.005 });
    expect(fit.serverTokens).toBeLessThanOrEqual(20_000);
    expect(fit.serverTokens).toBeGreaterThanOrEqual(19_900);
  });

  it('keeps the longest fitting prompt when the haystack cannot be cut closer to the target', async () => {
    const { count, calls } = server(1, 0);
    const fit = await fitToServerLength(10_000, haystack(3_000), count, { maxSteps: 6 });
    expect(fit.serverTokens).toBe(9_050);
    expect(calls.length).toBeLessThanOrEqual(3);
  });

  it('counts each distinct prompt at most once', async () => {
    const { count, calls } = server(1.3, 0);
    await fitToServerLength(10_000, haystack(500), count);
    expect(new Set(calls).size).toBe(calls.length);
  });

  it('reports a length the server cannot reach as a usage error', async () => {
    const count = async () => 1_000_000;
    await expect(fitToServerLength(5_000, haystack(), count)).rejects.toBeInstanceOf(UsageError);
  });
});
