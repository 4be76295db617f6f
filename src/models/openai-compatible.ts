// A Model backed by any OpenAI-compatible /v1/chat/completions server, with our own capped retries and error classification.

import OpenAI from 'openai';
import { EndpointError } from '../errors.js';
import { rejectedParameter, toNeedleError } from './classify-failure.js';
import type { OptionalParameter } from './classify-failure.js';
import { describeFailure } from './describe-failure.js';
import { readCompletion } from './read-completion.js';
import type { Failure } from './describe-failure.js';
import type { ChatRequest, ChatResult, Model } from './model.js';
import { sendWithRetries } from './retry-loop.js';
import { abortableSleep } from '../util/sleep.js';

/** Settings of an OpenAI-compatible model. */
export interface OpenAICompatibleOptions {
  /** Server base URL including `/v1`, e.g. `http://127.0.0.1:8080/v1`. */
  baseUrl: string;
  /** Model name sent in each request. */
  model: string;
  /** Bearer key; local servers need none. @default 'not-needed' */
  apiKey?: string;
  /** Retries after a transient failure (429, 5xx, timeout, dropped connection). @default 4 */
  maxRetries?: number;
  /** Per-request timeout; local prefill of 200K tokens takes about 15 min on a CPU. @default 1_800_000 @unit ms */
  timeoutMs?: number;
  /** Cap on a server-requested Retry-After wait. @default 60_000 @unit ms */
  maxRetryDelayMs?: number;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Waits between attempts; tests inject one that records instead of waiting. @default an abortable setTimeout */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter source for backoff (jitter never affects results). @default Math.random */
  random?: () => number;
  /** Transport; tests and custom clients swap it (no sockets needed). @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** An OpenAI-compatible Model; `listedModels` is filled by `probe()`. */
export interface OpenAICompatibleModel extends Model {
  readonly kind: 'openai-compatible';
  readonly baseUrl: string;
  readonly listedModels: readonly string[] | null;
}

/** Default per-request timeout: 30 minutes. */
export const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const PROBE_TIMEOUT_MS = 30_000;
const PROBE_RETRY_MS = 250;

/** Creates a Model that talks to `baseUrl` with the openai client (non-streaming, our retries). */
export function createOpenAICompatibleModel(opts: OpenAICompatibleOptions): OpenAICompatibleModel {
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const maxRetries = opts.maxRetries ?? 4;
  const timeoutMs = Math.max(1, Math.round(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  const maxRetryDelayMs = opts.maxRetryDelayMs ?? 60_000;
  const sleep = opts.sleep ?? abortableSleep;
  const random = opts.random ?? Math.random;
  // Error bodies as received, keyed by the Headers object the SDK hands to its APIError.
  const rawBodies = new WeakMap<Headers, string>();
  const client = new OpenAI({
    baseURL: baseUrl,
    apiKey: opts.apiKey ?? 'not-needed',
    maxRetries: 0,
    timeout: timeoutMs,
    defaultHeaders: opts.headers,
    fetch: recordingFetch(rawBodies, opts.fetch ?? ((input, init) => fetch(input, init))),
  });
  // Learned from the server's refusals, kept for every later request to this model.
  let tokenParameter: 'max_tokens' | 'max_completion_tokens' | null = 'max_tokens';
  let sendTemperature = true;
  let listedModels: string[] | null = null;
  const context = (path: string) => ({ baseUrl, model: opts.model, path, timeoutMs });

  const buildBody = (req: ChatRequest): OpenAI.ChatCompletionCreateParamsNonStreaming => {
    const body: OpenAI.ChatCompletionCreateParamsNonStreaming = {
      model: opts.model,
      messages: req.messages.map((m) => ({ role: m.role, content: m.content })),
      stream: false,
    };
    if (req.maxOutputTokens !== undefined && tokenParameter !== null) body[tokenParameter] = req.maxOutputTokens;
    if (req.temperature !== undefined && sendTemperature) body.temperature = req.temperature;
    return body;
  };

  // Only ever moves forward (max_tokens → max_completion_tokens → none), so concurrent refusals cannot undo each other.
  const dropParameter = (name: OptionalParameter): void => {
    if (name === 'max_tokens' && tokenParameter === 'max_tokens') tokenParameter = 'max_completion_tokens';
    else if (name === 'max_completion_tokens' && tokenParameter === 'max_completion_tokens') tokenParameter = null;
    else if (name === 'temperature') sendTemperature = false;
  };

  const send = async (body: OpenAI.ChatCompletionCreateParamsNonStreaming, signal?: AbortSignal): Promise<Outcome> => {
    const started = performance.now();
    try {
      const { data, request_id } = await client.chat.completions.create(body, { signal }).withResponse();
      return { ok: true, data, requestId: request_id, latencyMs: performance.now() - started };
    } catch (error) {
      return { ok: false, failure: describeFailure(error, rawBodies) };
    }
  };

  return {
    id: opts.model,
    kind: 'openai-compatible',
    baseUrl,
    get listedModels() {
      return listedModels;
    },

    async complete(req: ChatRequest): Promise<ChatResult> {
      const fallbacks = new Set<OptionalParameter>();
      const { value, attempts } = await sendWithRetries(
        async () => {
          const body = buildBody(req);
          const outcome = await send(body, req.signal);
          if (outcome.ok) return { ok: true, value: outcome };
          // A refused optional parameter is dropped and the request resent at once; each one only once per request.
          const rejected = rejectedParameter(outcome.failure, new Set(Object.keys(body)));
          if (rejected === null || fallbacks.has(rejected)) return outcome;
          fallbacks.add(rejected);
          dropParameter(rejected);
          return { ...outcome, resend: true };
        },
        { maxRetries, maxRetryDelayMs, sleep, random, signal: req.signal, context: context('/chat/completions') },
      );
      if (typeof value.data !== 'object' || value.data === null) {
        // A web page (or any text) where a chat completion belongs: no later prompt will fare better.
        throw new EndpointError(`POST ${baseUrl}/chat/completions answered with ${describeText(value.data)}, not a JSON chat completion: not an OpenAI-compatible endpoint`, {
          hint: '--base-url must be the API of an OpenAI-compatible server, including /v1 (e.g. http://127.0.0.1:8080/v1)',
          url: baseUrl,
        });
      }
      return toResult(value.data, value.requestId, attempts, value.latencyMs);
    },

    async probe(): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        let failure: Failure;
        try {
          const page = await client.models.list({ timeout: Math.min(timeoutMs, PROBE_TIMEOUT_MS) });
          listedModels = Array.isArray(page.data) ? page.data.map((m) => String(m.id)) : null;
          return;
        } catch (error) {
          failure = describeFailure(error, rawBodies);
        }
        if (failure.kind === 'connection') {
          if (attempt < 2) {
            await sleep(PROBE_RETRY_MS);
            continue;
          }
          if (failure.timeout) {
            throw new EndpointError(`no answer from ${baseUrl}/models within ${PROBE_TIMEOUT_MS / 1000} s`, {
              hint: 'is the server running and idle? --base-url must include /v1',
              url: baseUrl,
            });
          }
          throw toNeedleError({ ...failure, code: failure.code ?? 'ECONNREFUSED' }, { ...context('/models'), attempts: attempt });
        }
        if (failure.kind === 'http' && (failure.status === 401 || failure.status === 403)) {
          throw toNeedleError(failure, { ...context('/models'), attempts: attempt });
        }
        // 404 (no /models route), 5xx or an odd body: the server answered, which is all a probe needs.
        listedModels = null;
        return;
      }
    },
  };
}

/** One request's result: the parsed completion, or what went wrong. */
type Outcome =
  | { ok: true; data: OpenAI.ChatCompletion; requestId: string | null; latencyMs: number }
  | { ok: false; failure: Failure };

/** Maps a chat completion to a ChatResult (see `readCompletion` for what counts as an answer). */
function toResult(data: OpenAI.ChatCompletion, requestId: string | null, attempts: number, latencyMs: number): ChatResult {
  return { ...readCompletion(data, requestId), requestId, attempts, latencyMs: Math.round(latencyMs) };
}

/** A few words on a non-JSON body, e.g. `an HTML page ("Directory listing for /v1/")`. */
function describeText(data: unknown): string {
  const text = String(data ?? '');
  if (/<html|<!doctype html/i.test(text)) {
    const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return title ? `an HTML page ("${title.slice(0, 80)}")` : 'an HTML page';
  }
  return text.trim() === '' ? 'an empty body' : `text ("${text.trim().replace(/\s+/g, ' ').slice(0, 80)}")`;
}

/** A fetch that keeps the body of every error response, which the SDK drops when it is not `{error: …}`. */
function recordingFetch(rawBodies: WeakMap<Headers, string>, transport: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await transport(input, init);
    if (response.ok || [101, 204, 205, 304].includes(response.status)) return response;
    const text = await response.text().catch(() => '');
    const copy = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    rawBodies.set(copy.headers, text);
    return copy;
  };
}
