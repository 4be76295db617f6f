// What transcript needle templates share: the day a needle is read at, dates after it, the meeting's team, replies, and value formats.
import { dayOf, longDate } from '../../haystack/meeting-transcript/model/calendar.js';
import { schedule } from '../../haystack/meeting-transcript/model/world.js';
import type { MeetingWorld, Team } from '../../haystack/meeting-transcript/index.js';
import type { MeetingPlace, PlaceContext } from '../../haystack/place-context.js';
import type { Rng } from '../../util/rng.js';
import { meetingDayChecker } from '../meeting-days.js';

/** The meeting a needle lands in, if it lands in a transcript. */
export function meetingOf(place: PlaceContext | undefined): MeetingPlace | undefined {
  return place?.kind === 'meeting-transcript' ? place : undefined;
}

/** Day number of the meeting a needle is read at (the series' first day when there is no place). */
export function dayAt(world: MeetingWorld, place: PlaceContext | undefined): number {
  const m = meetingOf(place);
  return m ? dayOf(m.date) : world.start;
}

/** True when the series holds a meeting that day (its header prints the date in full). */
const isMeetingDay = meetingDayChecker<MeetingWorld>(schedule);

/**
 * "March 14, 2026": a date about `days` after the meeting the needle is read at (a future commitment stays in
 * the future), moved to the next weekday on which the series holds no meeting, so the date is said nowhere else.
 */
export function dateAfter(world: MeetingWorld, place: PlaceContext | undefined, days: number): string {
  let day = dayAt(world, place) + days;
  while (isMeetingDay(world, day) || [0, 6].includes(new Date(day * 86_400_000).getUTCDay())) day++;
  return longDate(day);
}

/** The engineering team whose meeting this is (by its title), else the first team. */
export function teamAt(world: MeetingWorld, place: PlaceContext | undefined): Team {
  const title = meetingOf(place)?.title ?? '';
  return world.org.teams.find((t) => title.startsWith(`${t.name} Team`)) ?? world.org.teams[0]!;
}

/** The short reply that follows a needle turn, by whoever runs the meeting. */
export function replyAt(place: PlaceContext | undefined): { roles: string[]; text: string } | undefined {
  switch (meetingOf(place)?.meetingKind) {
    case 'board':
      return { roles: ['chair'], text: 'Thank you. Let the minutes reflect that.' };
    case 'audit-committee':
    case 'compensation-committee':
    case 'governance-committee':
      return { roles: ['committee-chair'], text: "Thank you, that's noted for the minutes." };
    case 'operations-review':
      return { roles: ['coo'], text: 'Okay, noted. Thanks.' };
    case 'town-hall':
      return { roles: ['chro', 'ceo'], text: 'Thanks for that.' };
    case 'standup':
    case 'sprint-planning':
    case 'incident-review':
      return { roles: ['eng-manager', 'pm'], text: 'Got it, thanks.' };
    default:
      return undefined;
  }
}

/** "$127,500": whole dollars in steps of `step`. */
export function dollars(rng: Rng, lo: number, hi: number, step: number): number {
  return rng.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
}

/** "$127,500". */
export const dollarText = (v: number): string => `$${v.toLocaleString('en-US')}`;

/** `count` different values from `make` (by their text). */
export function distinct<T>(rng: Rng, count: number, make: (rng: Rng) => T, key: (v: T) => string = String): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < count && tries < 500; tries++) {
    const v = make(rng);
    if (seen.has(key(v))) continue;
    seen.add(key(v));
    out.push(v);
  }
  return out;
}

/** Two day offsets in [lo, hi] at least nine days apart (so the dates stay apart after moving off meeting days). */
export function twoOffsets(rng: Rng, lo: number, hi: number): [number, number] {
  const a = rng.int(lo, hi);
  const far = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((d) => Math.abs(d - a) >= 9);
  return [a, far.length ? rng.pick(far) : a + 9];
}

/** Where a template reads naturally: meeting kind → role keys that may voice it there, most fitting first. */
export type Where = Record<string, string[]>;

/** The meeting kinds of a `Where`, most fitting first (a template's `sections`). */
export const kindsOf = (where: Where): string[] => Object.keys(where);

/** Who may voice the needle at a place: the roles for that meeting kind, or (with no place, or another kind) all of them. */
export function rolesAt(where: Where, place: PlaceContext | undefined): string[] {
  const kind = meetingOf(place)?.meetingKind;
  if (kind && where[kind]) return where[kind]!;
  return [...new Set(Object.values(where).flat())];
}

/** True when the needle is said in a meeting of one of these kinds. */
export function inKind(place: PlaceContext | undefined, ...kinds: string[]): boolean {
  return kinds.includes(meetingOf(place)?.meetingKind ?? '');
}
