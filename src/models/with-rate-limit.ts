// A Model decorator that keeps requests under a provider's requests-per-minute and tokens-per-minute limits.

import type { RateLimiter } from '../run/rate-limiter.js';
import { decorateModel } from './decorate.js';
import type { Model } from './model.js';

/** Wraps a model so every request first takes its place in the rate limiter (prompt plus output tokens). */
export function withRateLimit(model: Model, limiter: RateLimiter): Model {
  return decorateModel(model, async (req) => {
    // Without our count, ~4 characters per token is close enough for a budget.
    const prompt = req.promptTokens ?? Math.ceil(req.messages.reduce((n, m) => n + m.content.length, 0) / 4);
    await limiter.acquire(prompt + (req.maxOutputTokens ?? 0), req.signal);
    return model.complete(req);
  });
}
