// Engineering stand-ups and sprint planning: yesterday/today/blockers with ticket ids, estimates, parking lot, action items.
import type { Vars } from '../data.js';
import { numberWord, type MeetingContext } from './context.js';
import type { Speaker, Team } from './organization.js';
import { Session } from './session.js';
import { backchannel, speak } from './speech.js';

/** Tickets each engineer is carrying, kept between meetings so ids recur. */
export type Workload = Map<string, string[]>;

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth'];

function ticket(team: Team): string {
  return `${team.prefix}-${team.nextTicket++}`;
}

function carry(team: Team, work: Workload, e: Speaker, rng: MeetingContext['rng']): string[] {
  let list = work.get(e.name) ?? [];
  if (list.length === 0 || rng.chance(0.35)) list = [...list.slice(-1), ticket(team)];
  if (list.length > 2) list = list.slice(-2);
  work.set(e.name, list);
  return list;
}

/** A stand-up (short) or sprint planning (long) meeting of one team. */
export function engineeringMeeting(mc: MeetingContext, team: Team, work: Workload, planning: boolean): Session {
  const { rng } = mc;
  const engineers = rng.sample(team.engineers, rng.int(4, team.engineers.length));
  const present = [team.lead, team.pm, ...engineers];
  const title = `${team.name} team ${planning ? 'sprint planning' : 'stand-up'}, ${mc.longDate()}`;
  const s = new Session(title, rng, present);
  s.meta(`${team.name.toUpperCase()} TEAM ${planning ? 'SPRINT PLANNING' : 'STAND-UP'}\n${mc.longDate()}\nAttendees: ${present.map((p) => p.label).join('; ')}`);
  const actions: string[] = [];
  const park: string[] = [];
  const peers = (e: Speaker) => present.filter((p) => p !== e).map((p) => p.first);
  s.say(team.lead, speak(rng, [mc.say(`{Okay|Alright|Morning, everyone}, {let's get started|let's kick it off|let's do this}{, we've got a lot to get through|, I'll keep it quick|}.`), ...(planning ? [mc.say('{This is|Today is} sprint planning for {sprint|iteration} <n>{, so we\'ll go through the board and then estimates|}.', { n: rng.int(20, 140) })] : [])], 0.6));
  const rounds = planning ? 2 : 1;
  for (let r = 0; r < rounds; r++) {
    for (const e of engineers) {
      const [t1, t2] = carry(team, work, e, rng);
      const v: Vars = { ticket: t1 ?? ticket(team), ticket2: t2 ?? ticket(team), peerFirst: peers(e), cause: mc.g.list('cause'), ttitle: mc.g.list('ttitle'), component: mc.g.list('component'), days: String(rng.int(2, 6)) };
      s.say(e, speak(rng, [mc.one('standup_y', v), mc.one('standup_t', v), mc.one('standup_b', v)], 0.9));
      if (rng.chance(0.4)) s.say(rng.pick([team.lead, team.pm]), backchannel(rng));
      if (rng.chance(0.3)) {
        const q = mc.say(`{Is|Wait, is} ${v.ticket} {still|actually} {blocked on|waiting on} {the vendor|the schema change|review}{, or|—}`);
        s.say(team.pm, speak(rng, [q.replace(/[.?]$/, '')], 0.8));
        s.say(e, speak(rng, [mc.one('standup_b', v)], 0.9));
      }
      if (rng.chance(0.3)) {
        const owner = rng.pick(present);
        const item = `${owner.name} will ${mc.g.fill(rng, rng.pick(['{follow up on|chase} <ticket> with <who>', '{write up|document} the {fix|plan} for <ticket>', '{pair with|sync with} <peerFirst> on <ticket>', '{file|open} a ticket for {the flaky test|the alert noise} in the <component>']), { ...mc.vars, ...v, who: ['the vendor', 'security', 'the data team', 'design'] })} by ${mc.shortDate(rng.int(1, 9))}`;
        actions.push(item);
        s.say(team.lead, mc.fixed(`{Okay|Alright}, {action item|let's make that an action item}: ${item}.`));
      }
      if (rng.chance(0.2)) {
        park.push(mc.g.fill(rng, rng.pick(mc.g.list('parkTopic')), { ...mc.vars, component: mc.g.list('component') }));
        s.say(team.lead, speak(rng, [mc.say(`{Let's|Can we} {park|take} that {for the parking lot|offline}{, I don't want to go down that path now|}.`)], 0.5));
      }
    }
    if (planning) {
      const n = rng.int(6, 12);
      for (let i = 0; i < n; i++) {
        const who = rng.pick(present);
        const v: Vars = { peerFirst: peers(who), ticket: ticket(team), ticket2: ticket(team), points: rng.pick([1, 2, 3, 5, 8, 13]), velPrev: rng.int(30, 60), velDone: rng.int(22, 55), velPlan: rng.int(25, 50), supportCount: rng.int(3, 40), days: rng.int(2, 9), ttitle: mc.g.list('ttitle'), component: mc.g.list('component'), cause: mc.g.list('cause'), parkTopic: mc.g.list('parkTopic') };
        s.say(who, speak(rng, mc.some('plan_talk', rng.int(1, 3), v), 0.9));
        if (rng.chance(0.4)) s.say(rng.pick(present.filter((p) => p !== who)), backchannel(rng));
        if (rng.chance(0.15)) s.meta(rng.pick(['[Laughter]', '[crosstalk]', '[inaudible]']));
      }
    }
  }
  if (park.length) s.say(team.lead, speak(rng, [`Parking lot: ${park.join('; ')}.`, mc.say("{We'll|Let's} {pick those up|cover those} {after|at the end}{, whoever needs to stay|}.")], 0.3));
  if (actions.length) s.say(team.lead, [`To recap, ${numberWord(actions.length)} action items.`, ...actions.map((a, i) => `${ORDINALS[i] ?? 'Next'}, ${a}.`)].join(' '));
  s.say(team.lead, mc.say('{Thanks, everyone|That\'s it, thanks|Okay, thanks all}{. Have a good one|, see you tomorrow|}.'));
  return s;
}
