// Failures arrive as the project's own errors: overflow, fatal endpoint problems, failed requests with the server's words.

import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextOverflowError, EndpointError, NeedleError, RequestError } from '../../../src/errors.js';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer, FakeServerOptions } from '../../support/fake-openai-server.js';
import { needlePrompt, recordingSleep } from './prompt-fixture.js';

const longPrompt = needlePrompt('A sentence of filler text. '.repeat(400), 'What is the code?');

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(options: FakeServerOptions = {}, apiKey?: string) {
  server = await startFakeServer(options);
  const clock = recordingSleep();
  const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', apiKey, sleep: clock.sleep });
  return { server, model, waits: clock.waits };
}

/** A port on 127.0.0.1 with nothing listening. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('openai-compatible errors', () => {
  for (const overflowStyle of ['openai', 'vllm', 'llamacpp'] as const) {
    it(`reports a prompt over the context as ContextOverflowError (${overflowStyle} style), without retrying`, async () => {
      const { server, model, waits } = await setup({ contextTokens: 1_000, overflowStyle });
      const error = await model.complete({ messages: longPrompt, maxOutputTokens: 50 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContextOverflowError);
      expect((error as ContextOverflowError).status).toBe(400);
      expect((error as Error).message).toMatch(/maximum context length is 1000 tokens|exceeds the available context size/);
      expect(server.requests).toHaveLength(1);
      expect(waits).toEqual([]);
    });
  }

  it('reads the server message of an old vLLM flat error body that the SDK reports as "no body"', async () => {
    const { model } = await setup();
    server!.script([{ status: 400, body: { object: 'error', message: 'best_of must be 1 when using greedy sampling', type: 'BadRequestError', code: 400 } }]);
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('HTTP 400: best_of must be 1 when using greedy sampling');
  });

  it('treats a 500 "context shift is disabled" as overflow and does not retry it', async () => {
    const { server, model, waits } = await setup();
    server.script([{ status: 500, body: { error: { code: 500, message: 'context shift is disabled', type: 'server_error' } } }]);
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContextOverflowError);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('fails with EndpointError and a key hint when the API key is wrong', async () => {
    const { model } = await setup({ apiKey: 'sk-right' }, 'sk-wrong');
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as EndpointError).status).toBe(401);
    expect((error as EndpointError).hint).toMatch(/OPENAI_API_KEY/);
  });

  it('sends the key as a bearer token and succeeds when it is right', async () => {
    const { model, server } = await setup({ apiKey: 'sk-right' }, 'sk-right');
    await expect(model.complete({ messages: longPrompt })).resolves.toMatchObject({ attempts: 1 });
    expect(server.requests[0].headers.authorization).toBe('<redacted>');
  });

  it('fails with EndpointError naming the model when the server does not know it', async () => {
    const { server, model } = await setup();
    server.script([{ status: 404, body: { error: { message: "The model 'fake-model' does not exist", type: 'invalid_request_error', code: 'model_not_found' } } }]);
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(/^model fake-model not found at http:\/\/127\.0\.0\.1:\d+\/v1/);
    expect((error as EndpointError).hint).toBe(`list models with GET ${server.url}/models`);
  });

  it('fails with EndpointError when the base URL lacks /v1 (the chat route is not found)', async () => {
    server = await startFakeServer();
    const model = createOpenAICompatibleModel({ baseUrl: server.url.replace(/\/v1$/, ''), model: 'fake-model' });
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as EndpointError).hint).toMatch(/must include \/v1/);
  });

  it('fails quickly with EndpointError "cannot reach" when nothing listens on the port', async () => {
    const port = await closedPort();
    const clock = recordingSleep();
    const model = createOpenAICompatibleModel({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm', sleep: clock.sleep });
    const started = performance.now();
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot reach http://127.0.0.1:${port}/v1`));
    expect((error as EndpointError).hint).toBe('is the server running? --base-url must include /v1');
    expect(clock.waits).toHaveLength(4);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reports a response without choices as RequestError "empty response"', async () => {
    const { server, model } = await setup();
    server.script([{ status: 200, body: { id: 'x', object: 'chat.completion', created: 0, model: 'fake-model', choices: [] } }]);
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as Error).message).toMatch(/^empty response/);
  });

  it('reports a body that is not JSON as RequestError, never as a raw SDK error', async () => {
    server = await startFakeServer();
    server.script([{ status: 502, body: '<html>Bad gateway</html>' }, { status: 502, body: '<html>Bad gateway</html>' }]);
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', maxRetries: 1, sleep: async () => {} });
    const error = await model.complete({ messages: longPrompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    // An HTML error page is reduced to its text: one readable line in the terminal and in results.jsonl.
    expect((error as Error).message).toBe('HTTP 502: Bad gateway');
    expect(error).toBeInstanceOf(NeedleError);
  });
});
