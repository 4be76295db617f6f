// Counts prompts in the model's own tokens: vLLM's or llama.cpp's /tokenize when the server has one, else usage from a 1-token chat.

import { RequestError } from '../errors.js';
import type { Model } from '../models/model.js';
import type { ChatMessage } from '../types.js';

/** Counts whole chat prompts (template included) as the server will. */
export interface ServerCounter {
  /** `vllm` and `llamacpp` count through /tokenize; `usage` sends a chat request with a 1-token answer. */
  kind: 'vllm' | 'llamacpp' | 'usage';
  /** How prompts are counted, for run.json and the terminal, e.g. `llama.cpp /apply-template + /tokenize`. */
  how: string;
  /** True when the count is the server's own count of the whole templated prompt (not an estimate). */
  exact: boolean;
  /** The server's context size in tokens, when it says. */
  contextSize: number | null;
  /** Prompt tokens of these messages on the server. */
  countMessages(messages: ChatMessage[]): Promise<number>;
}

/** Where the server is. */
export interface ProbeCounterOptions {
  /** Base URL including `/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  headers?: Record<string, string>;
  /** Transport; tests and custom clients swap it. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Per-request timeout. @default 600_000 @unit ms */
  timeoutMs?: number;
  /**
   * May a chat request be sent to calibrate (llama.cpp builds without /apply-template)? Not in a dry run.
   * @default true
   */
  allowChat?: boolean;
}

/**
 * Template tokens per message assumed for llama.cpp builds without /apply-template when a 1-token chat gives no
 * usage to calibrate from: BOS once plus role markers per message (ChatML `<|im_start|>role\n … <|im_end|>\n` is
 * 5 tokens; Llama 3 is 5).
 */
export const LLAMACPP_FALLBACK_OVERHEAD = { bos: 1, perMessage: 5, generationPrompt: 3 } as const;

/** Server root: the base URL without its trailing `/v1`. */
export function serverRoot(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
}

/**
 * Finds a token-counting endpoint on the server: vLLM's /tokenize first, then llama.cpp's; null when neither answers.
 * llama.cpp counts exactly: its /apply-template renders the prompt with the model's own chat template, and its
 * /tokenize with add_special counts that text as the chat endpoint does (BOS and special tokens included).
 */
export async function probeServerCounter(opts: ProbeCounterOptions): Promise<ServerCounter | null> {
  const root = serverRoot(opts.baseUrl);
  const http = jsonClient(opts);
  const probeMessages: ChatMessage[] = [{ role: 'user', content: 'Hello' }];

  const vllm = await http.post(`${root}/tokenize`, { model: opts.model, messages: probeMessages }).catch(() => null);
  if (vllm && typeof vllm.count === 'number') {
    return {
      kind: 'vllm',
      how: 'vllm /tokenize',
      exact: true,
      contextSize: positive(vllm.max_model_len),
      async countMessages(messages) {
        const res = await http.post(`${root}/tokenize`, { model: opts.model, messages: plain(messages) });
        if (typeof res?.count !== 'number') throw new RequestError(`POST ${root}/tokenize gave no count`);
        return res.count;
      },
    };
  }

  const llama = await http.post(`${root}/tokenize`, { content: 'Hello' }).catch(() => null);
  if (!llama || !Array.isArray(llama.tokens) || llama.tokens.length === 0) return null;
  const props = await http.get(`${root}/props`).catch(() => null);
  const contextSize = positive(props?.default_generation_settings?.n_ctx) ?? positive(props?.n_ctx);
  const tokenCount = async (text: string, addSpecial: boolean): Promise<number> => {
    const res = await http.post(`${root}/tokenize`, addSpecial ? { content: text, add_special: true, parse_special: true } : { content: text });
    if (!Array.isArray(res?.tokens)) throw new RequestError(`POST ${root}/tokenize gave no tokens`);
    return res.tokens.length;
  };
  const contentTokens = (text: string) => tokenCount(text, false);

  const applied = await http.post(`${root}/apply-template`, { messages: probeMessages }).catch(() => null);
  if (applied && typeof applied.prompt === 'string') {
    return {
      kind: 'llamacpp',
      how: 'llama.cpp /apply-template + /tokenize',
      exact: true,
      contextSize,
      async countMessages(messages) {
        const res = await http.post(`${root}/apply-template`, { messages: plain(messages) });
        if (typeof res?.prompt !== 'string') throw new RequestError(`POST ${root}/apply-template gave no prompt`);
        // As the chat endpoint tokenizes it: BOS added, special tokens of the template parsed as such.
        return tokenCount(res.prompt, true);
      },
    };
  }
  // Template overhead by role sequence, measured once per shape from a tiny chat's usage.prompt_tokens.
  const overheads = new Map<string, Promise<number>>();
  const overheadFor = (messages: ChatMessage[]): Promise<number> => {
    const shape = messages.map((m) => m.role).join(',');
    let known = overheads.get(shape);
    if (!known) {
      known = calibrate(messages, http, opts, contentTokens);
      overheads.set(shape, known);
    }
    return known;
  };
  // Builds without /apply-template (before 2025): content counts plus the template's share, measured once per shape.
  return {
    kind: 'llamacpp',
    how: 'llama.cpp /tokenize + calibrated template',
    exact: false,
    contextSize,
    async countMessages(messages) {
      const [overhead, ...counts] = await Promise.all([overheadFor(messages), ...messages.map((m) => contentTokens(m.content))]);
      return overhead + counts.reduce((a, b) => a + b, 0);
    },
  };
}

