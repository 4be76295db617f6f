// Board and committee meetings: call to order, roll call, minutes, agenda items with motions and votes, recap, adjournment.
import type { Rng } from '../../util/rng.js';
import { loadHaystackData, type Vars } from '../data.js';
import { MeetingContext, numberWord } from './context.js';
import type { Speaker } from './organization.js';
import { Session } from './session.js';
import { backchannel, speak } from './speech.js';

interface Topic { title: string; presenter: string; subj: string[]; metric: string[]; risk: string[]; option: string[]; resolution: string }

const CODENAMES = ['Aurora', 'Bluestem', 'Cobalt', 'Driftwood', 'Ember', 'Foxglove', 'Granite', 'Heron', 'Ironwood', 'Juniper', 'Kestrel', 'Lantern', 'Meridian', 'Nightjar', 'Osprey', 'Pinnacle', 'Quartz', 'Redwing', 'Sierra', 'Tamarack', 'Umber', 'Vantage', 'Willow', 'Yellowfin'];
const TARGETS = ['Ashby Controls', 'Brookline Polymers', 'Cardinal Fluidics', 'Delmar Instruments', 'Eastgate Fabrication', 'Fairmount Sensors', 'Glenrock Coatings', 'Hatfield Automation', 'Irongate Systems', 'Jansen Thermal', 'Kinross Materials', 'Linwood Labs'];
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];

function tally(ayes: number, nays: number, abst: number): string {
  const n = (k: number, one: string, many: string) => `${numberWord(k)} ${k === 1 ? one : many}`;
  return `${n(ayes, 'aye', 'ayes')}, ${n(nays, 'nay', 'nays')} and ${n(abst, 'abstention', 'abstentions')}`;
}

function money(rng: Rng, lo: number, hi: number): string {
  const v = rng.float(lo, hi);
  return v >= 1000 ? `$${(v / 1000).toFixed(2)} billion` : `$${v.toFixed(1)} million`;
}

function few3(rng: Rng): string[] {
  return [money(rng, 0.1, 4), money(rng, 0.1, 4), money(rng, 0.1, 4)];
}

function topicVars(mc: MeetingContext, rng: Rng): Vars {
  const few = (f: () => string) => [f(), f(), f()];
  return {
    amt: few(() => money(rng, 20, 900)), amt2: few(() => money(rng, 5, 300)), amt3: few(() => money(rng, 0.5, 12)), pctA: few(() => `${rng.float(1, 40).toFixed(1)} percent`),
    pctB: few(() => `${rng.int(2, 19)} percent`), pctC: few(() => `${rng.int(40, 99)} percent`), bps: String(rng.int(2, 30) * 10), years: String(rng.int(2, 7)), multiple: rng.float(6, 14).toFixed(1),
    count: rng.int(2000, 90000).toLocaleString('en-US'), count2: few(() => String(rng.int(5, 60))), count3: few(() => String(rng.int(3, 40))), hours: String(rng.int(2, 6)), month: mc.vars.nextMonth as string,
    dps: `$0.${rng.int(18, 95)}`, lev: rng.float(1.2, 3.4).toFixed(1), project: `Project ${rng.pick(CODENAMES)}`, target: rng.pick(TARGETS),
    tab: String(rng.int(2, 14)), page: few(() => String(rng.int(3, 40))),
  };
}

/** Per-meeting knobs: a full board meeting or a committee. */
export interface BoardKind { name: string; items: [number, number]; members: number }

