// The in-process keyword baseline: answers with the document sentence that best matches the question (BM25).

import { RequestError } from '../errors.js';
import { findBestSentence } from './lexical-retriever.js';
import type { ChatRequest, ChatResult, Model } from './model.js';
import { parsePrompt } from './parse-prompt.js';

/** What the baseline answers when no sentence shares a word with the question. */
export const BASELINE_NOT_FOUND = 'The document does not contain this information.';

/** A Model that needs no server: a lexical floor to compare real models against, and a fast way to try the pipeline. */
export function createBaselineModel(): Model {
  return {
    id: 'baseline',
    kind: 'baseline',
    baseUrl: null,
    listedModels: null,
    async complete(req: ChatRequest): Promise<ChatResult> {
      if (req.signal?.aborted) throw new RequestError('request aborted', { cause: req.signal.reason });
      const started = performance.now();
      const { document, question } = parsePrompt(req.messages);
      const { sentence } = findBestSentence(document, question);
      return {
        text: sentence ?? BASELINE_NOT_FOUND,
        finishReason: 'stop',
        usage: { promptTokens: null, completionTokens: null, cachedTokens: null },
        requestId: null,
        attempts: 1,
        latencyMs: performance.now() - started,
      };
    },
    async probe(): Promise<void> {},
  };
}
