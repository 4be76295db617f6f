// The OpenAI-compatible client over an injected fetch: scripted replies, no sockets.

import { describe, expect, it } from 'vitest';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { needlePrompt, recordingSleep } from './prompt-fixture.js';

/** A fetch that answers from a queue of [status, body, headers] and records every request. */
function scriptedFetch(replies: Array<[number, unknown, Record<string, string>?]>) {
  const calls: Array<{ url: string; body: any }> = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), body: init?.body ? JSON.parse(String(init.body)) : null });
    const [status, body, headers] = replies.shift() ?? [500, { error: { message: 'script ran out' } }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...(headers ?? {}) } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const completion = (content: string) => ({
  id: 'c1',
  object: 'chat.completion',
  created: 0,
  model: 'm',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 120, completion_tokens: 5, total_tokens: 125 },
});

describe('openai-compatible client with an injected fetch', () => {
  it('sends through the given fetch: a 429 with Retry-After, then the answer', async () => {
    const { calls, fetchImpl } = scriptedFetch([
      [429, { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } }, { 'retry-after': '2' }],
      [200, completion('The answer is Kiwi.')],
    ]);
    const { waits, sleep } = recordingSleep();
    const model = createOpenAICompatibleModel({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', fetch: fetchImpl, sleep });
    const result = await model.complete({ messages: needlePrompt('The parrot is named Kiwi.', 'What is the parrot called?'), maxOutputTokens: 16 });
    expect(result).toMatchObject({ text: 'The answer is Kiwi.', attempts: 2, usage: { promptTokens: 120, completionTokens: 5 } });
    expect(waits).toEqual([2000]);
    expect(calls.map((c) => c.url)).toEqual(['http://127.0.0.1:9/v1/chat/completions', 'http://127.0.0.1:9/v1/chat/completions']);
    expect(calls[1]!.body).toMatchObject({ model: 'm', max_tokens: 16 });
  });

  it('probes the model list through the given fetch', async () => {
    const { calls, fetchImpl } = scriptedFetch([[200, { object: 'list', data: [{ id: 'm', object: 'model' }] }]]);
    const model = createOpenAICompatibleModel({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', fetch: fetchImpl });
    await model.probe();
    expect(model.listedModels).toEqual(['m']);
    expect(calls[0]!.url).toBe('http://127.0.0.1:9/v1/models');
  });
});
