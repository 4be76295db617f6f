// Text normalization for answer matching: case, quotes, dashes, punctuation, thousands separators, whitespace.

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g;

/**
 * First pass shared by text and value matching: Unicode compatibility forms, no accents, lowercase,
 * straight quotes, ASCII hyphens, no thousands separators (`4,700,000` → `4700000`), single spaces.
 */
export function foldText(s: string): string {
  let out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\u00d7/g, 'x');
  // Thousands separators: repeat because each pass consumes the digit group it looks at.
  let prev: string;
  do {
    prev = out;
    out = out.replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  } while (out !== prev);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Normalized text for substring matching: `foldText`, then every punctuation mark becomes a space except
 * `.`, `:` and `/` between digits (`4.7`, `14:30`, `3/3/2026`); whitespace collapsed. A trailing period goes too.
 */
export function normalizeText(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9\s]/g, (ch: string, i: number, str: string) =>
      '.:/'.includes(ch) && isDigit(str[i - 1]) && isDigit(str[i + 1]) ? ch : ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `needle` occurs in `haystack` (both already normalized) with no letter or digit glued to either side. */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  const re = new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(needle)}(?![a-z0-9]|\\.\\d)`);
  return re.test(haystack);
}
