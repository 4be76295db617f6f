// The Japanese series' calendar: day numbers, dates as printed (西暦 and 令和), and which meeting falls on which day.
const DAY = 86_400_000;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** The UTC date of a day number (days since 1970-01-01). */
export function dateOf(day: number): Date {
  return new Date(day * DAY);
}

/** Day number of a calendar date (month 1–12). */
export function dayFromYmd(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY);
}

/** ISO `YYYY-MM-DD`. */
export function isoDate(day: number): string {
  return dateOf(day).toISOString().slice(0, 10);
}

/** Day number of an ISO date. */
export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** `2027年5月13日`. */
export function jaDate(day: number): string {
  const d = dateOf(day);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** `5月13日`. */
export function jaMonthDay(day: number): string {
  const d = dateOf(day);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** `（木）`. */
export function jaWeekday(day: number): string {
  return `（${WEEKDAYS[dateOf(day).getUTCDay()]}）`;
}

/** The 令和 year of a Gregorian year (2019 = 令和元年). */
export function reiwaYear(year: number): string {
  const n = year - 2018;
  return n === 1 ? '令和元年' : `令和${n}年`;
}

/** `令和9年6月10日`. */
export function reiwaDate(day: number): string {
  const d = dateOf(day);
  return `${reiwaYear(d.getUTCFullYear())}${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Year, month (1–12), date and weekday (0 = Sunday) of a day number. */
export function ymd(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = dateOf(day);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** The kinds of meeting the Japanese series holds (the `meetingKind` of their places). */
export type JaMeetingKind = 'board' | 'earnings-call' | 'engineering' | 'assembly';

/** One meeting on the calendar. */
export interface JaScheduledMeeting {
  /** Position in the series (0-based). */
  index: number;
  kind: JaMeetingKind;
  day: number;
  /** Engineering meetings: the team (index). Assembly: the day of the session's general questions (0, 1, …). */
  part: number;
}

/** The n-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = dayFromYmd(year, month, 1);
  const w = dateOf(first).getUTCDay();
  return first + ((weekday - w + 7) % 7) + 7 * (n - 1);
}

/**
 * Meetings of one month, in date order: an engineering 定例会 on the first and third Tuesdays (the first team on the
 * first, the second on the third: each team meets monthly), the board on the third Thursday, the earnings briefing
 * (決算説明会) in May, August, November and February, and in June, September, December and March two days of
 * general questions of the city assembly's regular session (定例会).
 */
export function monthMeetings(year: number, month: number, teams: number): Array<Omit<JaScheduledMeeting, 'index'>> {
  const out: Array<Omit<JaScheduledMeeting, 'index'> & { slot: number }> = [];
  for (let t = 0; t < teams; t++) out.push({ kind: 'engineering', day: teamMeetingDay(year, month, t), part: t, slot: 1 });
  out.push({ kind: 'board', day: nthWeekday(year, month, 4, 3), part: 0, slot: 0 });
  if ([2, 5, 8, 11].includes(month)) out.push({ kind: 'earnings-call', day: nthWeekday(year, month, 5, 2), part: 0, slot: 0 });
  if ([3, 6, 9, 12].includes(month)) {
    const first = nthWeekday(year, month, 1, 2) + 1; // the Tuesday after the second Monday
    out.push({ kind: 'assembly', day: first, part: 0, slot: 0 }, { kind: 'assembly', day: first + 1, part: 1, slot: 0 });
  }
  return out.sort((a, b) => a.day - b.day || a.slot - b.slot).map(({ slot: _slot, ...m }) => m);
}

/** The day of team `t`'s monthly 定例会: the first team on the first Tuesday, the second on the third, and so on. */
export function teamMeetingDay(year: number, month: number, t: number): number {
  return nthWeekday(year, month, 2, 1 + 2 * (t % 2));
}

/** Team `t`'s next 定例会 after `day` (the same Tuesday of the next month). */
export function nextTeamMeeting(day: number, t: number): number {
  const { year, month } = ymd(day);
  return month === 12 ? teamMeetingDay(year + 1, 1, t) : teamMeetingDay(year, month + 1, t);
}
