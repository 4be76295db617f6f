// Formal procedure of board and committee meetings: call to order, roll, minutes, motions and votes, action items, adjournment.
import type { Vars } from '../../data.js';
import { MEETING_FACTS } from '../model/facts.js';
import type { Person } from '../model/organization.js';
import type { LoggedAction } from './series-state.js';
import type { MeetingContext } from './meeting-context.js';
import type { Session } from './session.js';
import { speak } from './speech.js';
import { listed, numberWord, ordinal } from './words.js';

/** The people of a formal meeting: who chairs, who keeps the record, who votes. */
export interface Room {
  s: Session;
  /** Name of the body in sentences: `board`, `audit committee`. */
  body: string;
  chair: Person;
  secretary: Person;
  members: Person[];
  present: Person[];
  absent: Person[];
  /** Wall-clock seconds since midnight when the recording started. */
  startClock: number;
  /** Seconds of breaks the recording skipped (lunch, executive session). */
  skipped: number;
  /** Action items assigned so far, as read back at the end. */
  actions: string[];
  /** The same items for the body's action log, with the items carried from the last meeting. */
  logged: LoggedAction[];
}

/** Voting members present other than the chair. */
export const floor = (room: Room): Person[] => room.present.filter((p) => p !== room.chair);

/** "11:42 a.m." for seconds since midnight. */
export function clockTime(sec: number): string {
  const h = Math.floor(sec / 3600) % 24;
  const m = String(Math.floor((sec % 3600) / 60)).padStart(2, '0');
  return `${h % 12 || 12}:${m} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

/** The wall-clock time at the recording's current position. */
export function wallClock(room: Room, extraSeconds = 0): string {
  return clockTime(room.startClock + room.skipped + room.s.seconds + extraSeconds);
}

/** How a member is addressed in a roll call ("Director Okafor?"). */
export function rollName(who: Person, chair: Person): string {
  return `${who === chair ? 'Chair' : 'Director'} ${who.last}?`;
}

/**
 * A vote count as the chair or secretary says it: "seven ayes, one nay and no abstentions", "seven in favor,
 * one opposed and one abstaining", "seven to one, with one abstention". Counts always add up to the members voting.
 */
export function tally(rng: MeetingContext['rng'], ayes: number, nays: number, abst: number, after: 'with' | 'is' = 'is'): string {
  const n = (k: number, one: string, many: string) => `${numberWord(k)} ${k === 1 ? one : many}`;
  const abstained = abst ? `${numberWord(abst)} ${abst === 1 ? 'abstention' : 'abstentions'}` : 'no abstentions';
  // "carries with seven ayes, …" but "carries seven to one, with …": the count says its own preposition.
  const lead = after === 'with' ? 'with ' : '';
  const forms = [
    `${lead}${n(ayes, 'aye', 'ayes')}, ${n(nays, 'nay', 'nays')} and ${n(abst, 'abstention', 'abstentions')}`,
    `${lead}${numberWord(ayes)} in favor, ${nays ? numberWord(nays) : 'none'} opposed and ${abst ? numberWord(abst) : 'none'} abstaining`,
    ...(nays > 0 ? [`${numberWord(ayes)} to ${numberWord(nays)}, with ${abstained}`] : []),
  ];
  return rng.pick(forms);
}

/** Ends a vote: unanimous results are often said without a count. */
function result(mc: MeetingContext, sv: Vars, ayes: number, nays: number, abst: number): string {
  if (nays === 0 && abst === 0 && mc.rng.chance(0.5)) return mc.line('@vote_unanimous', mc.layer({ ayesWord: numberWord(ayes) }, sv));
  return mc.fixed('@vote_result', mc.layer({ tally: tally(mc.rng, ayes, nays, abst, 'with') }, sv));
}

/** Speech at a formality level (0 = read out, 1 = loose talk); a clock time ending a sentence keeps one period. */
export function utter(mc: MeetingContext, s: Session, who: Person, sentences: string[], level = 0.2): void {
  s.say(who, speak(mc.rng, sentences.filter((x) => x !== ''), level).replace(/\.\.(?= |$)/g, '.'));
}

function roomVars(mc: MeetingContext, room: Room, extra: Vars = {}): Vars {
  return mc.layer({
    body: room.body, secFirst: room.secretary.first, chairAddress: mc.rng.pick(['Chair', room.chair.first, room.chair.first]),
    total: numberWord(room.members.length), presentWord: numberWord(room.present.length), absentList: listed(room.absent.map((a) => a.first)),
    excused: room.absent.length ? `, with ${listed(room.absent.map((a) => a.first))} excused` : '', shortDate: mc.shortDate(), ...extra,
  });
}

/** Call to order, the roll (called name by name, or stated), the quorum, and the chair's housekeeping. */
export function openMeeting(mc: MeetingContext, room: Room, when: string): void {
  const { rng } = mc;
  const s = room.s;
  const v = roomVars(mc, room, { clock: wallClock(room), when });
  utter(mc, s, room.chair, [mc.line(rng.pick(mc.g.list('call_to_order')), v), mc.line(rng.pick(mc.g.list('roll_request')), v)], 0.2);
  if (rng.chance(0.7)) {
    // "All members are present" only when they are; an absence is named.
    const brief = mc.g.list('roll_brief').filter((t) => /absentList/.test(t) === room.absent.length > 0);
    utter(mc, s, room.secretary, [mc.line(rng.pick(brief), v)], 0.1);
  } else {
    for (const m of room.members) {
      s.say(room.secretary, rollName(m, room.chair));
      if (room.absent.includes(m)) s.say(room.secretary, mc.fixed('@absent_reply', { first: m.first }));
      // The chair opened the meeting in the room: no "on video" from the chair.
      else s.say(m, m === room.chair ? mc.fixed('{Here.|Present.}') : mc.fixed('@present_reply'));
    }
    utter(mc, s, room.secretary, [mc.fixed('@quorum', v)], 0);
  }
  if (rng.chance(0.5)) utter(mc, s, room.chair, [mc.line('@housekeeping', mc.layer({ hardStop: clockTime(room.startClock + rng.int(3, 6) * 3600) }, v))], 0.3);
  if (mc.states(MEETING_FACTS.recusals) && rng.chance(0.35)) {
    utter(mc, s, room.chair, [mc.line('@conflict_check', v)], 0.2);
    for (const m of rng.sample(floor(room), rng.int(1, 2))) s.say(m, mc.fixed('@no_conflicts'));
  }
}

/** Approval of the previous meeting's minutes, corrected or not. */
export function approveMinutes(mc: MeetingContext, room: Room, previousMeeting: string): void {
  const { rng } = mc;
  const v = roomVars(mc, room, { prev: previousMeeting, page: String(rng.int(2, 9)), otherFirst: rng.pick(room.members).first });
  utter(mc, room.s, room.chair, [mc.line('@minutes_intro', v)], 0.2);
  const corrected = rng.chance(0.35) && floor(room).length > 0;
  if (corrected) {
    utter(mc, room.s, rng.pick(floor(room)), [mc.line('@minutes_correction', v)], 0.4);
    utter(mc, room.s, room.chair, [mc.line('@minutes_noted', v)], 0.2);
  }
  const name = `approve the minutes of the ${previousMeeting} meeting`;
  motion(mc, room, `${name}${corrected ? ' as corrected' : rng.chance(0.4) ? ' as circulated' : ''}`, { contested: false, short: name });
}

// Trailing qualifiers a motion's name drops when it is repeated in the vote call ("… as presented").
const QUALIFIER = / (?:as presented|as circulated|as corrected|on the terms presented|within the (?:approved reserve|parameters presented)|for publication|identified by management)$/;

/** The name a motion goes by in the vote call: the short title, else the resolution without its trailing qualifier. */
export function motionName(resolution: string, short?: string): string {
  return short ?? resolution.replace(QUALIFIER, '');
}

/** An amendment to a motion: its text, and what the floor says for and against it. */
export interface Amendment {
  text: string;
  vars: Vars;
}

/**
 * Puts a resolution to a vote. Votes never exceed the members present; a member who spoke against votes no,
 * an announced abstention abstains, and a motion carries only with a majority.
 */
export function motion(mc: MeetingContext, room: Room, resolution: string, opts: { contested: boolean; short?: string; amendment?: Amendment; supporters?: Person[] }): void {
  const { rng } = mc;
  const { s, chair, secretary } = room;
  const voters = room.present;
  let short = motionName(resolution, opts.short);
  const others = floor(room);
  if (others.length < 2) return;
  const [mover, seconder] = rng.sample(others, 2) as [Person, Person];
  const v = roomVars(mc, room, { motion: resolution, moverFirst: mover.first, seconderFirst: seconder.first });
  // Lines that name the motion are read out: no fillers inside a motion's name.
  utter(mc, s, chair, [mc.line('@motion_call', v)], 0);
  // Nobody moves "approval" of an adjournment.
  const moves = mc.g.list('move').filter((t) => opts.short !== 'adjourn' || !/approv|adopt|resolution/i.test(t));
  s.say(mover, mc.fixed(rng.pick(moves), v));
  s.say(seconder, mc.fixed('@second', v));
  utter(mc, s, chair, [mc.line('@motion_restate', v)], 0);
  let heard = false;
  const nays = new Set<Person>();
  const abstaining = new Set<Person>();
  const bystanders = others.filter((p) => p !== mover && p !== seconder);
  // A member who said in the discussion that they would support the item ("I've come round") neither speaks against it nor abstains.
  const open = bystanders.filter((p) => !opts.supporters?.includes(p));
  if (opts.contested && bystanders.length >= 3 && open.length && rng.chance(0.3)) {
    const critic = rng.pick(open);
    utter(mc, s, critic, [mc.line('@critic', v)], 0.6);
    nays.add(critic);
    heard = true;
    // Somebody else may join the critic.
    const more = open.filter((p) => p !== critic);
    if (bystanders.length >= 5 && more.length && rng.chance(0.3)) nays.add(rng.pick(more));
  }
  const undecided = open.filter((p) => !nays.has(p));
  if (opts.contested && bystanders.length >= 4 && undecided.length && rng.chance(0.2)) {
    const a = rng.pick(undecided);
    utter(mc, s, a, [mc.line('@abstainer', v)], 0.5);
    abstaining.add(a);
    heard = true;
  }
  if (opts.amendment && voters.length >= 4) {
    if (amend(mc, room, opts.amendment, [mover, seconder])) short = `${short} as amended`;
    heard = true;
  }
  const lead = mc.fill(rng.pick(mc.g.list(heard ? 'lead_heard' : 'lead_none')));
  const sv = mc.layer({ short, lead }, v);
  const ayes = voters.length - nays.size - abstaining.size;
  // A roll call is for a motion of weight, never for the minutes or the adjournment.
  if (opts.contested && rng.chance(0.25)) {
    utter(mc, s, chair, [mc.line('@vote_roll', sv)], 0);
    for (const m of rng.shuffle(voters)) {
      s.say(secretary, rollName(m, chair));
      s.say(m, nays.has(m) ? mc.fixed('@nay') : abstaining.has(m) ? mc.fixed('@abstain') : mc.fixed('@aye'));
    }
    utter(mc, s, secretary, [mc.fixed('@roll_result', mc.layer({ tally: tally(rng, ayes, nays.size, abstaining.size) }, sv))], 0);
    utter(mc, s, chair, [mc.line('@roll_carries', sv)], 0);
  } else {
    utter(mc, s, chair, [mc.line('@vote_voice', sv)], 0);
    s.meta('[Chorus of ayes]');
    utter(mc, s, chair, [mc.line('@opposed', sv)], 0);
    for (const m of nays) s.say(m, mc.fixed('@nay'));
    utter(mc, s, chair, [mc.line('@abstentions', sv)], 0);
    for (const m of abstaining) s.say(m, mc.fixed('@abstain'));
    utter(mc, s, chair, [result(mc, sv, ayes, nays.size, abstaining.size)], 0);
  }
}

/** An amendment moved, seconded, debated and voted; true when it carries and the main motion goes forward as amended. */
function amend(mc: MeetingContext, room: Room, a: Amendment, movers: Person[]): boolean {
  const { rng } = mc;
  const { s, chair } = room;
  const pool = floor(room).filter((p) => !movers.includes(p));
  if (pool.length < 2) return false;
  const [mover, seconder, pro, con] = rng.sample(pool, 4);
  const v = mc.layer({ amend: a.text, chairFirst: chair.first }, a.vars);
  const moved = mc.one('amend_move', v);
  if (!moved) return false;
  utter(mc, s, mover!, [moved], 0.4);
  const av = mc.layer({ moverFirst: mover!.first, seconderFirst: seconder!.first }, v);
  s.say(seconder!, mc.fixed('@amend_second', av));
  utter(mc, s, chair, [mc.line('@amend_restate', av)], 0.1);
  if (pro) utter(mc, s, pro, [mc.one('amend_for', v)], 0.6);
  if (con) utter(mc, s, con, [mc.one('amend_against', v)], 0.6);
  const voters = room.present.length;
  const fails = rng.chance(0.3);
  const abst = voters >= 6 && rng.chance(0.3) ? 1 : 0;
  // A failed amendment still has its mover's and seconder's ayes; a carried one may draw a nay or two (never the mover's).
  // A member who spoke against the amendment votes against it: a carried amendment then has at least that one nay.
  const least = con ? 1 : 0;
  const nays = fails ? Math.floor((voters - abst) / 2) + 1 : Math.max(least, rng.int(0, Math.max(0, Math.min(2, voters - abst - 3))));
  const ayes = voters - nays - abst;
  utter(mc, s, chair, [mc.line('@amend_vote', av)], 0.1);
  if (rng.chance(0.5)) s.meta(fails ? '[Scattered ayes]' : '[Chorus of ayes]');
  utter(mc, s, chair, [mc.line('@opposed', av)], 0);
  if (nays > 0) s.meta(nays === 1 ? '[One nay]' : '[Several nays]');
  const result = fails ? '{fails|does not carry|is defeated}' : '{carries|passes|is adopted}';
  utter(mc, s, chair, [mc.fixed(`{The amendment|That amendment} ${result} ${tally(rng, ayes, nays, abst, 'with')}.`), mc.line(fails ? '@amend_back_failed' : '@amend_back_carried', av)], 0);
  return !fails;
}

/** Records an action item: the chair states it with its owner and due date, the owner accepts. */
export function captureAction(mc: MeetingContext, room: Room, owner: Person, task: string, dueOffsetDays: number, helpers: Person[]): void {
  const { rng } = mc;
  const s = room.s;
  const due = mc.shortDate(dueOffsetDays);
  const item = `${owner.name} will ${task} by ${due}`;
  room.actions.push(item);
  room.logged.push({ owner, task, due: mc.day + dueOffsetDays, set: mc.day });
  // The secretary who takes an action item does not hand it to themselves ("It'll be with Fatima by May 3").
  const own = owner === room.secretary;
  const v = roomVars(mc, room, { item, f: owner.first, due, helper: helpers.length ? rng.pick(helpers).first : own ? room.chair.first : room.secretary.first, ...(own ? { secFirst: 'everyone' } : {}) });
  s.say(room.chair, [mc.fixed('@action_capture', v), mc.say('@action_check', v)].filter((x) => x !== '').join(' '));
  s.say(owner, mc.line('@action_accept', v));
}

/** The secretary reads back every action item assigned, in order. */
export function recapActions(mc: MeetingContext, room: Room): void {
  if (!room.actions.length) return;
  const v = roomVars(mc, room, { count: numberWord(room.actions.length) });
  utter(mc, room.s, room.chair, [mc.line('@recap_request', v)], 0.2);
  // One item is read as itself, not as "First, …".
  const items = room.actions.length === 1 ? [`${room.actions[0]!}.`] : room.actions.map((a, i) => `${ordinal(i)}, ${a}.`);
  room.s.say(room.secretary, [mc.fixed('@recap_head', v), ...items].join(' '));
}

/** Any other business, the motion to adjourn, and the close. */
export function adjourn(mc: MeetingContext, room: Room): void {
  const v = roomVars(mc, room);
  utter(mc, room.s, room.chair, [mc.line('@other_business', v)], 0.2);
  const at = mc.rng.chance(0.6) ? ` at ${wallClock(room, 90)}` : '';
  motion(mc, room, `adjourn${at}`, { contested: false, short: 'adjourn' });
  utter(mc, room.s, room.chair, [mc.line('@adjourned', v)], 0);
}
