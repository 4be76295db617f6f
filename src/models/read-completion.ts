// Reads a chat.completion body as servers send it: content, reasoning beside it, refusals, tool calls, usage.

import { RequestError } from '../errors.js';
import type { ChatResult } from './model.js';

/** What one completion body says, before request bookkeeping (attempts, latency) is added. */
export type CompletionFields = Pick<ChatResult, 'text' | 'finishReason' | 'usage' | 'reasoning' | 'refusal' | 'toolCalls'>;

/**
 * Reads the first choice of a chat.completion. Reasoning arrives beside the content as `reasoning_content`
 * (llama.cpp with --reasoning-format, DeepSeek, vLLM before 0.11) or `reasoning` (vLLM 0.11+, OpenRouter);
 * reasoning tokens as `usage.completion_tokens_details.reasoning_tokens` (OpenAI, OpenRouter). Content may be
 * null or empty when the output limit ran out while the model was still reasoning (`finish_reason: length`),
 * when the API refused (`message.refusal`), or when the model called a tool: those are results, not errors.
 * A body with no choice at all, or null content for no such reason, is a failed request.
 */
export function readCompletion(data: unknown, requestId: string | null = null): CompletionFields {
  const body = data as {
    choices?: Array<{ message?: Record<string, unknown> | null; finish_reason?: string | null }>;
    usage?: Record<string, unknown> & { prompt_tokens_details?: { cached_tokens?: unknown }; completion_tokens_details?: { reasoning_tokens?: unknown } };
    timings?: { prompt_n?: unknown };
  };
  const choice = Array.isArray(body?.choices) ? body.choices[0] : undefined;
  const message = (choice?.message ?? {}) as Record<string, unknown>;
  const finishReason = typeof choice?.finish_reason === 'string' ? choice.finish_reason : null;
  const reasoning = reasoningText(message);
  const refusal = typeof message.refusal === 'string' && message.refusal.trim() !== '' ? message.refusal : null;
  const toolCalls = Array.isArray(message.tool_calls) && message.tool_calls.length > 0
    ? message.tool_calls.map((t: { function?: { name?: unknown } }) => String(t?.function?.name ?? 'unnamed'))
    : null;
  const content = message.content;
  if (typeof content !== 'string' && (!choice || (reasoning === null && refusal === null && toolCalls === null && finishReason !== 'length'))) {
    const why = choice ? `finish_reason ${finishReason ?? 'null'}` : 'no choices';
    throw new RequestError(`empty response (${why})`, { requestId: requestId ?? undefined });
  }
  const usage = body.usage;
  const promptTokens = numberOrNull(usage?.prompt_tokens);
  // llama.cpp reports no cached_tokens; its `timings.prompt_n` counts the tokens it actually computed.
  const promptComputed = numberOrNull(body.timings?.prompt_n);
  const cachedTokens =
    numberOrNull(usage?.prompt_tokens_details?.cached_tokens) ??
    (promptTokens !== null && promptComputed !== null ? Math.max(0, promptTokens - promptComputed) : null);
  const reasoningTokens = numberOrNull(usage?.completion_tokens_details?.reasoning_tokens);
  return {
    text: typeof content === 'string' ? content : '',
    finishReason,
    usage: { promptTokens, completionTokens: numberOrNull(usage?.completion_tokens), cachedTokens, ...(reasoningTokens !== null ? { reasoningTokens } : {}) },
    ...(reasoning !== null ? { reasoning } : {}),
    ...(refusal !== null ? { refusal } : {}),
    ...(toolCalls !== null ? { toolCalls } : {}),
  };
}

/** The reasoning text of a message, under whichever name the server uses; null when absent or empty. */
function reasoningText(message: Record<string, unknown>): string | null {
  for (const key of ['reasoning_content', 'reasoning', 'thinking']) {
    const v = message[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  // OpenRouter's structured form: [{type: 'reasoning.text', text}, {type: 'reasoning.summary', summary}].
  const details = message.reasoning_details;
  if (Array.isArray(details)) {
    const text = details.map((d: { text?: unknown; summary?: unknown }) => (typeof d?.text === 'string' ? d.text : typeof d?.summary === 'string' ? d.summary : '')).join('\n').trim();
    if (text !== '') return text;
  }
  return null;
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
