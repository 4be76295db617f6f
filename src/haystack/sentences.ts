// Finds sentence starts in prose, so needles land between sentences and never inside a word, number or row.

/**
 * Japanese and Chinese sentence ends: `。`, `！`, `？` (full-width; `!`/`?` too before CJK text), optionally closed by
 * `」』）`, with or without whitespace after; the next sentence starts at the first character that is neither space
 * nor another closing mark. A decimal point is always `.`, never `。`, so numbers ("4.15倍", "1,234百万円") never split.
 */
const CJK_END = /[。！？]+[」』）〕】"”’]*|[!?](?=[」』）]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}「『（])[」』）]*/gu;

/** True when the text is written in Chinese characters or kana (needles then join without spaces). */
export function isCjkText(text: string): boolean {
  return /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text);
}

/** Sentence starts after CJK sentence ends (see CJK_END). */
function cjkSentenceStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CJK_END)) {
    let at = m.index! + m[0].length;
    // `「…ですか？」と` : a quoted question or exclamation that the sentence goes on after (a particle follows the quote).
    if (/[」』）]$/.test(m[0]) && /^\p{sc=Hiragana}/u.test(text[at] ?? '')) continue;
    while (at < text.length && (text[at] === ' ' || text[at] === '\u3000' || text[at] === '\t')) at++;
    // A line break ends the block's line: the next line's start is its own point (a turn, a row), not a sentence here.
    if (at >= text.length || text[at] === '\n' || text[at] === '\r') continue;
    out.push(at);
  }
  return out;
}

/**
 * Offsets (relative to `text`) where a sentence starts after the first one: after `.`, `!` or `?`
 * (optionally closed by a quote or bracket), whitespace, then an uppercase letter, digit or opening quote;
 * and in Japanese and Chinese after `。！？` (optionally closed by `」』）`), with or without whitespace.
 * A period between digits ("4.7") or after a single capital ("J. Smith") does not end a sentence.
 */
export function sentenceStarts(text: string): number[] {
  const out = latinSentenceStarts(text);
  if (!isCjkText(text)) return out;
  return [...new Set([...out, ...cjkSentenceStarts(text)])].sort((a, b) => a - b);
}

function latinSentenceStarts(text: string): number[] {
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

/**
 * Offsets just after a clause break inside prose: finer places for a document to end. English ", " "; " ": ";
 * Japanese and Chinese `、，；：` with no space (never between two digits, as in a time written `10：30`).
 */
export function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  const re = /[,;:] (?=\S)|[、，；：](?=[^\s、，；：。！？」』）])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // Not inside a number ("4,700", "10：30") — the ASCII rule needs a space after the comma already.
    const at = m.index;
    if (m[0].length === 1 && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) continue;
    out.push(at + m[0].length);
  }
  return out;
}
