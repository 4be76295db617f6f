// Ollama's native chat: the context size set per request, so long prompts are not silently cut.

import { afterEach, describe, expect, it } from 'vitest';
import { ContextOverflowError, EndpointError, RequestError } from '../../../src/errors.js';
import { createOllamaNativeModel, detectOllama } from '../../../src/models/ollama-native.js';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { runSweep } from '../../../src/run/run-sweep.js';
import { FAKE_NOT_FOUND, startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer } from '../../support/fake-openai-server.js';
import { fillerDocument, needlePrompt, recordingSleep } from './prompt-fixture.js';

const NEEDLE = 'The harbour master of Bergen keeps a parrot named Kiwi.';
const needles = [{ text: NEEDLE, answer: 'Kiwi' }];

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A prompt of about 2,000 fake tokens with the needle near its start. */
const longPrompt = () => needlePrompt(fillerDocument(200, { text: NEEDLE, at: 2 }), 'What is the parrot called?');

describe('Ollama native model', () => {
  it('recognizes an Ollama server, and nothing else', async () => {
    server = await startFakeServer({ ollama: true });
    expect(await detectOllama(server.url)).toBe(true);
    await server.close();
    server = await startFakeServer();
    expect(await detectOllama(server.url)).toBe(false);
    const closed = server.url;
    await server.close();
    server = undefined;
    expect(await detectOllama(closed)).toBe(false);
  });

  it('finds a needle the OpenAI-compatible endpoint would have cut off, by setting num_ctx per request', async () => {
    server = await startFakeServer({ ollama: true, contextTokens: 512, needles });
    const viaOpenAI = await createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' }).complete({ messages: longPrompt() });
    expect(viaOpenAI.text).toBe(FAKE_NOT_FOUND);
    expect(viaOpenAI.usage.promptTokens).toBe(512);

    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'fake-model', numCtx: () => 8192 });
    const result = await model.complete({ messages: longPrompt(), temperature: 0, maxOutputTokens: 64 });
    expect(result.text).toBe('The answer is Kiwi.');
    expect(result.usage.promptTokens).toBeGreaterThan(512);
    expect(result.finishReason).toBe('stop');
    const sent = server.otherRequests.find((r) => r.path === '/api/chat')!;
    expect(sent.body).toMatchObject({ model: 'fake-model', stream: false, options: { num_ctx: 8192, temperature: 0, num_predict: 64 } });
  });

  it('asks for the context size the callback computes from each prompt', async () => {
    server = await startFakeServer({ ollama: true });
    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'fake-model', numCtx: (messages) => messages[1]!.content.length + 0.5 });
    await model.complete({ messages: needlePrompt('Short.', 'Q?') });
    const sent = server.otherRequests.find((r) => r.path === '/api/chat')!;
    expect(sent.body.options.num_ctx).toBe(needlePrompt('Short.', 'Q?')[1]!.content.length + 1);
  });

  it('reports the truncated count when num_ctx is too small, so the runner can tell', async () => {
    server = await startFakeServer({ ollama: true, needles });
    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'fake-model', numCtx: () => 300 });
    const result = await model.complete({ messages: longPrompt() });
    expect(result.usage.promptTokens).toBe(300);
    expect(result.text).toBe(FAKE_NOT_FOUND);
  });

  it('retries a busy server, then answers', async () => {
    server = await startFakeServer({ ollama: true });
    server.script([{ status: 503, body: { error: 'server busy' } }]);
    const { waits, sleep } = recordingSleep();
    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'fake-model', numCtx: () => 4096, sleep, random: () => 0.5 });
    const result = await model.complete({ messages: needlePrompt('Fine.', 'Q?') });
    expect(result.attempts).toBe(2);
    expect(waits).toHaveLength(1);
  });

  it('stops the sweep when the model is not pulled', async () => {
    server = await startFakeServer({ ollama: true });
    server.script([{ status: 404, body: { error: 'model "nope" not found, try pulling it first' } }]);
    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'nope', numCtx: () => 4096 });
    const error = await model.complete({ messages: needlePrompt('Fine.', 'Q?') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(/not found/);
  });

  it('fails one trial on a bad request without retrying', async () => {
    server = await startFakeServer({ ollama: true });
    server.script([{ status: 400, body: { error: 'invalid options' } }]);
    const { waits, sleep } = recordingSleep();
    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'fake-model', numCtx: () => 4096, sleep });
    const error = await model.complete({ messages: needlePrompt('Fine.', 'Q?') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).not.toBeInstanceOf(ContextOverflowError);
    expect(waits).toEqual([]);
  });

  it('probes the version and lists the pulled models', async () => {
    server = await startFakeServer({ ollama: true, model: 'llama3' });
    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'llama3', numCtx: () => 4096 });
    await model.probe();
    expect(model.listedModels).toEqual(['llama3:latest', 'llama3']);
  });

  it('refuses to probe a server that is not Ollama, or is not there', async () => {
    server = await startFakeServer();
    await expect(createOllamaNativeModel({ baseUrl: server.url, model: 'm', numCtx: () => 1 }).probe()).rejects.toThrow(/not an Ollama server/);
    const url = server.url;
    await server.close();
    server = undefined;
    await expect(createOllamaNativeModel({ baseUrl: url, model: 'm', numCtx: () => 1 }).probe()).rejects.toBeInstanceOf(EndpointError);
  });

  it('stops waiting out a Retry-After when the sweep is interrupted (Ctrl-C)', async () => {
    server = await startFakeServer({ ollama: true });
    server.script([{ status: 503, body: { error: 'server busy' }, retryAfter: 60 }]);
    const model = createOllamaNativeModel({ baseUrl: server.url, model: 'fake-model', numCtx: () => 4096 });
    const controller = new AbortController();
    const pending = model.complete({ messages: needlePrompt('Fine.', 'Q?'), signal: controller.signal });
    while (!server.otherRequests.some((r) => r.path === '/api/chat')) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toThrow(/aborted/);
    // Nothing was sent after the interruption.
    expect(server.otherRequests.filter((r) => r.path === '/api/chat')).toHaveLength(1);
  }, 15_000);

  it('reads only the counts Ollama reports: no cached-token count (Ollama sends none)', async () => {
    const reply = { model: 'm', message: { role: 'assistant', content: 'Kiwi.' }, done: true, done_reason: 'stop', prompt_eval_count: 1200, eval_count: 3, prompt_eval_cached_count: 900 };
    const fetchImpl = (async () => new Response(JSON.stringify(reply), { status: 200 })) as typeof fetch;
    const model = createOllamaNativeModel({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', numCtx: () => 4096, fetch: fetchImpl });
    const result = await model.complete({ messages: needlePrompt('Fine.', 'Q?') });
    expect(result.usage).toEqual({ promptTokens: 1200, completionTokens: 3, cachedTokens: null });
  });

  it('is recorded in run.json as Ollama, not as an OpenAI-compatible endpoint', async () => {
    server = await startFakeServer({ ollama: true, needles });
    const out = join(mkdtempSync(join(tmpdir(), 'needle-ollama-')), 'run');
    const result = await runSweep(defineSweep({ lengths: [1000], depths: [50], repeats: 1, model: 'fake-model', baseUrl: server.url, cache: false, out, seed: 3 }));
    expect(result.manifest.model).toMatchObject({ id: 'fake-model', kind: 'ollama' });
    expect(result.records).toHaveLength(1);
  });
});
