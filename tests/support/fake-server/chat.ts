// The fake model itself: counts a chat prompt, overflows or truncates at a limit, and answers from the document.

import { findBestSentence } from '../../../src/models/lexical-retriever.js';
import { parsePrompt } from '../../../src/models/parse-prompt.js';
import type { ChatMessage } from '../../../src/types.js';
import { overflowBody, rejectionBody } from './bodies.js';
import { cjkReply, promptLanguage, readPrompt } from './cjk-reader.js';
import { contextShiftKept, countLlamaTokens, renderChatTemplate } from './llamacpp.js';
import type { FakePrompt, FakeServerOptions } from './types.js';

/** Reply when a needle is found. */
export const fakeAnswer = (answer: string): string => `The answer is ${answer}.`;
/** Reply when no needle is found. */
export const FAKE_NOT_FOUND = 'I could not find that in the document.';

/** What one chat turn produced: an answer with counts, or an HTTP error to send. */
export type ChatOutcome =
  | {
      ok: true;
      /** Message content (null: the server sends `content: null`). */
      text: string | null;
      promptTokens: number | null;
      completionTokens: number;
      cachedTokens: number | null;
      truncated: boolean;
      /** `stop`, or `length` when the output limit cut the reply. @default 'stop' */
      finishReason?: string;
      /** Thinking sent beside the content, under this field name. */
      reasoning?: { field: 'reasoning_content' | 'reasoning'; text: string };
      /** `completion_tokens_details.reasoning_tokens` to report. */
      reasoningTokens?: number;
    }
  | { ok: false; status: number; body: unknown };

/** Thinking text of `tokens` tokens (about four characters each). */
function thinking(tokens: number): string {
  const line = 'Let me look through the document for the passage the question refers to. ';
  return line.repeat(Math.ceil((tokens * 4) / line.length)).slice(0, tokens * 4).trim();
}

/** A reply as a reasoning model sends it through a server of the given style, under an output limit. */
function reasoned(answer: string, opts: NonNullable<FakeServerOptions['reasoning']>, limit: number): Pick<Extract<ChatOutcome, { ok: true }>, 'text' | 'completionTokens' | 'finishReason' | 'reasoning' | 'reasoningTokens'> {
  const answerTokens = Math.ceil(answer.length / 4);
  const cutThinking = limit < opts.tokens;
  const thought = thinking(cutThinking ? limit : opts.tokens);
  const cutAnswer = !cutThinking && limit < opts.tokens + answerTokens;
  const said = cutAnswer ? answer.slice(0, (limit - opts.tokens) * 4) : answer;
  const completionTokens = Math.min(limit, opts.tokens + answerTokens);
  const common = { completionTokens, finishReason: cutThinking || cutAnswer ? 'length' : 'stop', ...(opts.reportTokens ? { reasoningTokens: Math.min(limit, opts.tokens) } : {}) };
  if (opts.style === 'think-tags') return { ...common, text: cutThinking ? `<think>\n${thought}` : `<think>\n${thought}\n</think>\n\n${said}` };
  const field = opts.style;
  return { ...common, text: cutThinking ? (field === 'reasoning' ? null : '') : said, reasoning: { field, text: thought } };
}

/** The context limit and how to behave past it. */
export interface Limit {
  tokens: number | undefined;
  style: 'openai' | 'vllm' | 'llamacpp' | 'truncate' | 'context-shift';
}

/** The fake's model, shared by the OpenAI, Ollama-native and batch routes. */
export interface FakeModel {
  /** Prompt tokens of a chat, template included (what usage and vLLM's /tokenize report). */
  promptTokens(messages: ChatMessage[]): number;
  /** Tokens of one text (what vLLM's /tokenize reports for a prompt). */
  countText(text: string): number;
  /** Tokens of one text as llama.cpp's /tokenize counts it (special tokens, BOS with add_special). */
  countLlama(text: string, opts: { addSpecial?: boolean; parseSpecial?: boolean }): number;
  /** Answers one chat body: parameters checked, the context enforced as `limit` says. */
  respond(body: any, limit: Limit): ChatOutcome;
}

/**
 * A real tokenizer's count, roughly: about four characters of English per token, and about 0.8 tokens per Chinese
 * character or kana (o200k_base measures 0.7–0.8 on Japanese and Chinese documents, cl100k_base about 1.0–1.1).
 */
export function roughTokens(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/g)?.length ?? 0;
  return Math.ceil(cjk * 0.8 + (text.length - cjk) / 4);
}

