// What reasoning models and refusing APIs send back, read from each server's documented fields.

import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { startFakeServer, type FakeServer } from '../../support/fake-openai-server.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const messages = [
  { role: 'system' as const, content: 'Answer from the document.' },
  { role: 'user' as const, content: 'Read the document below.\n\n<document>\nThe bonus was $4.7 million.\n</document>\n\nQuestion: What was the bonus?' },
];
const answer = () => 'The bonus was $4.7 million.';
const model = () => createOpenAICompatibleModel({ baseUrl: server!.url, model: 'fake-model', maxRetries: 0 });

describe('reasoning beside the answer', () => {
  it('keeps think blocks in the content as received (llama.cpp without a reasoning format)', async () => {
    server = await startFakeServer({ answer, reasoning: { style: 'think-tags', tokens: 50 } });
    const r = await model().complete({ messages, maxOutputTokens: 1000 });
    expect(r.text).toMatch(/^<think>\n[\s\S]+\n<\/think>\n\nThe bonus was \$4\.7 million\.$/);
    expect(r.finishReason).toBe('stop');
  });

  it('reads reasoning_content (llama.cpp --reasoning-format deepseek, DeepSeek) and reasoning (vLLM 0.11+, OpenRouter)', async () => {
    server = await startFakeServer({ answer, reasoning: { style: 'reasoning_content', tokens: 50, reportTokens: true } });
    const a = await model().complete({ messages, maxOutputTokens: 1000 });
    expect(a.text).toBe('The bonus was $4.7 million.');
    expect(a.reasoning).toMatch(/Let me look through the document/);
    expect(a.usage.reasoningTokens).toBe(50);
    await server.close();
    server = await startFakeServer({ answer, reasoning: { style: 'reasoning', tokens: 50 } });
    const b = await model().complete({ messages, maxOutputTokens: 1000 });
    expect(b.text).toBe('The bonus was $4.7 million.');
    expect(b.reasoning).toMatch(/Let me look through the document/);
  });

  it('returns a cut-off reply as a result, whether the content is empty, null or an unterminated think block', async () => {
    for (const style of ['reasoning_content', 'reasoning', 'think-tags'] as const) {
      server = await startFakeServer({ answer, reasoning: { style, tokens: 500 } });
      const r = await model().complete({ messages, maxOutputTokens: 100 });
      expect(r.finishReason).toBe('length');
      if (style === 'think-tags') expect(r.text).toMatch(/^<think>\n(?![\s\S]*<\/think>)/);
      else expect(r.text).toBe('');
      await server.close();
      server = undefined;
    }
  });
});

describe('replies that are not text', () => {
  const body = (message: Record<string, unknown>, finish = 'stop') => ({
    id: 'x', object: 'chat.completion', created: 0, model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: finish }],
    usage: { prompt_tokens: 40, completion_tokens: 5, total_tokens: 45 },
  });

  it('reads the API refusal field', async () => {
    server = await startFakeServer();
    server.script([{ status: 200, body: body({ content: null, refusal: "I'm sorry, I can't help with that." }) }]);
    const r = await model().complete({ messages });
    expect(r).toMatchObject({ text: '', refusal: "I'm sorry, I can't help with that." });
  });

  it('reads tool calls made instead of an answer', async () => {
    server = await startFakeServer();
    server.script([{ status: 200, body: body({ content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'search_document', arguments: '{}' } }] }, 'tool_calls') }]);
    const r = await model().complete({ messages });
    expect(r).toMatchObject({ text: '', toolCalls: ['search_document'], finishReason: 'tool_calls' });
  });

  it('still treats null content with no reason as a failed request', async () => {
    server = await startFakeServer();
    server.script([{ status: 200, body: body({ content: null }) }]);
    await expect(model().complete({ messages })).rejects.toThrow(/^empty response/);
  });
});
