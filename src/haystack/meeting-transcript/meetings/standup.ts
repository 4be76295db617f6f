// Engineering stand-up: each engineer's yesterday, today and blockers on the tickets they own, read from the team's
// board (so a ticket said to be in review yesterday is merged or still in review today), the product manager's
// questions about what was said, action items and the parking lot.
import { MEETING_FACTS } from '../model/facts.js';
import type { Person } from '../model/organization.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import type { Session } from '../talk/session.js';
import { backchannel, speak } from '../talk/speech.js';
import { assign, closeTeamMeeting, openTeamMeeting, peersOf, techVars, type TeamMeeting } from '../talk/team-talk.js';
import { backlog, boardOf, createTicket, drawBlocker, openTickets, tidyBoard, type Ticket, type TicketState } from '../talk/ticket-board.js';

/** One stand-up of one team. */
export function standup(mc: MeetingContext): Session {
  const { rng } = mc;
  const m = openTeamMeeting(mc, 4);
  const { s, team } = m;
  const board = boardOf(mc, team);
  tidyBoard(mc, board);
  s.say(team.lead, speak(rng, [mc.line('@standup_open')], 0.6));
  for (const e of rng.shuffle(m.engineers)) {
    engineerUpdate(mc, m, e);
    if (rng.chance(0.2)) {
      // Somebody raises a bigger subject; the lead parks it for after the round.
      const pv = techVars(mc, m, e);
      const topic = mc.fill('@parkTopic', pv);
      const raised = mc.say('@park_raise', mc.layer({ parkTopic: topic }, pv));
      if (raised) {
        s.say(e, speak(rng, [raised], 0.8));
        m.park.push(topic);
        s.say(team.lead, speak(rng, [mc.line('@park', pv)], 0.5));
      }
    }
  }
  if (rng.chance(0.4)) s.say(team.pm, speak(rng, mc.some('standup_pm_note', 1, techVars(mc, m, team.pm)), 0.6));
  if (mc.states(MEETING_FACTS.vendorShortlists) && rng.chance(0.25)) s.say(team.lead, speak(rng, [mc.one('vendor_note', techVars(mc, m, team.lead))], 0.5));
  return closeTeamMeeting(mc, m, 'stand-up');
}

/** The next state of a ticket since the last stand-up. */
function step(mc: MeetingContext, t: Ticket): TicketState {
  const r = mc.rng.next();
  switch (t.state) {
    case 'todo':
      return 'doing';
    case 'doing':
      return r < 0.45 ? 'doing' : r < 0.75 ? 'review' : r < 0.9 ? 'blocked' : 'done';
    case 'review':
      return r < 0.6 ? 'done' : 'review';
    case 'blocked':
      return r < 0.5 ? 'doing' : 'blocked';
    default:
      return t.state;
  }
}

/** What an engineer says yesterday, given how the ticket moved. */
function yesterdayList(from: TicketState, to: TicketState): string {
  if (from === 'todo') return 'y_started';
  if (from === 'doing') return to === 'doing' ? 'y_progress' : to === 'review' ? 'y_to_review' : to === 'blocked' ? 'y_to_blocked' : 'y_done_direct';
  if (from === 'review') return to === 'done' ? 'y_merged' : 'y_review_wait';
  return to === 'doing' ? 'y_unblocked' : 'y_still_blocked';
}

