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

  it('counts llama.cpp prompts exactly: the templated prompt from /apply-template, tokenized with BOS and special tokens', async () => {
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: words, contextTokens: 8192, slots: 2 });
    const counter = await probeServerCounter({ baseUrl: server.url, model: 'fake-model' });
    expect(counter).toMatchObject({ kind: 'llamacpp', exact: true, how: 'llama.cpp /apply-template + /tokenize' });
    // Per slot: -c 8192 with two slots.
    expect(counter?.contextSize).toBe(4096);
    for (const messages of [prompt, [prompt[0]!, { role: 'user' as const, content: `${prompt[1]!.content} And the cat?` }]]) {
      expect(await counter!.countMessages(messages)).toBe(await chatUsage(messages));
    }
    // No chat request is spent on counting.
    expect(server.requests).toHaveLength(2);
    const tokenize = server.otherRequests.filter((r) => r.path === '/tokenize').at(-1)!;
    expect(tokenize.body).toMatchObject({ add_special: true });
  });

  it('is exact where content counts plus a calibrated template are not (the template is tokenized with the content)', async () => {
    // A tokenizer that counts characters: "user\n" + content is not "user\n" + "content" counted apart.
    const chars = (text: string) => Math.ceil(text.length / 4);
    const older = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: chars, applyTemplate: false });
    const estimate = await probeServerCounter({ baseUrl: older.url, model: 'fake-model' });
    try {
      expect(estimate).toMatchObject({ kind: 'llamacpp', exact: false });
      server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: chars });
      const counter = await probeServerCounter({ baseUrl: server.url, model: 'fake-model' });
      const misses: number[] = [];
      for (let n = 0; n < 8; n++) {
        const messages = [prompt[0]!, { role: 'user' as const, content: `${prompt[1]!.content}${' and more'.repeat(n)}` }];
        const usage = await chatUsage(messages);
        expect(await counter!.countMessages(messages)).toBe(usage);
        misses.push((await estimate!.countMessages(messages)) - usage);
      }
      // The formula misses for some prompts (the test that it is exact could not fail otherwise).
      expect(misses.some((m) => m !== 0)).toBe(true);
    } finally {
      await older.close();
    }
  });

  it('falls back on content counts plus a template share on builds without /apply-template, without a chat in a dry run', async () => {
    server = await startFakeServer({ tokenizeStyle: 'llamacpp', countTokens: words, applyTemplate: false });
    const counter = await probeServerCounter({ baseUrl: server.url, model: 'fake-model', allowChat: false });
    const content = words(prompt[0]!.content) + words(prompt[1]!.content);
    expect(await counter!.countMessages(prompt)).toBe(content + 1 + 2 * 5 + 3);
    expect(server.requests).toHaveLength(0);
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
