import { describe, expect, it } from 'vitest';
import { withRateLimit } from '../../../src/models/with-rate-limit.js';
import type { Model } from '../../../src/models/model.js';
import type { RateLimiter } from '../../../src/run/rate-limiter.js';

const inner: Model = {
  id: 'm',
  kind: 'openai-compatible',
  baseUrl: 'http://127.0.0.1:1/v1',
  probe: async () => undefined,
  complete: async () => ({ text: 'ok', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1, cachedTokens: null }, requestId: null, attempts: 1, latencyMs: 1 }),
};

describe('withRateLimit', () => {
  it('takes prompt plus output tokens from the limiter before each request, and keeps the model’s identity', async () => {
    const taken: number[] = [];
    const limiter: RateLimiter = { acquire: async (tokens) => void taken.push(tokens) };
    const model = withRateLimit(inner, limiter);
    await model.complete({ messages: [{ role: 'user', content: 'x'.repeat(400) }], promptTokens: 120, maxOutputTokens: 30 });
    await model.complete({ messages: [{ role: 'user', content: 'x'.repeat(400) }] });
    expect(taken).toEqual([150, 100]);
    expect([model.id, model.kind, model.baseUrl]).toEqual(['m', 'openai-compatible', 'http://127.0.0.1:1/v1']);
  });

  it('sends nothing when the wait is aborted', async () => {
    let sent = 0;
    const limiter: RateLimiter = { acquire: async () => Promise.reject(new Error('aborted')) };
    const model = withRateLimit({ ...inner, complete: async (r) => (sent++, inner.complete(r)) }, limiter);
    await expect(model.complete({ messages: [] })).rejects.toThrow('aborted');
    expect(sent).toBe(0);
  });
});
