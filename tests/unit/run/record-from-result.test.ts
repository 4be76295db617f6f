// A trial's record from what the server sent: scored, incomplete when cut off before answering, an error when not text.
import { describe, expect, it } from 'vitest';
import type { ChatResult } from '../../../src/models/model.js';
import { recordFromResult, type PreparedTrial } from '../../../src/run/run-trial.js';

const prepared = {
  trial: { serverTokens: undefined, needles: { needle: { question: 'What retention bonus was approved?', answers: ['$4.7 million'] } } },
  prompt: { promptTokens: 1000 },
  base: { trial_id: 't', length: 1000, depth: 50, repeat: 0, prompt_tokens: 1000, document_tokens: 900, needle_position: 450, needle_depth: 50, needle_id: 'n', question: 'What retention bonus was approved?', expected: ['$4.7 million'], distractor_answers: [['$2.1 million']], prompt_sha256: 'x', model: 'm' },
} as unknown as PreparedTrial;

const result = (fields: Partial<ChatResult>): ChatResult => ({
  text: 'The bonus was $4.7 million.', finishReason: 'stop', usage: { promptTokens: 1000, completionTokens: 9, cachedTokens: null }, requestId: null, attempts: 1, latencyMs: 5, ...fields,
});

describe('recordFromResult', () => {
  it('scores the answer and records reasoning, its tokens and the output limit beside it', () => {
    const { record } = recordFromResult(prepared, result({ reasoning: 'Porto has $2.1 million…', usage: { promptTokens: 1000, completionTokens: 300, cachedTokens: null, reasoningTokens: 291 } }), { maxOutputTokens: 8192 });
    expect(record).toMatchObject({ status: 'ok', score: 1, score_rule: 1, outcome: 'correct', reasoning: 'Porto has $2.1 million…', reasoning_tokens: 291, max_output_tokens: 8192, finish_reason: 'stop' });
  });

  it('marks a reply cut off before any answer incomplete, and one cut off after its answer ok', () => {
    const cut = recordFromResult(prepared, result({ text: '<think>Let me find the bonus. Porto has $2.1', finishReason: 'length' }), { maxOutputTokens: 256 }).record;
    expect(cut).toMatchObject({ status: 'incomplete', score: null, outcome: null, max_output_tokens: 256 });
    expect(cut.error).toMatch(/cut off by the output limit \(256 tokens\) before answering: raise --max-output-tokens/);
    expect(cut.response).toBe('<think>Let me find the bonus. Porto has $2.1');
    expect(recordFromResult(prepared, result({ text: '', finishReason: 'length' })).record.status).toBe('incomplete');
    expect(recordFromResult(prepared, result({ text: 'The bonus was $4.7 million, payable in', finishReason: 'length' })).record).toMatchObject({ status: 'ok', score: 1 });
  });

  it('records a refusal by the API or a tool call as an error with its reason, never as a miss', () => {
    const refused = recordFromResult(prepared, result({ text: '', refusal: "I can't help with that." })).record;
    expect(refused).toMatchObject({ status: 'error', score: null, refusal: "I can't help with that." });
    expect(refused.error).toMatch(/^the API refused to answer/);
    const tool = recordFromResult(prepared, result({ text: '', toolCalls: ['search_document'], finishReason: 'tool_calls' })).record;
    expect(tool).toMatchObject({ status: 'error', score: null, error: 'no text answer: the model called search_document' });
  });
});
