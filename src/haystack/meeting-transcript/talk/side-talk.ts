// Side threads: a short digression between people in the room (the video link, a trip, a colleague's news), then back to business.
import type { Vars } from '../../data.js';
import type { Person } from '../model/organization.js';
import type { MeetingContext } from './meeting-context.js';
import type { Session } from './session.js';
import { speak } from './speech.js';

/**
 * One side thread: an opener, a reply and a closing line from the lists `side_open`, `side_reply` and `side_close`
 * (the same index in each is one thread), spoken by two people, then the chair (first in `people`) may bring the room back.
 */
export function sideThread(mc: MeetingContext, s: Session, people: Person[], v: Vars): void {
  const { rng } = mc;
  const pool = [...new Set(people)];
  if (pool.length < 2) return;
  const [a, b] = rng.sample(pool, 2) as [Person, Person];
  const opens = mc.g.list('side_open');
  const k = rng.int(0, opens.length - 1);
  const tv = mc.layer({ aFirst: a.first, bFirst: b.first, weekday: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']), outsider: mc.outsiders.person(rng), n: String(rng.int(3, 40)) }, v);
  const open = mc.say(opens[k]!, tv);
  if (!open) return;
  s.say(a, speak(rng, [open], 0.8));
  s.say(b, speak(rng, [mc.line(mc.g.list('side_reply')[k]!, tv)], 0.8));
  const close = mc.g.list('side_close')[k];
  if (close) s.say(a, speak(rng, [mc.line(close, tv)], 0.8));
  // Whoever runs the meeting (first in `people`) brings the room back to the agenda.
  if (rng.chance(0.5)) s.say(people[0]!, speak(rng, [mc.line('@side_back', tv)], 0.5));
}
