// Turns the endpoint options into the Model a sweep sends to: replicas, Ollama's native API, rate limits, the response cache.

import { UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import type { Model } from '../models/model.js';
import { createOllamaNativeModel, detectOllama } from '../models/ollama-native.js';
import { createModel } from '../models/registry.js';
import { createReplicaModel } from '../models/replicas.js';
import { probeServerIdentity, type ServerIdentity } from '../models/server-identity.js';
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
  /** What the (first) server said about itself: identity for the cache and run.json, llama.cpp's slots and context. */
  server: ServerIdentity | null;
  notes: string[];
  /** Things the user should know before the sweep starts. */
  warnings: string[];
}

/** Context Ollama is asked for: the longest prompt with room for the model's own tokenizer (up to 30% more) and the answer. */
export function ollamaContext(maxLength: number, maxOutputTokens: number | null): number {
  return Math.ceil((maxLength * 1.3 + (maxOutputTokens ?? 512) + 256) / 1024) * 1024;
}

/** Builds and probes the sweep's model. */
export async function resolveModel(options: SweepOptions, injected?: Model, transport?: typeof fetch, { allowChat = true } = {}): Promise<ResolvedModel> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const client = { apiKey: options.apiKey ?? undefined, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries, headers: options.headers, ...(transport ? { fetch: transport } : {}) };
  let raw: Model;
  if (injected) raw = injected;
  else {
    const urls = options.baseUrl ? [options.baseUrl, ...options.extraBaseUrls] : [];
    const one = async (baseUrl: string | null): Promise<Model> => {
      if (baseUrl && options.model && options.ollamaNative && (await detectOllama(baseUrl, transport))) {
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
    counter =
      (await probeServerCounter({ baseUrl: options.baseUrl, model: options.model, apiKey: options.apiKey ?? undefined, headers: options.headers, fetch: transport, allowChat })) ??
      usageCounter(raw);
    notes.push(
      counter.kind === 'usage'
        ? 'the server has no /tokenize: lengths are calibrated from usage.prompt_tokens of probe requests (one or two per cell)'
        : `lengths are counted by the server: ${counter.how}` + (counter.contextSize ? ` (context ${counter.contextSize.toLocaleString('en-US')} tokens per request)` : ''),
    );
  }

  // What each server says it serves: the cache tells models apart by it, and run.json records it.
  const urls = options.baseUrl && !injected ? [options.baseUrl, ...options.extraBaseUrls] : [];
  const identities = await Promise.all(
    urls.map((baseUrl) => probeServerIdentity({ baseUrl, model: options.model ?? '', apiKey: options.apiKey ?? undefined, headers: options.headers, fetch: transport })),
  );
  const server = identities[0] ?? null;
  if (server?.totalSlots && options.concurrency > server.totalSlots * identities.length) {
    const slots = server.totalSlots * identities.length;
    warnings.push(
      `the server computes ${slots} request${slots === 1 ? '' : 's'} at a time (llama.cpp total_slots): with -j ${options.concurrency} the others wait inside it, ` +
        `and their latency includes that wait; use -j ${slots}`,
    );
  }

  let model = raw;
  if (options.rpm !== null || options.tpm !== null) model = withRateLimit(model, createRateLimiter({ rpm: options.rpm ?? undefined, tpm: options.tpm ?? undefined }));
  if (options.cache && raw.kind !== 'baseline') {
    const endpoint = [options.baseUrl ?? '', ...options.extraBaseUrls].sort().join(',');
    const cache = createResponseCache({ ttlMs: options.cacheTtlMs ?? undefined });
    const identity = Object.fromEntries(urls.map((url, i) => [url, { kind: identities[i]!.kind, ...identities[i]!.fingerprint }]));
    model = withResponseCache(model, cache, endpoint, identity);
    const ttl = options.cacheTtlMs === null ? 'kept forever' : `used for ${formatDuration(options.cacheTtlMs)}`;
    notes.push(`response cache on (${cache.dir}; answers ${ttl}): prompts this server and model answered before are not sent again`);
    if (!identities.every((i) => i.identifiesWeights)) {
      const said = Object.keys(server?.fingerprint ?? {}).join(', ');
      warnings.push(
        `the server does not identify the weights behind ${options.model} (it tells ${said ? `only ${said}` : 'nothing but the name'}): ` +
          `after swapping the model behind that name at this URL, run with --no-cache, or the old model's cached answers are reused`,
      );
    }
  }
  return { model, raw, counter, server, notes, warnings };
}

/** `7 days`, `12 hours`, `30 minutes`. */
function formatDuration(ms: number): string {
  const units: Array<[number, string]> = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1_000, 'second'],
  ];
  for (const [size, name] of units) {
    if (ms >= size && ms % size === 0) return `${ms / size} ${name}${ms / size === 1 ? '' : 's'}`;
  }
  return `${Math.round(ms / 1000)} seconds`;
}
