// An OpenAI-compatible server on 127.0.0.1 for tests: really finds needles, overflows like real servers, injects faults.

import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findBestSentence } from '../../src/models/lexical-retriever.js';
import { parsePrompt } from '../../src/models/parse-prompt.js';
import type { ChatMessage } from '../../src/types.js';

/**
 * A failure to inject instead of answering: an HTTP error, or a connection closed without a response.
 * A `status: 200` fault with a body serves that body as a canned response (e.g. a completion without choices).
 */
export type Fault =
  | {
      status: number;
      /** Response body; a typical one for the status when absent. */
      body?: unknown;
      /** `Retry-After` header, in seconds (or an HTTP date string). */
      retryAfter?: number | string;
      /** `retry-after-ms` header. */
      retryAfterMs?: number;
      headers?: Record<string, string>;
    }
  | { drop: true };

/** What the `answer` option receives. */
export interface FakePrompt {
  messages: ChatMessage[];
  /** The document as the model "sees" it (only its end when the `truncate` overflow style cut the prompt). */
  document: string;
  question: string;
}

/** One request as received; the authorization header's value is replaced by `<redacted>`. */
export interface RecordedRequest {
  /** 0-based position among requests of the same list. */
  index: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or null. */
  body: any;
  /** Date.now() at arrival. */
  timestamp: number;
}

/** How the fake behaves. Every option is optional: by default it answers every prompt from its document. */
export interface FakeServerOptions {
  /** Model id listed by GET /v1/models. @default 'fake-model' */
  model?: string;
  /** When a needle's text appears in the document: "The answer is <answer>."; else "I could not find that in the document." */
  needles?: Array<{ text: string; answer: string }>;
  /** Custom answer; wins over `needles`. Default without needles: the document sentence that best matches the question. */
  answer?: (prompt: FakePrompt) => string;
  /** Context size in tokens; larger prompts overflow in `overflowStyle`. @default unlimited */
  contextTokens?: number;
  /** Prompt token counter over all message contents joined by newlines. @default Math.ceil(chars / 4) */
  countTokens?: (text: string) => number;
  /** How an overflow looks: OpenAI, vLLM's flat body, llama.cpp, or silent truncation (Ollama, llama.cpp context shift). @default 'openai' */
  overflowStyle?: 'openai' | 'vllm' | 'llamacpp' | 'truncate';
  /** Required bearer key; any other gets 401. @default none required */
  apiKey?: string;
  /** Wait before answering each chat request. @unit ms */
  delayMs?: number;
  /** `usage.prompt_tokens` to report; null omits `usage`. @default our estimate (capped at the context when truncating) */
  usagePromptTokens?: (messages: ChatMessage[]) => number | null;
  /** Per-request fault by content or position (consulted after the scripted faults run out). */
  fault?: (req: RecordedRequest, index: number) => Fault | null;
  /** Parameters rejected like a reasoning model does (400 unsupported_parameter / unsupported_value). */
  rejectParameters?: Array<'max_tokens' | 'max_completion_tokens' | 'temperature'>;
  /** Serve GET /v1/models (false: 404, as some servers do). @default true */
  listModels?: boolean;
}

/** A running fake server. */
export interface FakeServer {
  /** Base URL including /v1, e.g. `http://127.0.0.1:41234/v1`. */
  url: string;
  /** POST /v1/chat/completions requests, in arrival order. */
  requests: RecordedRequest[];
  /** Every other request (GET /v1/models, unknown paths). */
  otherRequests: RecordedRequest[];
  /** Queues faults, consumed one per chat request in order. */
  script(faults: Fault[]): void;
  close(): Promise<void>;
}

