// Counting prompts in the model's own tokens through vLLM's or llama.cpp's /tokenize, or through usage.

import { afterEach, describe, expect, it } from 'vitest';
import { RequestError } from '../../../src/errors.js';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { probeServerCounter, serverRoot, usageCounter } from '../../../src/tokenize/server-counter.js';
import type { ChatMessage } from '../../../src/types.js';
import { startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer } from '../../support/fake-openai-server.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One token per word, so counts are easy to check by eye. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const prompt: ChatMessage[] = [
  { role: 'system', content: 'Answer from the document only.' },
  { role: 'user', content: 'The harbour master of Bergen keeps a parrot named Kiwi. What is the parrot called?' },
];

/** What the fake's chat endpoint reports as usage.prompt_tokens. */
async function chatUsage(messages: ChatMessage[]): Promise<number> {
  const res = await fetch(`${server!.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'fake-model', messages }),
  });
  return ((await res.json()) as { usage: { prompt_tokens: number } }).usage.prompt_tokens;
}

describe('server token counter', () => {
  it('counts whole chat prompts with vLLM’s /tokenize and reads its context size', async () => {
    server = await startFakeServer({ tokenizeStyle: 'vllm', countTokens: words, contextTokens: 131_072 });
    const counter = await probeServerCounter({ baseUrl: server.url, model: 'fake-model' });
    expect(counter?.kind).toBe('vllm');
    expect(counter?.contextSize).toBe(131_072);
    expect(await counter!.countMessages(prompt)).toBe(await chatUsage(prompt));
    const sent = server.otherRequests.filter((r) => r.path === '/tokenize').at(-1)!;
    expect(sent.body).toEqual({ model: 'fake-model', messages: prompt });
  });

  it('counts like llama.cpp’s chat endpoint: content tokens plus the template measured once from usage', async () => {
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: words, contextTokens: 8192 });
    const counter = await probeServerCounter({ baseUrl: server.url, model: 'fake-model' });
    expect(counter?.kind).toBe('llamacpp');
    expect(counter?.contextSize).toBe(8192);
    expect(await counter!.countMessages(prompt)).toBe(await chatUsage(prompt));
    const longer: ChatMessage[] = [prompt[0]!, { role: 'user', content: `${prompt[1]!.content} And the cat?` }];
    expect(await counter!.countMessages(longer)).toBe(await chatUsage(longer));
    // One calibration chat for the system+user shape, whatever the number of counts.
    expect(server.requests.filter((r) => r.body.max_tokens === 1)).toHaveLength(1);
  });

  it('assumes a typical llama.cpp template when the server reports no usage', async () => {
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: words, usagePromptTokens: () => null });
    const counter = await probeServerCounter({ baseUrl: server.url, model: 'fake-model' });
    const content = words(prompt[0]!.content) + words(prompt[1]!.content);
    expect(await counter!.countMessages(prompt)).toBe(content + 1 + 2 * 5 + 3);
  });

  it('finds no counter on a server without /tokenize', async () => {
    server = await startFakeServer();
    expect(await probeServerCounter({ baseUrl: server.url, model: 'fake-model' })).toBeNull();
  });

  it('sends the API key and extra headers to the counting endpoints', async () => {
    server = await startFakeServer({ tokenizeStyle: 'vllm', apiKey: 'sk-test' });
    const counter = await probeServerCounter({ baseUrl: server.url, model: 'fake-model', apiKey: 'sk-test', headers: { 'x-team': 'qa' } });
    expect(counter?.kind).toBe('vllm');
    expect(server.otherRequests[0]!.headers['x-team']).toBe('qa');
  });

  it('strips /v1 to reach the server root', () => {
    expect(serverRoot('http://127.0.0.1:8000/v1/')).toBe('http://127.0.0.1:8000');
    expect(serverRoot('http://127.0.0.1:8000')).toBe('http://127.0.0.1:8000');
  });
});

describe('usage counter', () => {
  it('counts a prompt by sending it with a one-token answer and reading usage', async () => {
    server = await startFakeServer({ countTokens: words });
    const counter = usageCounter(createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }));
    expect(counter.kind).toBe('usage');
    expect(await counter.countMessages(prompt)).toBe(await chatUsage(prompt));
    expect(server.requests[0]!.body.max_tokens).toBe(1);
  });

  it('fails clearly when the server reports no usage', async () => {
    server = await startFakeServer({ usagePromptTokens: () => null });
    const counter = usageCounter(createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }));
    await expect(counter.countMessages(prompt)).rejects.toThrow(RequestError);
    await expect(counter.countMessages(prompt)).rejects.toThrow(/no usage\.prompt_tokens/);
  });
});
