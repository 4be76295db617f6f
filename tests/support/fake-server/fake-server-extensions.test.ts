// The fake server's extra behaviours: cached-token usage, llama.cpp templates and props, Ollama's silent truncation.

import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { FAKE_LLAMACPP_TEMPLATE, startFakeServer } from '../fake-openai-server.js';
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

  it('counts chat prompts like a llama.cpp template in llama.cpp style, and serves its context in /props', async () => {
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: words, contextTokens: 4096 });
    const result = await createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }).complete({ messages });
    const t = FAKE_LLAMACPP_TEMPLATE;
    expect(result.usage.promptTokens).toBe(t.bos + t.generationPrompt + 2 * t.perMessage + 2 + 5);
    const props = (await (await fetch(server.url.replace(/\/v1$/, '/props'))).json()) as { default_generation_settings: { n_ctx: number } };
    expect(props.default_generation_settings.n_ctx).toBe(4096);
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
