// Sprint planning: the on-call handoff from the incident log, last sprint's velocity, the board walked ticket by ticket, estimates, commitments.
import type { MeetingContext } from '../talk/meeting-context.js';
import type { Session } from '../talk/session.js';
import { backchannel, speak } from '../talk/speech.js';
import { assign, carry, closeTeamMeeting, newTicket, openTeamMeeting, techVars } from '../talk/team-talk.js';
import { counted } from '../talk/words.js';

/** One sprint planning of one team. */
export function sprintPlanning(mc: MeetingContext): Session {
  const { rng, world } = mc;
  const m = openTeamMeeting(mc, 4);
  const { s, team } = m;
  const sprint = (mc.series.sprints.get(team.prefix) ?? rng.int(20, 140)) + 1;
  mc.series.sprints.set(team.prefix, sprint);
  const planned = rng.int(28, 55);
  const done = Math.min(planned, Math.round(planned * rng.float(0.7, 1)));
  const v0 = techVars(mc, m, team.lead, { sprint: String(sprint), prevSprint: String(sprint - 1), planned: String(planned), done: String(done), next: String(Math.round(done * rng.float(0.9, 1.05))) });
  s.say(team.lead, speak(rng, [mc.line('@planning_open', v0), mc.line('@planning_agenda', v0)], 0.6));

  // On-call handoff: the incidents since the last planning, as the log has them.
  const oncall = rng.pick(m.engineers);
  const recent = world.incidents.before(mc.meeting.team ?? 0, mc.day, mc.meeting.cycle).filter((x) => mc.day - x.day <= 14);
  const ov = techVars(mc, m, oncall, { pages: counted(recent.length + rng.int(1, 6), 'page'), incidents: counted(recent.length, 'incident'), incidentIds: recent.map((x) => x.id).join(' and ') || 'none', ticket: newTicket(mc, team) });
  s.say(oncall, speak(rng, [mc.must(recent.length ? 'oncall_open_incidents' : 'oncall_open_quiet', ov), ...mc.some('oncall', 2, ov)], 0.6));
  if (rng.chance(0.5)) s.say(team.lead, backchannel(rng));

  s.say(team.lead, speak(rng, [mc.must('velocity', v0)], 0.5));
  for (const e of m.engineers) {
    const [t1, t2] = carry(mc, team, e);
    const v = techVars(mc, m, e, { ticket: t1, ticket2: t2, points: String(rng.pick([2, 3, 5, 8, 13])) });
    s.say(e, speak(rng, mc.some('plan_status', rng.int(1, 2), v), 0.9));
    if (rng.chance(0.3)) s.say(rng.pick(m.present.filter((p) => p !== e)), backchannel(rng));
  }
  for (let i = 0, n = rng.int(8, 13); i < n; i++) {
    const who = rng.pick(m.present);
    const v = techVars(mc, m, who, { ticket: newTicket(mc, team), ticket2: newTicket(mc, team), points: String(rng.pick([2, 3, 5, 8, 13])), parkTopic: mc.g.list('parkTopic') });
    s.say(who, speak(rng, mc.some(who === team.pm ? 'plan_talk_pm' : 'plan_talk', rng.int(1, 2), v), 0.9));
    if (rng.chance(0.35)) {
      const other = rng.pick(m.present.filter((p) => p !== who));
      s.say(other, speak(rng, [mc.one('plan_reply', v)], 0.9));
    }
    if (rng.chance(0.12)) s.meta(rng.pick(['[Laughter]', '[crosstalk]', '[inaudible]']));
    if (rng.chance(0.12)) assign(mc, m, who, mc.fill(rng.pick(mc.g.list('team_task')), v), rng.int(2, 12));
  }
  s.say(team.lead, speak(rng, [mc.must('planning_commit', v0)], 0.5));
  return closeTeamMeeting(mc, m, 'planning');
}
