// Ollama's native routes on the fake: GET /api/version, GET /api/tags, POST /api/chat with options.num_ctx honoured.

import type { ServerResponse } from 'node:http';
import type { FakeModel } from './chat.js';
import { send } from './http-utils.js';
import type { FakeServerOptions, RecordedRequest } from './types.js';

/** The version the fake claims. */
export const FAKE_OLLAMA_VERSION = '0.9.0';

/** Serves version and tags; chat goes through `handleOllamaChat` (after fault injection). */
export function handleOllamaInfo(opts: FakeServerOptions, record: RecordedRequest, res: ServerResponse): boolean {
  if (!opts.ollama || record.method !== 'GET') return false;
  if (record.path === '/api/version') {
    send(res, 200, { version: FAKE_OLLAMA_VERSION });
    return true;
  }
  if (record.path === '/api/tags') {
    const name = opts.model ?? 'fake-model';
    send(res, 200, { models: [{ name: name.includes(':') ? name : `${name}:latest`, model: name, size: 1 }] });
    return true;
  }
  return false;
}

/** True for the native chat route. */
export function isOllamaChat(opts: FakeServerOptions, method: string, path: string): boolean {
  return opts.ollama === true && method === 'POST' && path === '/api/chat';
}

/** Answers a native chat: truncation only where `options.num_ctx` (else the server's context) is below the prompt. */
export function handleOllamaChat(opts: FakeServerOptions, model: FakeModel, body: any, res: ServerResponse): void {
  if (!body || typeof body.model !== 'string') return send(res, 400, { error: 'model is required' });
  if (body.stream !== false) return send(res, 400, { error: 'the fake serves stream:false only' });
  const numCtx = typeof body.options?.num_ctx === 'number' ? body.options.num_ctx : opts.contextTokens;
  // Ollama takes options, not OpenAI parameters; temperature/num_predict cannot be refused here.
  const outcome = model.respond({ messages: body.messages }, { tokens: numCtx, style: 'truncate' });
  if (!outcome.ok) return send(res, outcome.status, { error: errorMessage(outcome.body) });
  const limit = typeof body.options?.num_predict === 'number' && body.options.num_predict >= 0 ? body.options.num_predict : Infinity;
  const evalCount = Math.min(outcome.completionTokens, limit);
  const content = outcome.text ?? '';
  const text = evalCount < outcome.completionTokens ? content.slice(0, evalCount * 4) : content;
  send(res, 200, {
    model: body.model,
    created_at: new Date().toISOString(),
    message: { role: 'assistant', content: text },
    done_reason: evalCount < outcome.completionTokens ? 'length' : 'stop',
    done: true,
    total_duration: 1_000_000,
    prompt_eval_count: outcome.promptTokens ?? 0,
    eval_count: evalCount,
  });
}

function errorMessage(body: unknown): string {
  const b = body as { error?: { message?: string }; message?: string };
  return b?.error?.message ?? b?.message ?? 'bad request';
}
