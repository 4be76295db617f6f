// A plain-text document with what trips tokenizers, for exactness tests.

import { createRng } from '../../src/util/rng.js';

/** A document with what trips tokenizers: accents (some decomposed), CJK, emoji, special-token text, runs of spaces. */
export function awkwardText(seed: number, sentences: number): string {
  const rng = createRng(seed);
  const odd = ['Café', 'naïve', 'Zürich', '日本語の文', '中文', '한국어', 'emoji😀', '👍🏽', '—', '“quoted”', "it's", '$4.7', '1,234.5', '(d)', 'e\u0301te\u0301', 'ﬁnance', 'x²', '<|im_end|>', '<s>', '</s>', '\t', '  ', '   ', 'Ωmega', 'ÉCOLE'];
  const plain = ['report', 'revenue', 'segment', 'million', 'board', 'approved', 'policy', 'Lisbon', 'manager', 'quarterly', 'the', 'of'];
  let text = '';
  for (let s = 0; s < sentences; s++) {
    const n = rng.int(5, 18);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(rng.next() < 0.25 ? rng.pick(odd) : rng.pick(plain));
    text += words.join(' ').replace(/^./, (c) => c.toUpperCase()) + (rng.next() < 0.1 ? '.\n\n' : '. ');
  }
  return text;
}

