// How the run's tokenizer counts a chat prompt around its document: the tokens outside the text that holds the
// document, and that text's fixed start and end. With a model's chat template, the prompt counted is the fully
// templated one (BOS, role markers, generation prompt) exactly as its server tokenizes it.

import { UsageError } from '../errors.js';
import type { ChatMessage, Tokenizer } from '../types.js';
import { TOKENS_PER_MESSAGE, TOKENS_REPLY_PRIMING } from './template.js';

/**
 * A prompt = `context` + `head` + document + `tail` + the rest. The document's piece (`head` … `tail`) lies between
 * two special tokens of the template (or the prompt's ends), so the tokenizer cannot merge across its ends:
 * promptTokens = outside + tokens of (head + document + tail) counted after `context`.
 */
export interface ChatFrame {
  /** Tokens outside the document's piece: chat format or template, system message, generation prompt. */
  outside: number;
  /** Text of the piece before the document (the user message's start, and template text after the last special token). */
  head: string;
  /** Text of the piece after the document, up to the next special token. */
  tail: string;
  /** The prompt's text before the piece, for counting its start in place (empty: the piece starts a text). */
  context: string;
  /** Tokens of the prompt before the document (for prefix-cache ordering). */
  before: number;
}

/** Tokens of a chat request with these system and user contents in OpenAI's chat format, besides the contents. */
function openAiOverhead(tokenizer: Tokenizer): number {
  return 2 * TOKENS_PER_MESSAGE + tokenizer.count('system') + tokenizer.count('user') + TOKENS_REPLY_PRIMING;
}

/** Special tokens and the whitespace they strip, as character spans of a short text. */
type SpanFinder = (text: string) => Array<[number, number]>;

const frames = new WeakMap<Tokenizer, Map<string, ChatFrame>>();

/**
 * The frame of a prompt whose system message is `system` and whose user message is `userBefore` + document +
 * `userAfter`. Cached per tokenizer and texts.
 */
export function frameChat(tokenizer: Tokenizer, system: string, userBefore: string, userAfter: string): ChatFrame {
  let cache = frames.get(tokenizer);
  if (!cache) frames.set(tokenizer, (cache = new Map()));
  const key = JSON.stringify([system, userBefore, userAfter]);
  let frame = cache.get(key);
  if (!frame) {
    frame = computeFrame(tokenizer, system, userBefore, userAfter);
    cache.set(key, frame);
  }
  return frame;
}

function computeFrame(tokenizer: Tokenizer, system: string, userBefore: string, userAfter: string): ChatFrame {
  const spans = (tokenizer as Tokenizer & { addedTokenSpans?: SpanFinder }).addedTokenSpans;
  if (!tokenizer.renderChat || !spans) {
    const added = (tokenizer as Tokenizer & { specialTokensAdded?: number }).specialTokensAdded;
    if (added !== undefined) {
      // A model's tokenizer without a chat template (only the in-process baseline runs so): the two messages as
      // one text, with the BOS/EOS its tokenizer adds.
      const head = `${system}\n\n${userBefore}`;
      return { outside: added, head, tail: userAfter, context: '', before: added + tokenizer.count(head) };
    }
    const outside = openAiOverhead(tokenizer) + tokenizer.count(system);
    return { outside, head: userBefore, tail: userAfter, context: '', before: outside + tokenizer.count(userBefore) };
  }
  const render = (document: string) =>
    tokenizer.renderChat!([
      { role: 'system', content: system },
      { role: 'user', content: userBefore + document + userAfter },
    ] satisfies ChatMessage[]);
  // Two stand-ins for the document: the template must place the message verbatim, whatever it holds.
  const A = '\uE000needle-document-A\uE001';
  const B = 'needle document B';
  const withA = render(A);
  const at = withA.indexOf(A);
  const before = withA.slice(0, at);
  const after = withA.slice(at + A.length);
  if (at < 0 || withA.indexOf(A, at + 1) >= 0 || render(B) !== before + B + after) {
    throw new UsageError(`the chat template of ${tokenizer.name} does not place the user message verbatim in the prompt, so prompts cannot be counted exactly`, {
      hint: 'pass a template that does with --chat-template <file>',
    });
  }
  // The document's piece starts after the last special token before it and ends at the first one after it.
  const lastBefore = spans(before).filter(([, end]) => end <= before.length).at(-1);
  const firstAfter = spans(after)[0];
  const cut = lastBefore ? lastBefore[1] : 0;
  const end = firstAfter ? firstAfter[0] : after.length;
  const context = before.slice(0, cut);
  const head = before.slice(cut);
  const tail = after.slice(0, end);
  const rest = after.slice(end);
  const outside = tokenizer.count(context) + tokenizer.count(rest);
  return { outside, head, tail, context, before: tokenizer.count(before) };
}
