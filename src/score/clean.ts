// Prepares an answer for reading: one Unicode form, numbers in digits (also CJK forms), Markdown removed (bold spans remembered).

import { rewriteCjkValues } from './cjk-values.js';
import { rewriteFractions, rewriteNumberWords, spaceVulgarFractions } from './number-words.js';

/** An answer ready for the scorer's rules. */
export interface CleanText {
  /** The answer with its case kept (names are found by their capitals). */
  text: string;
  /** `text` in lower case, character for character (offsets are shared). */
  lower: string;
  /** Spans that were bold in Markdown (`**…**`, `__…__`): where a model marks its answer. */
  bold: Array<[number, number]>;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Unicode compatibility forms, no accents, straight quotes, ASCII hyphens, `×` as `x`, plain spaces. */
export function foldCharacters(s: string): string {
  return spaceVulgarFractions(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Kana keep their voicing marks (が, パ): NFKD split them off; composing again restores the letters.
    .normalize('NFC')
    .replace(/\u2044/g, '/')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, (d) => (d === '\u2014' || d === '\u2015' ? ' - ' : '-'))
    .replace(/\u00d7/g, 'x')
    .replace(SPACES, ' ');
}

/** `4,700,000` → `4700000` (a comma between digit groups of three only). */
export function dropThousandsSeparators(s: string): string {
  let out = s;
  let prev: string;
  do {
    prev = out;
    out = out.replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  } while (out !== prev);
  return out;
}

/** Lower case that never changes the length (offsets into `text` stay valid in `lower`). */
export function lowerKeepingLength(s: string): string {
  return s.replace(/\p{Lu}/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

/** Markdown that carries no meaning for the answer: headings, quotes, italics, code ticks, links, table pipes. */
function stripMarkup(s: string): string {
  return s
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^[ \t]*[*+][ \t]+/gm, '- ')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/(?<![*\w])\*(?![*\s])([^*\n]+?)(?<![*\s])\*(?![*\w])/g, '$1')
    .replace(/(?<![_\w])_(?![_\s])([^_\n]+?)(?<![_\s])_(?![_\w])/g, '$1')
    .replace(/^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm, '')
    .replace(/[ \t]*\|[ \t]*/g, ' | ');
}

/** Removes `**…**` / `__…__`, returning the text and where the bold spans ended up. */
function stripBold(s: string): { text: string; bold: Array<[number, number]> } {
  const bold: Array<[number, number]> = [];
  let removed = 0;
  const text = s.replace(/\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g, (m, a: string | undefined, b: string | undefined, offset: number) => {
    const inner = a ?? b ?? '';
    const start = offset - removed;
    bold.push([start, start + inner.length]);
    removed += m.length - inner.length;
    return inner;
  });
  return { text, bold };
}

/** The answer as the rules read it. Input is the answer with reasoning already removed. */
export function cleanAnswer(answer: string): CleanText {
  let s = foldCharacters(answer);
  s = rewriteFractions(rewriteNumberWords(s));
  s = rewriteCjkValues(dropThousandsSeparators(s));
  s = stripMarkup(s)
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const { text, bold } = stripBold(s);
  return { text, lower: lowerKeepingLength(text), bold };
}
