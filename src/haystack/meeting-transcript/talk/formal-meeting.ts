// The frame shared by the board and its committees: header and attendance, opening and minutes, agenda items with motions, close.
import { isoDate } from '../model/calendar.js';
import { titled, type Person } from '../model/organization.js';
import { reviewActionLog } from './action-log.js';
import { agendaItem, type ItemOutcome } from './agenda-item.js';
import type { MeetingContext } from './meeting-context.js';
import { adjourn, approveMinutes, captureAction, motion, openMeeting, recapActions, utter, type Room } from './procedure.js';
import { Session } from './session.js';
import { latestDateIn, topicAllowed, type Topic } from './topic.js';
import { numberWord, upperFirst } from './words.js';

/** How one formal meeting is set up. */
export interface FormalSetup {
  /** Heading, e.g. `Audit Committee Meeting`. */
  title: string;
  /** The body in sentences: `board`, `audit committee`. */
  body: string;
  /** Upper-case body name for the printed header: `AUDIT COMMITTEE`. */
  banner: string;
  chair: Person;
  members: Person[];
  secretary: Person;
  /** Non-members present (executives, advisers). */
  guests: Person[];
  /** Presenters by role key. */
  presenters: Record<string, Person>;
  topics: Topic[];
  items: [number, number];
  rounds: [number, number];
  tables: [number, number];
  /** Chance that a contested motion draws an amendment. */
  amendP: number;
  /** Hour the meeting starts. */
  startHour: number;
  /** Places the meeting may be held. */
  rooms: string[];
  /** The previous meeting of this body, for the minutes (days before). */
  previousDays: number;
  /** `quarterly`, `regular`, `special`: said when the chair opens. */
  when: string;
  /** Share of each topic's further points a presentation covers. @default 0.5 */
  depth?: number;
  /** Seconds the room takes between items (presenters changing, the deck going up). @default [10, 40] */
  changeover?: [number, number];
}

/** A formal meeting under way: its session, room and the titles of what it took up. */
export interface FormalMeeting {
  s: Session;
  room: Room;
  setup: FormalSetup;
  /** Titles of the items taken up, and whether each was voted. */
  taken: Array<{ title: string; voted: boolean; resolution?: string }>;
  /** Tables of figures shown so far (each measure once a meeting). */
  shownTables: Set<string>;
}

const INTROS = [
  '{Next|The next item|Moving on, the next item} {is|on the agenda is} <title>. <p>?',
  "{Okay|Alright}, {let's turn to|that brings us to} <title>. <p>, {over to you|go ahead|you have the floor}.",
  "{We are|We're} {a little behind|about on time}, so {let's|we'll} {move to|go to} <title>. <p>?",
  '{Thank you|Thanks}. {Item|Next up is item} <n>, <title>. <p> is {presenting|going to take us through it}.',
  '{That takes us to|Up next is} <title>{, which <p> will present|; <p>, the floor is yours}.',
];

// How a chair takes up an item the chair presents.
const SELF_INTROS = [
  '{Next|The next item} is <title>, {which I\'ll take myself|and I\'ll lead this one}.',
  '{Item <n>|Moving on}, <title>. {Let me give you the background|I\'ll start, and then we can discuss}.',
  '{That brings us to|Next up is} <title>{, which is mine|; I\'ll present it}.',
];

/** Opens a formal meeting: header, attendance, call to order, roll and minutes. */
export function openFormal(mc: MeetingContext, setup: FormalSetup): FormalMeeting {
  const { rng, org } = mc;
  const absent = rng.sample(setup.members.filter((m) => m !== setup.chair), rng.int(0, Math.min(2, setup.members.length - 3)));
  const present = setup.members.filter((m) => !absent.includes(m));
  const guests = setup.guests.filter((g) => !setup.members.includes(g));
  const s = new Session({ index: mc.meeting.index, kind: mc.meeting.kind, title: setup.title, date: isoDate(mc.day), chair: setup.chair }, rng, [...present, ...guests], rng.int(0, 40));
  const room: Room = { s, body: setup.body, chair: setup.chair, secretary: setup.secretary, members: setup.members, present, absent, startClock: setup.startHour * 3600 + rng.int(0, 14) * 60, skipped: 0, actions: [], logged: [] };
  s.meta(`${org.name.toUpperCase()}\n${setup.banner} MEETING\n${mc.longDate()}\n${upperFirst(rng.pick(setup.rooms))}, ${org.hq.city}, ${org.hq.state}${rng.chance(0.6) ? ', and by videoconference' : ''}`);
  s.meta(`Members present: ${present.map((p) => p.name).join(', ')}\nMembers absent: ${absent.length ? absent.map((p) => p.name).join(', ') : 'none'}\nAlso present: ${guests.map(titled).join('; ')}`);
  openMeeting(mc, room, setup.when);
  // The minutes are those of the body's last meeting in the series (before the series, one a quarter earlier).
  const last = mc.series.lastMet.get(setup.body);
  approveMinutes(mc, room, mc.longDate(last === undefined ? -setup.previousDays : last - mc.day));
  mc.series.lastMet.set(setup.body, mc.day);
  room.logged.push(...reviewActionLog(mc, room, mc.series.actionLog.get(setup.body) ?? []));
  return { s, room, setup, taken: [], shownTables: new Set() };
}

