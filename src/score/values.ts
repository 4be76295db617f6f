// Canonical values (money, percentages, multiples and ratios, dates, times, plain numbers) read from cleaned text.

import { cleanAnswer } from './clean.js';

/** A value reduced to what it means, so `$4.7 million` and `$4,700,000` compare equal. */
export type Value =
  | { type: 'amount'; value: number; currency: string | null }
  | { type: 'percent'; value: number; points?: boolean }
  | { type: 'multiple'; value: number }
  | { type: 'date'; year: number | null; month: number; day: number | null }
  | { type: 'time'; minutes: number; /** Written without am/pm on a 12-hour clock ("2:30"): either half of the day. */ ambiguous?: boolean }
  | {
      type: 'duration';
      /** Length in seconds (`per: 'second'`) or in months (`per: 'month'`): months and years are not a fixed number of days. */
      value: number;
      per: 'second' | 'month';
      /** The written unit in the same measure (60 for minutes, 12 for years): a bare number is read in it. */
      unit: number;
    }
  | { type: 'number'; value: number };

/** The kinds of value. */
export type ValueType = Value['type'];

/** A value and where it sits in the cleaned lower-case text it was read from. */
export interface FoundValue {
  value: Value;
  start: number;
  end: number;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const ORDINAL = `(?:(?:twenty|thirty)-?\\s?)?(?:${ORDINAL_WORDS.join('|')})|thirtieth`;
/** A day of the month: `3`, `3rd`, `third`, `twenty-third`. */
const DAY = `(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL})`;
const NUM = '(\\d+(?:\\.\\d+)?|\\.\\d+)';
/** Not glued to a word, a decimal, or a code such as `pay-23`. */
const LEFT = '(?<![a-z0-9._/])(?<![a-z]-)';
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mm: 1e6, m: 1e6, mil: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
/** Duration units: [measure, size]. 183 ms = 0.183 s; 1.2 seconds = 1200 ms; years are 12 months. */
const DURATION_UNITS: Array<[RegExp, 'second' | 'month', number]> = [
  [/^(?:ms|msecs?|milliseconds?)$/, 'second', 0.001],
  [/^(?:secs?|seconds?)$/, 'second', 1],
  [/^(?:mins?|minutes?)$/, 'second', 60],
  [/^(?:h|hrs?|hours?)$/, 'second', 3600],
  [/^days?$/, 'second', 86400],
  [/^weeks?$/, 'second', 604800],
  [/^months?$/, 'month', 1],
  [/^years?$/, 'month', 12],
];
const DURATION_WORDS = 'ms|msecs?|milliseconds?|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?';

function durationValue(n: number, word: string): Value | null {
  const unit = DURATION_UNITS.find(([re]) => re.test(word));
  return unit ? { type: 'duration', value: Number((n * unit[2]).toPrecision(12)), per: unit[1], unit: unit[2] } : null;
}

const CURRENCIES: Record<string, string> = {
  $: 'usd', us$: 'usd', usd: 'usd', dollar: 'usd', dollars: 'usd',
  c$: 'cad', cad: 'cad', a$: 'aud', aud: 'aud', chf: 'chf',
  '€': 'eur', eur: 'eur', euro: 'eur', euros: 'eur',
  '£': 'gbp', gbp: 'gbp', pound: 'gbp', pounds: 'gbp', 'pounds sterling': 'gbp',
  '¥': 'jpy', jpy: 'jpy', yen: 'jpy',
  cny: 'cny', rmb: 'cny', yuan: 'cny', hkd: 'hkd',
};

/** Day of the month from `3`, `3rd`, `third`, `twenty-third`. */
function dayOf(token: string): number {
  const digits = /^(\d{1,2})/.exec(token);
  if (digits) return Number(digits[1]);
  const t = token.replace(/[\s-]/g, '');
  if (t === 'thirtieth') return 30;
  let base = 0;
  let rest = t;
  if (rest.startsWith('twenty') && rest !== 'twentieth') {
    base = 20;
    rest = rest.slice(6);
  } else if (rest.startsWith('thirty')) {
    base = 30;
    rest = rest.slice(6);
  }
  return base + ORDINAL_WORDS.indexOf(rest) + 1;
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
  const m = meridiem?.replace(/^in the /, '');
  if (m) {
    if (hour < 1 || hour > 12) return null;
    const pm = m.startsWith('p') || m === 'afternoon' || m === 'evening' || m === 'night';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || min > 59) return null;
  return { type: 'time', minutes: hour * 60 + min, ...(!m && hour >= 1 && hour <= 12 ? { ambiguous: true } : {}) };
}

/** Days named instead of dated, as [month, day]. */
const HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas eve': [12, 24], 'christmas day': [12, 25],
  "valentine's day": [2, 14], 'halloween': [10, 31], 'independence day': [7, 4],
};

