// The fake server's extra behaviours: cached-token usage, llama.cpp templates and props, Ollama's silent truncation.

import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { contextShiftKept, startFakeServer } from '../fake-openai-server.js';
import type { FakeServer } from '../fake-openai-server.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const messages = [
  { role: 'system' as const, content: 'Be brief.' },
  { role: 'user' as const, content: 'one two three four five' },
];

describe('fake server extensions', () => {
  it('reports cached prompt tokens in usage when asked to', async () => {
    server = await startFakeServer({ cachedTokens: () => 7 });
    const result = await createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }).complete({ messages });
    expect(result.usage.cachedTokens).toBe(7);
  });

  it('counts a llama.cpp chat prompt as its rendered template with BOS and special tokens, as /apply-template + /tokenize do', async () => {
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: words, contextTokens: 4096 });
    const result = await createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }).complete({ messages });
    // <s> + 3 × <|im_start|> + 2 × <|im_end|> = 6 special tokens; "system\nBe brief." 3 words, "\n" none,
    // "user\none two three four five" 6, "\n" none, "assistant\n" 1.
    expect(result.usage.promptTokens).toBe(6 + 3 + 6 + 1);
    const root = server.url.replace(/\/v1$/, '');
    const post = async (path: string, body: unknown) => (await fetch(`${root}${path}`, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<any>;
    const { prompt } = await post('/apply-template', { messages });
    expect(prompt).toBe('<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\none two three four five<|im_end|>\n<|im_start|>assistant\n');
    expect((await post('/tokenize', { content: prompt, add_special: true })).tokens).toHaveLength(result.usage.promptTokens!);
    // Without add_special no BOS; per-message counts plus a constant would not add up to the whole.
    expect((await post('/tokenize', { content: prompt })).tokens).toHaveLength(result.usage.promptTokens! - 1);
    const props = (await (await fetch(`${root}/props`)).json()) as { default_generation_settings: { n_ctx: number }; total_slots: number };
    expect(props.default_generation_settings.n_ctx).toBe(4096);
    expect(props.total_slots).toBe(1);
  });

  it('drops whole blocks of n_ctx/2 from the start with context shift, answering 200 with the kept count', async () => {
    // The counts measured on a real llama.cpp server (-c 4096; -np 4 -c 65536).
    expect(contextShiftKept(4621, 4096)).toBe(2573);
    expect(contextShiftKept(5965, 4096)).toBe(3917);
    expect(contextShiftKept(22_122, 16_384)).toBe(13_930);
    expect(contextShiftKept(4095, 4096)).toBe(4095);
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: words, contextTokens: 400, slots: 2, overflowStyle: 'context-shift' });
    const long = [messages[0]!, { role: 'user' as const, content: Array.from({ length: 450 }, (_, i) => `w${i}`).join(' ') }];
    const result = await createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }).complete({ messages: long });
    // 461 tokens in a 200-token slot: 2 blocks of 100 erased.
    expect(result.usage.promptTokens).toBe(contextShiftKept(461, 200));
    expect(result.usage.promptTokens).toBe(161);
    const props = (await (await fetch(server.url.replace(/\/v1$/, '/props'))).json()) as { default_generation_settings: { n_ctx: number }; total_slots: number };
    expect(props).toMatchObject({ default_generation_settings: { n_ctx: 200 }, total_slots: 2 });
  });

  it('queues requests beyond its slots, as llama.cpp does', async () => {
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', slots: 1, delayMs: 60 });
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' });
    const started = performance.now();
    await Promise.all([model.complete({ messages }), model.complete({ messages })]);
    // One slot: the second request waited for the first (sent together, they took two delays, not one).
    // Only lower bounds: a loaded machine can make requests slower, never faster.
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('truncates silently on the OpenAI endpoint when acting as Ollama', async () => {
    server = await startFakeServer({ ollama: true, contextTokens: 3, countTokens: words });
    const result = await createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }).complete({ messages });
    expect(result.usage.promptTokens).toBe(3);
  });

  it('serves no /tokenize, /api or batch routes unless asked', async () => {
    server = await startFakeServer();
    const root = server.url.replace(/\/v1$/, '');
    for (const [method, url] of [['POST', `${root}/tokenize`], ['GET', `${root}/api/version`], ['POST', `${server.url}/batches`]] as const) {
      expect((await fetch(url, { method, body: method === 'POST' ? '{}' : undefined })).status).toBe(404);
    }
  });
});
