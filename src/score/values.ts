// Canonical values (money, plain numbers, percentages, multiples, dates, times) found in free text.
import { foldText } from './normalize.js';

/** A value reduced to what it means, so `$4.7 million` and `$4,700,000` compare equal. */
export type Value =
  | { type: 'amount'; value: number; currency: string | null }
  | { type: 'percent'; value: number }
  | { type: 'multiple'; value: number }
  | { type: 'date'; year: number | null; month: number; day: number | null }
  | { type: 'time'; minutes: number };

/** A value and where it sits in the folded text (see `foldText`). */
export interface FoundValue {
  value: Value;
  start: number;
  end: number;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUM = `(\\d+(?:\\.\\d+)?|\\.\\d+|(?:${[...WORDS, ...Object.keys(TENS)].join('|')})(?![a-z]))`;
const LEFT = '(?<![a-z0-9.])';
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mm: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };
const CURRENCIES: Record<string, string> = {
  $: 'usd', us$: 'usd', usd: 'usd', dollar: 'usd', dollars: 'usd',
  c$: 'cad', cad: 'cad', a$: 'aud', aud: 'aud', chf: 'chf',
  '€': 'eur', eur: 'eur', euro: 'eur', euros: 'eur',
  '£': 'gbp', gbp: 'gbp', pound: 'gbp', pounds: 'gbp', 'pounds sterling': 'gbp',
  '¥': 'jpy', jpy: 'jpy', yen: 'jpy',
};

function num(token: string): number {
  if (/^[\d.]/.test(token)) return Number(token);
  const i = WORDS.indexOf(token);
  return i >= 0 ? i : TENS[token]!;
}

function month(token: string): number {
  return MONTHS.indexOf(token.slice(0, 3)) + 1;
}

function year(token: string | undefined): number | null {
  if (token === undefined) return null;
  const y = Number(token);
  return token.length === 2 ? 2000 + y : y;
}

function dateValue(y: number | null, m: number, d: number | null): Value | null {
  if (m < 1 || m > 12 || (d !== null && (d < 1 || d > 31))) return null;
  return { type: 'date', year: y, month: m, day: d };
}

function timeValue(h: number, min: number, meridiem: string | undefined): Value | null {
  let hour = h;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || min > 59) return null;
  return { type: 'time', minutes: hour * 60 + min };
}

type Rule = [RegExp, (m: RegExpMatchArray) => Value | null];

/** Patterns in priority order: a span taken by an earlier rule is not read again by a later one. */
const RULES: Rule[] = [
  [/(?<![0-9])(\d{4})-(\d{1,2})-(\d{1,2})(?![0-9])/g, (m) => dateValue(Number(m[1]), Number(m[2]), Number(m[3]))],
  [/(?<![0-9./])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![0-9/])/g, (m) => dateValue(year(m[3]), Number(m[1]), Number(m[2]))],
  [
    new RegExp(`(?<![a-z])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![0-9])(?:,?\\s+(\\d{4})(?![0-9]))?`, 'g'),
    (m) => dateValue(year(m[3]), month(m[1]!), Number(m[2])),
  ],
  [
    new RegExp(`(?<![0-9.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])(?:,?\\s+(\\d{4})(?![0-9]))?`, 'g'),
    (m) => dateValue(year(m[3]), month(m[2]!), Number(m[1])),
  ],
  [new RegExp(`(?<![a-z])${MONTH}(?:\\s+of)?,?\\s+(\\d{4})(?![0-9])`, 'g'), (m) => dateValue(year(m[2]), month(m[1]!), null)],
  [
    /(?<![0-9:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)?(?![a-z0-9])/g,
    (m) => timeValue(Number(m[1]), Number(m[2]), m[3]),
  ],
  [/(?<![0-9.:])(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/g, (m) => timeValue(Number(m[1]), 0, m[2])],
  [
    new RegExp(`${LEFT}${NUM}\\s?(?:%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z])|percentage points?(?![a-z]))`, 'g'),
    (m) => ({ type: 'percent', value: num(m[1]!) }),
  ],
  [
    new RegExp(`${LEFT}${NUM}\\s?(?:x(?![a-z0-9])|times(?![a-z])|-fold(?![a-z]))`, 'g'),
    (m) => ({ type: 'multiple', value: num(m[1]!) }),
  ],
  [new RegExp(`${LEFT}${NUM}\\s?(?:cents?(?![a-z])|¢)`, 'g'), (m) => ({ type: 'amount', value: num(m[1]!) / 100, currency: 'usd' })],
  [
    new RegExp(
      `${LEFT}(?:(us\\$|c\\$|a\\$|\\$|usd|eur|gbp|jpy|chf|cad|aud|€|£|¥)\\s?)?${NUM}` +
        `(?:[\\s-]?(thousand|million|billion|trillion|mn|mm|bn|k|m|b)(?![a-z0-9]))?` +
        `(?:\\s(dollars?|usd|euros?|eur|pounds sterling|pounds?|gbp|yen|jpy)(?![a-z]))?(?![a-z0-9])`,
      'g',
    ),
    (m) => {
      const value = num(m[2]!) * (m[3] ? SCALES[m[3]]! : 1);
      const cur = m[1] ?? m[4];
      return { type: 'amount', value, currency: cur ? CURRENCIES[cur] ?? null : null };
    },
  ],
];

/** Every value in a text, in order of position. */
export function extractValues(text: string): FoundValue[] {
  const folded = foldText(text);
  const taken = new Uint8Array(folded.length);
  const found: FoundValue[] = [];
  for (const [re, build] of RULES) {
    for (const m of folded.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((t) => t === 1)) continue;
      const value = build(m);
      if (!value) continue;
      taken.fill(1, start, end);
      found.push({ value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The value a whole string stands for (`$4.7 million`, `March 3, 2026`, `12.5%`), or null when it is text. */
export function parseValue(text: string): Value | null {
  const folded = foldText(text);
  const values = extractValues(folded);
  if (values.length !== 1) return null;
  const v = values[0]!;
  const rest = folded.slice(0, v.start) + folded.slice(v.end);
  return /[a-z0-9]/.test(rest) ? null : v.value;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether a value found in a response stands for the expected one. Currencies must agree when both are
 * given; a date without a year matches any year, but the day must be present on both sides or neither.
 */
export function valueMatches(expected: Value, found: Value): boolean {
  switch (expected.type) {
    case 'amount':
      return found.type === 'amount' && close(expected.value, found.value) &&
        (expected.currency === null || found.currency === null || expected.currency === found.currency);
    case 'percent':
    case 'multiple':
      return found.type === expected.type && close(expected.value, found.value);
    case 'time':
      return found.type === 'time' && expected.minutes === found.minutes;
    case 'date':
      return found.type === 'date' && expected.month === found.month && expected.day === found.day &&
        (expected.year === null || found.year === null || expected.year === found.year);
  }
}
