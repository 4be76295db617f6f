// llama.cpp's server as measured and as its source reads (tools/server): a real chat template, special tokens,
// /apply-template, /tokenize with add_special, slots sharing the context, and context shift's block arithmetic.

import type { ChatMessage } from '../../../src/types.js';

/** The special tokens of the fake's ChatML template: one token each when special tokens are parsed. */
const SPECIAL = /<\|im_start\|>|<\|im_end\|>/g;

/** The fake model's BOS: added by /tokenize with add_special (and by the chat endpoint), never part of the template text. */
export const FAKE_BOS = 1;

/**
 * The prompt llama.cpp's /apply-template returns for the fake's ChatML template, generation prompt included.
 * Unlike a per-message formula, the role names and newlines are text tokenized together with the content.
 */
export function renderChatTemplate(messages: ChatMessage[]): string {
  return messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join('') + '<|im_start|>assistant\n';
}

/**
 * Tokens of `text` as the fake's /tokenize counts them: special tokens as one each (parse_special, the default),
 * the text between them with `countText` (so `system\n<content>` is counted as one piece, as a BPE would),
 * plus BOS with add_special.
 */
export function countLlamaTokens(text: string, countText: (text: string) => number, opts: { addSpecial?: boolean; parseSpecial?: boolean } = {}): number {
  const bos = opts.addSpecial ? FAKE_BOS : 0;
  if (opts.parseSpecial === false) return bos + (text === '' ? 0 : countText(text));
  const specials = text.match(SPECIAL)?.length ?? 0;
  const pieces = text.split(SPECIAL).filter((piece) => piece !== '');
  return bos + specials + pieces.reduce((n, piece) => n + countText(piece), 0);
}

/**
 * What context shift keeps of a prompt of `n` tokens in a slot of `nCtx` (tools/server, n_keep 0 by default):
 * whole blocks of (nCtx − nKeep) / 2 tokens are erased after the first nKeep until the prompt fits.
 * 4,621 in 4,096 → 2,573; 22,122 in 16,384 → 13,930.
 */
export function contextShiftKept(n: number, nCtx: number, nKeep = 0): number {
  if (n < nCtx) return n;
  const keep = Math.min(nCtx - 4, nKeep);
  const block = Math.floor((nCtx - keep) / 2);
  const erased = Math.floor((n - keep - block) / block);
  return n - erased * block;
}

/** Releases a request's slot; a request beyond the slot count waits for one, as in llama.cpp's task queue. */
export function createSlots(count: number): { acquire(): Promise<() => void> } {
  let free = count;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    acquire(): Promise<() => void> {
      if (free > 0) {
        free--;
        return Promise.resolve(release);
      }
      return new Promise((resolve) => waiting.push(() => resolve(release)));
    },
  };
}