/** The topics a meeting takes up today: allowed, with a presenter in the room. */
export function pickTopics(mc: MeetingContext, m: FormalMeeting, count: number): Topic[] {
  // A persistent topic without a follow-up is taken up once in a series; the topics a body has discussed least come first.
  const ok = m.setup.topics.filter((t) => topicAllowed(mc, t) && m.setup.presenters[t.presenter] && !(t.persist && !t.followUp && mc.series.topics.has(t.id)));
  const visits = (t: Topic) => mc.series.visits.get(t.id) ?? 0;
  // A lasting topic that has given its later word (the matter winding down) has said all it has: it comes back only
  // when nothing else is left.
  const order = (t: Topic) => visits(t) + (t.persist && t.followUp?.later && visits(t) >= 3 ? 1000 : 0);
  // The shuffle only breaks ties: items are taken up until time runs out, so the order itself must put the least
  // discussed first, or a few topics come back at every meeting while others wait years.
  return mc.rng.shuffle(ok).sort((a, b) => order(a) - order(b)).slice(0, count);
}

/** Takes up one topic: intro, presentation, questions, then a motion or a thank-you, and maybe an action item. */
export function formalItem(mc: MeetingContext, m: FormalMeeting, topic: Topic, n: number): ItemOutcome {
  const { rng } = mc;
  const { s, room, setup } = m;
  const presenter = setup.presenters[topic.presenter]!;
  // Directors question management: the CEO asks nothing of the CEO's own executives in front of the board.
  const management = presenter.role !== 'director' && presenter.role !== 'chair' && presenter !== room.chair;
  const askers = room.present.filter((p) => p !== presenter && !(management && p.role === 'ceo'));
  const peers = Object.values(setup.presenters).filter((p, i, all) => all.indexOf(p) === i && p !== presenter && s.people.includes(p));
  // Between items the room resettles: the next presenter comes to the table and the deck goes up on the screen.
  s.pause(rng.int(setup.changeover?.[0] ?? 10, setup.changeover?.[1] ?? 40));
  const out = agendaItem(mc, { s, chair: room.chair, presenter, askers, peers }, topic, {
    intro: rng.pick(presenter === room.chair ? SELF_INTROS : INTROS).replace('<n>', numberWord(n)),
    rounds: rng.int(setup.rounds[0], setup.rounds[1]),
    tables: rng.int(setup.tables[0], setup.tables[1]),
    body: setup.body,
    shownTables: m.shownTables,
    depth: setup.depth,
    // A chair who presents an item introduces it in the same breath, and thanks nobody for the floor.
    selfIntro: presenter === room.chair,
  });
  mc.series.visits.set(topic.id, (mc.series.visits.get(topic.id) ?? 0) + 1);
  const v = out.vars;
  const view = out.view;
  if (view.tasks.length && rng.chance(0.6)) {
    // A follow-up on the item is the presenter's to deliver.
    const owner = presenter;
    const task = rng.pick(view.tasks);
    // A follow-up on a dated event ("the outcome of the March 4 hearing") falls due after that event.
    captureAction(mc, room, owner, mc.fill(task, v), Math.max(rng.int(14, 45), latestDateIn(task, v) + rng.int(5, 20)), peers.filter((p) => p !== owner));
  }
  const title = v.title as string;
  if (view.resolution) {
    const resolution = mc.fill(view.resolution, v);
    // An amendment fits the item: funding and a change of ten percent only where the item spends money, a report to the
    // audit committee only on a finance item (never on a non-compete policy).
    const spends = Object.values(topic.vars).some((x) => /^(?:money|moneyOf|grow|yearRevenue)\b/.test(x));
    const finance = topic.presenter === 'cfo' || topic.presenter === 'internalAudit';
    const fitting = mc.g.list('amendments').filter((t) => (spends || !/funding|ten percent/.test(t)) && (finance || !/Audit Committee/.test(t)));
    const amendment = rng.chance(setup.amendP) ? { text: mc.fill(rng.pick(fitting), v), vars: v } : undefined;
    motion(mc, room, resolution, { contested: true, short: view.short ? mc.fill(view.short, v) : undefined, amendment, supporters: out.supporters });
    m.taken.push({ title, voted: true, resolution });
    // A later visit to a persistent topic recalls what was decided.
    const memory = topic.persist ? mc.series.topics.get(topic.id) : undefined;
    if (memory) memory.resolution = resolution;
  } else {
    // A chair who presented the item closes it without thanking themself.
    utter(mc, s, room.chair, [mc.line(presenter === room.chair ? '@no_action_self' : '@no_action', mc.layer({ p: presenter.first }, v))], 0.2);
    m.taken.push({ title, voted: false });
  }
  return out;
}

/** Recap of action items, any other business, adjournment. */
export function closeFormal(mc: MeetingContext, m: FormalMeeting): Session {
  recapActions(mc, m.room);
  mc.series.actionLog.set(m.setup.body, m.room.logged);
  adjourn(mc, m.room);
  return m.s;
}

/** Records what a committee took up, for its chair's report to the board. */
export function noteForBoard(mc: MeetingContext, key: string, m: FormalMeeting): void {
  mc.series.committeeNotes.set(key, m.taken.filter((t) => !/minutes/.test(t.title)).map((t) => t.title));
}
