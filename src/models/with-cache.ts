// A Model decorator that answers from the on-disk response cache and stores what the server returns.

import type { ResponseCache } from '../run/response-cache.js';
import { decorateModel } from './decorate.js';
import type { ChatRequest, ChatResult, Model } from './model.js';

/**
 * Wraps a model so a prompt already answered (same endpoint, server identity, model, parameters and messages)
 * is not sent again. `endpoint` names the server in the key (for replicas: every URL, sorted); `server` is what
 * the server says about the model behind the name (see probeServerIdentity).
 */
export function withResponseCache(model: Model, cache: ResponseCache, endpoint: string, server: Record<string, unknown> = {}): Model {
  const keyOf = (req: ChatRequest) =>
    cache.key({ baseUrl: endpoint, model: model.id, server, params: { temperature: req.temperature ?? null, maxOutputTokens: req.maxOutputTokens ?? null }, messages: req.messages });
  return decorateModel(model, async (req): Promise<ChatResult> => {
    const key = keyOf(req);
    const hit = cache.get(key);
    if (hit) {
      const { created, ...cached } = hit;
      return { ...cached, requestId: null, attempts: 0, latencyMs: 0, fromCache: true, cachedAt: created };
    }
    const result = await model.complete(req);
    cache.put(key, {
      text: result.text,
      finishReason: result.finishReason,
      usage: result.usage,
      created: new Date().toISOString(),
      ...(result.reasoning ? { reasoning: result.reasoning } : {}),
      ...(result.refusal ? { refusal: result.refusal } : {}),
      ...(result.toolCalls ? { toolCalls: result.toolCalls } : {}),
    });
    return result;
  });
}
