// An OpenAI-compatible server on 127.0.0.1 for tests: really finds needles, overflows like real servers, injects faults.

import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultFaultBody } from './fake-server/bodies.js';
import { createBatchRoutes } from './fake-server/batch.js';
import { completionBody, createFakeModel } from './fake-server/chat.js';
import { isLoopback, parseJson, readBody, redact, send } from './fake-server/http-utils.js';
import { handleOllamaChat, handleOllamaInfo, isOllamaChat } from './fake-server/ollama.js';
import { createSlots } from './fake-server/llamacpp.js';
import { handleTokenize } from './fake-server/tokenize.js';
import type { Fault, FakeServer, FakeServerOptions, RecordedRequest } from './fake-server/types.js';

export { FAKE_NOT_FOUND, fakeAnswer } from './fake-server/chat.js';
export { FAKE_OLLAMA_VERSION } from './fake-server/ollama.js';
export { contextShiftKept, countLlamaTokens, renderChatTemplate } from './fake-server/llamacpp.js';
export type { Fault, FakePrompt, FakeServer, FakeServerOptions, RecordedRequest } from './fake-server/types.js';

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeServer(opts: FakeServerOptions = {}): Promise<FakeServer> {
  const model = opts.model ?? 'fake-model';
  const fake = createFakeModel(opts);
  const batch = createBatchRoutes(opts, fake);
  const requests: RecordedRequest[] = [];
  const otherRequests: RecordedRequest[] = [];
  const queue: Fault[] = [];
  const timers = new Set<NodeJS.Timeout>();
  // Real Ollama truncates silently on its OpenAI-compatible endpoint.
  const overflowStyle = opts.overflowStyle ?? (opts.ollama ? 'truncate' : 'openai');
  // llama.cpp's -np: each slot holds its share of the context, and requests beyond the slots wait for one.
  const slotCount = Math.max(1, opts.slots ?? 1);
  const slots = opts.slots ? createSlots(slotCount) : null;
  const contextPerSlot = opts.contextTokens === undefined ? undefined : Math.floor(opts.contextTokens / slotCount);
  let served = 0;

  const server = createServer((req, res) => {
    // Bound to 127.0.0.1 already; refuse anything else outright should that ever change.
    if (!isLoopback(req.socket.remoteAddress)) return void req.socket.destroy();
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { message: `fake server bug: ${String(error)}`, type: 'server_error' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    const method = req.method ?? 'GET';
    const isChat = method === 'POST' && path === '/v1/chat/completions';
    const isNativeChat = isOllamaChat(opts, method, path);
    const list = isChat ? requests : otherRequests;
    const record: RecordedRequest = {
      index: list.length,
      method,
      path,
      headers: redact(req.headers),
      body: parseJson(raw.toString('utf8')),
      timestamp: Date.now(),
    };
    list.push(record);
    const requestId = `req-fake-${++served}`;
    res.setHeader('x-request-id', requestId);

    if (opts.apiKey !== undefined && req.headers.authorization !== `Bearer ${opts.apiKey}`) {
      return send(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
    }
    if (method === 'GET' && path === '/v1/models' && opts.listModels !== false) {
      return send(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 0, owned_by: 'fake' }] });
    }
    if (!isChat && !isNativeChat) {
      const fault = opts.otherFault?.(record) ?? null;
      if (fault) return injectFault(req, res, fault);
    }
    if (handleTokenize(opts, fake, record, res)) return;
    if (handleOllamaInfo(opts, record, res)) return;
    if (await batch.handle(record, raw, req.headers['content-type'] ?? '', res)) return;
    if (!isChat && !isNativeChat) return send(res, 404, { error: { message: `Not found: ${method} ${path}`, type: 'not_found' } });

    const release = slots ? await slots.acquire() : null;
    res.on('close', () => release?.());
    if (opts.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (timers.delete(timer), resolve()), opts.delayMs);
        timers.add(timer);
        res.on('close', () => (clearTimeout(timer), timers.delete(timer), resolve()));
      });
      if (res.destroyed) return;
    }
    const fault = queue.shift() ?? opts.fault?.(record, record.index) ?? null;
    if (fault) return injectFault(req, res, fault);
    if (isNativeChat) return handleOllamaChat(opts, fake, record.body, res);

    const outcome = fake.respond(record.body, { tokens: contextPerSlot, style: overflowStyle });
    if (!outcome.ok) return send(res, outcome.status, outcome.body);
    send(res, 200, completionBody(outcome, record.body.model ?? model, requestId));
  }

  function injectFault(req: IncomingMessage, res: ServerResponse, fault: Fault): void {
    if ('drop' in fault) {
      req.socket.destroy();
      return;
    }
    if (fault.retryAfter !== undefined) res.setHeader('retry-after', String(fault.retryAfter));
    if (fault.retryAfterMs !== undefined) res.setHeader('retry-after-ms', String(fault.retryAfterMs));
    for (const [name, value] of Object.entries(fault.headers ?? {})) res.setHeader(name, value);
    send(res, fault.status, fault.body === undefined ? defaultFaultBody(fault.status) : fault.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    otherRequests,
    script(faults: Fault[]): void {
      queue.push(...faults);
    },
    close(): Promise<void> {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
