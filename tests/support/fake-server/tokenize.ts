// Token-counting routes of the fake: vLLM's POST /tokenize; llama.cpp's POST /tokenize, POST /apply-template and GET /props.

import type { ServerResponse } from 'node:http';
import type { ChatMessage } from '../../../src/types.js';
import type { FakeModel } from './chat.js';
import { send } from './http-utils.js';
import { renderChatTemplate } from './llamacpp.js';
import type { FakeServerOptions, RecordedRequest } from './types.js';

/** Answers /tokenize, /apply-template and /props in the configured style; false when the route is not one of them. */
export function handleTokenize(opts: FakeServerOptions, model: FakeModel, record: RecordedRequest, res: ServerResponse): boolean {
  const style = opts.tokenizeStyle ?? null;
  if (style === null) return false;
  const { method, path, body } = record;
  if (style === 'llamacpp' && method === 'GET' && path === '/props') {
    // Each slot holds its share of -c; /props reports the share (as llama.cpp does) and the number of slots.
    const slots = Math.max(1, opts.slots ?? 1);
    const n_ctx = Math.floor((opts.contextTokens ?? 4096) / slots);
    send(res, 200, {
      default_generation_settings: { n_ctx, params: { n_predict: -1 } },
      total_slots: slots,
      model_path: opts.modelPath ?? `/models/${opts.model ?? 'fake-model'}.gguf`,
      chat_template: '{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}<|im_start|>assistant\n',
      build_info: 'b4739-fake',
    });
    return true;
  }
  if (style === 'llamacpp' && method === 'POST' && path === '/apply-template' && opts.applyTemplate !== false) {
    const messages = body?.messages as ChatMessage[] | undefined;
    if (!Array.isArray(messages)) {
      send(res, 500, { error: { code: 500, message: "[json.exception.out_of_range.403] key 'messages' not found", type: 'server_error' } });
      return true;
    }
    send(res, 200, { prompt: renderChatTemplate(messages) });
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
  // llama.cpp tokenizes `content` only: BOS only with add_special, special tokens parsed unless parse_special is false.
  const content = typeof body?.content === 'string' ? body.content : null;
  const count = content === null ? 0 : model.countLlama(content, { addSpecial: body?.add_special === true, parseSpecial: body?.parse_special !== false });
  send(res, 200, { tokens: fakeTokens(count) });
  return true;
}

function fakeTokens(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 1000 + (i % 50_000));
}
