// Nominating and Governance Committee meeting, chaired by the committee's own chair: board composition, evaluations, policies, the annual meeting.
import { closeFormal, formalItem, noteForBoard, openFormal, pickTopics } from '../talk/formal-meeting.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import { loadTopics } from '../talk/phrase-files.js';
import type { Session } from '../talk/session.js';

/** One Nominating and Governance Committee meeting (the day before the board). */
export function governanceCommitteeMeeting(mc: MeetingContext): Session {
  const { org, rng } = mc;
  const c = org.committees.governance;
  const chairIsMember = c.members.includes(org.chair);
  const ir = rng.chance(0.4);
  const m = openFormal(mc, {
    title: 'Nominating and Governance Committee Meeting', body: 'governance committee', banner: 'NOMINATING AND GOVERNANCE COMMITTEE', chair: c.chair, members: c.members, secretary: org.gc,
    guests: [org.gc, ...(chairIsMember ? [] : [org.chair]), ...(ir ? [org.ir] : [])],
    presenters: { gc: org.gc, 'committee-chair': c.chair, ...(ir ? { ir: org.ir } : {}) },
    topics: loadTopics('governance-committee'), items: [3, 4], rounds: [3, 5], tables: [0, 0], amendP: 0.1, startHour: rng.int(12, 13),
    rooms: ['Conference Room B', 'the small boardroom', 'the library'], previousDays: rng.int(84, 98), when: 'quarterly',
  });
  let n = 2;
  for (const t of pickTopics(mc, m, rng.int(m.setup.items[0], m.setup.items[1]))) formalItem(mc, m, t, n++);
  noteForBoard(mc, 'governance', m);
  return closeFormal(mc, m);
}
