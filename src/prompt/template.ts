// The chat prompt around the document: fixed text before it (cache-friendly), the question after it.

import type { ChatMessage } from '../types.js';

/** System message: the same for every prompt of every sweep. */
export const SYSTEM_PROMPT =
  'You are a careful reader. Answer questions using only the document the user provides. ' +
  'If the document does not contain the answer, say that it does not.';

/** Text of the user message before the document. */
export const DOCUMENT_PREFIX = 'Read the document below, then answer the question that follows it.\n\n<document>\n';

/** Text of the user message after the document, up to the question. */
export const DOCUMENT_SUFFIX =
  '\n</document>\n\nAnswer using only the document above, in one short sentence that states the answer.\nQuestion: ';

/** Text of the user message after the document. */
export function questionSuffix(question: string): string {
  return DOCUMENT_SUFFIX + question.replace(/\s+/g, ' ').trim();
}

/** The chat messages for one trial. */
export function renderMessages(documentText: string, question: string): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: DOCUMENT_PREFIX + documentText + questionSuffix(question) },
  ];
}

/** System message of a control trial: there is no document, so no "say it is not there" — a best guess is asked for. */
export const CONTROL_SYSTEM_PROMPT =
  'You are answering quiz questions without any document. Always give your single best guess as a specific answer, even when unsure; never refuse.';

/** The messages for a control trial: the same question with no document, asking for a best guess. */
export function renderControlMessages(question: string): ChatMessage[] {
  return [
    { role: 'system', content: CONTROL_SYSTEM_PROMPT },
    { role: 'user', content: `Give your best guess in one short sentence.\nQuestion: ${question.replace(/\s+/g, ' ').trim()}` },
  ];
}

/**
 * Tokens a chat request adds around message contents, as OpenAI's chat format counts them:
 * 3 per message plus its role, and 3 that prime the reply.
 */
export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_REPLY_PRIMING = 3;
