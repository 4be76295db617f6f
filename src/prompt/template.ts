// The chat prompt around the document: fixed text before it (cache-friendly), the question after it.

import type { ChatMessage, Lang } from '../types.js';

/** System message: the same for every prompt of every sweep. */
export const SYSTEM_PROMPT =
  'You are a careful reader. Answer questions using only the document the user provides. ' +
  'If the document does not contain the answer, say that it does not.';

/** Text of the user message before the document. */
export const DOCUMENT_PREFIX = 'Read the document below, then answer the question that follows it.\n\n<document>\n';

/** Text of the user message after the document, up to the question. */
export const DOCUMENT_SUFFIX =
  '\n</document>\n\nAnswer using only the document above, in one short sentence that states the answer.\nQuestion: ';

/** Text of the user message after the document, in the frame's language. */
export function questionSuffix(question: string, lang: Lang = 'en'): string {
  return PROMPT_FRAMES[lang].documentSuffix + question.replace(/\s+/g, ' ').trim();
}

/** The chat messages for one trial, framed in the document's language. */
export function renderMessages(documentText: string, question: string, lang: Lang = 'en'): ChatMessage[] {
  const frame = PROMPT_FRAMES[lang];
  return [
    { role: 'system', content: frame.system },
    { role: 'user', content: frame.documentPrefix + documentText + questionSuffix(question, lang) },
  ];
}

/** System message of a control trial: there is no document, so no "say it is not there" — a best guess is asked for. */
export const CONTROL_SYSTEM_PROMPT =
  'You are answering quiz questions without any document. Always give your single best guess as a specific answer, even when unsure; never refuse.';

/** The messages for a control trial: the same question with no document, asking for a best guess (in the frame's language). */
export function renderControlMessages(question: string, lang: Lang = 'en'): ChatMessage[] {
  const frame = PROMPT_FRAMES[lang];
  return [
    { role: 'system', content: frame.controlSystem },
    { role: 'user', content: `${frame.controlRequest}\n${frame.questionLabel}${question.replace(/\s+/g, ' ').trim()}` },
  ];
}

/**
 * The fixed text around a document and its question, in one language. The document sits between `<document>` lines
 * in every language (markup, not prose); the question follows the frame's `questionLabel` on the last line.
 */
export interface PromptFrame {
  lang: Lang;
  system: string;
  /** User message before the document (ends with the `<document>` line). */
  documentPrefix: string;
  /** User message after the document, up to the question (ends with `questionLabel`). */
  documentSuffix: string;
  /** The label that starts the question line: `Question: `, `質問：`, `问题：`. */
  questionLabel: string;
  /** System message of a control trial (no document: a best guess). */
  controlSystem: string;
  /** The control trial's request, on the line before the question. */
  controlRequest: string;
}

/**
 * Prompt frames by language. English is the frame every earlier run used, byte for byte. Japanese and Chinese are
 * written natively (not translated word for word): the same instructions — answer from the document only, say so
 * when it is not there, one short sentence that states the answer — as a reader of that language would phrase them.
 */
export const PROMPT_FRAMES: Record<Lang, PromptFrame> = {
  en: {
    lang: 'en',
    system: SYSTEM_PROMPT,
    documentPrefix: DOCUMENT_PREFIX,
    documentSuffix: DOCUMENT_SUFFIX,
    questionLabel: 'Question: ',
    controlSystem: CONTROL_SYSTEM_PROMPT,
    controlRequest: 'Give your best guess in one short sentence.',
  },
  ja: {
    lang: 'ja',
    system: 'あなたは注意深い読み手です。ユーザーが示す文書の内容だけを根拠に質問に答えてください。文書に答えが書かれていない場合は、記載がないと答えてください。',
    documentPrefix: '次の文書を読み、その後に続く質問に答えてください。\n\n<document>\n',
    documentSuffix: '\n</document>\n\n上の文書の内容だけを根拠に、答えを述べる短い一文で回答してください。\n質問：',
    questionLabel: '質問：',
    controlSystem: 'あなたは文書を見ずにクイズに答えています。確信がなくても、最もありそうな具体的な答えを必ず一つ挙げてください。回答を断らないでください。',
    controlRequest: '最もありそうな答えを短い一文で推測してください。',
  },
  zh: {
    lang: 'zh',
    system: '你是一位细心的读者。请仅根据用户提供的文档回答问题。如果文档中没有答案，请说明文档中没有提到。',
    documentPrefix: '请阅读下面的文档，然后回答文档之后的问题。\n\n<document>\n',
    documentSuffix: '\n</document>\n\n请仅根据上面的文档，用一句简短的话直接给出答案。\n问题：',
    questionLabel: '问题：',
    controlSystem: '你正在没有任何文档的情况下回答问答题。即使不确定，也一定要给出你认为最可能的一个具体答案，不要拒绝回答。',
    controlRequest: '请用一句简短的话给出你最有把握的猜测。',
  },
};

/**
 * Tokens a chat request adds around message contents, as OpenAI's chat format counts them:
 * 3 per message plus its role, and 3 that prime the reply.
 */
export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_REPLY_PRIMING = 3;
