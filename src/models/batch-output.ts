// Models that never reach a server: an offline stand-in for planning, and one that answers from a batch output file.

import { ContextOverflowError, RequestError } from '../errors.js';
import type { ChatMessage } from '../types.js';
import { sha256 } from '../util/hash.js';
import type { BatchResult } from '../run/batch.js';
import type { ChatResult, Model } from './model.js';

/** A model that only plans: probing succeeds, sending is an error (used by `needle export`). */
export function offlineModel(id: string): Model {
  return {
    id,
    kind: 'openai-compatible',
    baseUrl: null,
    probe: async () => undefined,
    complete: async () => {
      throw new RequestError('offline: this model only plans prompts');
    },
  };
}

const OVERFLOW = /context length|context_length_exceeded|maximum context|too many tokens|exceeds the available context|prompt is too long/i;

/**
 * A model that answers each prompt from a Batch API / `vllm run-batch` output, matched by prompt:
 * `ids` maps a prompt's SHA-256 (of its messages) to the request's custom_id.
 */
export function batchOutputModel(id: string, results: Map<string, BatchResult>, ids: Map<string, string>): Model {
  return {
    id,
    kind: 'openai-compatible',
    baseUrl: null,
    probe: async () => undefined,
    async complete(req): Promise<ChatResult> {
      const customId = ids.get(sha256(JSON.stringify(req.messages as ChatMessage[])));
      const result = customId ? results.get(customId) : undefined;
      if (!result) throw new RequestError('no answer for this prompt in the batch output');
      if (!result.ok) {
        if (OVERFLOW.test(result.message)) throw new ContextOverflowError(result.message, { status: result.status ?? undefined });
        throw new RequestError(result.status ? `HTTP ${result.status}: ${result.message}` : result.message, { status: result.status ?? undefined });
      }
      const body = result.body as {
        choices?: Array<{ message?: { content?: string | null }; finish_reason?: string | null }>;
        usage?: { prompt_tokens?: number; completion_tokens?: number; prompt_tokens_details?: { cached_tokens?: number } };
      };
      const text = body.choices?.[0]?.message?.content;
      if (typeof text !== 'string') throw new RequestError('empty response in batch output');
      return {
        text,
        finishReason: body.choices?.[0]?.finish_reason ?? null,
        usage: {
          promptTokens: body.usage?.prompt_tokens ?? null,
          completionTokens: body.usage?.completion_tokens ?? null,
          cachedTokens: body.usage?.prompt_tokens_details?.cached_tokens ?? null,
        },
        requestId: null,
        attempts: 1,
        latencyMs: 0,
      };
    },
  };
}
