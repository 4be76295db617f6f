// Turns whatever the openai client threw into a plain Failure: status, server message, code, type, headers.

import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

/** A failed request, reduced to what classification needs. */
export type Failure =
  | {
      kind: 'http';
      status: number;
      /** The server's own message (from the raw body when the SDK could not read it). */
      message: string;
      code: string | null;
      type: string | null;
      param: string | null;
      headers: Headers | null;
      requestId: string | null;
    }
  | {
      kind: 'connection';
      /** True when no answer came within the timeout. */
      timeout: boolean;
      /** Node's error code from the cause chain (ECONNREFUSED, ENOTFOUND, ECONNRESET, …), if any. */
      code: string | null;
      message: string;
    }
  | { kind: 'abort' }
  | { kind: 'other'; error: unknown; message: string };

/** The fields servers put in error bodies, whichever shape they use. */
export interface ErrorBodyFields {
  message: string | null;
  code: string | null;
  type: string | null;
  param: string | null;
}

/** Reads OpenAI `{error:{…}}`, old vLLM flat `{object:'error', message}`, Ollama `{error:"…"}`, FastAPI `{detail}` or plain text. */
export function parseErrorBody(raw: string | null | undefined): ErrorBodyFields {
  const none: ErrorBodyFields = { message: null, code: null, type: null, param: null };
  if (raw == null || raw.trim() === '') return none;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ...none, message: raw.trim().slice(0, 1000) };
  }
  return fieldsOf(json) ?? { ...none, message: raw.trim().slice(0, 1000) };
}

/** Fields of a parsed error body, or null when it has no recognizable message. */
export function fieldsOf(json: unknown): ErrorBodyFields | null {
  if (typeof json === 'string') return { message: json, code: null, type: null, param: null };
  if (!json || typeof json !== 'object') return null;
  const o = json as Record<string, unknown>;
  if (o.error && typeof o.error === 'object') return fieldsOf(o.error);
  const message = [o.message, o.error, o.detail, o.msg].find((v) => typeof v === 'string') as string | undefined;
  const detail = message ?? (o.detail !== undefined ? JSON.stringify(o.detail) : undefined);
  if (detail === undefined && o.code === undefined && o.type === undefined) return null;
  return { message: detail ?? null, code: text(o.code), type: text(o.type), param: text(o.param) };
}

function text(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

/** Reduces a thrown error to a Failure; `rawBodies` maps error-response headers to the body text our fetch recorded. */
export function describeFailure(error: unknown, rawBodies: WeakMap<Headers, string>): Failure {
  if (error instanceof APIUserAbortError) return { kind: 'abort' };
  if (error instanceof APIConnectionTimeoutError) {
    return { kind: 'connection', timeout: true, code: null, message: 'request timed out' };
  }
  if (error instanceof APIConnectionError) {
    const { code, message } = rootCause(error);
    return { kind: 'connection', timeout: /timed? ?out/i.test(message), code, message };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const headers = (error.headers as Headers | undefined) ?? null;
    const raw = headers ? rawBodies.get(headers) : undefined;
    const fromRaw = parseErrorBody(raw);
    const fromSdk = fieldsOf(error.error) ?? { message: null, code: null, type: null, param: null };
    return {
      kind: 'http',
      status: error.status,
      message: fromSdk.message ?? fromRaw.message ?? stripStatus(error.message, error.status),
      code: fromSdk.code ?? fromRaw.code ?? text(error.code),
      type: fromSdk.type ?? fromRaw.type ?? text(error.type),
      param: fromSdk.param ?? fromRaw.param ?? text(error.param),
      headers,
      requestId: error.requestID ?? null,
    };
  }
  if (isAbortError(error)) return { kind: 'abort' };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'other', error, message };
}

/** The SDK prefixes messages with the status (`400 status code (no body)`); the bare message reads better in reports. */
function stripStatus(message: string, status: number): string {
  return message.startsWith(`${status} `) ? message.slice(String(status).length + 1) : message;
}

/** The deepest error code and the joined messages of an error's cause chain. */
function rootCause(error: unknown): { code: string | null; message: string } {
  const messages: string[] = [];
  let code: string | null = null;
  let current: unknown = error;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current instanceof Error) {
      if (current.message && !messages.includes(current.message)) messages.push(current.message);
      const c = (current as { code?: unknown }).code;
      if (typeof c === 'string') code = c;
      const errors = (current as { errors?: unknown }).errors;
      // AggregateError from happy-eyeballs connection attempts: each inner error carries the code.
      const inner = Array.isArray(errors) ? (errors[0] as { code?: unknown } | undefined) : undefined;
      if (typeof inner?.code === 'string') code = inner.code;
      current = (current as { cause?: unknown }).cause;
    } else {
      messages.push(String(current));
      break;
    }
  }
  return { code, message: messages.join(': ') || 'connection error' };
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'APIUserAbortError');
}
