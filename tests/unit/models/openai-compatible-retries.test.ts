// Transient failures are retried with capped, counted waits; persistent ones end as RequestError with the status.

import { afterEach, describe, expect, it } from 'vitest';
import { RequestError } from '../../../src/errors.js';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer, FakeServerOptions } from '../../support/fake-openai-server.js';
import { needlePrompt, recordingSleep } from './prompt-fixture.js';

const NEEDLE = 'The vault in Oslo opens with the word marigold.';
const messages = needlePrompt(`Filler text here.\n\n${NEEDLE}\n\nMore filler text.`, 'What word opens the vault in Oslo?');

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(options: FakeServerOptions = {}, maxRetries?: number) {
  server = await startFakeServer({ needles: [{ text: NEEDLE, answer: 'marigold' }], ...options });
  const clock = recordingSleep();
  const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', sleep: clock.sleep, random: () => 0.5, maxRetries });
  return { server, model, waits: clock.waits };
}

describe('openai-compatible retries', () => {
  it('waits as long as Retry-After asks after a 429, then succeeds on the second attempt', async () => {
    const { server, model, waits } = await setup();
    server.script([{ status: 429, retryAfter: 7 }]);
    const result = await model.complete({ messages });
    expect(result.text).toBe('The answer is marigold.');
    expect(result.attempts).toBe(2);
    expect(waits).toEqual([7_000]);
    expect(server.requests).toHaveLength(2);
  });

  it('honours retry-after-ms over Retry-After', async () => {
    const { server, model, waits } = await setup();
    server.script([{ status: 429, retryAfter: 9, retryAfterMs: 1_250 }]);
    await model.complete({ messages });
    expect(waits).toEqual([1_250]);
  });

  it('caps a long Retry-After at maxRetryDelayMs', async () => {
    server = await startFakeServer();
    const clock = recordingSleep();
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', sleep: clock.sleep, maxRetryDelayMs: 5_000 });
    server.script([{ status: 429, retryAfter: 3_600 }]);
    await model.complete({ messages });
    expect(clock.waits).toEqual([5_000]);
  });

  it('retries two 500s with growing backoff, then succeeds', async () => {
    const { server, model, waits } = await setup();
    server.script([{ status: 500 }, { status: 500 }]);
    const result = await model.complete({ messages });
    expect(result.attempts).toBe(3);
    expect(result.text).toBe('The answer is marigold.');
    // Full jitter with random() = 0.5: half of 500 ms, then half of 1000 ms.
    expect(waits).toEqual([250, 500]);
  });

  it('retries 502 and 503 like 500', async () => {
    const { server, model } = await setup();
    server.script([{ status: 502 }, { status: 503 }]);
    expect((await model.complete({ messages })).attempts).toBe(3);
  });

  it('retries a dropped connection, then succeeds', async () => {
    const { server, model, waits } = await setup();
    server.script([{ drop: true }]);
    const result = await model.complete({ messages });
    expect(result.attempts).toBe(2);
    expect(result.text).toBe('The answer is marigold.');
    expect(waits).toHaveLength(1);
  });

  it('gives up after maxRetries with a RequestError carrying the status', async () => {
    const { server, model, waits } = await setup({}, 2);
    server.script([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    const error = await model.complete({ messages }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).status).toBe(503);
    expect((error as RequestError).message).toMatch(/^HTTP 503: /);
    expect(server.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('does not retry a client error such as 400', async () => {
    const { server, model, waits } = await setup();
    server.script([{ status: 400, body: { error: { message: 'messages[1].content is malformed', type: 'invalid_request_error' } } }]);
    const error = await model.complete({ messages }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).message).toBe('HTTP 400: messages[1].content is malformed');
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('gives up on a connection that keeps dropping with a RequestError', async () => {
    const { server, model } = await setup({ fault: () => ({ drop: true }) }, 1);
    const error = await model.complete({ messages }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as Error).message).toMatch(/connection failed/);
    expect(server.requests).toHaveLength(2);
  });

  it('times out a request that takes longer than timeoutMs and reports it', async () => {
    server = await startFakeServer({ delayMs: 2_000 });
    const clock = recordingSleep();
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model', sleep: clock.sleep, timeoutMs: 100, maxRetries: 1 });
    const error = await model.complete({ messages }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as Error).message).toMatch(/no response within/);
    expect(server.requests).toHaveLength(2);
  });

  it('stops retrying when the caller aborts', async () => {
    server = await startFakeServer({ fault: () => ({ status: 500 }) });
    const controller = new AbortController();
    const model = createOpenAICompatibleModel({
      baseUrl: server.url,
      model: 'fake-model',
      sleep: async () => controller.abort(),
    });
    const error = await model.complete({ messages, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as Error).message).toBe('request aborted');
    expect(server.requests).toHaveLength(1);
  });
});
