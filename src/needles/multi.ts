// Several needles in one prompt: all asked at once (multi-value) or one asked among same-shaped decoys (multi-key).

import type { Needle } from '../types.js';

/** How `--multi k` asks: every needle (recall = fraction found), or one of them with the others as decoys. */
export type MultiMode = 'value' | 'key';

/** The needles of a multi-needle trial. */
export interface MultiNeedles {
  /** What is asked: one question, every answer it expects. */
  needle: Needle;
  /** Further needles placed with the asked one (multi-value), spread over the document. */
  others: Needle[];
  /** Decoys placed elsewhere (multi-key: the other needles). */
  distractors: Array<{ text: string; answers: string[] }>;
}

/** One question asking for every needle; its answers are all of theirs. */
export function combineMultiValue(needles: Needle[]): MultiNeedles {
  if (needles.length === 1) return { needle: needles[0]!, others: [], distractors: [] };
  const parts = needles.map((n, i) => `(${i + 1}) ${n.question.trim()}`).join(' ');
  const needle: Needle = {
    id: `multi-value(${needles.map((n) => n.id).join('+')})`,
    text: needles[0]!.text,
    question: `This question has ${needles.length} parts; answer each part: ${parts}`,
    answers: needles.flatMap((n) => n.answers),
    variant: needles.every((n) => n.variant === needles[0]!.variant) ? needles[0]!.variant : undefined,
    template: needles.map((n) => n.template ?? n.id).join('+'),
    sections: needles[0]!.sections,
  };
  return { needle, others: needles.slice(1), distractors: [] };
}

/** The first needle asked; the others (same shape, other values) placed as decoys. */
export function combineMultiKey(needles: Needle[]): MultiNeedles {
  const [asked, ...rest] = needles;
  return {
    needle: { ...asked!, id: `${asked!.id}.multi-key-${needles.length}` },
    others: [],
    distractors: rest.map((n) => ({ text: n.text, answers: n.answers })),
  };
}
