// Incident review: one incident from the incident log told by its commander (timeline, cause, impact), questions, follow-up tickets, then a design review.
import { dateOf, WEEKDAYS } from '../model/calendar.js';
import { MEETING_FACTS } from '../model/facts.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import type { Session } from '../talk/session.js';
import { speak } from '../talk/speech.js';
import { assign, closeTeamMeeting, openTeamMeeting, techVars } from '../talk/team-talk.js';
import { createTicket } from '../talk/ticket-board.js';
import { counted } from '../talk/words.js';

/** One incident review of one team. */
export function incidentReview(mc: MeetingContext): Session {
  const { rng, world, org } = mc;
  const incidents = world.incidents.before(mc.meeting.team ?? 0, mc.day, mc.meeting.cycle)
    .filter((x) => !mc.series.reviewed.has(x.id) && (x.cause !== 'certificate' || mc.states(MEETING_FACTS.certificateOutages)));
  const inc = incidents[0];
  // The incident's commander tells it, so the commander is among the attendees the header lists.
  const lead = inc ? org.teams[mc.meeting.team ?? 0]!.engineers[inc.commander] : undefined;
  const m = openTeamMeeting(mc, 3, lead ? [lead] : []);
  const { s, team } = m;
  if (inc) {
    mc.series.reviewed.add(inc.id);
    const commander = team.engineers[inc.commander]!;
    const ago = mc.day - inc.day;
    // The status page goes up some minutes after the first page, never before it; over the ten-minute target or not.
    const statusLag = 4 + (inc.failedRequests % 19);
    const v = techVars(mc, m, commander, {
      // A third service of the team, for "could this happen in the … too?" (not the one that failed, nor its cause).
      id: inc.id, svc: inc.service, svc2: inc.downstream, svc3: team.services.find((x) => x !== inc.service && x !== inc.downstream) ?? '', sev: `severity ${inc.severity === 1 ? 'one' : 'two'}`, start: inc.startedAt, duration: counted(inc.durationMinutes, 'minute', true),
      detect: counted(inc.detectMinutes, 'minute', true), failed: inc.failedRequests.toLocaleString('en-US'), when: ago <= 6 ? `on ${WEEKDAYS[dateOf(inc.day).getUTCDay()]}` : `on ${mc.shortDate(-ago)}`,
      status: counted(statusLag, 'minute', true), statusTarget: statusLag > 10 ? 'which is over our target of ten' : 'inside our target of ten',
      f: commander.first, ticket: createTicket(mc, team, {}, commander, `ship the follow-up fixes for ${inc.id}`).id, ticket2: createTicket(mc, team, {}, undefined, `add the missing alert from ${inc.id}`).id,
    });
    s.say(team.lead, speak(rng, [mc.line('@review_open', v)], 0.4));
    s.say(commander, speak(rng, [mc.must('incident_timeline', v), mc.must(`incident_cause_${inc.cause}`, v), mc.must('incident_impact', v)], 0.4));
    s.say(commander, speak(rng, [mc.must(`incident_fix_${inc.cause}`, v), ...mc.some('incident_lessons', 2, v)], 0.4));
    const qs = mc.g.list('incident_q');
    for (const k of rng.sample(qs.map((_, i) => i).filter((i) => v.svc3 !== '' || !qs[i]!.includes('<svc3>')), rng.int(2, 4))) {
      const asker = rng.pick(m.present.filter((p) => p !== commander));
      const q = mc.say(qs[k]!, v);
      if (!q) continue;
      s.say(asker, speak(rng, [q], 0.8));
      s.say(commander, speak(rng, [mc.line(mc.g.list('incident_a')[k]!, v)], 0.7));
    }
    assign(mc, m, commander, mc.fill('@incident_task', v), rng.int(3, 12));
  }
  const author = rng.pick(m.engineers);
  const dv = techVars(mc, m, author, { f: author.first });
  dv.ticket = createTicket(mc, team, {}, author, mc.fill('write the design for the <svc> change', dv)).id;
  s.say(team.lead, speak(rng, [mc.line('{Next|Second item|Okay, the other item} is the design review{ for RFC <rfc>|}. <f>?', dv)], 0.4));
  // The options are named before anything is said about "option two": the cost line only follows the options line.
  const design = mc.g.list('design').map((t) => mc.say(t, dv));
  const named = design.some((t) => /read replica/.test(t));
  s.say(author, speak(rng, design.filter((t) => t !== '' && (named || !/^(?:Cost-wise|On cost)\b/.test(t))), 0.5));
  for (const [k, t] of mc.g.list('design_q').entries()) {
    if (!rng.chance(0.7)) continue;
    // An answer only to a question asked: a question the series memory dropped takes its answer with it.
    const q = mc.say(t, dv);
    if (!q) continue;
    s.say(rng.pick(m.present.filter((p) => p !== author)), speak(rng, [q], 0.8));
    s.say(author, speak(rng, [mc.line(mc.g.list('design_a')[k]!, dv)], 0.7));
  }
  if (rng.chance(0.6)) assign(mc, m, author, mc.fill('@design_task', dv), rng.int(3, 12));
  return closeTeamMeeting(mc, m, 'review');
}
