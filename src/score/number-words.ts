// Numbers written out: "twenty-three", "four point one five", "three hundred forty thousand", "5 3/8", "5⅜" → digits.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Digits after "point": "four point one five". */
const DIGITS: Record<string, number> = { ...Object.fromEntries(Object.entries(UNITS).filter(([, v]) => v < 10)), oh: 0, o: 0 };

const WORD = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', ...Object.keys(SCALES), 'point', 'and', 'a', 'half', 'oh', 'o'].join('|');
const SPAN = new RegExp(`\\b(?:${WORD})(?:(?:\\s+|-)(?:${WORD}))*\\b`, 'gi');

/** Parses the words of one span; null when they do not form a number. */
function parseWords(words: string[]): { value: number; text: string } | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let i = 0;
  let halfAdded = false;
  const n = words.length;
  for (; i < n; i++) {
    const w = words[i]!;
    if (w in UNITS) {
      // "twenty three" is 23, "three two" is no number.
      if (current % 100 !== 0 && !(current % 10 === 0 && UNITS[w]! < 10)) return null;
      current += UNITS[w]!;
      seen = true;
    } else if (w in TENS) {
      // "two thirty" is a time, not 32: a tens word never follows a unit.
      if (current % 100 !== 0) return null;
      current += TENS[w]!;
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w in SCALES) {
      // "four point seven million" is handled below; here "three hundred forty thousand", "two million".
      if (!seen) return null;
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else if (w === 'a' && (words[i + 1] === 'hundred' || words[i + 1]! in SCALES) && !seen) {
      current = 1;
      seen = true;
    } else if (w === 'and') {
      // "three hundred and forty", "one and a half million".
      if (words[i + 1] === 'a' && words[i + 2] === 'half') {
        current += 0.5;
        halfAdded = true;
        i += 2;
      } else if (!seen || !(words[i - 1] === 'hundred' || words[i - 1]! in SCALES) || !(words[i + 1]! in UNITS || words[i + 1]! in TENS)) return null;
    } else if (w === 'point') {
      break;
    } else return null;
  }
  if (!seen) return null;
  let value = total + current;
  let decimals = '';
  if (words[i] === 'point') {
    for (i++; i < n && words[i]! in DIGITS; i++) decimals += String(DIGITS[words[i]!]);
    if (decimals === '') return null;
    value = Number(`${Math.trunc(value)}.${decimals}`);
  }
  // A scale after the decimals (or after "and a half"): "four point seven million", "one and a half million".
  let scaleWord: string | null = null;
  if (i < n && words[i]! in SCALES && (decimals !== '' || halfAdded)) {
    scaleWord = words[i]!;
    i++;
  }
  if (i !== n) return null;
  return { value, text: scaleWord ? `${value} ${scaleWord}` : String(value) };
}

/** Replaces every number written in words with digits; a lone "one" or "a" (pronoun, article) stays a word. */
export function rewriteNumberWords(text: string): string {
  return text.replace(SPAN, (span: string, offset: number, whole: string) => {
    // "twenty-first" is an ordinal (a date's day), read by the date rules.
    if (/^-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(whole.slice(offset + span.length))) return span;
    const words = span.toLowerCase().split(/[\s-]+/);
    // Trim leading and trailing glue words: "and", "a" and "point" never start or end a number.
    while (words.length > 0 && (words[0] === 'and' || (words[0] === 'a' && words[1] !== 'hundred' && !(words[1]! in SCALES)) || words[0] === 'point')) words.shift();
    if (words.length === 0) return span;
    const lead = span.slice(0, leadLength(span, words));
    const parsed = bestPrefix(words);
    if (!parsed) return span;
    const consumed = parsed.words;
    // "one" alone is a pronoun unless a unit follows it ("one dollar", "one percent").
    const unitFollows = /^\s+(?:dollars?|cents?|percent|per cent|times|pounds?|euros?)\b/i.test(whole.slice(offset + span.length));
    if (consumed.length === 1 && ((consumed[0] === 'one' && !(unitFollows && restOf(words, consumed) === 0)) || consumed[0] === 'o' || consumed[0] === 'oh' || consumed[0] === 'half')) return span;
    const restWords = words.slice(consumed.length);
    // What follows the number may hold another one: "between twenty and thirty".
    const rest = restWords.length > 0 ? ' ' + rewriteNumberWords(restWords.join(' ')) : '';
    return `${lead}${parsed.text}${rest}`;
  });
}

/** How many words of the span the number left over. */
function restOf(words: string[], consumed: string[]): number {
  return words.length - consumed.length;
}

/** Characters of the span before its first kept word. */
function leadLength(span: string, words: string[]): number {
  const first = words[0]!;
  const i = span.toLowerCase().indexOf(first);
  return i < 0 ? 0 : i;
}

/** The longest prefix of the words that parses as a number. */
function bestPrefix(words: string[]): { text: string; words: string[] } | null {
  for (let end = words.length; end > 0; end--) {
    const head = words.slice(0, end);
    if (head[head.length - 1] === 'and' || head[head.length - 1] === 'a' || head[head.length - 1] === 'point') continue;
    const parsed = parseWords(head);
    if (parsed) return { text: parsed.text, words: head };
  }
  return null;
}

const VULGAR: Record<string, string> = {
  '\u00bc': '1/4', '\u00bd': '1/2', '\u00be': '3/4', '\u2150': '1/7', '\u2151': '1/9', '\u2152': '1/10', '\u2153': '1/3', '\u2154': '2/3',
  '\u2155': '1/5', '\u2156': '2/5', '\u2157': '3/5', '\u2158': '4/5', '\u2159': '1/6', '\u215a': '5/6', '\u215b': '1/8', '\u215c': '3/8',
  '\u215d': '5/8', '\u215e': '7/8',
};

/** `5⅜` → `5 3/8`, before Unicode normalization glues the digits together. */
export function spaceVulgarFractions(text: string): string {
  return text.replace(/[\u00bc-\u00be\u2150-\u215e]/g, (c) => ` ${VULGAR[c] ?? c}`);
}

function decimal(whole: number, num: number, den: number): string {
  const v = whole + num / den;
  return String(Math.round(v * 1e6) / 1e6);
}

/**
 * Mixed fractions as decimals: `5 3/8` → `5.375` (a slash date such as `3/8/2026` is left alone); a lone
 * fraction only before a percent sign or word: `3/8%` → `0.375%`.
 */
export function rewriteFractions(text: string): string {
  const dens = '(2|3|4|8|16|32)';
  return text
    .replace(new RegExp(`(?<![\\d./])(\\d+)(?:\\s+|-)(\\d{1,2})\\/${dens}(?![\\d/])`, 'g'), (m, w: string, n: string, d: string) =>
      Number(n) < Number(d) ? decimal(Number(w), Number(n), Number(d)) : m,
    )
    .replace(new RegExp(`(?<![\\d./])(\\d{1,2})\\/${dens}(?=\\s*(?:%|percent|per cent))`, 'gi'), (m, n: string, d: string) =>
      Number(n) < Number(d) ? decimal(0, Number(n), Number(d)) : m,
    );
}
