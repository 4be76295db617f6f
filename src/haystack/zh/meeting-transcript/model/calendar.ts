// The series' calendar: a board meeting and a results call after each quarter, and every team's weekly meeting in between.
import type { Rng } from '../../../../util/rng.js';
import { dateOf, dayNumber } from './numbers.js';

/** The kinds of meeting the series holds (the `meetingKind` of a MeetingPlace). */
export type ZhMeetingKind = 'board' | 'earnings-call' | 'weekly';

/** One meeting on the calendar. */
export interface ScheduledMeeting {
  index: number;
  kind: ZhMeetingKind;
  /** Days since 1970-01-01. */
  day: number;
  /** The quarter (ledger index) whose results are the latest at this meeting. */
  k: number;
  /** Weekly meetings: index of the team. */
  team?: number;
  /** How many board meetings of this term came before (第N次会议). */
  boardNumber?: number;
}

/** Day of the board meeting that approves the report of quarter (year, q): late in the month after, late March for Q4. */
export function boardDay(rng: Rng, year: number, q: number): number {
  const [y, m, lo, hi] = q === 4 ? [year + 1, 3, 20, 28] : q === 1 ? [year, 4, 18, 27] : q === 2 ? [year, 8, 18, 27] : [year, 10, 18, 27];
  let day = dayNumber(y, m, rng.int(lo, hi));
  while ([0, 6].includes(dateOf(day).getUTCDay())) day--;
  return day;
}

/** The weekday a team holds its weekly meeting (Monday to Thursday), fixed for the series. */
export function weeklyWeekday(team: number, seed: number): number {
  return 1 + ((seed + team * 2) % 4);
}