/** One board or committee meeting; returns its session. */
export function boardMeeting(mc: MeetingContext, kind: BoardKind): Session {
  const { org, rng } = mc;
  const topics = loadHaystackData<Topic[]>('meeting-transcript/topics.json');
  const pool = kind.members > org.directors.length ? org.directors : org.directors.filter((d) => d !== org.ceo);
  const members = [org.chair, ...rng.sample(pool, kind.members - 1)];
  const absent = rng.sample(members.slice(1), rng.int(0, Math.min(2, members.length - 4)));
  const present = members.filter((m) => !absent.includes(m));
  const secretary = org.gc;
  const execs = [org.ceo, org.cfo, org.coo, org.gc, org.chro, org.cto].filter((e, i, a) => a.indexOf(e) === i);
  const attendees = [...present, ...execs.filter((e) => !present.includes(e))];
  const title = `${kind.name} meeting, ${mc.longDate()}`;
  const s = new Session(title, rng, attendees, rng.int(0, 40));
  const last = (p: Speaker) => p.name.split(' ').slice(1).join(' ');
  s.meta(`${org.company.name.toUpperCase()}\n${kind.name.toUpperCase()} MEETING\n${mc.longDate()}\n${rng.pick(['Board Room', 'Conference Room A', 'Executive Conference Center'])}, ${org.company.hqCity}, ${org.company.hqState}, and by videoconference`);
  s.meta(`Members present: ${present.map((p) => p.name).join(', ')}\nMembers absent: ${absent.length ? absent.map((p) => p.name).join(', ') : 'none'}\nAlso present: ${execs.filter((e) => !present.includes(e)).map((e) => e.label).join('; ')}`);
  const chair = org.chair;
  const say = (who: Speaker, sentences: string[], level = 0.6) => s.say(who, speak(rng, sentences, level));
  say(chair, [mc.say(`{Good morning, everyone|Okay, good morning|Let's get started}. {I'd like to call|I'm calling} this meeting of the ${kind.name.toLowerCase()} of <short> to order{ at ${rng.int(8, 9)}:0${rng.int(1, 9)}|}.`), mc.say('{Would the secretary please call the roll|<secFirst>, would you call the roll, please|Can we start with the roll call}?', { secFirst: secretary.first })], 0.2);
  for (const m of members) {
    s.say(secretary, `${m === chair ? 'Chair' : 'Director'} ${last(m)}?`);
    if (absent.includes(m)) s.say(secretary, rng.pick([`${m.first} sent regrets.`, `${m.first} let us know she can't join.`.replace(' she ', ' they '), 'No response.', `I believe ${m.first} is traveling.`]));
    else s.say(m, rng.pick(['Here.', 'Present.', 'Here.', 'Present, thank you.', `Here${rng.chance(0.3) ? ', on video' : ''}.`]));
  }
  say(secretary, [mc.fixed(`{Chair|${chair.first}}, we have ${numberWord(present.length)} members present, which is a quorum.`)], 0);

  const motion = (resolution: string, allowNays: boolean) => {
    const [mover, seconder] = rng.sample(present.filter((p) => p !== chair), 2);
    say(chair, [mc.say(`{Would somebody move|Is there a motion|Do I have a motion} to ${resolution}?`)], 0.2);
    s.say(mover!, rng.pick(['So moved.', 'I move.', 'So moved, Chair.', "I'll move it."]));
    s.say(seconder!, rng.pick(['Second.', 'Second.', "I'll second.", 'Seconded.']));
    say(chair, [mc.say(`{It's been moved and seconded|We have a motion and a second} to ${resolution}. {Any discussion|Is there any discussion|Discussion}?`)], 0.1);
    const voters = present;
    let nays = 0;
    let abst = 0;
    if (allowNays && voters.length >= 5 && rng.chance(0.35)) nays = rng.int(1, Math.min(2, voters.length - 4));
    if (allowNays && rng.chance(0.3)) abst = 1;
    const ayes = voters.length - nays - abst;
    if (rng.chance(0.5)) {
      say(chair, [mc.say('{Hearing none|Seeing none}, {will the secretary please call the roll|let\'s do a roll call vote|<secFirst>, please call the roll}.', { secFirst: secretary.first })], 0.1);
      const order = rng.shuffle(voters);
      const votes = order.map((_, i) => (i < nays ? 'No.' : i < nays + abst ? 'Abstain.' : rng.pick(['Aye.', 'Aye.', 'Yes.', 'Aye.'])));
      const shuffled = rng.shuffle(votes);
      order.forEach((v, i) => { s.say(secretary, `${v === chair ? 'Chair' : 'Director'} ${last(v)}?`); s.say(v, shuffled[i]!); });
      say(secretary, [mc.fixed(`The vote is ${tally(ayes, nays, abst)}.`)], 0);
      say(chair, [mc.say(`{The motion carries|Motion carries|The motion passes}{. Thank you|. Thanks, everyone|}.`)], 0);
    } else {
      say(chair, [mc.say('{Hearing none|Okay}, all those in favor, please say aye.')], 0.1);
      s.meta('[Chorus of ayes]');
      say(chair, [mc.say('{Opposed|Any opposed}?')], 0);
      if (nays) s.say(rng.pick(voters.filter((v) => v !== chair)), 'No.');
      say(chair, [mc.say(`{Abstentions|Any abstentions}? ${abst ? '' : 'Okay.'}`)], 0);
      if (abst) s.say(rng.pick(voters.filter((v) => v !== chair)), rng.pick(['Abstain.', "I'll abstain.", 'I abstain, given my prior involvement.']));
      say(chair, [mc.fixed(`The motion {carries|passes} with ${tally(ayes, nays, abst)}.`)], 0);
    }
  };

  const prevMeeting = mc.longDate(-rng.int(28, 95));
  say(chair, [mc.say('{The first item|First on the agenda} is {approval of|the approval of} the minutes of {our|the} <prev> meeting{, which were circulated last week| in your materials|}.', { prev: prevMeeting })], 0.2);
  motion(`approve the minutes of the ${prevMeeting} meeting as circulated`, false);

  const actions: string[] = [];
  const items = rng.sample(topics, rng.int(kind.items[0], kind.items[1]));
  const roleOf: Record<string, Speaker> = { cfo: org.cfo, ceo: org.ceo, coo: org.coo, cto: org.cto, chro: org.chro, gc: org.gc };
  for (const [k, t] of items.entries()) {
    const tv = topicVars(mc, rng);
    const presenter = roleOf[t.presenter]!;
    const v: Vars = { ...tv, peer: present.filter((x) => x !== presenter).map((x) => x.first), pageNo: String(rng.int(4, 60)), city2: mc.vars.city!, smallPct: String(rng.int(2, 12)), nYears: String(rng.int(3, 15)), smallAmt: few3(rng), owner: presenter.first, subj: t.subj, metric: t.metric, risk: t.risk, option: t.option, chairFirst: chair.first };
    const topicTitle = mc.g.fill(rng, t.title, { ...mc.vars, ...tv });
    v.title = topicTitle;
    say(chair, [mc.say(`{Next|The next item|Item ${numberWord(k + 2)}} {is|on the agenda is} ${topicTitle}. <p>?`, { p: presenter.first })], 0.2);
    say(presenter, [mc.one('present_open', v), ...mc.some('present', rng.int(3, 5), v)], 0.4);
    if (rng.chance(0.5)) s.say(rng.pick(present), backchannel(rng));
    say(presenter, [...mc.some('present', rng.int(2, 4), v), mc.one('aside', v)], 0.5);
    const rounds = rng.int(2, 4);
    for (let r = 0; r < rounds; r++) {
      const d = rng.pick(present.filter((p) => p !== org.ceo));
      const interrupt = rng.chance(0.12);
      const q = speak(rng, [mc.one('question', v), ...(rng.chance(0.4) ? [mc.one('comment', v)] : [])], 0.9);
      s.say(d, interrupt ? q.replace(/[.?!]$/, '—') : q);
      if (interrupt) s.say(presenter, rng.pick(['Sorry, go ahead.', 'Yeah—', 'No, please.']));
      if (rng.chance(0.25)) s.meta(rng.pick(['[crosstalk]', '[Laughter]']));
      say(presenter, [...mc.some('answer', rng.int(2, 4), v), ...(rng.chance(0.45) ? [mc.one('aside', v)] : [])], 0.7);
      if (rng.chance(0.35)) s.say(d, backchannel(rng));
      if (rng.chance(0.3)) say(rng.pick(present), [mc.one('comment', v)], 0.9);
    }
    if (rng.chance(0.7)) {
      const owner = rng.pick([presenter, presenter, ...execs]);
      const task = mc.g.fill(rng, rng.pick(mc.g.list('task')), { ...mc.vars, subjShort: mc.g.fill(rng, rng.pick(t.subj), { ...mc.vars, ...tv }), riskShort: mc.g.fill(rng, rng.pick(t.risk), { ...mc.vars, ...tv }) });
      const item = `${owner.name} will ${task} by ${mc.shortDate(rng.int(7, 40))}`;
      actions.push(item);
      s.say(chair, [mc.fixed('{Let\'s capture that as|Let\'s make that|Can we make that} an action item: ' + item + '.'), mc.say('{Does that work|Is that okay|Fair enough}, <f>?', { f: owner.first })].filter((x) => x !== '').join(' '));
      s.say(owner, rng.pick(['Yes, that works.', "That's fine.", 'Will do.', "Yep, we'll get that done.", 'Sure.']));
    }
    if (rng.chance(0.6)) motion(mc.g.fill(rng, t.resolution, { ...mc.vars, ...tv }), true);
    if (k === Math.floor(items.length / 2) && rng.chance(0.6)) {
      say(chair, [mc.say("{Let's take|We'll take} a {ten|fifteen}-minute break{ and come back at the top of the hour|}.")], 0.2);
      s.meta('[Recess]');
      s.pause(rng.int(540, 960));
    }
  }
  if (actions.length) {
    say(chair, [mc.say('{Before we adjourn|Before we wrap up}, <f>, {can you read back|would you read back} the action items?', { f: secretary.first })], 0.2);
    s.say(secretary, [`Sure. I have ${numberWord(actions.length)}.`, ...actions.map((a, i) => `${ORDINALS[i]}, ${a}.`)].join(' '));
  }
  say(chair, [mc.say('{Is there any other business|Any other business}? {Okay|Hearing none}.')], 0.2);
  motion('adjourn', false);
  say(chair, [mc.say(`{We're adjourned|The meeting is adjourned}{. Thank you, everyone|. Thanks, all|}.`)], 0);
  return s;
}
