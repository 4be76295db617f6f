// What Japanese transcript needle templates share: the day a needle is read at, dates after it that no meeting
// prints, replies in the meeting's register, and money and date forms as the documents write them.
import { dayOf, jaDate, ymd } from '../../../haystack/ja/meeting-transcript/model/calendar.js';
import { jaSchedule, type JaMeetingWorld } from '../../../haystack/ja/meeting-transcript/index.js';
import type { MeetingPlace, PlaceContext } from '../../../haystack/place-context.js';
import type { Rng } from '../../../util/rng.js';

export { kindsOf, rolesAt, type Where } from '../../meeting-transcript/place.js';

/** The meeting a needle lands in, if it lands in a transcript. */
export function meetingOf(place: PlaceContext | undefined): MeetingPlace | undefined {
  return place?.kind === 'meeting-transcript' ? place : undefined;
}

/** Day number of the meeting a needle is read at (the series' first day when there is no place). */
export function dayAt(world: JaMeetingWorld, place: PlaceContext | undefined): number {
  const m = meetingOf(place);
  return m ? dayOf(m.date) : world.start;
}

const printed = new WeakMap<JaMeetingWorld, { days: Set<number>; until: number; it: Iterator<{ day: number; kind: string; part: number }> }>();

/** True when some meeting prints that day: a meeting day, or the sitting an assembly's last day adjourns to. */
function isPrintedDay(world: JaMeetingWorld, day: number): boolean {
  let m = printed.get(world);
  if (!m) printed.set(world, (m = { days: new Set(), until: -Infinity, it: jaSchedule(world) }));
  while (m.until <= day + 7) {
    const next = m.it.next().value as { day: number; kind: string; part: number };
    m.days.add(next.day);
    if (next.kind === 'assembly') m.days.add(next.day + 7);
    m.until = next.day;
  }
  return m.days.has(day);
}

/** `2031年9月16日`: a weekday about `days` after the meeting the needle is read at, on which no meeting is printed. */
export function dateAfter(world: JaMeetingWorld, place: PlaceContext | undefined, days: number): string {
  let day = dayAt(world, place) + days;
  while (isPrintedDay(world, day) || [0, 6].includes(ymd(day).weekday)) day++;
  return jaDate(day);
}

/** `6月`: the month after the meeting the needle is read at. */
export function nextMonth(world: JaMeetingWorld, place: PlaceContext | undefined): string {
  return `${ymd(dayAt(world, place) + 31).month}月`;
}

/** The short reply that follows a needle turn, by whoever runs the meeting (the assembly's speaker does not reply). */
export function replyAt(place: PlaceContext | undefined): { roles: string[]; text: string } | undefined {
  switch (meetingOf(place)?.meetingKind) {
    case 'board':
      return { roles: ['chair'], text: 'ありがとうございます。承知いたしました。' };
    case 'earnings-call':
      return { roles: ['ir'], text: 'ありがとうございました。' };
    case 'engineering':
      return { roles: ['eng-manager', 'pm'], text: '了解です、メモしておきます。' };
    default:
      return undefined;
  }
}

/**
 * `48億6,500万円`: an amount between `lo` and `hi` 億円 that is never a whole number of 1,000万円 (the generated
 * meetings state amounts only in whole 1,000万円, so the needle's amount is said nowhere else).
 */
export function oddAmount(rng: Rng, lo: number, hi: number): string {
  const oku = rng.int(lo, hi);
  let man = rng.int(1, 99) * 100;
  if (man % 1000 === 0) man += 100;
  return `${oku > 0 ? `${oku}億` : ''}${man.toLocaleString('en-US')}万円`;
}

/** `count` different values from `make` (by their text). */
export function distinct<T>(rng: Rng, count: number, make: (rng: Rng) => T): T[] {
  const out: T[] = [];
  for (let tries = 0; out.length < count && tries < 500; tries++) {
    const v = make(rng);
    if (!out.some((o) => String(o) === String(v))) out.push(v);
  }
  return out;
}