/** Builds the fake model from the server options. */
export function createFakeModel(opts: FakeServerOptions): FakeModel {
  const countText = (text: string) => (opts.countTokens ? opts.countTokens(text) : roughTokens(text));
  const promptTokens = (messages: ChatMessage[]): number => {
    // llama.cpp tokenizes the rendered template with BOS and special tokens, as its chat endpoint does.
    if (opts.tokenizeStyle === 'llamacpp') return countLlamaTokens(renderChatTemplate(messages), countText, { addSpecial: true });
    return countText(messages.map((m) => String(m.content)).join('\n'));
  };

  function reply(prompt: FakePrompt, visible: string): string {
    if (opts.answer) return opts.answer(prompt);
    // A Japanese or Chinese prompt (its instructions and question, the document aside) is read and answered in that language.
    const user = [...prompt.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    const frame = `${prompt.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n')}\n${user.replace(readPrompt(user).document, '')}`;
    const lang = promptLanguage(frame);
    if (lang !== 'en') return cjkReply(lang, visible, opts.needles);
    if (opts.needles) {
      const hit = opts.needles.find((n) => visible.includes(n.text) && prompt.document.includes(n.text));
      return hit ? fakeAnswer(hit.answer) : FAKE_NOT_FOUND;
    }
    return findBestSentence(prompt.document, prompt.question).sentence ?? FAKE_NOT_FOUND;
  }

  function respond(body: any, limit: Limit): ChatOutcome {
    if (!body || !Array.isArray(body.messages)) {
      return { ok: false, status: 400, body: { error: { message: 'messages is required', type: 'invalid_request_error' } } };
    }
    const rejected = (opts.rejectParameters ?? []).find((p) => body[p] !== undefined);
    if (rejected) return { ok: false, status: 400, body: rejectionBody(rejected) };

    const messages = body.messages as ChatMessage[];
    const full = messages.map((m) => String(m.content)).join('\n');
    const count = promptTokens(messages);
    // llama.cpp needs room for at least one generated token: a prompt of n_ctx tokens does not fit.
    const llama = limit.style === 'llamacpp' || limit.style === 'context-shift';
    const overflow = limit.tokens !== undefined && (llama ? count >= limit.tokens : count > limit.tokens);
    if (overflow && limit.style !== 'truncate' && limit.style !== 'context-shift') {
      return { ok: false, status: 400, body: overflowBody(limit.style, limit.tokens!, count, body.max_tokens ?? body.max_completion_tokens) };
    }
    const parsed = parsePrompt(messages);
    let document = parsed.document;
    let visible = full;
    // Ollama keeps its context's worth from the end; context shift keeps what its block arithmetic leaves.
    const kept = !overflow ? count : limit.style === 'context-shift' ? contextShiftKept(count, limit.tokens!) : limit.tokens!;
    if (overflow) {
      // Either way the end of the prompt survives: the start of the document (and the instructions) are gone.
      const cut = Math.round(full.length * (1 - kept / count));
      visible = full.slice(Math.max(0, cut));
      const docStart = full.indexOf(document);
      document = document.slice(Math.max(0, Math.min(document.length, cut - docStart)));
    }
    const text = reply({ messages, document, question: parsed.question }, visible);
    const completionTokens = Math.ceil(text.length / 4);
    if (limit.style === 'llamacpp' && limit.tokens !== undefined && count + completionTokens > limit.tokens) {
      // --no-context-shift: generation ran out of room (llama.cpp answers 500, not a length stop).
      return { ok: false, status: 500, body: { error: { code: 500, message: 'Context size has been exceeded. context shift is disabled', type: 'server_error' } } };
    }
    const reported = opts.usagePromptTokens ? opts.usagePromptTokens(messages) : kept;
    const common = { ok: true as const, promptTokens: reported ?? null, cachedTokens: opts.cachedTokens ? opts.cachedTokens(messages) : null, truncated: overflow };
    if (opts.reasoning) {
      const max = body.max_completion_tokens ?? body.max_tokens;
      return { ...common, ...reasoned(text, opts.reasoning, typeof max === 'number' ? max : Infinity) };
    }
    return { ...common, text, completionTokens };
  }

  return { promptTokens, countText, countLlama: (text, o) => countLlamaTokens(text, countText, o), respond };
}

/** A chat.completion body for an answer (usage omitted when the prompt count is null). */
export function completionBody(outcome: Extract<ChatOutcome, { ok: true }>, model: string, requestId: string): unknown {
  const { text, promptTokens, completionTokens, cachedTokens, reasoning, reasoningTokens } = outcome;
  const message: Record<string, unknown> = { role: 'assistant', content: text };
  if (reasoning) message[reasoning.field] = reasoning.text;
  return {
    id: `chatcmpl-${requestId}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, finish_reason: outcome.finishReason ?? 'stop', logprobs: null }],
    ...(promptTokens === null
      ? {}
      : {
          usage: {
            prompt_tokens: promptTokens,
            completion_tokens: completionTokens,
            total_tokens: promptTokens + completionTokens,
            ...(cachedTokens === null ? {} : { prompt_tokens_details: { cached_tokens: cachedTokens } }),
            ...(reasoningTokens === undefined ? {} : { completion_tokens_details: { reasoning_tokens: reasoningTokens } }),
          },
        }),
  };
}
