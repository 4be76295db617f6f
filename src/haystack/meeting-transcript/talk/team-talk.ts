// What engineering meetings share: the team in the room, tickets carried between meetings, figures for one turn, action items and the recap.
import type { Vars } from '../../data.js';
import { hash32 } from '../../../util/rng.js';
import { isoDate } from '../model/calendar.js';
import type { Person, Team } from '../model/organization.js';
import type { MeetingContext } from './meeting-context.js';
import { Session } from './session.js';
import { listed, numberWord, ordinal } from './words.js';

/** An engineering meeting under way. */
export interface TeamMeeting {
  s: Session;
  team: Team;
  present: Person[];
  engineers: Person[];
  actions: string[];
  park: string[];
  /** The weekday people refer to in this meeting ("until Thursday"), the same all meeting. */
  weekday: string;
}

const REGIONS = ['us-east', 'us-west', 'eu-central', 'ap-southeast'];
const TITLES: Record<string, string> = { standup: 'Stand-up', 'sprint-planning': 'Sprint Planning', 'incident-review': 'Incident Review' };

/** Starts an engineering meeting: who attends (always those in `include`, such as an incident's commander), the header. */
export function openTeamMeeting(mc: MeetingContext, minEngineers: number, include: Person[] = []): TeamMeeting {
  const { rng, org } = mc;
  const team = org.teams[mc.meeting.team ?? 0]!;
  const engineers = rng.sample(team.engineers, rng.int(minEngineers, team.engineers.length));
  // Whoever the meeting needs is on the attendee list the header prints, not only in the room.
  for (const p of include) if (!engineers.includes(p)) engineers.push(p);
  const present = [team.lead, team.pm, ...engineers];
  const title = `${team.name} Team ${TITLES[mc.meeting.kind] ?? 'Meeting'}`;
  const s = new Session({ index: mc.meeting.index, kind: mc.meeting.kind, title, date: isoDate(mc.day), chair: team.lead }, rng, present);
  s.meta(`${title.toUpperCase()}\n${mc.longDate()}\nAttendees: ${present.map((p) => p.name).join(', ')}`);
  return { s, team, present, engineers, actions: [], park: [], weekday: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) };
}

/** Colleagues a speaker may name (pairing partner, reviewer): never the speaker. */
export function peersOf(m: TeamMeeting, who: Person): string[] {
  return m.present.filter((p) => p.first !== who.first).map((p) => p.first);
}

/** Fresh engineering figures and names for one turn. */
export function techVars(mc: MeetingContext, m: TeamMeeting, who: Person, extra: Vars = {}): Vars {
  const { rng } = mc;
  const [svc, svc2] = rng.sample(m.team.services, 2);
  const ms = rng.int(180, 2400);
  const h = rng.int(0, 23);
  const table = rng.pick(mc.g.list('table'));
  return mc.layer({
    svc: svc!, svc2: svc2!, upgrade: mc.g.list('upgrade'), table, vendor: mc.outsiders.firm(rng), weekday: m.weekday,
    msA: `${ms} milliseconds`, msB: `${Math.round(ms * rng.float(0.15, 0.6))}`, errPct: `${rng.float(0.4, 18).toFixed(1)} percent`, n: String(rng.int(2, 14)), n2: String(rng.int(15, 64)),
    rfc: String(rng.int(12, 240)), rows: `${40 + (hash32(`${mc.world.seed}/${table}`) % 860)} million`, money: `$${(rng.int(2, 60) * 100).toLocaleString('en-US')}`, rps: (rng.int(8, 400) * 100).toLocaleString('en-US'), count: rng.int(2000, 900000).toLocaleString('en-US'),
    pct: `${rng.int(10, 45)} percent`, minutes: String(rng.int(9, 140)), region: rng.pick(REGIONS), month: mc.vars.nextMonth!,
    clock: `${h}:${String(rng.int(0, 59)).padStart(2, '0')}`, clock2: `${(h + 1) % 24}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    peerFirst: peersOf(m, who), ttitle: mc.g.list('ttitle'), cause: mc.g.list('cause'), days: String(rng.int(2, 6)), teamName: m.team.name,
    ...extra,
  });
}

/** An action item the lead states: the owner, a task, a due date. */
export function assign(mc: MeetingContext, m: TeamMeeting, owner: Person, task: string, dueDays: number): void {
  const item = `${owner.name} will ${task} by ${mc.shortDate(dueDays)}`;
  m.actions.push(item);
  m.s.say(m.team.lead, mc.fixed(`{Okay|Alright}, {action item|let's make that an action item}: ${item}.`));
}

/** The parking lot and the recap of exactly the action items assigned. */
export function closeTeamMeeting(mc: MeetingContext, m: TeamMeeting, kindName: string): Session {
  const { s, team, park, actions } = m;
  if (park.length) s.say(team.lead, [`Parking lot: ${park.join('; ')}.`, mc.line(`{We'll|Let's} {pick ${park.length === 1 ? 'that' : 'those'} up|cover ${park.length === 1 ? 'that' : 'those'}} {after|at the end}{, whoever needs to stay|}.`)].join(' '));
  const owners = [...new Set(actions.map((a) => a.split(' will ')[0]!.split(' ')[0]!))];
  if (actions.length === 1) {
    s.say(team.lead, mc.fixed(`{To recap|Quick recap|Just to recap|So, to recap}, {we have|there's|I've got|that's} one action item{ today| from this one|}: ${actions[0]!}.`));
  } else if (actions.length) {
    const head = mc.line(`{To recap|Quick recap|Just to recap|So, to recap|Recapping}, {we have|there are|I've got|that's} ${numberWord(actions.length)} action items{, for ${listed(owners)}|, ${listed(owners)} ${owners.length === 1 ? 'has' : 'have'} them| today| from this ${kindName}|}.`);
    s.say(team.lead, [head, ...actions.map((a, i) => `${ordinal(i)}, ${a}.`)].join(' '));
  }
  s.say(team.lead, mc.line("{Thanks, everyone|That's it, thanks|Okay, thanks all}{. Have a good one|, see you tomorrow|}."));
  return s;
}
