// Server error messages from the servers people run map to overflow, retry, parameter fallback or the right error.

import { describe, expect, it } from 'vitest';
import { ContextOverflowError, EndpointError, RequestError } from '../../../src/errors.js';
import { isContextOverflow, isRetryable, rejectedParameter, toNeedleError } from '../../../src/models/classify-failure.js';
import type { Failure } from '../../../src/models/describe-failure.js';
import { parseErrorBody } from '../../../src/models/describe-failure.js';

function http(status: number, message: string, extra: Partial<Extract<Failure, { kind: 'http' }>> = {}): Failure {
  return { kind: 'http', status, message, code: null, type: null, param: null, headers: null, requestId: null, ...extra };
}

const ctx = { baseUrl: 'http://127.0.0.1:8000/v1', model: 'm', path: '/chat/completions', timeoutMs: 60_000, attempts: 1 };

describe('error classification', () => {
  it.each([
    ["This model's maximum context length is 8192 tokens. However, you requested 9000 tokens.", 400],
    ['the request exceeds the available context size, try increasing it', 400],
    ['context shift is disabled', 500],
    ['prompt is too long: 210000 tokens > 200000 maximum', 400],
    ['Input length exceeds the maximum allowed', 400],
    ["The input (40000 tokens) is longer than the model's context length (32768 tokens).", 400],
    ['Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 5000', 422],
  ] as const)('recognizes "%s" as a context overflow', (message, status) => {
    const f = http(status, message);
    expect(isContextOverflow(f)).toBe(true);
    expect(isRetryable(f)).toBe(false);
    expect(toNeedleError(f, ctx)).toBeInstanceOf(ContextOverflowError);
  });

  it('recognizes overflow by OpenAI code and llama.cpp type alone', () => {
    expect(isContextOverflow(http(400, 'x', { code: 'context_length_exceeded' }))).toBe(true);
    expect(isContextOverflow(http(400, 'x', { type: 'exceed_context_size_error' }))).toBe(true);
  });

  it('does not mistake a rate limit for an overflow', () => {
    const f = http(429, 'Rate limit reached: too many tokens per minute');
    expect(isContextOverflow(f)).toBe(false);
    expect(isRetryable(f)).toBe(true);
  });

  it('retries 408, 409, 429 and 5xx but not other 4xx', () => {
    expect([408, 409, 429, 500, 502, 503, 504].map((s) => isRetryable(http(s, 'x')))).toEqual(Array(7).fill(true));
    expect([400, 401, 403, 404, 422].map((s) => isRetryable(http(s, 'x')))).toEqual(Array(5).fill(false));
  });

  it('finds the refused parameter from param, or from the message when param is missing', () => {
    const sent = new Set(['model', 'messages', 'max_tokens', 'temperature']);
    expect(rejectedParameter(http(400, 'x', { code: 'unsupported_parameter', param: 'max_tokens' }), sent)).toBe('max_tokens');
    const message = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
    expect(rejectedParameter(http(400, message), sent)).toBe('max_tokens');
    expect(rejectedParameter(http(400, 'temperature is not supported for this model'), sent)).toBe('temperature');
    expect(rejectedParameter(http(400, 'max_tokens must be at least 1'), sent)).toBeNull();
    expect(rejectedParameter(http(400, 'temperature is not supported'), new Set(['model']))).toBeNull();
  });

  it('maps unreachable hosts to EndpointError and other connection failures to RequestError', () => {
    const refused = toNeedleError({ kind: 'connection', timeout: false, code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' }, ctx);
    expect(refused).toBeInstanceOf(EndpointError);
    const reset = toNeedleError({ kind: 'connection', timeout: false, code: 'ECONNRESET', message: 'socket hang up' }, ctx);
    expect(reset).toBeInstanceOf(RequestError);
  });

  it('reads the message from every common error body shape', () => {
    expect(parseErrorBody('{"error":{"message":"a","code":"c","type":"t"}}')).toMatchObject({ message: 'a', code: 'c', type: 't' });
    expect(parseErrorBody('{"object":"error","message":"b","type":"BadRequestError","code":400}')).toMatchObject({ message: 'b', code: '400' });
    expect(parseErrorBody('{"error":"model \\"x\\" not found"}').message).toBe('model "x" not found');
    expect(parseErrorBody('{"detail":"Not Found"}').message).toBe('Not Found');
    expect(parseErrorBody('upstream timed out').message).toBe('upstream timed out');
  });
});
