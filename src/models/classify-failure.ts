// Decides what a Failure means: context overflow, worth retrying, a rejected parameter, or which NeedleError to throw.

import { ContextOverflowError, EndpointError, RequestError } from '../errors.js';
import type { NeedleError } from '../errors.js';
import type { Failure } from './describe-failure.js';

/** How servers say the prompt does not fit (OpenAI, vLLM, llama.cpp, SGLang, TGI, LM Studio, Anthropic-style proxies). */
const OVERFLOW_MESSAGES: RegExp[] = [
  /maximum context length/i,
  /exceeds? the available context size/i,
  /context shift is disabled/i,
  /prompt is too long/i,
  /too many tokens/i,
  /input length exceeds/i,
  /reduce the length/i,
  /longer than the model'?s context length/i,
  /context length of only/i,
  /exceeds? (?:the )?(?:model'?s )?context (?:window|length)/i,
  /inputs?.{0,20}tokens.{0,40}max_new_tokens/i,
];

/** Connection error codes that mean nothing is listening there (or the name does not resolve). */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** True when the server says the prompt (plus the output budget) exceeds the model's context. */
export function isContextOverflow(f: Failure): boolean {
  if (f.kind !== 'http' || f.status === 401 || f.status === 403 || f.status === 429) return false;
  if (f.code === 'context_length_exceeded' || f.type === 'exceed_context_size_error') return true;
  return OVERFLOW_MESSAGES.some((re) => re.test(f.message));
}

/** True for failures a later attempt may not repeat: 408, 409, 429, 5xx (not overflows), timeouts, dropped connections. */
export function isRetryable(f: Failure): boolean {
  if (f.kind === 'connection') return true;
  if (f.kind !== 'http') return false;
  const hint = f.headers?.get('x-should-retry');
  if (hint === 'false') return false;
  if (isContextOverflow(f)) return false;
  if (hint === 'true') return true;
  // 501 Not Implemented is the server's final word on the route, not a passing state.
  return f.status === 408 || f.status === 409 || f.status === 429 || (f.status >= 500 && f.status !== 501);
}

/** Request parameters a server may refuse, in the order we fall back on them. */
export type OptionalParameter = 'max_tokens' | 'max_completion_tokens' | 'temperature';

const PARAMETERS: OptionalParameter[] = ['max_completion_tokens', 'max_tokens', 'temperature'];

/**
 * The parameter a 400 rejects (reasoning models refuse `max_tokens` and non-default `temperature`), among those sent;
 * null when the failure is about something else.
 */
export function rejectedParameter(f: Failure, sent: ReadonlySet<string>): OptionalParameter | null {
  if (f.kind !== 'http' || (f.status !== 400 && f.status !== 422) || isContextOverflow(f)) return null;
  const byCode = f.code === 'unsupported_parameter' || f.code === 'unsupported_value';
  const byMessage = /not supported|unsupported|does not support|not allowed|unrecognized|extra (?:inputs|fields)/i.test(f.message);
  if (!byCode && !byMessage) return null;
  if (f.param && (PARAMETERS as string[]).includes(f.param) && sent.has(f.param)) return f.param as OptionalParameter;
  // Without `param`, the first parameter the message names ("Use 'max_completion_tokens' instead" names two: take the sent one).
  let found: { name: OptionalParameter; at: number } | null = null;
  for (const name of PARAMETERS) {
    if (!sent.has(name)) continue;
    const at = new RegExp(`\\b${name}\\b`).exec(f.message)?.index;
    if (at !== undefined && (found === null || at < found.at)) found = { name, at };
  }
  return found?.name ?? null;
}

/** Where the failure happened, for messages and hints. */
export interface FailureContext {
  baseUrl: string;
  model: string;
  /** Path of the request, e.g. `/chat/completions`. */
  path: string;
  timeoutMs: number;
  attempts: number;
}

/** The error `complete` throws for a failure that will not be retried (any more). */
export function toNeedleError(f: Failure, ctx: FailureContext): NeedleError {
  const tries = ctx.attempts > 1 ? ` (after ${ctx.attempts} attempts)` : '';
  switch (f.kind) {
    case 'abort':
      return new RequestError('request aborted');
    case 'other':
      if (f.error instanceof SyntaxError) return new RequestError(`the server's answer is not valid JSON (${f.message})`, { cause: f.error });
      return new RequestError(f.message || 'request failed', { cause: f.error });
    case 'connection':
      if (f.code !== null && UNREACHABLE_CODES.has(f.code)) {
        return new EndpointError(`cannot reach ${ctx.baseUrl} (${f.code})${tries}`, {
          hint: 'is the server running? --base-url must include /v1',
          url: ctx.baseUrl,
        });
      }
      if (f.timeout) {
        return new RequestError(
          `no response within ${Math.round(ctx.timeoutMs / 1000)} s${tries}; long prompts on local hardware may need a longer timeout`,
        );
      }
      return new RequestError(`connection failed: ${f.message}${tries}`);
    case 'http':
      return httpError(f, ctx);
  }
}

function httpError(f: Extract<Failure, { kind: 'http' }>, ctx: FailureContext): NeedleError {
  const { status, message, requestId } = f;
  const id = requestId ?? undefined;
  if (isContextOverflow(f)) return new ContextOverflowError(message, { status });
  if (status === 401 || status === 403) {
    return new EndpointError(`HTTP ${status} from ${ctx.baseUrl}: ${message}`, {
      hint: 'check OPENAI_API_KEY (or the key for this endpoint)',
      status,
      requestId: id,
      url: ctx.baseUrl,
    });
  }
  if (status === 404) {
    if (/model/i.test(message)) {
      return new EndpointError(`model ${ctx.model} not found at ${ctx.baseUrl}: ${message}`, {
        hint: `list models with GET ${ctx.baseUrl}/models`,
        status,
        requestId: id,
        url: ctx.baseUrl,
      });
    }
    // A 404 on the endpoint itself will not go away for the next prompt either: almost always a base URL without /v1.
    return new EndpointError(`HTTP 404 for ${ctx.baseUrl}${ctx.path}: ${message}`, {
      hint: '--base-url must include /v1 (e.g. http://127.0.0.1:8080/v1)',
      status,
      requestId: id,
      url: ctx.baseUrl,
    });
  }
  if (status === 405 || status === 501) {
    // The route exists but takes no POST (a static file server, a web page): no prompt will ever be answered.
    return new EndpointError(`HTTP ${status} for POST ${ctx.baseUrl}${ctx.path}: ${shorten(message)}: not an OpenAI-compatible endpoint`, {
      hint: '--base-url must be the API of an OpenAI-compatible server, including /v1 (e.g. http://127.0.0.1:8080/v1)',
      status,
      requestId: id,
      url: ctx.baseUrl,
    });
  }
  return new RequestError(`HTTP ${status}: ${shorten(message)}`, { status, requestId: id });
}

/** A server message fit for one line: HTML pages reduced to their text, long bodies cut. */
function shorten(message: string): string {
  const text = /<\/?[a-z][\s\S]*>/i.test(message) ? message.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ') : message;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}