/** Reply when a needle is found. */
export const fakeAnswer = (answer: string): string => `The answer is ${answer}.`;
/** Reply when no needle is found. */
export const FAKE_NOT_FOUND = 'I could not find that in the document.';

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeServer(opts: FakeServerOptions = {}): Promise<FakeServer> {
  const model = opts.model ?? 'fake-model';
  const requests: RecordedRequest[] = [];
  const otherRequests: RecordedRequest[] = [];
  const queue: Fault[] = [];
  const timers = new Set<NodeJS.Timeout>();
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
    const path = (req.url ?? '/').split('?')[0];
    const isChat = req.method === 'POST' && path === '/v1/chat/completions';
    const list = isChat ? requests : otherRequests;
    const record: RecordedRequest = {
      index: list.length,
      method: req.method ?? 'GET',
      path,
      headers: redact(req.headers),
      body: parseJson(raw),
      timestamp: Date.now(),
    };
    list.push(record);
    const requestId = `req-fake-${++served}`;
    res.setHeader('x-request-id', requestId);

    if (opts.apiKey !== undefined && req.headers.authorization !== `Bearer ${opts.apiKey}`) {
      return send(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
    }
    if (req.method === 'GET' && path === '/v1/models' && opts.listModels !== false) {
      return send(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 0, owned_by: 'fake' }] });
    }
    if (!isChat) return send(res, 404, { error: { message: `Not found: ${req.method} ${path}`, type: 'not_found' } });

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
    if (!record.body || !Array.isArray(record.body.messages)) {
      return send(res, 400, { error: { message: 'messages is required', type: 'invalid_request_error' } });
    }
    const rejected = (opts.rejectParameters ?? []).find((p) => record.body[p] !== undefined);
    if (rejected) return send(res, 400, rejectionBody(rejected));
    return answerChat(res, record.body, requestId);
  }

  function answerChat(res: ServerResponse, body: any, requestId: string): void {
    const messages = body.messages as ChatMessage[];
    const full = messages.map((m) => String(m.content)).join('\n');
    const promptTokens = opts.countTokens ? opts.countTokens(full) : Math.ceil(full.length / 4);
    const limit = opts.contextTokens;
    const style = opts.overflowStyle ?? 'openai';
    const overflow = limit !== undefined && promptTokens > limit;
    if (overflow && style !== 'truncate') return send(res, 400, overflowBody(style, limit, promptTokens, body.max_tokens ?? body.max_completion_tokens));

    const parsed = parsePrompt(messages);
    let document = parsed.document;
    let visible = full;
    if (overflow && style === 'truncate') {
      // Context shift keeps the end of the prompt: the start of the document (and the instructions) are gone.
      const cut = full.length - limit * 4;
      visible = full.slice(Math.max(0, cut));
      const docStart = full.indexOf(document);
      document = document.slice(Math.max(0, Math.min(document.length, cut - docStart)));
    }
    const text = reply({ messages, document, question: parsed.question }, visible);
    const reported = opts.usagePromptTokens ? opts.usagePromptTokens(messages) : overflow ? limit : promptTokens;
    const completionTokens = Math.ceil(text.length / 4);
    send(res, 200, {
      id: `chatcmpl-${requestId}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop', logprobs: null }],
      ...(reported === null || reported === undefined
        ? {}
        : { usage: { prompt_tokens: reported, completion_tokens: completionTokens, total_tokens: reported + completionTokens } }),
    });
  }

  function reply(prompt: FakePrompt, visible: string): string {
    if (opts.answer) return opts.answer(prompt);
    if (opts.needles) {
      const hit = opts.needles.find((n) => visible.includes(n.text) && prompt.document.includes(n.text));
      return hit ? fakeAnswer(hit.answer) : FAKE_NOT_FOUND;
    }
    return findBestSentence(prompt.document, prompt.question).sentence ?? FAKE_NOT_FOUND;
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
    server.listen(0, '127.0.0.1', () => resolve());
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

function overflowBody(style: 'openai' | 'vllm' | 'llamacpp', limit: number, prompt: number, maxTokens: unknown): unknown {
  const completion = typeof maxTokens === 'number' ? maxTokens : 0;
  if (style === 'vllm') {
    return {
      object: 'error',
      message:
        `This model's maximum context length is ${limit} tokens. However, you requested ${prompt + completion} tokens ` +
        `(${prompt} in the messages, ${completion} in the completion). Please reduce the length of the messages or completion.`,
      type: 'BadRequestError',
      param: null,
      code: 400,
    };
  }
  if (style === 'llamacpp') {
    return {
      error: {
        code: 400,
        message: 'the request exceeds the available context size, try increasing it',
        type: 'exceed_context_size_error',
        n_prompt_tokens: prompt,
        n_ctx: limit,
      },
    };
  }
  return {
    error: {
      message:
        `This model's maximum context length is ${limit} tokens. However, your messages resulted in ${prompt} tokens. ` +
        'Please reduce the length of the messages.',
      type: 'invalid_request_error',
      param: 'messages',
      code: 'context_length_exceeded',
    },
  };
}

function rejectionBody(param: string): unknown {
  if (param === 'temperature') {
    return {
      error: {
        message: "Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.",
        type: 'invalid_request_error',
        param: 'temperature',
        code: 'unsupported_value',
      },
    };
  }
  const instead = param === 'max_tokens' ? " Use 'max_completion_tokens' instead." : '';
  return {
    error: {
      message: `Unsupported parameter: '${param}' is not supported with this model.${instead}`,
      type: 'invalid_request_error',
      param,
      code: 'unsupported_parameter',
    },
  };
}

function defaultFaultBody(status: number): unknown {
  if (status === 429) return { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } };
  if (status >= 500) return { error: { message: 'The server had an error while processing your request.', type: 'server_error' } };
  return { error: { message: `Fake error ${status}`, type: 'invalid_request_error' } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): any {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function redact(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = name === 'authorization' ? '<redacted>' : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
