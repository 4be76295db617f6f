// Turns the endpoint options into the Model a sweep sends to: replicas, Ollama's native API, rate limits, the response cache.

import { UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import type { Model } from '../models/model.js';
import { createOllamaNativeModel, detectOllama } from '../models/ollama-native.js';
import { createModel } from '../models/registry.js';
import { createReplicaModel } from '../models/replicas.js';
import { withResponseCache } from '../models/with-cache.js';
import { withRateLimit } from '../models/with-rate-limit.js';
import { probeServerCounter, usageCounter, type ServerCounter } from '../tokenize/server-counter.js';
import { createRateLimiter } from './rate-limiter.js';
import { createResponseCache } from './response-cache.js';

/** The model to send to, the undecorated one (for calibration requests), and the server-side counter if asked. */
export interface ResolvedModel {
  model: Model;
  raw: Model;
  counter: ServerCounter | null;
  notes: string[];
}

/** Context Ollama is asked for: the longest prompt with room for the model's own tokenizer (up to 30% more) and the answer. */
export function ollamaContext(maxLength: number, maxOutputTokens: number | null): number {
  return Math.ceil((maxLength * 1.3 + (maxOutputTokens ?? 512) + 256) / 1024) * 1024;
}

/** Builds and probes the sweep's model. */
export async function resolveModel(options: SweepOptions, injected?: Model): Promise<ResolvedModel> {
  const notes: string[] = [];
  const client = { apiKey: options.apiKey ?? undefined, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries, headers: options.headers };
  let raw: Model;
  if (injected) raw = injected;
  else {
    const urls = options.baseUrl ? [options.baseUrl, ...options.extraBaseUrls] : [];
    const one = async (baseUrl: string | null): Promise<Model> => {
      if (baseUrl && options.model && options.ollamaNative && (await detectOllama(baseUrl))) {
        const numCtx = ollamaContext(Math.max(...options.lengths), options.maxOutputTokens);
        notes.push(`${baseUrl} is Ollama: using its native /api/chat with num_ctx ${numCtx} so prompts are not silently truncated (--no-ollama-native to use /v1)`);
        return createOllamaNativeModel({ baseUrl, model: options.model, numCtx: () => numCtx, ...client });
      }
      return createModel({ model: options.model ?? undefined, baseUrl, ...client });
    };
    const models = urls.length === 0 ? [await one(null)] : await Promise.all(urls.map(one));
    raw = models.length === 1 ? models[0]! : createReplicaModel(models);
    if (models.length > 1) notes.push(`${models.length} replicas share the sweep's ${options.concurrency} concurrent requests`);
  }
  await raw.probe();

  let counter: ServerCounter | null = null;
  if (options.tokenizer === 'server') {
    if (raw.kind === 'baseline' || !options.baseUrl || !options.model) {
      throw new UsageError('--tokenizer server needs an endpoint', { hint: 'pass --base-url and --model, or use o200k_base / cl100k_base' });
    }
    counter = (await probeServerCounter({ baseUrl: options.baseUrl, model: options.model, apiKey: options.apiKey ?? undefined, headers: options.headers })) ?? usageCounter(raw);
    notes.push(
      counter.kind === 'usage'
        ? 'the server has no /tokenize: lengths are calibrated from usage.prompt_tokens of probe requests (one or two per cell)'
        : `lengths are counted by the server's ${counter.kind} /tokenize endpoint` + (counter.contextSize ? ` (context ${counter.contextSize.toLocaleString('en-US')} tokens)` : ''),
    );
  }

  let model = raw;
  if (options.rpm !== null || options.tpm !== null) model = withRateLimit(model, createRateLimiter({ rpm: options.rpm ?? undefined, tpm: options.tpm ?? undefined }));
  if (options.cache && raw.kind !== 'baseline') {
    const endpoint = [options.baseUrl ?? '', ...options.extraBaseUrls].sort().join(',');
    model = withResponseCache(model, createResponseCache(), endpoint);
  }
  return { model, raw, counter, notes };
}
