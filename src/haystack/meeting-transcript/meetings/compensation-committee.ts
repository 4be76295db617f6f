// Compensation Committee meeting, chaired by the committee's own chair: pay programs, goals and payouts, succession, with its adviser.
import { closeFormal, formalItem, noteForBoard, openFormal, pickTopics } from '../talk/formal-meeting.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import { loadTopics } from '../talk/phrase-files.js';
import { utter, wallClock } from '../talk/procedure.js';
import type { Session } from '../talk/session.js';

/** One Compensation Committee meeting (the afternoon before the board). */
export function compensationCommitteeMeeting(mc: MeetingContext): Session {
  const { org, rng } = mc;
  const c = org.committees.compensation;
  const m = openFormal(mc, {
    title: 'Compensation Committee Meeting', body: 'compensation committee', banner: 'COMPENSATION COMMITTEE', chair: c.chair, members: c.members, secretary: org.gc,
    guests: [org.chro, org.compConsultant, org.gc, org.ceo], presenters: { chro: org.chro, 'comp-consultant': org.compConsultant, ceo: org.ceo },
    topics: loadTopics('compensation-committee'), items: [3, 5], rounds: [3, 6], tables: [0, 1], amendP: 0.15, startHour: rng.int(14, 15),
    rooms: ['Conference Room B', 'the small boardroom', 'the executive conference room'], previousDays: rng.int(84, 98), when: 'quarterly',
  });
  let n = 2;
  for (const t of pickTopics(mc, m, rng.int(m.setup.items[0], m.setup.items[1]))) formalItem(mc, m, t, n++);
  // The committee talks about the CEO's pay without the CEO.
  if (rng.chance(0.7)) {
    utter(mc, m.s, m.room.chair, [mc.line('@comp_exec_call', { ceoFirst: org.ceo.first })], 0.2);
    const length = rng.int(10, 30) * 60;
    m.s.meta(`[Executive session of the committee with ${org.compConsultant.name}, ${wallClock(m.room)} to ${wallClock(m.room, length)}, not transcribed. ${mc.fill('@comp_exec_note')}]`);
    m.room.skipped += length;
    m.s.setPresent(m.s.people.filter((p) => p !== org.ceo));
    utter(mc, m.s, m.room.chair, [mc.line('@private_session_back')], 0.2);
  }
  noteForBoard(mc, 'compensation', m);
  return closeFormal(mc, m);
}
