// The board's meetings of a year as one function of the world: the 届 and numbering run on across years, the meeting
// that approves last year's annual report sits on the day that report was filed, and every sentence that cites the
// meeting approving a report (利润分配预案, 财务报表批准报出) cites this one.
import type { ZhReportWorld } from '../world.js';
import { yearRng } from './parent.js';

export interface BoardMeeting {
  /** Index into grammar `boardMeetingTopics` (0 = last year's annual report, 1–3 = the quarterly and half-year reports). */
  topic: number;
  term: number;
  number: number;
  /** YYYY-MM-DD. */
  date: string;
}

/**
 * The board's 届 and the numbers of its meetings in a year: a 届 lasts three years and numbers its meetings from 一 on,
 * so a year's first meeting follows the last one of the year before within the same 届.
 */
function numbering(world: ZhReportWorld, year: number): { term: number; first: number; count: number } {
  const base = yearRng(world, 'board-term', 0);
  const firstTerm = base.int(2, 4);
  const offset = base.int(0, 2);
  const count = (y: number) => yearRng(world, 'board-meetings', y).int(6, 9);
  const since = year - world.firstYear + offset;
  const term = firstTerm + Math.floor(since / 3);
  let first = 1;
  for (let y = year - (since % 3); y < year; y++) first += count(y);
  return { term, first, count: count(year) };
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The board meetings held in calendar year `year`, in date order, numbered; `topics` is the number of meeting topics. */
export function boardMeetings(world: ZhReportWorld, year: number, topics: number): BoardMeeting[] {
  const r = yearRng(world, 'board-meeting-list', year);
  const { term, first, count } = numbering(world, year);
  const annual = world.filedOn(year - 1);
  const annualDay = Number(annual.slice(8, 10));
  // The quarterly reports in their months (the first quarter's after the annual report when both fall in April).
  const q1 = annual.slice(5, 7) === '04' ? Math.min(30, Math.max(annualDay + 1, r.int(26, 29))) : r.int(26, 29);
  const fixed: Record<number, string> = { 1: iso(year, 4, q1), 2: iso(year, 8, r.int(10, 28)), 3: iso(year, 10, r.int(15, 29)) };
  const others = r.sample(Array.from({ length: topics - 1 }, (_, i) => i + 1), Math.min(topics - 1, count - 1));
  const dated = [{ topic: 0, date: annual }, ...others.map((topic) => ({ topic, date: fixed[topic] ?? iso(year, r.int(1, 12), r.int(8, 28)) }))]
    .sort((a, b) => a.date.localeCompare(b.date));
  // Two meetings never on one day: the other one moves a day (the annual report's meeting keeps its filing day).
  const shift = (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  for (let i = 1; i < dated.length; i++) {
    if (dated[i]!.date > dated[i - 1]!.date) continue;
    if (dated[i]!.topic === 0) dated[i - 1]!.date = shift(dated[i]!.date, -1);
    else dated[i]!.date = shift(dated[i - 1]!.date, 1);
  }
  return dated.map((m, i) => ({ ...m, term, number: first + i }));
}

/** The meeting (of the next calendar year) that approves fiscal year `year`'s annual report and dividend proposal. */
export function annualReportMeeting(world: ZhReportWorld, year: number, topics: number): BoardMeeting {
  return boardMeetings(world, year + 1, topics).find((m) => m.topic === 0)!;
}
