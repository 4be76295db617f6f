// A Model on Ollama's native /api/chat, which (unlike its OpenAI-compatible API) takes the context size per request.

import { EndpointError, RequestError } from '../errors.js';
import type { ChatMessage } from '../types.js';
import { toNeedleError } from './classify-failure.js';
import { parseErrorBody } from './describe-failure.js';
import type { Failure } from './describe-failure.js';
import type { ChatRequest, ChatResult, Model } from './model.js';
import { DEFAULT_TIMEOUT_MS } from './openai-compatible.js';
import { sendWithRetries } from './retry-loop.js';
import { abortableSleep } from '../util/sleep.js';

/** Settings of an Ollama model reached through /api/chat. */
export interface OllamaNativeOptions {
  /** Server URL, with or without `/v1`, e.g. `http://127.0.0.1:11434/v1`. */
  baseUrl: string;
  /** Model name as Ollama knows it, e.g. `llama3.1:8b`. */
  model: string;
  /**
   * Context size to request for these messages (`options.num_ctx`): prompt plus output budget plus a margin.
   * Ollama reloads the model when num_ctx changes, so round it up (e.g. to the sweep's longest length).
   */
  numCtx: (messages: ChatMessage[]) => number;
  /** Per-request timeout. @default 1_800_000 @unit ms */
  timeoutMs?: number;
  /** Retries after a transient failure (429, 5xx, timeout, dropped connection). @default 4 */
  maxRetries?: number;
  /** Cap on a server-requested Retry-After wait. @default 60_000 @unit ms */
  maxRetryDelayMs?: number;
  /** Bearer key, for Ollama behind an authenticating proxy. */
  apiKey?: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Transport. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Waits between attempts; resolves early when the signal aborts. @default an abortable setTimeout */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter source for backoff. @default Math.random */
  random?: () => number;
}

const PROBE_TIMEOUT_MS = 10_000;

/** Server root: the base URL without its trailing `/v1`. */
function rootOf(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
}

/** True when an Ollama server answers at the base URL (`GET /api/version` → `{version}`). Never throws. */
export async function detectOllama(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const res = await fetchImpl(`${rootOf(baseUrl)}/api/version`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (res.status !== 200) return false;
    const json = (await res.json()) as { version?: unknown };
    return typeof json?.version === 'string';
  } catch {
    return false;
  }
}

