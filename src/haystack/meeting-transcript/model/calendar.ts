// The series' calendar: fiscal quarters, and which meeting is held on which day of each quarter's reporting cycle.
import type { Rng } from '../../../util/rng.js';
import type { Organization } from './organization.js';

/** Every kind of meeting the series holds (the `meetingKind` of a MeetingPlace). */
export type MeetingKind =
  | 'board'
  | 'audit-committee'
  | 'compensation-committee'
  | 'governance-committee'
  | 'earnings-call'
  | 'operations-review'
  | 'town-hall'
  | 'standup'
  | 'sprint-planning'
  | 'incident-review';

/** One meeting on the calendar. */
export interface ScheduledMeeting {
  /** Position in the series (0-based). */
  index: number;
  kind: MeetingKind;
  /** Days since 1970-01-01 (UTC). */
  day: number;
  /** Reporting cycle: the fiscal quarter (index, see `FiscalCalendar`) whose results the meetings of this stretch discuss. */
  cycle: number;
  /** Engineering meetings: index of the team. */
  team?: number;
  /** Order among meetings of the same day. */
  slot: number;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const DAY = 86_400_000;

/** The date of a day number. */
export function dateOf(day: number): Date {
  return new Date(day * DAY);
}

/** "March 12, 2026". */
export function longDate(day: number): string {
  const d = dateOf(day);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "March 12". */
export function shortDate(day: number): string {
  const d = dateOf(day);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** ISO `YYYY-MM-DD`. */
export function isoDate(day: number): string {
  return dateOf(day).toISOString().slice(0, 10);
}

/** Day number of an ISO date. */
export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** The next weekday on or after `day`. */
export function weekdayOnOrAfter(day: number): number {
  const w = dateOf(day).getUTCDay();
  return w === 0 ? day + 1 : w === 6 ? day + 2 : day;
}

/** A fiscal quarter: its number within its fiscal year and its last day. */
export interface FiscalQuarter {
  index: number;
  /** 1–4. */
  q: number;
  fiscalYear: number;
  /** Day number of its last day. */
  end: number;
  /** Its first day. */
  start: number;
}

/** Fiscal quarters of the organization, indexed from the quarter that ends just before the series starts. */
export class FiscalCalendar {
  /** Months since year 0 of quarter 0's last month. */
  private readonly month0: number;

  constructor(private readonly org: Organization, rng: Rng) {
    // The series starts after a quarter closes, in the organization's first year.
    const startMonth = org.firstYear * 12 + rng.int(0, 11);
    let m = startMonth;
    while (((m % 12) - org.fiscalYearEnd + 12) % 3 !== 0) m++;
    this.month0 = m;
  }

  /** Quarter `i` (0 = the one the first cycle reports; negative = history). */
  quarter(i: number): FiscalQuarter {
    const m = this.month0 + 3 * i;
    const year = Math.floor(m / 12);
    const month = m % 12;
    const end = Math.floor(Date.UTC(year, month + 1, 0) / DAY);
    const start = Math.floor(Date.UTC(year, month - 2, 1) / DAY);
    const after = (month - this.org.fiscalYearEnd + 12) % 12;
    const q = after === 0 ? 4 : after / 3;
    const fiscalYear = after === 0 ? year : year + (month > this.org.fiscalYearEnd ? 1 : 0);
    return { index: i, q, fiscalYear, end, start };
  }

  /** The quarter a day falls in. */
  quarterOfDay(day: number): FiscalQuarter {
    let i = Math.floor((day - this.quarter(0).end) / 91.3);
    while (this.quarter(i).end < day) i++;
    while (this.quarter(i - 1).end >= day) i--;
    return this.quarter(i);
  }
}

/**
 * The meetings of reporting cycle `k`: the stretch between the close of quarter k and the close of quarter k+1.
 * Operations reviews monthly; the audit committee, then the earnings call, about four weeks after the close;
 * the compensation and governance committees the day before the board; a town hall after the call;
 * and, for each engineering team, a sprint planning and a stand-up or two, with two incident reviews in between.
 */
export function cycleMeetings(cal: FiscalCalendar, rng: Rng, k: number, teams: number): Array<Omit<ScheduledMeeting, 'index'>> {
  const s = cal.quarter(k).end + 1;
  const out: Array<Omit<ScheduledMeeting, 'index'>> = [];
  const add = (kind: MeetingKind, day: number, slot: number, team?: number) => out.push({ kind, day: weekdayOnOrAfter(day), cycle: k, slot, ...(team === undefined ? {} : { team }) });
  for (const offset of [rng.int(5, 9), rng.int(34, 39), rng.int(64, 69)]) add('operations-review', s + offset, 1);
  const audit = weekdayOnOrAfter(s + rng.int(21, 27));
  add('audit-committee', audit, 2);
  const call = weekdayOnOrAfter(audit + rng.int(1, 2));
  add('earnings-call', call, 0);
  add('town-hall', call + rng.int(4, 9), 3);
  const board = weekdayOnOrAfter(s + rng.int(40, 52));
  const eve = dateOf(board).getUTCDay() === 1 ? board - 3 : board - 1;
  add('governance-committee', eve, 1);
  add('compensation-committee', eve, 2);
  add('board', board, 1);
  // Each team: one sprint planning (every team plans every two weeks; the series transcribes one per cycle), a stand-up or two.
  const days = (n: number, from: number, to: number) => rng.sample(Array.from({ length: to - from }, (_, i) => i + from), n);
  for (let t = 0; t < teams; t++) {
    add('sprint-planning', s + 14 * rng.int(0, 5) + rng.int(1, 3), 0, t);
    for (const d of days(rng.int(1, 2), 2, 88)) add('standup', s + d, 0, t);
  }
  for (const d of days(2, 6, 86)) add('incident-review', s + d, 2, rng.int(0, teams - 1));
  return out.sort((a, b) => a.day - b.day || a.slot - b.slot);
}
