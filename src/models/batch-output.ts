// Models that never reach a server: an offline stand-in for planning, and one that answers from a batch output file.

import { ContextOverflowError, RequestError } from '../errors.js';
import type { ChatMessage } from '../types.js';
import { sha256 } from '../util/hash.js';
import type { BatchResult } from '../run/batch.js';
import type { ChatResult, Model } from './model.js';
import { readCompletion } from './read-completion.js';

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
      return {
        ...readCompletion(result.body),
        requestId: null,
        attempts: 1,
        latencyMs: 0,
      };
    },
  };
}
