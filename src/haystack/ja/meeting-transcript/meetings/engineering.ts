// Engineering 定例会: the manager opens, last meeting's 宿題 are checked, each engineer reports 進捗 and 課題 on the
// team's tickets, operations and release notes, then the new 宿題 are recapped with their owners and the next date.
// Turns are labelled by name only, as an online meeting's transcript shows them; the roles are in the header.
import { isoDate, jaDate, jaMonthDay, jaWeekday, nextTeamMeeting, ymd } from '../model/calendar.js';
import { JA_MEETING_FACTS as F } from '../model/facts.js';
import type { JaSpeaker } from '../model/world.js';
import { hhmm } from '../talk/clock.js';
import type { Homework, JaMeetingContext, WorkItem } from '../talk/context.js';
import { JaSession } from '../talk/session.js';
import { jaGrammar } from '../talk/speech.js';
import { loadHaystackData, type Vars } from '../../../data.js';

const list = (name: string): readonly string[] => jaGrammar().list(name);

/** A proposal an engineer brings to the 定例会 (haystacks/ja/meeting-transcript/engineering-topics.json). */
interface Discussion {
  name: string;
  open: string[];
  /** Questions, each answered by the answer of the same index. */
  q: string[];
  a: string[];
  decide: string[];
}

function discussions(): Discussion[] {
  return loadHaystackData<Discussion[]>('ja/meeting-transcript/engineering-topics.json');
}

/**
 * A work item with a story of its own (haystacks/ja/meeting-transcript/engineering-items.json): what its owner says at
 * each stage (investigation, implementation, review, release; alternatives for a stage the item stays at), a blocker
 * with its cause, and a question a colleague asks with its answer. Each story is told once per series.
 */
interface ItemStory {
  kind: WorkItem['kind'];
  /** Team prefixes (`ORD`, `MES` …) the story belongs to; any team when absent. */
  teams?: string[];
  name: string;
  stages: string[][];
  blocker?: string[];
  /** A question and its answer. */
  q?: [string, string];
}

function itemStories(): ItemStory[] {
  return loadHaystackData<ItemStory[]>('ja/meeting-transcript/engineering-items.json');
}

/** The story of a work item and which of its sentences were said. */
const STORY = new WeakMap<WorkItem, { story: ItemStory; said: Set<string> }>();

