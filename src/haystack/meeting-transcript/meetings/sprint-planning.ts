// Sprint planning: the on-call handoff from the incident log, last sprint's velocity, where each engineer's tickets
// stand on the team's board, new tickets sized and taken, and the commitment.
import type { MeetingContext } from '../talk/meeting-context.js';
import type { Session } from '../talk/session.js';
import { backchannel, speak } from '../talk/speech.js';
import { assign, closeTeamMeeting, openTeamMeeting, techVars } from '../talk/team-talk.js';
import { backlog, boardOf, createTicket, openTickets, tidyBoard } from '../talk/ticket-board.js';
import { counted } from '../talk/words.js';

/** One sprint planning of one team. */
export function sprintPlanning(mc: MeetingContext): Session {
  const { rng, world } = mc;
  const m = openTeamMeeting(mc, 4);
  const { s, team } = m;
  const board = boardOf(mc, team);
  tidyBoard(mc, board);
  const sprint = (mc.series.sprints.get(team.prefix) ?? rng.int(20, 140)) + 1;
  mc.series.sprints.set(team.prefix, sprint);
  const planned = rng.int(28, 55);
  const done = Math.min(planned, Math.round(planned * rng.float(0.7, 1)));
  const v0 = techVars(mc, m, team.lead, { sprint: String(sprint), prevSprint: String(sprint - 1), planned: String(planned), done: String(done), next: String(Math.round(done * rng.float(0.9, 1.05))) });
  s.say(team.lead, speak(rng, [mc.line('@planning_open', v0), mc.line('@planning_agenda', v0)], 0.6));

  // On-call handoff: the incidents since the last planning, as the log has them; a leak found on call becomes a ticket.
  const oncall = rng.pick(m.engineers);
  const recent = world.incidents.before(mc.meeting.team ?? 0, mc.day, mc.meeting.cycle).filter((x) => mc.day - x.day <= 14);
  const ov = techVars(mc, m, oncall, { pages: counted(recent.length + rng.int(1, 6), 'page'), incidents: counted(recent.length, 'incident'), incidentIds: recent.map((x) => x.id).join(' and ') || 'none' });
  const leak = createTicket(mc, team, {}, undefined, mc.fill('fix the slow memory growth in the <svc>', ov));
  ov.ticket = leak.id;
  s.say(oncall, speak(rng, [mc.must(recent.length ? 'oncall_open_incidents' : 'oncall_open_quiet', ov), ...mc.some('oncall', 2, ov)], 0.6));
  if (rng.chance(0.5)) s.say(team.lead, backchannel(rng));

  s.say(team.lead, speak(rng, [mc.must('velocity', v0)], 0.5));
  // Where each engineer's open tickets stand, as the board has them. Two engineers with nothing open say so, each in
  // their own words; when more are free, the lead sums up for the rest instead of a third "I'm free".
  const freeLines = rng.shuffle(mc.g.list('plan_status_free').map((_, i) => i));
  let freeSaid = 0;
  let rest = false;
  for (const e of m.engineers) {
    const mine = openTickets(board, e);
    const v = techVars(mc, m, e);
    const lines = mine.slice(0, 2).map((t) => mc.line(`@plan_status_${t.state === 'todo' ? 'doing' : t.state}`, mc.layer({ t: t.id, title: t.title, points: String(t.points), reason: t.blocker?.reason ?? '', who: t.blocker?.who ?? 'platform' }, v)));
    if (!lines.length && freeSaid >= 2) {
      rest = true;
      continue;
    }
    if (!lines.length) freeSaid++;
    s.say(e, speak(rng, lines.length ? lines : [mc.line(mc.g.list('plan_status_free')[freeLines[freeSaid - 1] ?? 0]!, v)], 0.9));
    if (rng.chance(0.3)) s.say(rng.pick(m.present.filter((p) => p !== e)), backchannel(rng));
  }
  if (rest) s.say(team.lead, speak(rng, [mc.line('@plan_status_rest', v0)], 0.6));
  // New work: tickets from the backlog and new ones, sized, and taken by whoever has room.
  // A remark about tickets is made once a meeting ("The design for … isn't signed off" is not said of two tickets).
  const usedTalk = new Set<string>();
  const fresh = [...backlog(board)];
  for (let i = 0, n = rng.int(5, 8); fresh.length < n && i < 12; i++) {
    const tv = techVars(mc, m, team.pm);
    fresh.push(createTicket(mc, team, { svc: tv.svc as string, svc2: tv.svc2 as string, table: tv.table as string, upgrade: mc.g.list('upgrade') as string[] }));
  }
  for (const t of fresh.slice(0, rng.int(5, 8))) {
    const who = rng.pick(m.present);
    const v = techVars(mc, m, who, { ticket: t.id, ttitle: t.title, points: String(t.points), ticket2: rng.pick(fresh.filter((x) => x !== t)).id, parkTopic: mc.g.list('parkTopic') });
    // A reply answers the last thing said about the ticket (its entry in the paired reply list), never another line's point.
    const talk = who === team.pm ? 'plan_talk_pm' : 'plan_talk';
    // A question ("who else has context on it?") goes last, where the reply can answer it.
    // One remark a turn: two unrelated remarks about one ticket read as a non sequitur. The supervisors ask only for
    // what they see (a screen, a summary, an import), not for log rotation or an alert.
    const userFacing = /supervisor|plant lead|screen|CSV|bulk edits|barcode|offline|saved filters|\bshift|\bentries\b/.test(t.title);
    const open = mc.g.list(talk).map((_, i) => i).filter((k) => !usedTalk.has(`${talk}:${k}`) && (userFacing || !/the supervisors|the operators/.test(mc.g.list(talk)[k]!)));
    const spoken = rng.sample(open, Math.min(1, open.length))
      .map((k) => ({ k, line: mc.say(mc.g.list(talk)[k]!, v) }))
      .filter((x) => x.line !== '')
      .sort((a, b) => Number(a.line.includes('?')) - Number(b.line.includes('?')));
    for (const x of spoken) usedTalk.add(`${talk}:${x.k}`);
    const last = spoken.length ? spoken[spoken.length - 1]!.k : -1;
    // A ticket whose design is not signed off stays a stretch goal: nobody takes it today.
    const unready = spoken.some((x) => /signed off|aren't final|isn't final/.test(x.line));
    if (spoken.length) s.say(who, speak(rng, spoken.map((x) => x.line), 0.9));
    const reply = last >= 0 ? mc.g.list(`${talk}_reply`)[last] : undefined;
    const asked = spoken.length > 0 && spoken[spoken.length - 1]!.line.includes('?');
    if (reply && (asked || rng.chance(0.45))) {
      const other = rng.pick(m.present.filter((p) => p !== who));
      s.say(other, speak(rng, [mc.line(reply, v)], 0.9));
    }
    // Somebody with no open work takes it.
    const taker = m.engineers.find((e) => openTickets(board, e).length < 2);
    if (taker && !unready && rng.chance(0.7)) {
      const free = openTickets(board, taker).length === 0;
      t.owner = taker;
      s.say(taker, speak(rng, [mc.line(free ? '@plan_take_free' : '@plan_take', mc.layer({ ticket: t.id }, v))], 0.8));
    }
    if (rng.chance(0.12)) s.meta(rng.pick(['[Laughter]', '[crosstalk]', '[inaudible]']));
    // A follow-up on a ticket is its owner's.
    if (t.owner && rng.chance(0.12)) assign(mc, m, t.owner, mc.fill(rng.pick(mc.g.list('team_task')), mc.layer({ peerFirst: m.present.filter((p) => p !== t.owner && p !== team.pm).map((p) => p.first) }, v)), rng.int(2, 12));
  }
  s.say(team.lead, speak(rng, [mc.must('planning_commit', v0)], 0.5));
  return closeTeamMeeting(mc, m, 'planning');
}
