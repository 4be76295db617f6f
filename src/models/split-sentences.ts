// Cuts a document into retrievable units: sentences of prose, table rows, and transcript turns without their labels.

import { isCjkText, sentenceStarts } from '../haystack/sentences.js';

/** A transcript turn's label: `Speaker name [HH:MM:SS]: ` at the start of a line. */
const TURN_LABEL = /^[^\n[\]]{1,80}\[\d{1,2}:\d{2}(?::\d{2})?\]:[ \t]*/;

/** A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before whitespace and a capital, digit or quote. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’)\]]?)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/u;

/** Sentences of the text, trimmed, in document order; each line is cut separately and turn labels are stripped. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  for (const raw of lines) {
    let line = raw.trim();
    if (!line) continue;
    if (line.charCodeAt(line.length - 1) === 93 /* ] */ || line.includes(']:')) line = line.replace(TURN_LABEL, '');
    if (!line) continue;
    if (isCjkText(line)) {
      // Japanese and Chinese: sentences end at 。！？ with no space after them.
      let from = 0;
      for (const at of [...sentenceStarts(line), line.length]) {
        const sentence = line.slice(from, at).trim();
        if (sentence) out.push(sentence);
        from = at;
      }
      continue;
    }
    if (!/[.!?]\s/.test(line)) {
      out.push(line);
      continue;
    }
    for (const piece of line.split(SENTENCE_BREAK)) {
      const sentence = piece.trim();
      if (sentence) out.push(sentence);
    }
  }
  return out;
}
