// How the Chinese meetings print figures and dates, in forms kept apart from the forms needles use.
//
// Needles own these forms, so the generator never prints them: percentages with an odd tenth (8.7%), 亿元 with one
// decimal (15.3亿元), bare 元 per share (12.46元), 万股, 名 after a number, 次 after a number, 毫秒 not a multiple of
// ten, and full dates other than a meeting's own date. The helpers below print the generator's forms.

const DAY = 86_400_000;

/** A percentage rounded to an even tenth ("12.4%", "8%"): never the odd tenth a needle uses. */
export function pct(value: number): string {
  const r = Math.round(value * 5) / 5;
  const t = Math.abs(r) < 0.05 ? 0 : r;
  return Number.isInteger(Math.round(t * 10) / 10) ? `${Math.round(t)}%` : `${t.toFixed(1)}%`;
}

/** An amount held in 万元, printed in 亿元 with two decimals (12.37亿元) or, below one 亿, in 万元 (6,700万元). */
export function yuan(wan: number): string {
  const baiwan = Math.round(wan / 100);
  if (Math.abs(baiwan) < 100) return `${(baiwan * 100).toLocaleString('en-US')}万元`;
  return `${(baiwan / 100).toFixed(2)}亿元`;
}

/** True when `yuan` of the amount would print a second decimal of zero (a form needles own); the ledger avoids it. */
export function endsInZero(wan: number): boolean {
  const baiwan = Math.round(wan / 100);
  return Math.abs(baiwan) >= 100 && baiwan % 10 === 0;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / DAY);
}

/** The UTC date of a day number. */
export function dateOf(day: number): Date {
  return new Date(day * DAY);
}

/** "2026年4月23日". */
export function zhDate(day: number): string {
  const d = dateOf(day);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** ISO `YYYY-MM-DD`. */
export function isoDate(day: number): string {
  return dateOf(day).toISOString().slice(0, 10);
}

/** Day number of an ISO date. */
export function dayOfIso(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** "星期四". */
export function weekday(day: number): string {
  return WEEKDAYS[dateOf(day).getUTCDay()]!;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Small numbers in Chinese numerals (1–99): 第十二次, 三届. */
export function hanzi(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** "第一季度". */
export function quarterName(q: number): string {
  return `第${hanzi(q)}季度`;
}

/** `HH:MM:SS` of seconds since the recording started. */
export function hms(seconds: number): string {
  const s = Math.floor(seconds);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}