export function engineeringMeeting(mc: JaMeetingContext): JaSession {
  const { world, rng, speech } = mc;
  const ti = mc.meeting.part;
  const team = world.teams[ti]!;
  const day = mc.meeting.day;
  const n = mc.number(`engineering-${ti}`, rng.int(0, 0) + 40 + ti * 7);
  const present: JaSpeaker[] = [team.manager, team.pm, ...team.engineers];
  const title = `${team.name} 定例会（第${n}回）`;
  const ss = new JaSession({ index: mc.meeting.index, kind: 'engineering', title, date: isoDate(day), chair: team.manager }, rng.fork('session'), present, (s) => s.person.name);
  let ticketNo = mc.series.tickets.get(ti) ?? 1000 + rng.int(100, 800);
  const ticket = () => `${team.prefix}-${(ticketNo += rng.int(1, 9))}`;
  const base = () => ({ part: team.parts, system: team.system, ticket: ticket(), ms: rng.int(12, 95) * 10, k: rng.int(1, 8) });

  ss.turn(team.manager, speech.say('<g_open>', { team: team.name, scribe: rng.pick(team.engineers).person.family, topicToday: ['<g_topic_today>'], pmName: team.pm.person.family, part: team.parts }, 0.15));
  // Last meeting's homework, checked once per owner (two tasks of one owner asked together).
  const owed = new Map<JaSpeaker, string[]>();
  for (const hw of mc.series.homework.get(ti) ?? []) owed.set(hw.owner, [...(owed.get(hw.owner) ?? []), hw.task]);
  // The first check opens the homework ('まず前回の宿題から…'); the later ones only go on to the next owner.
  let checked = 0;
  for (const [owner, tasks] of owed) {
    const task = tasks.join('と');
    // Two tasks of one owner are asked as 'the two' (their names were read out in last meeting's recap), else by name.
    const check = checked++ === 0 ? (tasks.length > 1 && rng.chance(0.5) ? '<g_hw_check_two>' : '<g_hw_check>') : tasks.length > 1 ? '<g_hw_check_two>' : '<g_hw_check_more>';
    if (!ss.turn(team.manager, speech.say(check, { owner: owner.person.family, task }))) continue;
    const two = tasks.length > 1;
    ss.turn(owner, speech.say('<g_hw_done>', { ...base(), task, it: [two ? '{どちらも|2件とも|両方とも}' : '{そちらは|その件は|その宿題は}'], itk: [two ? '{どちらも|2件とも}' : '{その件ですが|そちらですが}'] }, 0.2));
  }
  // Each engineer reports on their open work items (carried from meeting to meeting, each advancing a stage), with
  // the item's own figures; a colleague may ask about it; an issue and its reply are paired by kind.
  const items = mc.series.items.get(ti) ?? [];
  const kinds: WorkItem['kind'][] = ['perf', 'bug', 'feature', 'migrate', 'upgrade'];
  const newItem = (owner: JaSpeaker, withStory = true): WorkItem => {
    const kind = rng.pick(kinds);
    const lib = rng.pick(list('libs'));
    const major = rng.int(2, 17);
    const ms = rng.int(30, 240) * 10;
    const vars = { part: rng.pick(team.parts), lib, tbl: rng.pick(list('tables')), ms, ms2: Math.round((ms * rng.int(15, 60)) / 1000) * 10, ver: `${major}.${rng.int(0, 9)}`, ver2: `${major + 1}.${rng.int(0, 4)}`, rows: `約${rng.int(12, 980)}万行` };
    // Most new items have a story of their own, told from investigation to release; the rest are the usual kinds.
    const stories = withStory ? itemStories().filter((st) => (!st.teams || st.teams.includes(team.prefix)) && !mc.series.counts.has(`ja-eng-item:${st.name}`)) : [];
    if (stories.length > 0 && rng.chance(0.85)) {
      const story = rng.pick(stories);
      mc.series.counts.set(`ja-eng-item:${story.name}`, 1);
      const it: WorkItem = { owner, ticket: ticket(), kind: story.kind, stage: 0, what: speech.raw(story.name, vars), vars };
      STORY.set(it, { story, said: new Set() });
      return it;
    }
    return { owner, ticket: ticket(), kind, stage: rng.int(0, 1), what: speech.raw(`<g_item_name_${kind}>`, vars), vars };
  };
  /** What the owner says of an item at its stage: its story's sentence not said yet, else the usual one of its kind. */
  const report = (it: WorkItem, e: JaSpeaker): string => {
    const told = STORY.get(it);
    const alts = told ? (told.story.stages[Math.min(it.stage, told.story.stages.length - 1)] ?? []).filter((x) => !told.said.has(x)) : [];
    if (told && alts.length > 0) {
      // In order: a stage's first sentence introduces it, the next one is for a meeting the item stays at that stage.
      // A detailed report says the stage's next sentence too (an item staying at the stage then gets the usual one).
      const line = alts.length > 1 && rng.chance(0.4) ? `${alts[0]!}${alts[1]!}` : alts[0]!;
      for (const x of alts.slice(0, line === alts[0] ? 1 : 2)) told.said.add(x);
      // While the work is under way, the owner may say what holds it up and why.
      const blocker = it.stage >= 1 && it.stage <= 2 && told.story.blocker && rng.chance(0.5) ? told.story.blocker.find((x) => !told.said.has(x)) : undefined;
      if (blocker) told.said.add(blocker);
      return speech.say(line, fresh(it, e), 0.15) + (blocker ? speech.say(blocker, fresh(it, e), 0.1) : '');
    }
    return speech.say(`<g_w_${it.kind}_${it.stage}>`, fresh(it, e), 0.15);
  };
  for (const e of team.engineers) {
    const mine = items.filter((it) => it.owner === e);
    while (mine.length < 1 || (mine.length < 2 && rng.chance(0.7))) {
      const it = newItem(e);
      mine.push(it);
      items.push(it);
    }
  }
  const fresh = (it: WorkItem, e: JaSpeaker): Vars => {
    const k = rng.int(2, 9);
    return {
      ...it.vars,
      ticket: it.ticket,
      what: it.what,
      k,
      k0: rng.int(1, Math.min(3, k - 1)),
      k2: rng.int(2, 8),
      k3: rng.int(52, 390),
      cases: rng.int(4, 60),
      pcthi: `${rng.int(30, 79)}.${rng.int(0, 9)}%`,
      pr: `#${rng.int(1200, 9800)}`,
      days: rng.int(2, 9),
      hrs: rng.int(2, 9),
      pts: rng.int(3, 21),
      weekday: rng.pick(['月曜', '火曜', '水曜', '木曜', '金曜']),
      month: `${ymd(day + 40).month}月`,
      who: rng.pick(team.engineers.filter((p) => p !== e)).person.family,
      pmName: team.pm.person.family,
      customer: world.company.segments.flatMap((s) => s.customers),
      env: ['<envs>'],
    };
  };
  rng.shuffle([...team.engineers]).forEach((e, i) => {
    // The manager acknowledges the last report and calls the next engineer in the same breath.
    // A call not said before where one can be drawn, else one said as drawn (never a report without its call).
    const callTemplate = jaGrammar().list('g_progress_call')[i === 0 ? 0 : 1]!;
    const call = speech.say(callTemplate, { name: e.person.family }) || speech.raw(callTemplate, { name: e.person.family });
    ss.turn(team.manager, (i === 0 ? '' : speech.raw('<g_ack>')) + call);
    const mine = items.filter((it) => it.owner === e);
    const parts = mine.map((it) => report(it, e));
    const upcoming = newItem(e, false);
    if (rng.chance(0.4)) parts.push(speech.say('<g_w_next>', { next: upcoming.what }));
    ss.turn(e, parts.join(''));
    // A colleague asks about an item with a story: the question of that story, answered in kind.
    const asked = mine.map((it) => ({ it, told: STORY.get(it) })).find(({ it, told }) => told?.story.q && it.stage >= 1 && !told.said.has(told.story.q[0]));
    if (asked && rng.chance(0.5)) {
      const { it, told } = asked;
      const [q, a] = told!.story.q!;
      told!.said.add(q);
      const v = fresh(it, e);
      if (ss.turn(rng.pick(present.filter((p) => p !== e)), speech.say(q, v, 0.1))) ss.turn(e, speech.say(a, v, 0.15));
    } else if (rng.chance(0.2)) {
      const ask = rng.int(0, list('g_w_question').length - 1);
      const it = rng.pick(mine);
      const v = fresh(it, e);
      if (ss.turn(rng.chance(0.5) ? team.manager : team.pm, speech.say(list('g_w_question')[ask]!, v, 0.1))) ss.turn(e, speech.say(list('g_w_answer')[ask]!, v, 0.15));
    } else if (rng.chance(0.3)) {
      const kind = rng.int(0, jaGrammar().list('g_issue').length - 1);
      if (ss.turn(e, speech.say(jaGrammar().list('g_issue')[kind]!, base(), 0.2))) {
        const other = rng.pick(present.filter((p) => p !== e));
        ss.turn(kind === 2 || rng.chance(0.6) ? team.manager : other, speech.say(jaGrammar().list('g_issue_reply')[kind]!, { other: rng.pick(team.engineers.filter((p) => p !== e)).person.family }, 0.2));
      }
    } else if (i === team.engineers.length - 1) ss.turn(team.manager, speech.raw('<g_ack>'));
    // Released items leave the board; the others move on a stage (or stay, when the week was spent elsewhere).
    for (const it of mine) {
      if (it.stage >= 3) items.splice(items.indexOf(it), 1);
      else if (rng.chance(0.65)) it.stage++;
    }
  });
  mc.series.items.set(ti, items);
  // Discussion items: one or two proposals a meeting (log retention, CI time, on-call …), each taken up once per team:
  // the proposer's case with its figures, a colleague's question and the answer of its kind, the manager's decision.
  // Proposals no team has discussed come first; another team's proposal is taken up only when none is left.
  const open = discussions().filter((d) => !mc.series.counts.has(`ja-eng:${ti}:${d.name}`));
  const unheard = open.filter((d) => !mc.series.counts.has(`ja-eng-any:${d.name}`));
  const followUps: Homework[] = [];
  for (const d of rng.sample(unheard.length > 0 ? unheard : open, unheard.length > 1 ? 2 : 1)) {
    mc.series.counts.set(`ja-eng:${ti}:${d.name}`, 1);
    mc.series.counts.set(`ja-eng-any:${d.name}`, 1);
    const proposer = rng.pick(team.engineers);
    const asker = rng.pick(present.filter((p) => p !== proposer));
    const k = rng.int(2, 9);
    const v: Vars = { ...fresh(newItem(proposer, false), proposer), n0: rng.int(1, Math.min(8, k)), n1: k, n2: rng.int(120, 980), r1: `${rng.int(2, 14)}.${rng.int(0, 9)}%`, r2: `${rng.int(30, 79)}.${rng.int(0, 9)}%`, system: team.system, part: rng.pick(team.parts) };
    ss.turn(team.manager, speech.say('{次は|では次に|続いて|あと今日は}、{<topic>の件|<topic>について}{です|ですね}。<who>さん、{お願いします|どうぞ}。', { who: proposer.person.family, topic: d.name }));
    if (!ss.turn(proposer, speech.saySeq(d.open, v, 0.15))) continue;
    const ask = rng.int(0, d.q.length - 1);
    if (ss.turn(asker, speech.say(d.q[ask]!, v, 0.15))) ss.turn(proposer, speech.say(d.a[ask]!, v, 0.15));
    if (rng.chance(0.75)) {
      const other = 1 - ask;
      if (d.q[other] && ss.turn(rng.pick(present.filter((p) => p !== proposer && p !== asker)), speech.say(d.q[other]!, v, 0.15))) ss.turn(proposer, speech.say(d.a[other]!, v, 0.15));
    }
    ss.turn(team.manager, speech.say(rng.pick(d.decide), v, 0.1));
    followUps.push({ owner: proposer, task: speech.raw(`${d.name}の{対応方針のまとめ|進め方の整理|たたき台の作成|関係者への確認|影響範囲の洗い出し|工数の見積もり|費用の試算|他チームの事例の調査}`) });
  }
  const sre = team.engineers.find((x) => x.title === 'SRE') ?? team.engineers[0]!;
  if (mc.may(F.incidents) && rng.chance(0.6)) ss.turn(sre, speech.say('<g_incident>', base(), 0.15), [F.incidents]);
  if (mc.may(F.releaseDates) && rng.chance(0.4)) {
    const m = ymd(day + rng.int(30, 80)).month;
    ss.turn(team.pm, speech.say('<g_release>', { system: team.system, when: `${m}月${rng.pick(['上旬', '中旬', '下旬', '末'])}` }), [F.releaseDates]);
  }
  if (mc.may(F.projectLeads) && rng.chance(0.25)) ss.turn(team.manager, speech.say('<g_lead>', { part: team.parts, lead: rng.pick(team.engineers).person.family }), [F.projectLeads]);
  // New homework, checked at the team's next meeting.
  // New homework: the follow-up of each proposal discussed, and one or two of the usual chores.
  const homework: Homework[] = [
    ...followUps,
    ...rng.sample(team.engineers, rng.int(1, 2)).map((owner) => ({ owner, task: speech.raw('<g_tasks>', { part: team.parts }) })),
  ].slice(0, 3);
  mc.series.homework.set(ti, homework);
  mc.series.tickets.set(ti, ticketNo);
  // One clause per owner, their tasks joined ("新井さんはAとB、山田さんはC"), never the same name twice in a row.
  const byOwner = new Map<JaSpeaker, string[]>();
  for (const h of homework) byOwner.set(h.owner, [...(byOwner.get(h.owner) ?? []), h.task]);
  const recap = [...byOwner].map(([owner, tasks]) => `${owner.person.family}さんは${tasks.length < 3 ? tasks.join('と') : `${tasks.slice(0, -1).join('、')}、それから${tasks.at(-1)}`}`).join('、');
  ss.turn(team.manager, speech.say('<g_hw_recap>', { list: recap }));
  const next = nextTeamMeeting(day, ti);
  ss.turn(team.manager, speech.say('<g_close>', { next: `${jaMonthDay(next)}${jaWeekday(next)}` }, 0.1));
  const start = rng.pick([10 * 60, 13 * 60 + 30, 14 * 60, 15 * 60 + 30, 16 * 60]);
  ss.opening('heading', title);
  ss.opening('meta', [`日時：${jaDate(day)}${jaWeekday(day)} ${hhmm(start)}〜${hhmm(start + Math.ceil(ss.seconds / 60) + 1)}　場所：${rng.pick(['オンライン（Teams）', 'オンライン（Google Meet）', `本社${rng.int(3, 7)}階 会議室${rng.pick(['A', 'B', 'C'])}＋オンライン`])}`, `参加者：${rng.shuffle(present).map((p) => `${p.person.name}（${p.title}）`).join('、')}`].join('\n'));
  return ss;
}
