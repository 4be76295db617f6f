// Recovers the document and the question from an assembled prompt (the lead's format in src/prompt/).

import type { ChatMessage } from '../types.js';

/** The parts of a prompt the baseline and the fake server answer from. */
export interface ParsedPrompt {
  /** Text between the `<document>` and `</document>` lines (the whole user message when they are absent). */
  document: string;
  /** Text after the last `Question: ` (`質問：`, `问题：`) line prefix (the last non-empty line when there is none). */
  question: string;
}

const OPEN = '<document>\n';
const CLOSE = '\n</document>';
/** The question line's label in each prompt frame (English, Japanese, Chinese), with ASCII or full-width colon. */
const QUESTION = /^(?:Question: |質問[：:]\s*|问题[：:]\s*)/;

/** Splits the last user message into document and question. */
export function parsePrompt(messages: readonly ChatMessage[]): ParsedPrompt {
  const user = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  let document = user;
  let rest = user;
  const open = findLineStart(user, OPEN);
  const close = user.lastIndexOf(CLOSE);
  if (open >= 0 && close >= open + OPEN.length - 1) {
    const start = open + OPEN.length;
    document = close >= start ? user.slice(start, close) : '';
    rest = user.slice(close + CLOSE.length);
  }
  return { document, question: findQuestion(rest) };
}

/** Index of `marker` where it starts a line, or -1. */
function findLineStart(text: string, marker: string): number {
  if (text.startsWith(marker)) return 0;
  const at = text.indexOf('\n' + marker);
  return at < 0 ? -1 : at + 1;
}

/** The last `Question: ` line, else the last non-empty line. */
function findQuestion(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trimStart();
    const label = QUESTION.exec(line);
    if (label) return line.slice(label[0].length).trim();
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line) return line;
  }
  return '';
}
