// Board and committee meetings: call to order, roll call, minutes, reports, agenda items with motions, recap, adjournment.
import { loadHaystackData } from '../data.js';
import { agendaItem, itemVars, type BoardTopic } from './board-item.js';
import { motion, rollName } from './board-motion.js';
import { MeetingContext, numberWord } from './context.js';
import type { Speaker } from './organization.js';
import { Session } from './session.js';
import { speak } from './speech.js';
import { clockTime, executiveSession, lunch } from './board-breaks.js';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth'];
const INTROS = [
  '{Next|The next item|Moving on, the next item} {is|on the agenda is} <title>. <p>?',
  "{Okay|Alright}, {let's turn to|that brings us to} <title>. <p>, {over to you|go ahead|you have the floor}.",
  '{We are|We\'re} {a little behind|about on time}, so {let\'s|we\'ll} {move to|go to} <title>. <p>?',
  '{Thank you|Thanks}. {Item|Next up is item} <n>, <title>. <p> is {presenting|going to take us through it}.',
];

/** Per-meeting knobs: a full board meeting or a committee. */
export interface BoardKind {
  name: string;
  items: [number, number];
  members: number;
  /** Presenters whose topics this body takes up. */
  presenters: string[];
  /** Questions per item. */
  rounds: [number, number];
  /** Tables of figures per item's presentation. */
  tables?: [number, number];
  /** Chance that a contested motion draws an amendment. */
  amendP?: number;
}