/** One engineer's turn: the ticket they own moves one step, and what they say (and are asked) follows that step. */
function engineerUpdate(mc: MeetingContext, m: TeamMeeting, e: Person): void {
  const { rng } = mc;
  const { s, team } = m;
  const board = boardOf(mc, team);
  const peers = m.present.filter((p) => p !== e && p !== team.pm);
  const base = techVars(mc, m, e);
  const pick = (): Ticket => {
    const waiting = backlog(board)[0];
    if (waiting) {
      waiting.owner = e;
      return waiting;
    }
    return createTicket(mc, team, { svc: base.svc as string, svc2: base.svc2 as string, table: base.table as string, upgrade: mc.g.list('upgrade') as string[] });
  };
  const t = openTickets(board, e)[0] ?? pick();
  const from = t.state;
  const to = step(mc, t);
  t.state = to;
  if (to !== from) t.changed = mc.day;
  if (to === 'review' && !t.reviewer) t.reviewer = rng.pick(peers.length ? peers : [team.lead]);
  if (to === 'blocked' && !t.blocker) {
    t.blocker = drawBlocker(mc, { svc: base.svc as string, svc2: base.svc2 as string, table: base.table as string, upgrade: rng.pick(mc.g.list('upgrade')) }, peersOf(m, e).filter((f) => f !== team.pm.first));
    // Where the sweep allows it, the odd blocker is a credential rotation the platform team owns.
    if (mc.states(MEETING_FACTS.keyRotation) && rng.chance(0.2)) t.blocker = { reason: `the API keys for the ${base.svc2 as string} still need rotating`, resolution: 'the API keys were rotated', who: 'platform' };
  }
  const v = mc.layer({ t: t.id, title: t.title, reviewer: t.reviewer?.first ?? team.lead.first, reason: t.blocker?.reason ?? '', resolution: t.blocker?.resolution ?? '', who: t.blocker?.who ?? 'platform', lead: team.lead.first }, base);
  // Each line is dealt from the meeting's deck, so two engineers don't both aim "for review by Thursday" or ask for
  // "another pair of eyes" in one stand-up; a line the series memory dropped is said in any wording.
  const dealt = (list: string, vars: typeof v) => mc.one(list, vars) || mc.line(`@${list}`, vars);
  const lines = [dealt(yesterdayList(from, to), v)];
  if (from === 'blocked' && to === 'doing') t.blocker = undefined;
  // A review done for a colleague, when a colleague's ticket is in review with this engineer.
  const reviewing = board.tickets.find((x) => x.state === 'review' && x.reviewer === e && x.owner && x.owner !== e);
  if (reviewing && rng.chance(0.5)) lines.push(mc.line('@y_reviewed', mc.layer({ t2: reviewing.id, peer: reviewing.owner!.first }, v)));
  // Dealt from the meeting's deck: two engineers don't both say they lost half the day, in the same words.
  // "So less progress than I wanted" only from someone whose ticket did not move (never right after "it's merged").
  else if (rng.chance(0.15)) lines.push(mc.one(to === from || to === 'blocked' ? 'y_other_slow' : 'y_other', mc.layer({ peer: rng.pick(peers.length ? peers : [team.lead]).first }, v)));
  // Today: more of the same ticket, its review, or the next ticket when it is done or blocked.
  let next: Ticket | undefined;
  if (to === 'done' || to === 'blocked') {
    next = openTickets(board, e).find((x) => x !== t && x.state !== 'blocked') ?? pick();
    if (next.state === 'todo') next.state = 'doing';
    lines.push(mc.line(to === 'done' ? '@t_next' : '@t_blocked_other', mc.layer({ t2: next.id, title2: next.title }, v)));
  } else lines.push(dealt(to === 'review' ? 't_review' : 't_doing', v));
  lines.push(dealt(to === 'blocked' ? 'b_blocked' : 'b_none', v));
  s.say(e, speak(rng, lines, 0.9));
  if (rng.chance(0.3)) s.say(rng.pick([team.lead, team.pm]), backchannel(rng));
  // The product manager asks about what was just said.
  if (rng.chance(0.35)) {
    const [q, a] = to === 'blocked' ? ['pm_q_blocked', 'a_blocked'] : to === 'review' ? ['pm_q_review', 'a_review'] : to === 'done' ? ['pm_q_done', 'a_done'] : ['', ''];
    if (q) {
      const qa = mc.exchange(q, a, v);
      if (qa) {
        s.say(team.pm, speak(rng, [qa[0]], 0.8));
        s.say(e, speak(rng, [qa[1]], 0.9));
      }
    }
  }
  if (to === 'blocked' && rng.chance(0.35)) {
    // Unblocking is the lead's job when the blocker sits outside the team.
    assign(mc, m, team.lead, mc.fill(`{chase|follow up with} ${t.blocker!.who} on ${t.id}`, v), rng.int(1, 4));
  } else if (to === 'done' && rng.chance(0.3)) {
    // A finished ticket gets its follow-through: release notes or a demo.
    assign(mc, m, e, mc.fill(`{send the release notes for|set up a demo of} ${t.id}{ for support| for the plant supervisors|}`, v), rng.int(1, 9));
  }
}
