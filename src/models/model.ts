// The Model interface every backend implements: one chat completion in, text and usage out, classified errors thrown.

import type { ChatMessage } from '../types.js';

/** One chat completion request, as the runner sends it. */
export interface ChatRequest {
  messages: ChatMessage[];
  /** Sampling temperature; omitted from the request when undefined (and dropped if the server rejects it). */
  temperature?: number;
  /** Output token limit, sent as `max_tokens` (or `max_completion_tokens` where the server wants that). */
  maxOutputTokens?: number;
  /** Aborts the request and any backoff wait; `complete` then throws a RequestError. */
  signal?: AbortSignal;
  /** Our count of the prompt's tokens, when known (rate limiting by tokens per minute). */
  promptTokens?: number;
}

/** Token counts reported by the server; null where it reported none. */
export interface ChatUsage {
  promptTokens: number | null;
  completionTokens: number | null;
  /** Prompt tokens served from the server's prefix cache, when it says so. */
  cachedTokens: number | null;
  /** Output tokens spent reasoning (`completion_tokens_details.reasoning_tokens`), when the server says so. */
  reasoningTokens?: number | null;
}

/** A successful completion. */
export interface ChatResult {
  /** The message content as received ('' when the server sent none: cut off while reasoning, a refusal, a tool call). */
  text: string;
  finishReason: string | null;
  usage: ChatUsage;
  /** The server's `x-request-id`, when it sent one. */
  requestId: string | null;
  /** Requests sent, retries and parameter fallbacks included (1 when the first one succeeded). */
  attempts: number;
  /** Duration of the successful request in milliseconds (backoff waits and failed attempts excluded). */
  latencyMs: number;
  /** True when the answer came from the local response cache (nothing was sent). */
  fromCache?: boolean;
  /** Reasoning returned beside the content (`reasoning_content`, `reasoning`, Ollama's `thinking`); null when none. */
  reasoning?: string | null;
  /** The API's refusal message (`message.refusal`) when it declined to answer. */
  refusal?: string | null;
  /** Names of the tools the model called instead of answering in text. */
  toolCalls?: string[] | null;
  /** With fromCache: when the server gave that answer (ISO time). */
  cachedAt?: string;
}

/**
 * A model under test. `complete` throws only the classified errors of src/errors.ts:
 * ContextOverflowError (prompt too long), EndpointError (fatal for the sweep), RequestError (this request failed).
 */
export interface Model {
  /** Model name as sent to the server, or `baseline`. */
  readonly id: string;
  /** `ollama` for Ollama's native /api/chat; every other server is `openai-compatible`. */
  readonly kind: 'baseline' | 'openai-compatible' | 'ollama';
  /** Base URL including `/v1`, null for the in-process baseline. */
  readonly baseUrl: string | null;
  /** Model ids the server listed during `probe()`; null before probing or when it lists none. */
  readonly listedModels?: readonly string[] | null;
  /** Sends one chat completion. */
  complete(req: ChatRequest): Promise<ChatResult>;
  /** Cheap check before a sweep: throws EndpointError when unreachable or the key is rejected. */
  probe(): Promise<void>;
}
