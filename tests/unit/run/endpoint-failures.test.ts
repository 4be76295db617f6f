// A sweep whose requests all fail ends with the endpoint error (exit 3) and says why, instead of exiting 0.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defineSweep, type SweepOptions } from '../../../src/config/sweep-options.js';
import { EndpointError, EXIT, exitCodeFor } from '../../../src/errors.js';
import { readResults } from '../../../src/run/results-store.js';
import { runSweep } from '../../../src/run/run-sweep.js';
import { startFakeServer, type FakeServer } from '../../support/fake-openai-server.js';

const work = mkdtempSync(join(tmpdir(), 'needle-failures-'));
let fake: FakeServer | undefined;
let plain: Server | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await new Promise<void>((resolve) => (plain ? plain.close(() => resolve()) : resolve()));
  plain = undefined;
});

/** 30 trials against `baseUrl`, no retries (each failure is final at once), two in flight. */
const sweep = (baseUrl: string, name: string, extra: Partial<SweepOptions> = {}) =>
  defineSweep({ lengths: [1000, 2000], depths: [0, 25, 50, 75, 100], repeats: 3, seed: 2, model: 'fake-model', baseUrl, cache: false, maxRetries: 0, concurrency: 2, out: join(work, name), ...extra });

/** A server answering every request with `status`, `type` and `body`, like a static file server; `hits` counts POSTs (prompts). */
async function plainServer(reply: (method: string) => [number, string, string]): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  plain = createServer((req, res) => {
    if (req.method === 'POST') hits++;
    req.resume();
    req.on('end', () => {
      const [status, type, body] = reply(req.method ?? 'GET');
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => plain!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(plain.address() as AddressInfo).port}/v1`, hits: () => hits };
}

async function failure(options: SweepOptions): Promise<EndpointError> {
  const error = await runSweep(options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EndpointError);
  expect(exitCodeFor(error)).toBe(EXIT.endpoint);
  return error as EndpointError;
}

describe('a sweep that no request survives', () => {
  it('stops after the first few trials of a server that always answers 500, naming the reason', async () => {
    fake = await startFakeServer({ fault: () => ({ status: 500 }) });
    const error = await failure(sweep(fake.url, 'always-500'));
    expect(error.message).toMatch(/stopped after the first \d+ trials, which all failed with no answer: \d+ × HTTP 500: The server had an error/);
    expect(error.hint).toMatch(/--retry-errors/);
    // Not 30 trials' worth of requests: the sweep stopped once it was clear nothing gets answered.
    expect(fake.requests.length).toBeLessThanOrEqual(7);
    const records = readResults(join(work, 'always-500'));
    expect(records.length).toBeGreaterThanOrEqual(5);
    expect(records.every((r) => r.status === 'error')).toBe(true);
  });

  it('exits 3 at the first prompt of a static file server (HTML 404 and 501 pages)', async () => {
    const server = await plainServer((method) =>
      method === 'GET'
        ? [404, 'text/html', '<!DOCTYPE HTML><html><head><title>Error response</title></head><body><h1>Error response</h1><p>Error code: 404</p><p>Message: File not found.</p></body></html>']
        : [501, 'text/html', '<!DOCTYPE HTML><html><head><title>Error response</title></head><body><h1>Error response</h1><p>Error code: 501</p><p>Message: Unsupported method (&#x27;POST&#x27;).</p></body></html>'],
    );
    const error = await failure(sweep(server.url, 'static'));
    expect(error.message).toMatch(/HTTP 501 for POST .*\/chat\/completions: .*Unsupported method.*: not an OpenAI-compatible endpoint/);
    expect(error.message).not.toMatch(/<html|<p>/);
    expect(server.hits()).toBeLessThanOrEqual(2);
  });

  it('exits 3 when the chat endpoint serves a web page with 200', async () => {
    const server = await plainServer(() => [200, 'text/html', '<html><head><title>Welcome to nginx!</title></head><body>hi</body></html>']);
    const error = await failure(sweep(server.url, 'html-200'));
    expect(error.message).toMatch(/answered with an HTML page \("Welcome to nginx!"\), not a JSON chat completion/);
  });

  it('stops on answers that are not valid JSON, saying so', async () => {
    const server = await plainServer((method) => (method === 'GET' ? [200, 'application/json', '{"data": []}'] : [200, 'application/json', '{"choices": [']));
    const error = await failure(sweep(server.url, 'broken-json'));
    expect(error.message).toMatch(/× the server's answer is not valid JSON/);
    expect(server.hits()).toBeLessThan(12);
  });

  it('stops when every request hangs past --timeout', async () => {
    fake = await startFakeServer({ delayMs: 2_000 });
    const error = await failure(sweep(fake.url, 'hangs', { timeoutMs: 150 }));
    expect(error.message).toMatch(/× no response within 0 s|× no response within/);
  });

  it('ends a short sweep whose every trial failed with exit 3 too', async () => {
    fake = await startFakeServer({ fault: () => ({ status: 503, body: { error: { message: 'model is loading', type: 'server_error' } } }) });
    const error = await failure(sweep(fake.url, 'short', { lengths: [1000], depths: [50], repeats: 1 }));
    expect(error.message).toMatch(/every request failed \(1 of 1 trials\): 1 × HTTP 503: model is loading/);
  });

  it('goes on when only long prompts fail (a server out of memory), even when many of them fail first', async () => {
    // Short prompts take a while, long ones fail at once: the first several trials to finish are all failures.
    fake = await startFakeServer({
      delayMs: 5,
      fault: (req) => (String(req.body?.messages?.[1]?.content).length > 5_000 ? { status: 500, body: { error: { message: 'CUDA out of memory', type: 'server_error' } } } : null),
    });
    const result = await runSweep(sweep(fake.url, 'some-fail', { concurrency: 8 }));
    expect(result.summary.error).toBe(15);
    expect(result.summary.ok).toBe(15);
  });

  it('exits 3, not 2, when the server’s /tokenize fails while planning', async () => {
    fake = await startFakeServer({ tokenizeStyle: 'llamacpp', otherFault: (req) => (req.path === '/tokenize' && req.body?.add_special ? { status: 503, body: { error: { message: 'Loading model', type: 'unavailable_error' } } } : null) });
    const error = await failure(sweep(fake.url, 'tokenize-503', { tokenizer: 'server' }));
    expect(error.message).toMatch(/counting prompts on the server failed while planning \(llama\.cpp \/apply-template \+ \/tokenize\): POST .*\/tokenize: HTTP 503/);
    expect(fake.requests).toHaveLength(0);
  });
});
