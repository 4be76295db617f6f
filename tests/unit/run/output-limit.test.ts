// The output limit: the user's always wins; otherwise short answers, and room to think once a model shows it reasons.
import { describe, expect, it } from 'vitest';
import type { ChatResult } from '../../../src/models/model.js';
import { createOutputLimit, REASONING_OUTPUT_TOKENS, showsReasoning } from '../../../src/run/output-limit.js';

const result = (fields: Partial<ChatResult>): ChatResult => ({
  text: 'The bonus was $4.7 million.', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1, cachedTokens: null }, requestId: null, attempts: 1, latencyMs: 1, ...fields,
});

describe('output limit', () => {
  it('sees reasoning in think blocks, reasoning fields and reasoning tokens', () => {
    expect(showsReasoning(result({}))).toBe(false);
    expect(showsReasoning(result({ text: '<think>hmm' }))).toBe(true);
    expect(showsReasoning(result({ text: 'hmm</think>answer' }))).toBe(true);
    expect(showsReasoning(result({ reasoning: 'hmm' }))).toBe(true);
    expect(showsReasoning(result({ usage: { promptTokens: 1, completionTokens: 9, cachedTokens: null, reasoningTokens: 8 } }))).toBe(true);
  });

  it('raises the default once the model reasons', () => {
    const limit = createOutputLimit(256, true);
    expect(limit.current()).toBe(256);
    expect(limit.note(result({}))).toBe(false);
    expect(limit.note(result({ reasoning: 'thinking' }))).toBe(true);
    expect(limit.current()).toBe(REASONING_OUTPUT_TOKENS);
    expect(limit.note(result({ reasoning: 'again' }))).toBe(false);
  });

  it('never overrides a limit the user set', () => {
    const limit = createOutputLimit(300, false);
    limit.note(result({ reasoning: 'thinking' }));
    expect(limit.current()).toBe(300);
    expect(limit.reasoning).toBe(true);
  });
});
