// What Chinese transcript needles share: who may voice them in which meeting, the reply, dates after the meeting, value forms.
import { dateOf, dayOfIso, zhDate } from '../../../haystack/zh/meeting-transcript/model/numbers.js';
import { schedule, type ZhMeetingWorld } from '../../../haystack/zh/meeting-transcript/model/world.js';
import type { MeetingPlace, PlaceContext } from '../../../haystack/place-context.js';
import type { Rng } from '../../../util/rng.js';
import { meetingDayChecker } from '../../meeting-days.js';

/** Meeting kind → role keys that may voice the needle there, most fitting first. */
export type Where = Partial<Record<'board' | 'earnings-call' | 'weekly', string[]>>;

/** The heading fragment of each meeting kind (a template's `sections`: they match the meetings' titles). */
const HEADING: Record<string, string> = { board: '董事会', 'earnings-call': '业绩说明会', weekly: '周例会' };

/** A template's `sections`: the headings of the meetings it fits, most fitting first. */
export const sectionsOf = (where: Where): string[] => Object.keys(where).map((k) => HEADING[k]!);

/** The meeting a needle lands in. */
export function meetingOf(place: PlaceContext | undefined): MeetingPlace | undefined {
  return place?.kind === 'meeting-transcript' ? place : undefined;
}

/** Who may voice the needle at a place: the roles for that meeting kind, or all of them. */
export function rolesAt(where: Where, place: PlaceContext | undefined): string[] {
  const kind = meetingOf(place)?.meetingKind as keyof Where | undefined;
  if (kind && where[kind]) return where[kind]!;
  return [...new Set(Object.values(where).flat())];
}

/** The short reply after a needle turn, by whoever runs the meeting. */
export function replyAt(place: PlaceContext | undefined): { roles: string[]; text: string } | undefined {
  switch (meetingOf(place)?.meetingKind) {
    case 'board':
      return { roles: ['chair'], text: '好的，请董事会秘书记录在案。' };
    case 'earnings-call':
      return { roles: ['host'], text: '好的，谢谢。' };
    case 'weekly':
      return { roles: ['eng-manager'], text: '好，这个我记下了。' };
    default:
      return undefined;
  }
}

/** True when the series holds a meeting that day (its header prints the date in full). */
const isMeetingDay = meetingDayChecker<ZhMeetingWorld>(schedule);

/** "2028年6月14日": about `days` after the meeting the needle is read at, on a weekday with no meeting (so said nowhere else). */
export function dateAfter(world: ZhMeetingWorld, place: PlaceContext | undefined, days: number): string {
  const m = meetingOf(place);
  let day = (m ? dayOfIso(m.date) : world.start) + days;
  while (isMeetingDay(world, day) || [0, 6].includes(dateOf(day).getUTCDay())) day++;
  return zhDate(day);
}

/** A percentage with an odd tenth (12.3%): a form the generator never prints. */
export const oddPct = (rng: Rng, lo: number, hi: number): string => `${rng.int(lo, hi)}.${rng.pick([1, 3, 5, 7, 9])}%`;

/** `count` different values from `make`. */
export function distinct<T>(rng: Rng, count: number, make: (rng: Rng) => T): T[] {
  const out: T[] = [];
  for (let i = 0; out.length < count && i < 500; i++) {
    const v = make(rng);
    if (!out.map(String).includes(String(v))) out.push(v);
  }
  return out;
}

/** The team whose weekly meeting this is (by its title), else the first. */
export function teamAt(world: ZhMeetingWorld, place: PlaceContext | undefined) {
  const title = meetingOf(place)?.title ?? '';
  return world.company.teams.find((t) => title.startsWith(t.system)) ?? world.company.teams[0]!;
}