/**
 * llama.cpp's /tokenize counts content only (no BOS, no chat template). The template's share is what a chat of
 * the same roles with one-word contents reports beyond those words; without usage, a typical overhead is assumed.
 */
async function calibrate(
  shape: ChatMessage[],
  http: JsonClient,
  opts: ProbeCounterOptions,
  contentTokens: (text: string) => Promise<number>,
): Promise<number> {
  const tiny = shape.map((m) => ({ role: m.role, content: 'Hello' }));
  const fallback = LLAMACPP_FALLBACK_OVERHEAD.bos + LLAMACPP_FALLBACK_OVERHEAD.perMessage * shape.length + LLAMACPP_FALLBACK_OVERHEAD.generationPrompt;
  if (opts.allowChat === false) return fallback;
  try {
    const res = await http.post(`${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`, { model: opts.model, messages: tiny, max_tokens: 1, temperature: 0 });
    const usage = res?.usage?.prompt_tokens;
    if (typeof usage !== 'number') return fallback;
    const words = await contentTokens('Hello');
    return Math.max(0, usage - words * tiny.length);
  } catch {
    return fallback;
  }
}

/** A counter for servers without /tokenize: sends the messages with a 1-token answer and reads usage.prompt_tokens. */
export function usageCounter(model: Model): ServerCounter {
  return {
    kind: 'usage',
    how: 'usage.prompt_tokens of calibration requests',
    exact: true,
    contextSize: null,
    async countMessages(messages) {
      const result = await model.complete({ messages, maxOutputTokens: 1, temperature: 0 });
      const count = result.usage.promptTokens;
      if (count === null) {
        throw new RequestError(`${model.baseUrl ?? model.id} reports no usage.prompt_tokens, so prompts cannot be counted in its tokens`);
      }
      return count;
    },
  };
}

interface JsonClient {
  post(url: string, body: unknown): Promise<any>;
  get(url: string): Promise<any>;
}

/** Minimal JSON over fetch: 2xx JSON bodies, anything else a RequestError. */
function jsonClient(opts: ProbeCounterOptions): JsonClient {
  const fetchImpl = opts.fetch ?? fetch;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
  const timeoutMs = opts.timeoutMs ?? 600_000;
  const call = async (method: string, url: string, body?: unknown): Promise<any> => {
    const res = await fetchImpl(url, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) throw new RequestError(`${method} ${url}: HTTP ${res.status}`, { status: res.status });
    try {
      return JSON.parse(text);
    } catch {
      throw new RequestError(`${method} ${url}: not JSON`);
    }
  };
  return { post: (url, body) => call('POST', url, body), get: (url) => call('GET', url) };
}

function plain(messages: ChatMessage[]): ChatMessage[] {
  return messages.map((m) => ({ role: m.role, content: m.content }));
}

function positive(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
}