/** Creates a Model that sends `POST {root}/api/chat` with `options.num_ctx` set per request, so nothing is cut. */
export function createOllamaNativeModel(opts: OllamaNativeOptions): Model {
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const root = rootOf(baseUrl);
  const fetchImpl = opts.fetch ?? fetch;
  const timeoutMs = Math.max(1, Math.round(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  const maxRetries = opts.maxRetries ?? 4;
  const maxRetryDelayMs = opts.maxRetryDelayMs ?? 60_000;
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? abortableSleep;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
  let listedModels: string[] | null = null;
  const context = (path: string) => ({ baseUrl: root, model: opts.model, path, timeoutMs });

  const call = async (method: 'GET' | 'POST', path: string, body: unknown, timeout: number, signal?: AbortSignal): Promise<Reply> => {
    const timer = AbortSignal.timeout(timeout);
    const started = performance.now();
    try {
      const res = await fetchImpl(`${root}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([timer, signal]) : timer,
      });
      const text = await res.text();
      const latencyMs = performance.now() - started;
      if (res.ok) return { ok: true, text, requestId: res.headers.get('x-request-id'), latencyMs };
      return { ok: false, failure: httpFailure(res, text) };
    } catch (error) {
      if (signal?.aborted) return { ok: false, failure: { kind: 'abort' } };
      if (timer.aborted) return { ok: false, failure: { kind: 'connection', timeout: true, code: null, message: 'request timed out' } };
      return { ok: false, failure: connectionFailure(error) };
    }
  };

  return {
    id: opts.model,
    kind: 'ollama',
    baseUrl,
    get listedModels() {
      return listedModels;
    },

    async complete(req: ChatRequest): Promise<ChatResult> {
      const { signal } = req;
      const options: Record<string, number> = { num_ctx: Math.max(1, Math.ceil(opts.numCtx(req.messages))) };
      if (req.temperature !== undefined) options.temperature = req.temperature;
      if (req.maxOutputTokens !== undefined) options.num_predict = req.maxOutputTokens;
      const body = { model: opts.model, messages: req.messages.map((m) => ({ role: m.role, content: m.content })), stream: false, options };
      const { value, attempts } = await sendWithRetries(
        async () => {
          const reply = await call('POST', '/api/chat', body, timeoutMs, signal);
          return reply.ok ? { ok: true, value: reply } : reply;
        },
        { maxRetries, maxRetryDelayMs, sleep, random, signal, context: context('/api/chat') },
      );
      return toResult(value.text, value.requestId, attempts, value.latencyMs);
    },

    async probe(): Promise<void> {
      const reply = await call('GET', '/api/version', undefined, Math.min(timeoutMs, PROBE_TIMEOUT_MS));
      if (!reply.ok) {
        const f = reply.failure;
        if (f.kind === 'http' && f.status !== 401 && f.status !== 403) {
          throw new EndpointError(`${root} is not an Ollama server (GET /api/version: HTTP ${f.status})`, {
            hint: 'use the OpenAI-compatible client for other servers',
            status: f.status,
            url: root,
          });
        }
        throw toNeedleError(f.kind === 'connection' ? { ...f, code: f.code ?? 'ECONNREFUSED' } : f, { ...context('/api/version'), attempts: 1 });
      }
      const tags = await call('GET', '/api/tags', undefined, Math.min(timeoutMs, PROBE_TIMEOUT_MS));
      listedModels = tags.ok ? modelNames(tags.text) : null;
    },
  };
}

type Reply = { ok: true; text: string; requestId: string | null; latencyMs: number } | { ok: false; failure: Failure };

/**
 * Maps an /api/chat reply to a ChatResult. prompt_eval_count includes cached tokens on current Ollama; Ollama
 * does not say how many of them came from its cache, so cachedTokens stays null.
 */
function toResult(text: string, requestId: string | null, attempts: number, latencyMs: number): ChatResult {
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RequestError('Ollama answered with something that is not JSON', { requestId: requestId ?? undefined });
  }
  const content = json?.message?.content;
  if (typeof content !== 'string') {
    throw new RequestError(`empty response (done_reason ${json?.done_reason ?? 'null'})`, { requestId: requestId ?? undefined });
  }
  const thinking = json?.message?.thinking;
  return {
    text: content,
    // Thinking models (with `think`) return it beside the content; never scored.
    reasoning: typeof thinking === 'string' && thinking.trim() !== '' ? thinking : null,
    finishReason: typeof json.done_reason === 'string' ? json.done_reason : null,
    usage: {
      // Some older Ollama versions omit it when the whole prompt came from the cache.
      promptTokens: count(json.prompt_eval_count),
      completionTokens: count(json.eval_count),
      cachedTokens: null,
    },
    requestId,
    attempts,
    latencyMs: Math.round(latencyMs),
  };
}

function httpFailure(res: Response, text: string): Failure {
  const fields = parseErrorBody(text);
  return {
    kind: 'http',
    status: res.status,
    message: fields.message ?? `HTTP ${res.status}`,
    code: fields.code,
    type: fields.type,
    param: fields.param,
    headers: res.headers,
    requestId: res.headers.get('x-request-id'),
  };
}

/** fetch rejects with `TypeError: fetch failed` whose cause carries the system error code. */
function connectionFailure(error: unknown): Failure {
  let code: string | null = null;
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current.message) messages.push(current.message);
    const c = (current as { code?: unknown }).code;
    if (typeof c === 'string') code = c;
    const inner = (current as { errors?: Array<{ code?: unknown }> }).errors?.[0]?.code;
    if (typeof inner === 'string') code = inner;
    current = (current as { cause?: unknown }).cause;
  }
  const message = messages.join(': ') || String(error);
  return { kind: 'connection', timeout: /timed? ?out/i.test(message), code, message };
}

function modelNames(text: string): string[] | null {
  try {
    const models = JSON.parse(text)?.models;
    if (!Array.isArray(models)) return null;
    const names = models.map((m: { name?: unknown }) => String(m?.name ?? '')).filter(Boolean);
    // `llama3` and `llama3:latest` name the same model.
    return [...new Set(names.flatMap((n) => (n.endsWith(':latest') ? [n, n.slice(0, -':latest'.length)] : [n])))];
  } catch {
    return null;
  }
}

function count(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
