// Engineering stand-up: each engineer's yesterday, today and blockers on the tickets they carry, the product manager's questions, the parking lot.
import { MEETING_FACTS } from '../model/facts.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import type { Session } from '../talk/session.js';
import { backchannel, speak } from '../talk/speech.js';
import { assign, carry, closeTeamMeeting, newTicket, openTeamMeeting, peersOf, techVars } from '../talk/team-talk.js';

/** One stand-up of one team. */
export function standup(mc: MeetingContext): Session {
  const { rng } = mc;
  const m = openTeamMeeting(mc, 4);
  const { s, team } = m;
  s.say(team.lead, speak(rng, [mc.line('@standup_open')], 0.6));
  for (const e of rng.shuffle(m.engineers)) {
    const [t1, t2] = carry(mc, team, e);
    // What was finished yesterday is off the list: a ticket of its own, not one still carried.
    const v = techVars(mc, m, e, { ticket: t1, ticket2: t2, done: newTicket(mc, team) });
    // Blocked on a key rotation only where the sweep allows stating it.
    const blocker = mc.states(MEETING_FACTS.keyRotation) && rng.chance(0.06) ? mc.one('key_blocker', v) : mc.one('standup_b', v);
    s.say(e, speak(rng, [mc.one('standup_y', v), mc.one('standup_t', v), blocker], 0.9));
    if (rng.chance(0.35)) s.say(rng.pick([team.lead, team.pm]), backchannel(rng));
    if (rng.chance(0.3)) {
      // The product manager cuts in about the ticket; the engineer answers that question, not with a stock blocker line.
      const q = mc.line(`{Is|Wait, is|Sorry, is} <ticket> {still|actually} {blocked on|waiting on} {the vendor|the schema change|review|<pm>}{, or—|—|?}`, mc.layer({ pm: peersOf(m, e).filter((f) => f !== team.pm.first && f !== team.lead.first) }, v));
      s.say(team.pm, speak(rng, [/[?—]$/.test(q) ? q : `${q.replace(/[.]$/, '')}?`], 0.8));
      s.say(e, speak(rng, [mc.one('blocked_a', v)], 0.9));
    }
    if (rng.chance(0.25)) {
      // A follow-up on someone's ticket falls to them, or to the lead.
      const owner = rng.chance(0.7) ? e : team.lead;
      assign(mc, m, owner, mc.fill(rng.pick(mc.g.list('team_task')), mc.layer({ peerFirst: peersOf(m, owner) }, v)), rng.int(1, 9));
    }
    if (rng.chance(0.2)) {
      m.park.push(mc.fill('@parkTopic', v));
      s.say(team.lead, speak(rng, [mc.one('park', v)], 0.5));
    }
  }
  if (rng.chance(0.4)) s.say(team.pm, speak(rng, mc.some('standup_pm_note', 1, techVars(mc, m, team.pm)), 0.6));
  if (mc.states(MEETING_FACTS.vendorShortlists) && rng.chance(0.25)) s.say(team.lead, speak(rng, [mc.one('vendor_note', techVars(mc, m, team.lead))], 0.5));
  return closeTeamMeeting(mc, m, 'stand-up');
}
