// Builds prompts in the lead's format (instructions, document between tag lines, question last) for model tests.

import type { ChatMessage } from '../../../src/types.js';

/** The two messages of one needle prompt. */
export function needlePrompt(document: string, question: string): ChatMessage[] {
  return [
    { role: 'system', content: 'You answer questions about the document using only its content.' },
    {
      role: 'user',
      content: `Read the document below.\n\n<document>\n${document}\n</document>\n\nAnswer briefly.\nQuestion: ${question}`,
    },
  ];
}

const SUBJECTS = ['The northern plant', 'Our logistics team', 'The audit committee', 'Retail revenue', 'The pension fund'];
const VERBS = ['reviewed', 'expanded', 'reported', 'reduced', 'measured'];
const OBJECTS = ['its quarterly targets', 'the shipping schedule', 'operating costs', 'warehouse capacity', 'customer returns'];

/** A filler document of `count` distinct plain sentences, with `needle` inserted before sentence `at`. */
export function fillerDocument(count: number, needle?: { text: string; at: number }): string {
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    if (needle && i === needle.at) sentences.push(needle.text);
    const s = SUBJECTS[i % 5];
    const v = VERBS[Math.floor(i / 5) % 5];
    const o = OBJECTS[Math.floor(i / 25) % 5];
    sentences.push(`${s} ${v} ${o} in period ${i + 1}.`);
  }
  // Paragraphs of ten sentences, like a generated report.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
  return paragraphs.join('\n\n');
}

/** Records requested waits instead of waiting. */
export function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
