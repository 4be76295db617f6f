// Finds sentence starts in prose, so needles land between sentences and never inside a word, number or row.

/**
 * Offsets (relative to `text`) where a sentence starts after the first one: after `.`, `!` or `?`
 * (optionally closed by a quote or bracket), whitespace, then an uppercase letter, digit or opening quote.
 * A period between digits ("4.7") or after a single capital ("J. Smith") does not end a sentence.
 */
export function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  const re = /([.!?])["'”’)\]]?(\s+)(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index; // position of the punctuation
    if (m[1] === '.') {
      // Skip initials and common abbreviations: "J. Smith", "Inc. The", "No. 3", "e.g. This".
      const before = text.slice(Math.max(0, end - 6), end);
      if (/(?:^|[\s(])\p{Lu}$/u.test(before)) continue;
      if (/(?:^|\s)(?:Mr|Ms|Mrs|Dr|No|Inc|Co|Corp|Ltd|St|vs|etc|approx|e\.g|i\.e|Jr|Sr)$/i.test(before)) continue;
    }
    out.push(m.index + m[0].length);
  }
  return out;
}

/** True when a line looks like a table row (pipes, or columns separated by runs of spaces with numbers). */
export function looksLikeTableRow(line: string): boolean {
  if (/^\s*\|/.test(line) || /\|\s*$/.test(line)) return true;
  if (/^\s*[-=+:| ]{6,}\s*$/.test(line)) return true;
  return /\S {3,}\S/.test(line) && /\d/.test(line);
}

/** Offsets just after a clause break (", " "; " ": ") inside prose: finer places for a document to end. */
export function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  const re = /[,;:] (?=\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // Not inside a number ("4,700") — the regex needs a space after the comma already.
    out.push(m.index + m[0].length);
  }
  return out;
}
