// Audit Committee meeting, chaired by the committee's own chair: financial reporting, audits, controls and risk, and a private session with the auditor.
import { closeFormal, formalItem, noteForBoard, openFormal, pickTopics } from '../talk/formal-meeting.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import { loadTopics } from '../talk/phrase-files.js';
import { utter, wallClock } from '../talk/procedure.js';
import type { Session } from '../talk/session.js';

/** One Audit Committee meeting (before the earnings call). */
export function auditCommitteeMeeting(mc: MeetingContext): Session {
  const { org, rng } = mc;
  const c = org.committees.audit;
  const cto = rng.chance(0.5);
  const m = openFormal(mc, {
    title: 'Audit Committee Meeting', body: 'audit committee', banner: 'AUDIT COMMITTEE', chair: c.chair, members: c.members, secretary: org.gc,
    guests: [org.cfo, org.internalAudit, org.auditPartner, org.gc, org.treasurer, ...(cto ? [org.cto] : [])],
    presenters: { cfo: org.cfo, 'internal-audit': org.internalAudit, auditor: org.auditPartner, gc: org.gc, treasurer: org.treasurer, ...(cto ? { cto: org.cto } : {}) },
    topics: loadTopics('audit-committee'), items: [4, 6], rounds: [3, 6], tables: [0, 1], amendP: 0.1, startHour: rng.int(7, 8),
    rooms: ['Conference Room A', 'the Audit Committee room', 'the finance conference room'], previousDays: rng.int(84, 98), when: 'quarterly',
  });
  let n = 2;
  for (const t of pickTopics(mc, m, rng.int(m.setup.items[0], m.setup.items[1]))) formalItem(mc, m, t, n++);
  // The committee meets the auditor without management, as it does every quarter.
  utter(mc, m.s, m.room.chair, [mc.line('@private_session_call', { partnerFirst: org.auditPartner.first })], 0.2);
  const length = rng.int(10, 25) * 60;
  m.s.meta(`[Private session of the committee with ${org.auditPartner.name} of ${org.auditor}, ${wallClock(m.room)} to ${wallClock(m.room, length)}, not transcribed. ${mc.fill('@private_session_note')}]`);
  m.room.skipped += length;
  utter(mc, m.s, m.room.chair, [mc.line('@private_session_back')], 0.2);
  noteForBoard(mc, 'audit', m);
  return closeFormal(mc, m);
}