type Rule = [RegExp, (m: RegExpMatchArray) => Value | null];

/** Patterns in priority order: a span taken by an earlier rule is not read again by a later one. */
const RULES: Rule[] = [
  [/(?<![0-9])(\d{4})-(\d{1,2})-(\d{1,2})(?![0-9])/g, (m) => dateValue(Number(m[1]), Number(m[2]), Number(m[3]))],
  // Year first, as Japanese and Chinese write it: 2031/4/3, 2031.4.3.
  [/(?<![0-9./])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![0-9]|[/.][0-9])/g, (m) => dateValue(Number(m[1]), Number(m[2]), Number(m[3]))],
  // Month first (04/09/2026 is April 9), unless the first number cannot be a month (16/04/2026 is April 16).
  [
    /(?<![0-9./])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![0-9/])/g,
    (m) => (Number(m[1]) > 12 ? dateValue(year(m[3]), Number(m[2]), Number(m[1])) : dateValue(year(m[3]), Number(m[1]), Number(m[2]))),
  ],
  // Days with a fixed date: "New Year's Day 2026", "Christmas Eve".
  [
    new RegExp(`\\b(${Object.keys(HOLIDAYS).join('|')})(?:,?\\s+(\\d{4})(?![0-9]))?`, 'g'),
    (m) => dateValue(year(m[2]), HOLIDAYS[m[1]!]![0], HOLIDAYS[m[1]!]![1]),
  ],
  [
    new RegExp(`(?<![a-z])${MONTH}\\s+(?:the\\s+)?${DAY}(?![0-9a-z])(?:,?\\s+(\\d{4})(?![0-9]))?`, 'g'),
    (m) => dateValue(year(m[3]), month(m[1]!), dayOf(m[2]!)),
  ],
  [
    new RegExp(`(?<![0-9.a-z])${DAY}\\s+(?:day\\s+)?(?:of\\s+)?${MONTH}(?![a-z])(?:,?\\s+(\\d{4})(?![0-9]))?`, 'g'),
    (m) => dateValue(year(m[3]), month(m[2]!), dayOf(m[1]!)),
  ],
  [new RegExp(`(?<![a-z])${MONTH}(?:\\s+of)?,?\\s+(\\d{4})(?![0-9])`, 'g'), (m) => dateValue(year(m[2]), month(m[1]!), null)],
  [
    /(?<![0-9:.])(\d{1,2}):(\d{2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?|in the (?:morning|afternoon|evening))?(?![a-z0-9])/g,
    (m) => timeValue(Number(m[1]), Number(m[2]), m[3]),
  ],
  [
    /(?<![0-9.:])(?<!\b(?:past|after|to|before)\s+)(\d{1,2})\s*(a\.?m\.?|p\.?m\.?|(?:o'clock )?in the (?:morning|afternoon|evening))(?![a-z])/g,
    (m) => timeValue(Number(m[1]), 0, m[2]?.replace(/^o'clock /, '')),
  ],
  [
    /\b(half|quarter)\s+(past|after|to|before)\s+(\d{1,2})(?![0-9:])(?:\s*(a\.?m\.?|p\.?m\.?|in the (?:morning|afternoon|evening)))?/g,
    (m) => {
      const minutes = m[1] === 'half' ? 30 : 15;
      const back = m[2] === 'to' || m[2] === 'before';
      const hour = back ? Number(m[3]) - 1 : Number(m[3]);
      return timeValue(hour === 0 ? 12 : hour, back ? 60 - minutes : minutes, m[4]);
    },
  ],
  [/\b(noon|midday|midnight)\b/g, (m) => ({ type: 'time', minutes: m[1] === 'midnight' ? 0 : 12 * 60 })],
  // Durations: 183 ms, 1.2 seconds, 90-day, 3 months (Japanese and Chinese units arrive here rewritten: 183毫秒 → 183 milliseconds).
  [new RegExp(`${LEFT}${NUM}(?:\\s?|-)(${DURATION_WORDS})(?![a-z])`, 'g'), (m) => durationValue(Number(m[1]), m[2]!)],
  [
    new RegExp(`${LEFT}${NUM}\\s?(%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z])|percentage points?(?![a-z]))`, 'g'),
    (m) => ({ type: 'percent', value: Number(m[1]), ...(m[2]!.startsWith('percentage') ? { points: true } : {}) }),
  ],
  // Ratios to one: 4.15 to 1, 4.15:1, 4.15-to-1, 4.15 to 1.0; the same value as 4.15x.
  [new RegExp(`${LEFT}${NUM}\\s*(?::|-?\\s*to\\s*-?)\\s*1(?:\\.0+)?(?!\\.?[0-9])(?!\\s*(?:%|percent))`, 'g'), (m) => ({ type: 'multiple', value: Number(m[1]) })],
  [new RegExp(`${LEFT}${NUM}\\s?(?:x(?![a-z0-9])|times(?![a-z])|-?fold(?![a-z]))`, 'g'), (m) => ({ type: 'multiple', value: Number(m[1]) })],
  // "1 dollar and 19 cents" (after number words became digits) is $1.19.
  [
    new RegExp(`${LEFT}(\\d+)\\s+dollars?\\s+and\\s+(\\d{1,2})\\s?cents?(?![a-z])`, 'g'),
    (m) => ({ type: 'amount', value: Number(m[1]) + Number(m[2]) / 100, currency: 'usd' }),
  ],
  [new RegExp(`${LEFT}${NUM}\\s?(?:cents?(?![a-z])|¢)`, 'g'), (m) => ({ type: 'amount', value: Number(m[1]) / 100, currency: 'usd' })],
  [
    new RegExp(
      `${LEFT}(?:(us\\$|c\\$|a\\$|\\$|usd|eur|gbp|jpy|chf|cad|aud|€|£|¥)\\s?)?${NUM}` +
        `(?:[\\s-]?(thousand|million|billion|trillion|mil|mn|mm|bn|tn|k|m|b)(?![a-z0-9]))?` +
        `(?:\\s(dollars?|usd|euros?|eur|pounds sterling|pounds?|gbp|yen|jpy|cny|rmb|yuan|hkd)(?![a-z]))?(?![a-z0-9]|\\.[0-9])`,
      'g',
    ),
    (m) => {
      const cur = m[1] ?? m[4];
      const scale = m[3];
      const value = Number(m[2]) * (scale ? SCALES[scale]! : 1);
      if (!cur && !scale) return { type: 'number', value };
      return { type: 'amount', value, currency: cur ? CURRENCIES[cur] ?? null : null };
    },
  ],
];

/** Every value in a cleaned lower-case text (see `cleanAnswer`), in order of position. */
export function valuesIn(lower: string): FoundValue[] {
  const taken = new Uint8Array(lower.length);
  const found: FoundValue[] = [];
  for (const [re, build] of RULES) {
    for (const m of lower.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((t) => t === 1)) continue;
      const value = build(m);
      if (!value) continue;
      taken.fill(1, start, end);
      found.push({ value, start, end });
    }
  }
  return shareUnits(lower, mergeDurations(lower, found.sort((a, b) => a.start - b.start)));
}

/** "2 hours 30 minutes", "1 hour and 30 minutes" (and 2時間30分, rewritten so) are one duration: parts in falling units add up. */
function mergeDurations(lower: string, found: FoundValue[]): FoundValue[] {
  const out: FoundValue[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    const a = last?.value;
    const b = f.value;
    if (
      last && a?.type === 'duration' && b.type === 'duration' && a.per === b.per && b.unit < a.unit &&
      /^\s*,?\s*(?:and\s+)?$/.test(lower.slice(last.end, f.start))
    ) {
      out[out.length - 1] = { start: last.start, end: f.end, value: { ...a, value: Number((a.value + b.value).toPrecision(12)), unit: b.unit } };
    } else out.push(f);
  }
  return out;
}

/**
 * A bare number joined to a value with a unit takes that unit: "8.7 or 9.8 percent" is 8.7% or 9.8%,
 * "between 6 and 7 million dollars" is $6 million and $7 million, "4 to 5 times" is 4x and 5x.
 */
function shareUnits(lower: string, found: FoundValue[]): FoundValue[] {
  return found.map((f, i) => {
    const next = found[i + 1];
    if (f.value.type !== 'number' || !next || !/^\s*(?:or|to|and|-|\/)\s*$/.test(lower.slice(f.end, next.start))) return f;
    const n = f.value.value;
    const v = next.value;
    if (v.type === 'percent' || v.type === 'multiple') return { ...f, value: { ...v, value: n } };
    if (v.type === 'duration') return { ...f, value: { ...v, value: Number((n * v.unit).toPrecision(12)) } };
    if (v.type === 'amount') {
      const digits = /\d+(?:\.\d+)?/.exec(lower.slice(next.start, next.end));
      const scale = digits && Number(digits[0]) !== 0 ? v.value / Number(digits[0]) : 1;
      return { ...f, value: { ...v, value: n * scale } };
    }
    return f;
  });
}

/** Every value in raw text (cleaned first); offsets refer to the cleaned text. */
export function extractValues(text: string): FoundValue[] {
  return valuesIn(cleanAnswer(text).lower);
}

/** The value a whole string stands for (`$4.7 million`, `March 3, 2026`, `12.5%`, `23`), or null when it is text. */
export function parseValue(text: string): Value | null {
  const lower = cleanAnswer(text).lower;
  const values = valuesIn(lower);
  if (values.length !== 1) return null;
  const v = values[0]!;
  const rest = lower.slice(0, v.start) + lower.slice(v.end);
  return /[a-z0-9]/.test(rest) ? null : v.value;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether a value found in a response stands for the expected one. Currencies must agree when both are
 * given; a bare number stands for an amount of the same size; a percentage and a multiple agree when they
 * are the same proportion (117% and 1.17x); a date without a year matches any year, but the day must be
 * present on both sides or neither.
 */
export function valueMatches(expected: Value, found: Value): boolean {
  switch (expected.type) {
    case 'amount':
      if (found.type === 'number') return close(expected.value, found.value);
      return found.type === 'amount' && close(expected.value, found.value) &&
        (expected.currency === null || found.currency === null || expected.currency === found.currency);
    case 'number':
      return found.type === 'number' && close(expected.value, found.value);
    case 'percent':
    case 'multiple':
      if (found.type === expected.type) return close(expected.value, found.value);
      // 117% of base salary is 1.17 times base salary.
      if (expected.type === 'percent' && found.type === 'multiple') return close(expected.value, found.value * 100);
      if (expected.type === 'multiple' && found.type === 'percent' && found.points !== true) return close(expected.value * 100, found.value);
      return false;
    case 'time': {
      if (found.type !== 'time') return false;
      if (expected.minutes === found.minutes) return true;
      // "2:30" said without am/pm is either half of the day.
      return (found.ambiguous === true || expected.ambiguous === true) && expected.minutes % 720 === found.minutes % 720;
    }
    case 'duration':
      // A bare number is read in the expected unit ("183" for 183 ms); 1.2 seconds = 1200 ms.
      if (found.type === 'number') return close(expected.value, found.value * expected.unit);
      return found.type === 'duration' && found.per === expected.per && close(expected.value, found.value);
    case 'date':
      return found.type === 'date' && expected.month === found.month && expected.day === found.day &&
        (expected.year === null || found.year === null || expected.year === found.year);
  }
}

/** A canonical key of a value: two values with the same key are the same answer (dates compare without year). */
export function valueKey(v: Value): string {
  switch (v.type) {
    case 'amount':
    case 'number':
      return `n:${Number(v.value.toPrecision(12))}`;
    case 'percent':
      return `%:${Number(v.value.toPrecision(12))}`;
    case 'multiple':
      return `x:${Number(v.value.toPrecision(12))}`;
    case 'time':
      return `t:${v.minutes}`;
    case 'duration':
      return `dur:${v.per}:${Number(v.value.toPrecision(12))}`;
    case 'date':
      return `d:${v.month}-${v.day ?? ''}`;
  }
}
