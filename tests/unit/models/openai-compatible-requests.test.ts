// What goes over the wire and what comes back: parameters, usage, request ids, fallbacks for refused parameters, probing.

import { afterEach, describe, expect, it } from 'vitest';
import { EndpointError } from '../../../src/errors.js';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer, FakeServerOptions } from '../../support/fake-openai-server.js';
import { fillerDocument, needlePrompt } from './prompt-fixture.js';

const NEEDLE = 'The best pizza in Turin is served at Luigi Corner.';
const messages = needlePrompt(fillerDocument(50, { text: NEEDLE, at: 20 }), 'Where is the best pizza in Turin served?');

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(options: FakeServerOptions = {}) {
  server = await startFakeServer({ needles: [{ text: NEEDLE, answer: 'Luigi Corner' }], ...options });
  const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', sleep: async () => {} });
  return { server, model };
}

describe('openai-compatible requests', () => {
  it('sends a non-streaming request with the messages, max_tokens and temperature', async () => {
    const { server, model } = await setup();
    await model.complete({ messages, maxOutputTokens: 64, temperature: 0 });
    const body = server.requests[0].body;
    expect(body).toMatchObject({ model: 'fake-model', messages, max_tokens: 64, temperature: 0 });
    expect(body.stream).not.toBe(true);
  });

  it('leaves max_tokens and temperature out when they are not set', async () => {
    const { server, model } = await setup();
    await model.complete({ messages });
    expect(Object.keys(server.requests[0].body)).not.toContain('max_tokens');
    expect(Object.keys(server.requests[0].body)).not.toContain('temperature');
  });

  it('returns the answer with usage, finish reason and the request id', async () => {
    const { model } = await setup();
    const result = await model.complete({ messages });
    expect(result.text).toBe('The answer is Luigi Corner.');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.promptTokens).toBeGreaterThan(100);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expect(result.usage.cachedTokens).toBeNull();
    expect(result.requestId).toMatch(/^req-fake-/);
    expect(result.attempts).toBe(1);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('returns null usage when the server reports none', async () => {
    const { model } = await setup({ usagePromptTokens: () => null });
    const result = await model.complete({ messages });
    expect(result.usage).toEqual({ promptTokens: null, completionTokens: null, cachedTokens: null });
  });

  it('reports the truncated prompt count of a server that silently cuts long prompts', async () => {
    const { model } = await setup({ contextTokens: 200, overflowStyle: 'truncate' });
    const result = await model.complete({ messages });
    expect(result.usage.promptTokens).toBe(200);
    expect(result.text).toBe('I could not find that in the document.');
  });

  it('reads cached tokens from prompt_tokens_details', async () => {
    const { server, model } = await setup();
    server.script([
      {
        status: 200,
        body: {
          id: 'c1', object: 'chat.completion', created: 0, model: 'fake-model',
          choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1000, completion_tokens: 1, total_tokens: 1001, prompt_tokens_details: { cached_tokens: 896 } },
        },
      },
    ]);
    expect((await model.complete({ messages })).usage.cachedTokens).toBe(896);
  });

  it('retries with max_completion_tokens when max_tokens is refused, and keeps using it', async () => {
    const { server, model } = await setup({ rejectParameters: ['max_tokens'] });
    const first = await model.complete({ messages, maxOutputTokens: 32 });
    expect(first.text).toBe('The answer is Luigi Corner.');
    expect(first.attempts).toBe(2);
    expect(server.requests[0].body.max_tokens).toBe(32);
    expect(server.requests[1].body).toMatchObject({ max_completion_tokens: 32 });
    expect(server.requests[1].body.max_tokens).toBeUndefined();
    const second = await model.complete({ messages, maxOutputTokens: 32 });
    expect(second.attempts).toBe(1);
    expect(server.requests[2].body.max_completion_tokens).toBe(32);
  });

  it('drops a refused temperature and keeps it dropped', async () => {
    const { server, model } = await setup({ rejectParameters: ['temperature'] });
    expect((await model.complete({ messages, temperature: 0 })).attempts).toBe(2);
    expect(server.requests[1].body.temperature).toBeUndefined();
    expect((await model.complete({ messages, temperature: 0 })).attempts).toBe(1);
  });

  it('sends configured extra headers', async () => {
    server = await startFakeServer();
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', headers: { 'x-team': 'evals' } });
    await model.complete({ messages });
    expect(server.requests[0].headers['x-team']).toBe('evals');
  });
});

describe('openai-compatible probe', () => {
  it('passes and lists the server models', async () => {
    const { server, model } = await setup({ model: 'served-name' });
    await model.probe();
    expect(model.listedModels).toEqual(['served-name']);
    expect(server.otherRequests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models']);
  });

  it('passes when the server has no /models route', async () => {
    const { model } = await setup({ listModels: false });
    await expect(model.probe()).resolves.toBeUndefined();
    expect(model.listedModels).toBeNull();
  });

  it('fails with EndpointError when the key is rejected', async () => {
    server = await startFakeServer({ apiKey: 'sk-right' });
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', apiKey: 'sk-wrong' });
    await expect(model.probe()).rejects.toBeInstanceOf(EndpointError);
  });

  it('fails with EndpointError after two quick tries when nothing listens', async () => {
    server = await startFakeServer();
    const url = server.url;
    await server.close();
    server = undefined;
    const waits: number[] = [];
    const model = createOpenAICompatibleModel({ baseUrl: url, model: 'm', sleep: async (ms) => void waits.push(ms) });
    const error = await model.probe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(/^cannot reach /);
    expect(waits).toHaveLength(1);
  });
});

describe('openai-compatible parameter fallbacks', () => {
  it('stops sending an output limit when the server refuses both max_tokens and max_completion_tokens', async () => {
    const { server, model } = await setup({ rejectParameters: ['max_tokens', 'max_completion_tokens'] });
    const result = await model.complete({ messages, maxOutputTokens: 16 });
    expect(result.attempts).toBe(3);
    const last = server.requests[2].body;
    expect([last.max_tokens, last.max_completion_tokens]).toEqual([undefined, undefined]);
  });
});
