// Token-counting routes of the fake: vLLM's and llama.cpp's POST /tokenize, llama.cpp's GET /props.

import type { ServerResponse } from 'node:http';
import type { ChatMessage } from '../../../src/types.js';
import type { FakeModel } from './chat.js';
import { send } from './http-utils.js';
import type { FakeServerOptions, RecordedRequest } from './types.js';

/** Answers /tokenize and /props in the configured style; false when the route is not one of them. */
export function handleTokenize(opts: FakeServerOptions, model: FakeModel, record: RecordedRequest, res: ServerResponse): boolean {
  const style = opts.tokenizeStyle ?? null;
  if (style === null) return false;
  const { method, path, body } = record;
  if (style === 'llamacpp' && method === 'GET' && path === '/props') {
    const n_ctx = opts.contextTokens ?? 4096;
    send(res, 200, { default_generation_settings: { n_ctx, params: {} }, total_slots: 1, chat_template: '{{ fake }}' });
    return true;
  }
  if (method !== 'POST' || path !== '/tokenize') return false;
  if (style === 'vllm') {
    const messages = body?.messages as ChatMessage[] | undefined;
    const prompt = typeof body?.prompt === 'string' ? body.prompt : null;
    if (!Array.isArray(messages) && prompt === null) {
      send(res, 400, { object: 'error', message: 'Either prompt or messages must be given', type: 'BadRequestError', code: 400 });
      return true;
    }
    const count = Array.isArray(messages) ? model.promptTokens(messages) : model.countText(prompt!);
    send(res, 200, { count, max_model_len: opts.contextTokens ?? 32_768, tokens: fakeTokens(count) });
    return true;
  }
  // llama.cpp ignores what it does not know and tokenizes `content` only (no BOS, no template).
  const content = typeof body?.content === 'string' ? body.content : null;
  send(res, 200, { tokens: content === null ? [] : fakeTokens(model.countText(content)) });
  return true;
}

function fakeTokens(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 1000 + (i % 50_000));
}
