// The company's fiscal calendar: when each fiscal year starts and ends, when its report is filed, and dates written out.
import type { Company } from './company.js';
import { yearRng } from './streams.js';

/** Month names, January first. */
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD`. */
export function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function dayIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** "March 3, 2023" for an ISO date. */
export function longDate(iso: string): string {
  const d = new Date(isoDay(iso) * DAY);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "March 2023" for an ISO date. */
export function monthYear(iso: string): string {
  const d = new Date(isoDay(iso) * DAY);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The fiscal calendar of one company: fiscal year Y ends on the company's fiscal year-end day of calendar year Y. */
export interface FiscalCalendar {
  /** First fiscal year the endless report covers. */
  firstYear: number;
  /** Last day of fiscal `year`, ISO. */
  periodEnd(year: number): string;
  /** First day of fiscal `year`, ISO (the day after the prior year's end). */
  periodStart(year: number): string;
  /** Day the annual report for fiscal `year` is filed and signed, ISO: eight to ten weeks after the period end. */
  filedOn(year: number): string;
  /** Record date of the holders-of-record count and the cover's share count: a few weeks before filing, ISO. */
  recordDate(year: number): string;
}

/** The calendar of a company, fixed by its fiscal year end. */
export function fiscalCalendar(c: Company): FiscalCalendar {
  const month = MONTHS.indexOf(c.fyEndMonth);
  const end = (year: number) => dayIso(Math.round(Date.UTC(year, month, c.fyEndDay) / DAY));
  const filed = (year: number) => isoDay(end(year)) + yearRng(c, year, 'filing-date').int(52, 70);
  return {
    firstYear: c.firstYear,
    periodEnd: end,
    periodStart: (year) => dayIso(isoDay(end(year - 1)) + 1),
    filedOn: (year) => dayIso(filed(year)),
    recordDate: (year) => dayIso(filed(year) - yearRng(c, year, 'record-date').int(14, 30)),
  };
}
