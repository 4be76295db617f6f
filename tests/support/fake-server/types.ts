// Types of the fake OpenAI-compatible server: options, recorded requests, injected faults.

import type { ChatMessage } from '../../../src/types.js';

/**
 * A failure to inject instead of answering: an HTTP error, or a connection closed without a response.
 * A `status: 200` fault with a body serves that body as a canned response (e.g. a completion without choices).
 */
export type Fault =
  | {
      status: number;
      /** Response body; a typical one for the status when absent. */
      body?: unknown;
      /** `Retry-After` header, in seconds (or an HTTP date string). */
      retryAfter?: number | string;
      /** `retry-after-ms` header. */
      retryAfterMs?: number;
      headers?: Record<string, string>;
    }
  | { drop: true };

/** What the `answer` option receives. */
export interface FakePrompt {
  messages: ChatMessage[];
  /** The document as the model "sees" it (only its end when the `truncate` overflow style cut the prompt). */
  document: string;
  question: string;
}

/** One request as received; the authorization header's value is replaced by `<redacted>`. */
export interface RecordedRequest {
  /** 0-based position among requests of the same list. */
  index: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or null. */
  body: any;
  /** Date.now() at arrival. */
  timestamp: number;
}

/** How the fake behaves. Every option is optional: by default it answers every prompt from its document. */
export interface FakeServerOptions {
  /** Model id listed by GET /v1/models. @default 'fake-model' */
  model?: string;
  /** When a needle's text appears in the document: "The answer is <answer>."; else "I could not find that in the document." */
  needles?: Array<{ text: string; answer: string }>;
  /** Custom answer; wins over `needles`. Default without needles: the document sentence that best matches the question. */
  answer?: (prompt: FakePrompt) => string;
  /** Context size in tokens; larger prompts overflow in `overflowStyle`. @default unlimited */
  contextTokens?: number;
  /** Prompt token counter over all message contents joined by newlines. @default about 4 characters of English, or 0.8 tokens per CJK character (roughTokens) */
  countTokens?: (text: string) => number;
  /**
   * How an overflow looks: OpenAI, vLLM's flat body, llama.cpp with --no-context-shift (400 at n_prompt ≥ n_ctx; 500
   * "context shift is disabled" when the answer runs out of room), Ollama's silent truncation to the context, or
   * llama.cpp's context shift (whole blocks of n_ctx/2 dropped from the start, 200, usage counting what was kept).
   * @default 'openai' ('truncate' with `ollama`)
   */
  overflowStyle?: 'openai' | 'vllm' | 'llamacpp' | 'truncate' | 'context-shift';
  /** llama.cpp's -np: slots share `contextTokens` (each holds contextTokens / slots), and requests beyond them queue. @default 1 */
  slots?: number;
  /** llama.cpp's /props model_path. @default '/models/<model>.gguf' */
  modelPath?: string;
  /** In llama.cpp style, serve POST /apply-template (builds since early 2025). @default true */
  applyTemplate?: boolean;
  /** Listen on this port (to stand in for another server at the same URL). @default a free port */
  port?: number;
  /** Fault for requests other than chat (e.g. a 503 from /tokenize); null answers normally. */
  otherFault?: (req: RecordedRequest) => Fault | null;
  /** Required bearer key; any other gets 401. @default none required */
  apiKey?: string;
  /** Wait before answering each chat request. @unit ms */
  delayMs?: number;
  /** `usage.prompt_tokens` to report; null omits `usage`. @default our estimate (capped at the context when truncating) */
  usagePromptTokens?: (messages: ChatMessage[]) => number | null;
  /** Per-request fault by content or position (consulted after the scripted faults run out). */
  fault?: (req: RecordedRequest, index: number) => Fault | null;
  /** Parameters rejected like a reasoning model does (400 unsupported_parameter / unsupported_value). */
  rejectParameters?: Array<'max_tokens' | 'max_completion_tokens' | 'temperature'>;
  /** Serve GET /v1/models (false: 404, as some servers do). @default true */
  listModels?: boolean;
  /**
   * Serve `POST /tokenize` like vLLM (`{model, messages}` → `{count, max_model_len, tokens}`) or llama.cpp
   * (`{content, add_special}` → `{tokens}`, plus `GET /props` and `POST /apply-template`). In llama.cpp style a chat
   * prompt is rendered with a ChatML template and counted whole, BOS included (see llamacpp.ts): not the sum of
   * its messages' counts plus a constant.
   * @default null (no /tokenize)
   */
  tokenizeStyle?: 'vllm' | 'llamacpp' | null;
  /** Prompt tokens to report as `usage.prompt_tokens_details.cached_tokens`. */
  cachedTokens?: (messages: ChatMessage[]) => number;
  /**
   * Behave like Ollama: serve `GET /api/version`, `GET /api/tags` and the native `POST /api/chat` (which honours
   * `options.num_ctx`), and truncate silently at `contextTokens` on the OpenAI endpoint. @default false
   */
  ollama?: boolean;
  /** Serve the Batch API: `POST /v1/files`, `POST /v1/batches`, `GET /v1/batches/:id`, `GET /v1/files/:id/content`. @default false */
  batch?: boolean;
  /** Retrievals of a batch before it reports `completed` (or how `batchEnd` says it ended). @default 1 */
  batchPolls?: number;
  /**
   * Behave like a reasoning model: it thinks `tokens` tokens before its answer, and thinking counts against
   * `max_tokens` / `max_completion_tokens`, as on every real server. Where the thinking goes depends on the server:
   * - `think-tags`: inside `<think>…</think>` at the start of `content` (llama.cpp with `--reasoning-format none`,
   *   vLLM without a reasoning parser). Cut off while thinking: content is the unterminated `<think>…`.
   * - `reasoning_content`: in `message.reasoning_content`, `content` holds only the answer (llama.cpp with
   *   `--reasoning-format deepseek`, the DeepSeek API, vLLM before 0.11). Cut off while thinking: content `""`.
   * - `reasoning`: in `message.reasoning` (vLLM 0.11+, OpenRouter). Cut off while thinking: content `null`.
   * A cut-off answer has `finish_reason: "length"`. With `reportTokens`, usage carries
   * `completion_tokens_details.reasoning_tokens` (OpenAI, OpenRouter; llama.cpp and vLLM do not report it).
   */
  reasoning?: { style: 'think-tags' | 'reasoning_content' | 'reasoning'; tokens: number; reportTokens?: boolean };
  /**
   * How a batch ends: `completed`, or `expired` with only the first `batchRunsLines` requests run (the rest in the
   * error file with code batch_expired, as OpenAI publishes them). @default 'completed'
   */
  batchEnd?: 'completed' | 'expired';
  /** With `batchEnd: 'expired'`: requests that ran before the window closed. @default half of them */
  batchRunsLines?: number;
}

/** A running fake server. */
export interface FakeServer {
  /** Base URL including /v1, e.g. `http://127.0.0.1:41234/v1`. */
  url: string;
  /** POST /v1/chat/completions requests, in arrival order. */
  requests: RecordedRequest[];
  /** Every other request (GET /v1/models, /tokenize, /api/*, batch routes, unknown paths). */
  otherRequests: RecordedRequest[];
  /** Queues faults, consumed one per chat request (OpenAI or Ollama native) in order. */
  script(faults: Fault[]): void;
  close(): Promise<void>;
}