/** One board or committee meeting; returns its session. */
export function boardMeeting(mc: MeetingContext, kind: BoardKind): Session {
  const { org, rng } = mc;
  const topics = loadHaystackData<BoardTopic[]>('meeting-transcript/board-topics.json').filter((t) => kind.presenters.includes(t.presenter));
  const pool = kind.members > org.directors.length ? org.directors : org.directors.filter((d) => d !== org.ceo);
  const members = [org.chair, ...rng.sample(pool, kind.members - 1)];
  const absent = rng.sample(members.slice(1), rng.int(0, Math.min(2, members.length - 4)));
  const present = members.filter((m) => !absent.includes(m));
  const secretary = org.gc;
  const execs = [org.ceo, org.cfo, org.coo, org.gc, org.chro, org.cto];
  const attendees = [...present, ...execs.filter((e) => !present.includes(e))];
  const s = new Session(`${kind.name} meeting, ${mc.longDate()}`, rng, attendees, rng.int(0, 40));
  const chair = org.chair;
  const independents = org.directors.filter((d) => d !== org.ceo);
  const roleOf: Record<string, Speaker> = {
    cfo: org.cfo, ceo: org.ceo, coo: org.coo, cto: org.cto, chro: org.chro, gc: org.gc,
    auditChair: present.includes(independents[0]!) ? independents[0]! : org.cfo,
    govChair: present.includes(independents[1]!) ? independents[1]! : org.gc,
    compChair: present.includes(independents[2]!) ? independents[2]! : org.chro,
  };
  s.meta(`${org.company.name.toUpperCase()}\n${kind.name.toUpperCase()} MEETING\n${mc.longDate()}\n${rng.pick(['Board Room', 'Conference Room A', 'Executive Conference Center'])}, ${org.company.hqCity}, ${org.company.hqState}, and by videoconference`);
  s.meta(`Members present: ${present.map((p) => p.name).join(', ')}\nMembers absent: ${absent.length ? absent.map((p) => p.name).join(', ') : 'none'}\nAlso present: ${execs.filter((e) => !present.includes(e)).map((e) => e.label).join('; ')}`);
  // A full board sits from nine or ten, with lunch in the middle; committees start earlier.
  const startHour = rng.int(8, 9) + (kind.name === 'Board of Directors' ? 1 : 0);
  const say = (who: Speaker, sentences: string[], level = 0.6) => s.say(who, speak(rng, sentences, level));
  const room = { chair, secretary, present };
  say(chair, [mc.line(`{Good morning, everyone|Okay, good morning|Let's get started}. {I'd like to call|I'm calling} this meeting of the ${kind.name.toLowerCase()} of <short> to order{ at ${startHour}:${String(rng.int(0, 14)).padStart(2, '0')}|}.`), mc.either('{Would the secretary please call the roll|<secFirst>, would you call the roll, please|Can we start with the roll call|Could we have the roll call, <secFirst>}?', '{Roll call, please.|The roll, please.|<secFirst>, the roll?}', { secFirst: secretary.first })], 0.2);
  for (const m of members) {
    s.say(secretary, rollName(m, chair));
    if (absent.includes(m)) s.say(secretary, rng.pick([`${m.first} sent regrets.`, `${m.first} let us know they can't join.`, 'No response.', `I believe ${m.first} is traveling.`]));
    else s.say(m, rng.pick(['Here.', 'Present.', 'Here.', 'Present, thank you.', `Here${rng.chance(0.3) ? ', on video' : ''}.`, 'Good morning. Here.']));
  }
  say(secretary, [mc.fixed(`{Chair|${chair.first}|Madam Chair|Thank you}, we have ${numberWord(present.length)} members present{, which is a quorum|; that's a quorum|, so we have a quorum}{ for the ${mc.shortDate()} meeting|${absent.length ? `, with ${absent.map((a) => a.first).join(' and ')} excused` : ''}|}.`)], 0);
  if (rng.chance(0.4)) say(chair, [mc.line('{Before we start|One housekeeping item}: {does anyone have a conflict to declare on today\'s agenda|please remember that today\'s materials are confidential until the earnings release|we\'ll break for lunch around noon}.')], 0.3);

  const prevMeeting = mc.longDate(-rng.int(28, 95));
  say(chair, [mc.line('{The first item|First on the agenda} is {approval of|the approval of} the minutes of {our|the} <prev> meeting{, which were circulated last week| in your materials|}.', { prev: prevMeeting })], 0.2);
  const corrected = rng.chance(0.35);
  if (corrected) {
    const fixer = rng.pick(present.filter((p) => p !== chair));
    say(fixer, [mc.line(`{One small correction|A minor correction} on page ${rng.int(2, 9)}: {it should say|the minutes should read} that the ${rng.pick(['vote', 'discussion', 'presentation'])} on ${rng.pick(['the budget', 'the lease', 'the audit plan', 'the dividend'])} {was deferred|took place} {in|at} the {afternoon|morning} session.`)], 0.4);
    say(chair, [mc.line('{Noted|Thank you}, {we\'ll|the secretary will} {make that change|correct that}.')], 0.2);
  }
  // "As corrected" only when somebody corrected them.
  const minutes = `approve the minutes of the ${prevMeeting} meeting`;
  motion(mc, s, room, `${minutes}${corrected ? ' as corrected' : rng.chance(0.4) ? ' as circulated' : ''}`, false, minutes);

  let n = 2;
  if (kind.name === 'Board of Directors') {
    const v = mc.layer(itemVars(mc));
    say(chair, [mc.line('{Next|Item two} is the {Chief Executive Officer\'s report|CEO\'s report}{, covering the period since <prevMonth>| since our <prevMonth> meeting|}. <f>?', { f: org.ceo.first })], 0.2);
    const report = mc.g.list('ceo_report');
    say(org.ceo, report.filter((_, i) => i === 0 || i === report.length - 1 || rng.chance(0.8)).map((tpl) => mc.say(tpl, mc.layer({ chairFirst: chair.first }, v))), 0.3);
    n++;
    const reports = [['Audit Committee', roleOf.auditChair!, ['auditChair', 'gc', 'cfo']], ['Compensation Committee', roleOf.compChair!, ['chro']], ['Nominating and Governance Committee', roleOf.govChair!, ['govChair', 'gc']]] as const;
    for (const [committee, who, from] of reports) {
      if (!present.includes(who) || !rng.chance(0.8)) continue;
      const cv = mc.layer(itemVars(mc));
      const t = rng.pick(topics.filter((x) => (from as readonly string[]).includes(x.presenter)));
      const subj = rng.sample(t.subj, 2).map((x) => mc.g.fill(rng, x, cv));
      const detail = mc.g.fill(rng, rng.pick(t.detail), cv);
      say(chair, [mc.either(`{Next|Item ${numberWord(n)}|Next up} is the report of the ${committee}{, from <f>|; <f>, go ahead|; <f>, over to you|, which <f> will give}.`, '<f>, your report?', { f: who.first })], 0.2);
      say(who, mc.g.list('committee_report').map((tpl) => mc.say(tpl, mc.layer({ committee: committee.toLowerCase(), chairFirst: chair.first, subj: subj[0]!, subj2: subj[1]!, detailLower: detail.charAt(0).toLowerCase() + detail.slice(1) }, cv))), 0.2);
      n++;
    }
  }

  const actions: string[] = [];
  // Wall-clock seconds of breaks the recording skipped (lunch, executive session), for the times spoken aloud.
  let offset = 0;
  const items = rng.sample(topics, rng.int(kind.items[0], kind.items[1]));
  for (const [k, t] of items.entries()) {
    const presenter = roleOf[t.presenter] ?? org.cfo;
    const room = { s, chair, present, presenter, peers: execs.filter((e) => e !== presenter).map((e) => e.first) };
    const intro = rng.pick(INTROS).replace('<n>', numberWord(n));
    const out = agendaItem(mc, room, t, intro, rng.int(kind.rounds[0], kind.rounds[1]), kind.tables ? rng.int(kind.tables[0], kind.tables[1]) : 0);
    n++;
    if (rng.chance(0.7)) {
      const owner = rng.pick([presenter, presenter, ...execs]);
      const template = rng.pick(t.task);
      const task = mc.g.fill(rng, template, out.vars);
      // A task that reports on a dated event ("the mediation on <date>") falls due after that event.
      const after = template.includes('<date>') ? (out.vars.dateDays as number) : 0;
      const item = `${owner.name} will ${task} by ${mc.shortDate(after + rng.int(7, 40))}`;
      actions.push(item);
      s.say(chair, [mc.fixed("{Let's capture that as|Let's make that|Can we make that} an action item: " + item + '.'), mc.say('{Does that work|Is that okay|Fair enough|Is that realistic}, <f>?', { f: owner.first })].filter((x) => x !== '').join(' '));
      s.say(owner, mc.line(`{Yes, that works|That's fine|Will do|Yes|Sure}{. ${item.slice(item.lastIndexOf(' by ') + 4)} is fine|, I'll have it by then|. I may need an extra week, but yes|. I'll loop in ${rng.pick(execs.filter((e) => e !== owner)).first}|}.`));
    }
    const amendment = rng.chance(kind.amendP ?? 0) ? { text: mc.g.fill(rng, rng.pick(mc.g.list('amendments')), out.vars), vars: out.vars } : undefined;
    if (rng.chance(0.65)) motion(mc, s, { chair, secretary, present }, mc.g.fill(rng, t.resolution, out.vars), true, t.short ? mc.g.fill(rng, t.short, out.vars) : undefined, amendment);
    else say(chair, [mc.line(`{No action is needed on|There's no vote on|We're not asking for a vote on} ${mc.g.fill(rng, t.title, out.vars)}{; thank you, <p>|, so thank you, <p>|. Thanks, <p>}.`, { p: presenter.first })], 0.2);
    if (kind.name === 'Board of Directors' && k === Math.floor(items.length * 0.55)) offset += lunch(mc, s, { chair, secretary, present }, members, startHour, offset);
    else if (k === Math.floor(items.length / (kind.name === 'Board of Directors' ? 4 : 2)) && rng.chance(0.7)) {
      say(chair, [mc.line("{Let's take|We'll take} a {ten|fifteen}-minute break{ and come back at the top of the hour|}.")], 0.2);
      s.meta('[Recess]');
      s.pause(rng.int(540, 960));
      say(chair, [mc.line('{Okay, we\'re back|Let\'s reconvene}{, and we still have a quorum|}.')], 0.2);
    }
  }
  if (actions.length) {
    say(chair, [mc.line('{Before we adjourn|Before we wrap up|Before we close}, <f>, {can you|would you|could you} {read back|run through|recap} the {action items|follow-ups} {from today|from this meeting|we captured}?', { f: secretary.first })], 0.2);
    s.say(secretary, [`Sure. I have ${numberWord(actions.length)}.`, ...actions.map((a, i) => `${ORDINALS[i]}, ${a}.`)].join(' '));
  }
  if (kind.name === 'Board of Directors' && rng.chance(0.8)) {
    offset += executiveSession(mc, s, room, org.ceo, startHour, offset);
  }
  say(chair, [mc.line('{Is there any other business|Any other business}? {Okay|Hearing none}.')], 0.2);
  motion(mc, s, room, `adjourn${rng.chance(0.6) ? ` at ${clockTime(s.seconds + startHour * 3600 + offset + 600)}` : ''}`, false, 'adjourn');
  say(chair, [mc.line('{We\'re adjourned|The meeting is adjourned}{. Thank you, everyone|. Thanks, all|}.')], 0);
  return s;
}
