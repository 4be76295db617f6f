// Engineering meetings: stand-ups, sprint planning with an on-call handoff, and incident or design reviews, with ticket ids and figures.
import type { Vars } from '../data.js';
import { numberWord, type MeetingContext } from './context.js';
import type { Speaker, Team } from './organization.js';
import { Session } from './session.js';
import { backchannel, speak } from './speech.js';

/** Tickets each engineer is carrying, kept between meetings so ids recur. */
export type Workload = Map<string, string[]>;

/** Which engineering meeting to hold. */
export type EngineeringKind = 'standup' | 'planning' | 'review';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth'];
const TITLES: Record<EngineeringKind, string> = { standup: 'stand-up', planning: 'sprint planning', review: 'incident and design review' };
const REGIONS = ['us-east', 'us-west', 'eu-central', 'ap-southeast'];

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

/** Fresh engineering figures and names for one turn. */
function techVars(mc: MeetingContext, team: Team, extra: Vars): Vars {
  const { rng, ent } = mc;
  const [svc, svc2] = rng.sample(team.services, 2);
  const ms = rng.int(180, 2400);
  const h = rng.int(0, 23);
  return mc.layer({
    svc: svc!, svc2: svc2!, upgrade: mc.g.list('upgrade'), table: mc.g.list('table'), vendor: ent.vendor(), weekday: ent.weekday(),
    msA: `${ms} milliseconds`, msB: `${Math.round(ms * rng.float(0.15, 0.6))}`, errPct: ent.pct(0.4, 18, 1), n: rng.int(2, 14), n2: rng.int(15, 64),
    rfc: String(rng.int(12, 240)), rows: `${rng.int(40, 900)} million`, money: `$${rng.int(2, 60) * 100}`, rps: ent.count(800, 40000), count: ent.count(2000, 900000),
    pct: ent.pct(10, 45), minutes: rng.int(9, 140), region: rng.pick(REGIONS), month: mc.vars.nextMonth!,
    when: `${ent.weekday()} the ${rng.pick(['3rd', '8th', '11th', '14th', '19th', '22nd', '27th'])}`, clock: `${h}:${String(rng.int(0, 59)).padStart(2, '0')}`, clock2: `${(h + 1) % 24}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    ...extra,
  });
}

/** A stand-up, sprint planning or review meeting of one team. */
export function engineeringMeeting(mc: MeetingContext, team: Team, work: Workload, kind: EngineeringKind): Session {
  const { rng } = mc;
  const engineers = rng.sample(team.engineers, rng.int(4, team.engineers.length));
  const present = [team.lead, team.pm, ...engineers];
  const s = new Session(`${team.name} team ${TITLES[kind]}, ${mc.longDate()}`, rng, present);
  s.meta(`${team.name.toUpperCase()} TEAM ${TITLES[kind].toUpperCase()}\n${mc.longDate()}\nAttendees: ${present.map((p) => p.label).join('; ')}`);
  const actions: string[] = [];
  const park: string[] = [];
  // Colleagues a speaker may name (pairing partner, reviewer): never the speaker, nor anyone sharing the speaker's first name.
  const peers = (e: Speaker) => present.filter((p) => p.first !== e.first).map((p) => p.first);
  const vars = (who: Speaker, extra: Vars = {}): Vars => techVars(mc, team, { peerFirst: peers(who), ttitle: mc.g.list('ttitle'), cause: mc.g.list('cause'), days: String(rng.int(2, 6)), ...extra });
  const assign = (owner: Speaker, v: Vars) => {
    // The owner pairs with somebody else, not with the colleague who was speaking (who may be the owner).
    const task = mc.g.fill(rng, rng.pick(['{follow up on|chase} <ticket> with <who>', '{write up|document} the {fix|plan} for <ticket>', '{pair with|sync with} <peerFirst> on <ticket>', '{file|open} a ticket for {the flaky test|the alert noise} in the <svc>', 'update the runbook for the <svc>', 'add a timeout on the call from the <svc> to the <svc2>']), mc.layer({ who: ['the vendor', 'security', 'the data team', 'design', 'platform'], peerFirst: peers(owner) }, v));
    const item = `${owner.name} will ${task} by ${mc.shortDate(rng.int(1, 9))}`;
    actions.push(item);
    s.say(team.lead, mc.fixed(`{Okay|Alright}, {action item|let's make that an action item}: ${item}.`));
  };
  s.say(team.lead, speak(rng, [mc.line("{Okay|Alright|Morning, everyone}, {let's get started|let's kick it off|let's do this}{, we've got a lot to get through|, I'll keep it quick|}."), ...(kind === 'planning' ? [mc.line("{This is|Today is} sprint planning for {sprint|iteration} <n>{, so we'll do the on-call handoff, go through the board, and then estimates|}.", { n: rng.int(20, 140) })] : [])], 0.6));

  if (kind !== 'standup') {
    const oncall = rng.pick(engineers);
    s.say(oncall, speak(rng, mc.g.list('oncall').map((t) => mc.say(t, vars(oncall, { ticket: ticket(team) }))), 0.6));
    if (rng.chance(0.5)) s.say(team.lead, backchannel(rng));
  }
  if (kind === 'review') {
    const owner = rng.pick(engineers);
    const v = vars(owner, { ticket: ticket(team) });
    s.say(team.lead, speak(rng, [mc.line("{First|Up first} is the {post-mortem|incident review} for the <svc> {outage|incident}. <f>, {you were incident commander|you wrote it up}{, go ahead|}.", mc.layer({ f: owner.first }, v))], 0.4));
    s.say(owner, speak(rng, mc.g.list('incident').slice(0, 4).map((t) => mc.say(t, v)), 0.4));
    s.say(owner, speak(rng, mc.g.list('incident').slice(4).map((t) => mc.say(t, v)), 0.4));
    for (const [i, qt] of rng.sample(mc.g.list('incident_q').map((_, k) => k), rng.int(2, 4)).entries()) {
      const asker = rng.pick(present.filter((p) => p !== owner));
      s.say(asker, speak(rng, [mc.say(mc.g.list('incident_q')[qt]!, v)], 0.8));
      s.say(owner, speak(rng, [mc.say(mc.g.list('incident_a')[qt]!, v)], 0.7));
      if (i === 0) assign(owner, v);
    }
    const author = rng.pick(engineers.filter((e) => e !== owner));
    const dv = vars(author);
    s.say(team.lead, speak(rng, [mc.line('{Next|Second item} is the design review{ for RFC <rfc>|}. <f>?', mc.layer({ f: author.first }, dv))], 0.4));
    s.say(author, speak(rng, mc.g.list('design').map((t) => mc.say(t, dv)), 0.5));
    for (const [k, t] of mc.g.list('design_q').entries()) {
      if (!rng.chance(0.75)) continue;
      s.say(rng.pick(present.filter((p) => p !== author)), speak(rng, [mc.say(t, dv)], 0.8));
      s.say(author, speak(rng, [mc.say(mc.g.list('design_a')[k]!, dv)], 0.7));
    }
    if (rng.chance(0.6)) assign(author, mc.layer({ ticket: ticket(team) }, dv));
  } else {
    const rounds = kind === 'planning' ? 2 : 1;
    for (let r = 0; r < rounds; r++) {
      for (const e of engineers) {
        const [t1, t2] = carry(team, work, e, rng);
        const v = vars(e, { ticket: t1 ?? ticket(team), ticket2: t2 ?? ticket(team) });
        s.say(e, speak(rng, [mc.one('standup_y', v), mc.one('standup_t', v), mc.one('standup_b', v)], 0.9));
        if (rng.chance(0.4)) s.say(rng.pick([team.lead, team.pm]), backchannel(rng));
        if (rng.chance(0.3)) {
          // The product manager cuts in about the ticket; the engineer answers that question, not with a stock blocker line.
          const q = mc.line(`{Is|Wait, is|Sorry, is} <ticket> {still|actually} {blocked on|waiting on} {the vendor|the schema change|review|<peerFirst>}{, or—|—|?}`, mc.layer({ peerFirst: peers(e).filter((f) => f !== team.pm.first) }, v));
          s.say(team.pm, speak(rng, [/[?—]$/.test(q) ? q : `${q.replace(/[.]$/, '')}?`], 0.8));
          s.say(e, speak(rng, [mc.one('blocked_a', v)], 0.9));
        }
        if (rng.chance(0.3)) assign(rng.pick(present), v);
        if (rng.chance(0.2)) {
          park.push(mc.g.fill(rng, rng.pick(mc.g.list('parkTopic')), v));
          s.say(team.lead, speak(rng, [mc.one('park', v)], 0.5));
        }
      }
      if (kind === 'planning') {
        for (let i = 0, n = rng.int(8, 14); i < n; i++) {
          const who = rng.pick(present);
          const v = vars(who, { ticket: ticket(team), ticket2: ticket(team), points: rng.pick([1, 2, 3, 5, 8, 13]), velPrev: rng.int(30, 60), velDone: rng.int(22, 55), velPlan: rng.int(25, 50), supportCount: rng.int(3, 40), parkTopic: mc.g.list('parkTopic') });
          s.say(who, speak(rng, mc.some('plan_talk', rng.int(1, 3), v), 0.9));
          if (rng.chance(0.4)) s.say(rng.pick(present.filter((p) => p !== who)), backchannel(rng));
          if (rng.chance(0.15)) s.meta(rng.pick(['[Laughter]', '[crosstalk]', '[inaudible]']));
        }
      }
    }
  }
  if (park.length) s.say(team.lead, speak(rng, [`Parking lot: ${park.join('; ')}.`, mc.line(`{We'll|Let's} {pick ${park.length === 1 ? 'that' : 'those'} up|cover ${park.length === 1 ? 'that' : 'those'}} {after|at the end}{, whoever needs to stay|}.`)], 0.3));
  const owners = [...new Set(actions.map((a) => a.split(' will ')[0]!.split(' ')[0]!))];
  const ownerList = owners.join(owners.length > 2 ? ', ' : ' and ').replace(/, ([^,]+)$/, ', and $1');
  if (actions.length === 1) {
    // One item is read out in the recap sentence itself; the wording varies from meeting to meeting.
    s.say(team.lead, mc.fixed(`{To recap|Quick recap|Just to recap|So, to recap}, {we have|there's|I've got|that's} one action item{ today| from this one|}: ${actions[0]!}.`));
  } else if (actions.length) {
    const head = mc.line(`{To recap|Quick recap|Just to recap|So, to recap|Recapping}, {we have|there are|I've got|that's} ${numberWord(actions.length)} action items{, for ${ownerList}|, ${ownerList} ${owners.length === 1 ? 'has' : 'have'} them| today| from this ${TITLES[kind]}|}.`);
    s.say(team.lead, [head, ...actions.map((a, i) => `${ORDINALS[i] ?? 'Next'}, ${a}.`)].join(' '));
  }
  s.say(team.lead, mc.line("{Thanks, everyone|That's it, thanks|Okay, thanks all}{. Have a good one|, see you tomorrow|}."));
  return s;
}
