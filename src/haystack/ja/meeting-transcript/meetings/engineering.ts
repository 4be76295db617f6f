// Engineering 定例会: the manager opens, last meeting's 宿題 are checked, each engineer reports 進捗 and 課題 on the
// team's tickets, operations and release notes, then the new 宿題 are recapped with their owners and the next date.
// Turns are labelled by name only, as an online meeting's transcript shows them; the roles are in the header.
import { isoDate, jaDate, jaMonthDay, jaWeekday, nextTeamMeeting, ymd } from '../model/calendar.js';
import { JA_MEETING_FACTS as F } from '../model/facts.js';
import type { JaMeetingWorld, JaSpeaker, JaTeam } from '../model/world.js';
import type { FactKey } from '../../../place-context.js';
import { hhmm } from '../talk/clock.js';
import type { Homework, JaMeetingContext, WorkItem } from '../talk/context.js';
import { JaSession } from '../talk/session.js';
import { jaGrammar } from '../talk/speech.js';
import { loadHaystackData, type Vars } from '../../../data.js';
import { createRng } from '../../../../util/rng.js';

const list = (name: string): readonly string[] => jaGrammar().list(name);

/** A proposal an engineer brings to the 定例会 (haystacks/ja/meeting-transcript/engineering-topics.json). */
interface Discussion {
  name: string;
  open: string[];
  /** Questions, each answered by the answer of the same index. */
  q: string[];
  a: string[];
  decide: string[];
  /** What the proposer is asked to bring to the next meeting (`当番表の案`); generic follow-ups when absent. */
  follow?: string[];
  /** What each follow-up found (by index), as its owner reports it at the next meeting. */
  result?: string[];
  /** The manager's word on that result (alternatives). */
  settle?: string[];
}

/**
 * What a task will be reported as at the next meeting: a proposal's follow-up (its results, the manager's settling word,
 * the proposal's name) or a chore (its results), with the figures it was given and which result answers it.
 */
const FOLLOWS = new WeakMap<Homework, { result?: string[]; settle?: string[]; topic?: string; v: Vars; i: number }>();

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
  /** The parts of a system the story can be told of (a name search, a screen, a nightly batch); any part when absent. */
  parts?: string[];
  /** The name of a story of the same matter (a double submit told for two screens): one of the two per series. */
  twin?: string;
  /** The team's library the story is about (`JasperReports`), by name; else one of the team's drawn at random. */
  tool?: string;
}

/** A library or framework with the version a team runs and the one it moves to: [name, from, to]. */
type Lib = readonly [string, string, string];

/** The names a team's systems go by (haystacks/ja/meeting-transcript/engineering-stack.json). */
interface StackData {
  parts: Record<string, { tbl: string[]; job: string[]; res: string[] }>;
  teams: Record<string, { fw: Lib[]; db: Lib[]; libs: Lib[] }>;
}

/** A team's stack in one world: its naming style, framework, database, libraries and each part's error code. */
interface TeamStack {
  style: number;
  fw: Lib;
  db: Lib;
  libs: Lib[];
  errs: Map<string, string>;
}

const STACKS = new WeakMap<JaTeam, TeamStack>();

/** engineering-stack.json, read in one place for the team stacks and the parts' names. */
function stackData(): StackData {
  return loadHaystackData<StackData>('ja/meeting-transcript/engineering-stack.json');
}

const nbsp = (lib: Lib): Lib => [lib[0].replace(/ /g, '\u00a0'), lib[1], lib[2]];

/**
 * A team's stack, drawn once per team and world from the world's seed alone (not from a meeting's draws), so every
 * meeting of the series names the same tables, endpoints, jobs, versions and error codes.
 */
function teamStack(world: JaMeetingWorld, team: JaTeam): TeamStack {
  const hit = STACKS.get(team);
  if (hit) return hit;
  const data = stackData();
  const t = data.teams[team.prefix] ?? data.teams.ORD!;
  const r = createRng(`ja-eng-stack:${world.seed}:${team.prefix}`);
  // Spoken Japanese is tidied of every ASCII space (tidyJa), so a name's own spaces ('Spring Boot', 'GET /api/…') are
  // no-break spaces, kept as a transcript shows them.
  const fw = nbsp(r.pick(t.fw));
  const db = nbsp(r.pick(t.db));
  // Error codes of different parts are different numbers, four digits (clear of the 11–49 a needle counts).
  const codes = r.sample(Array.from({ length: 89 }, (_, i) => 1010 + i * 100), team.parts.length);
  // The database is upgraded by a story of its own (<db>, <dbv>, <dbv2>), so an item on a library is never the database.
  const stack: TeamStack = { style: r.int(0, 1), fw, db, libs: [fw, ...t.libs.map(nbsp)], errs: new Map(team.parts.map((p, i) => [p, `${team.prefix}-E${codes[i]! + r.int(1, 8)}`])) };
  STACKS.set(team, stack);
  return stack;
}

/**
 * The names of a part of a team's system: its table, job and error code, its endpoints (`api` lists, `api1` reads one,
 * `apipost` adds, `apiput` updates one), and the team's framework and database with their versions.
 */
function stackVars(world: JaMeetingWorld, team: JaTeam, part: string): Vars {
  const st = teamStack(world, team);
  const p = stackData().parts[part];
  return {
    ...(p ? { tbl: p.tbl[st.style]!, job: p.job[st.style]!, api: `GET\u00a0${p.res[st.style]!}`, api1: `GET\u00a0${p.res[st.style]!}/:id`, apipost: `POST\u00a0${p.res[st.style]!}`, apiput: `PUT\u00a0${p.res[st.style]!}/:id` } : {}),
    err: st.errs.get(part) ?? `${team.prefix}-E5001`,
    fw: st.fw[0],
    fwv: st.fw[1],
    fwv2: st.fw[2],
    db: st.db[0],
    dbv: st.db[1],
    dbv2: st.db[2],
  };
}

let stories: ItemStory[] | undefined;

/**
 * The stories, each stage with the further sentences of engineering-items-depth.json (by story name): what was found,
 * what is next and by when, who it waits on; a month's report of an item says two or three of its stage's sentences.
 */
function itemStories(): ItemStory[] {
  if (stories) return stories;
  const depth = loadHaystackData<Record<string, string[][]>>('ja/meeting-transcript/engineering-items-depth.json');
  return (stories = loadHaystackData<ItemStory[]>('ja/meeting-transcript/engineering-items.json').map((st) => {
    const more = depth[st.name];
    return more ? { ...st, stages: st.stages.map((stage, k) => [...stage, ...(more[k] ?? [])]) } : st;
  }));
}

/** A notice the manager passes on (haystacks/ja/meeting-transcript/engineering-notices.json): told once per series. */
interface Notice {
  name: string;
  text: string[];
}

function notices(): Notice[] {
  return loadHaystackData<Notice[]>('ja/meeting-transcript/engineering-notices.json');
}

/** A chore a manager hands out (haystacks/ja/meeting-transcript/engineering-chores.json) and what its owner reports. */
interface Chore {
  task: string;
  result: string[];
}

function chores(): Chore[] {
  return loadHaystackData<Chore[]>('ja/meeting-transcript/engineering-chores.json');
}

/** Homework not finished at the meeting it was due, asked again (once) at the next. */
const CARRIED = new WeakSet<Homework>();

/** Why an engineer misses a 定例会: as the manager says it, and as the header's 欠席 line notes it. */
const AWAY: ReadonlyArray<{ said: string; note: string }> = [
  { said: '{有給で|お休みを取っていて}', note: '休暇' },
  { said: '{研修で|社外の研修に出ていて}', note: '研修' },
  { said: '{体調不良で|体調を崩していて}', note: '体調不良' },
  { said: '{客先に出ていて|お客様先の打ち合わせで}', note: '客先対応' },
  { said: '{工場に出張中で|工場の立ち上げ支援で出張中で}', note: '出張' },
  { said: '{昨夜の当番で呼び出されたので|夜間の作業明けなので}', note: '夜間対応明け' },
  { said: '{別の会議と重なっていて|全社の説明会と重なってしまって}', note: '別会議' },
  { said: '{ご家族の用事で|私用で}', note: '私用' },
];

/**
 * A story's hold-up, 'Xの件で困っているのは、Yことです。', told also as 'Xの件は、Yので、そこで止まっています。' or
 * '悩ましいのは、Yことで、Xの件はそこ待ちです。' (Y is a plain-form clause), so the stories do not all say it one way.
 */
function rephraseHold(text: string): string {
  const m = /^(.+?)で(?:困っている|気になっている|一つ困っている|待ちになっている|止まっている|詰まっている|引っかかっている)のは、(.+)ことです。$/u.exec(text);
  if (!m) return text;
  const [, subject, clause] = m;
  const topic = subject!.endsWith('の件') ? subject! : `${subject!}の件`;
  return `{${text}|${topic}は、${clause!}ので、{そこで止まっています|そこが引っかかっています}。|{悩ましいのは|課題は}、${clause!}ことで、${topic}は{そこ待ちです|そこで手が止まっています}。}`;
}

/** The story of a work item and which of its sentences were said. */
const STORY = new WeakMap<WorkItem, { story: ItemStory; said: Set<string> }>();

export function engineeringMeeting(mc: JaMeetingContext): JaSession {
  const { world, rng, speech } = mc;
  const ti = mc.meeting.part;
  const team = world.teams[ti]!;
  const day = mc.meeting.day;
  const n = mc.number(`engineering-${ti}`, rng.int(0, 0) + 40 + ti * 7);
  // Now and then an engineer is away (leave, training, a customer's site, a night on call): not in the header's list
  // of participants, said at the opening, their items left where they were and their homework kept for next time.
  const away = rng.chance(0.35) ? rng.pick(team.engineers) : undefined;
  const why = away ? rng.pick(AWAY) : undefined;
  const here = team.engineers.filter((e) => e !== away);
  const present: JaSpeaker[] = [team.manager, team.pm, ...here];
  const title = `${team.name} 定例会（第${n}回）`;
  const ss = new JaSession({ index: mc.meeting.index, kind: 'engineering', title, date: isoDate(day), chair: team.manager }, rng.fork('session'), present, (s) => s.person.name);
  let ticketNo = mc.series.tickets.get(ti) ?? 1000 + rng.int(100, 800);
  const ticket = () => `${team.prefix}-${(ticketNo += rng.int(1, 9))}`;
  // One part of the team's system, with its names (table, endpoint, job, error code), for an issue or a stock report.
  const base = (): Vars => {
    const part = rng.pick(team.parts);
    return { part, ...stackVars(world, team, part), system: team.system, ticket: ticket(), ms: rng.int(12, 95) * 10, k: rng.int(1, 8) };
  };

  const lastHomework = mc.series.homework.get(ti) ?? [];
  const awayOwes = away ? lastHomework.filter((h) => h.owner === away) : [];
  // Today's proposals are chosen first, so the opening can say what today is for: one or two a meeting (log retention,
  // CI time, on-call …), each taken up once per team; proposals no team has discussed come first, another team's
  // only when none is left.
  const open = discussions().filter((d) => !mc.series.counts.has(`ja-eng:${ti}:${d.name}`));
  const unheard = open.filter((d) => !mc.series.counts.has(`ja-eng-any:${d.name}`));
  const today = rng.sample(unheard.length > 0 ? unheard : open, unheard.length > 1 ? 2 : 1);
  const opening = speech.say('<g_open>', { team: team.name, scribe: rng.pick(here).person.family, topicToday: [today.length > 0 ? `${today[0]!.name}の{相談|話}` : '<g_topic_today>'], allIn: [away ? '{時間になったので|定刻なので}' : '{揃ったので|全員入ったので}'], pmName: team.pm.person.family, part: team.parts }, 0.15);
  // Who is away and why, and what that means for today (their homework waits, their report comes in writing).
  const awayNote = away && why ? speech.say(awayOwes.length > 0 ? '<g_away_owes>' : '<g_away>', { name: away.person.family, why: [why.said], task: awayOwes.map((h) => h.task).join('と') }, 0.1) : '';
  // About every other meeting the manager passes on a notice from the company (expenses, a security audit, desks),
  // at the start or before the homework recap; each is told once in the series.
  const unsaid = notices().filter((x) => !mc.series.counts.has(`ja-eng-notice:${x.name}`));
  const notice = unsaid.length > 0 && rng.chance(0.5) ? rng.pick(unsaid) : undefined;
  if (notice) mc.series.counts.set(`ja-eng-notice:${notice.name}`, 1);
  const noticeText = notice ? speech.saySeq(notice.text, { who: rng.pick(here).person.family, system: team.system }, 0.1) : '';
  const noticeFirst = rng.chance(0.5);
  // The manager's words are gathered until someone else speaks, so what they say in one breath (a settling word and
  // the next call, a decision and the next proposal, the recap and the close) is one turn, as a transcript shows it.
  let words = '';
  let wordFacts: FactKey[] = [];
  const flush = (): void => {
    if (words) ss.turn(team.manager, words, wordFacts.length > 0 ? wordFacts : undefined);
    words = '';
    wordFacts = [];
  };
  const turn = (who: JaSpeaker, text: string, facts?: FactKey[]): boolean => {
    if (!text) return false;
    if (who === team.manager) {
      words += text;
      if (facts) wordFacts.push(...facts);
      return true;
    }
    flush();
    return ss.turn(who, text, facts);
  };
  turn(team.manager, opening + awayNote + (noticeFirst ? noticeText : ''));
  // Last meeting's homework is asked of each owner with their progress (two tasks of one owner asked together); an
  // absent owner's waits.
  const owed = new Map<JaSpeaker, Homework[]>();
  for (const hw of lastHomework) if (hw.owner !== away) owed.set(hw.owner, [...(owed.get(hw.owner) ?? []), hw]);
  const carried: Homework[] = [...awayOwes];
  const dropped: Homework[] = [];
  /**
   * What an owner says of their homework, and what the manager answers after their report: a proposal's follow-up is
   * reported by what it found (each of two, in turn) and settled; what is not done is carried once, then made a ticket.
   */
  const homeworkReport = (owner: JaSpeaker, hws: Homework[]): { said: string; answer: string } => {
    const task = hws.map((h) => h.task).join('と');
    const again = hws.length === 1 && CARRIED.has(hws[0]!);
    const two = hws.length > 1;
    const status = again ? (rng.chance(0.7) ? 'done' : 'partial') : rng.pick(['done', 'done', 'done', 'done', 'done', 'done', 'done', 'partial', 'partial', 'none']);
    const stock = (st: string, t: string, both: boolean): string =>
      speech.say(`<g_hw_${st}>`, { ...base(), task: t, pmName: team.pm.person.family, who: rng.pick(here.filter((p) => p !== owner)).person.family, it: [both ? '{どちらも|2件とも|両方とも}' : '{そちらは|その件は|その宿題は}'], itk: [both ? '{どちらも|2件とも}' : '{その件ですが|そちらですが}'] }, 0.2);
    if (status === 'done') {
      const settles: string[] = [];
      const said = hws
        .map((h, k) => {
          const follow = FOLLOWS.get(h);
          const result = follow?.result?.[follow.i];
          if (!follow || !result) return stock('done', h.task, false);
          if (follow.settle) settles.push(speech.say(rng.pick(follow.settle), follow.v, 0.1));
          return speech.say(`${k === 0 ? '{はい、|はい。|}' : '{それから|もう一つの宿題ですが|もう一件は}、'}${result}`, follow.v, 0.15);
        })
        .join('');
      return { said: said || stock('done', task, two), answer: settles.join('') };
    }
    for (const h of hws) (CARRIED.has(h) ? dropped : carried).push(h);
    return { said: stock(status, task, two), answer: again ? speech.say('<g_hw_to_ticket>', { task, owner: owner.person.family }, 0.1) : '' };
  };
  // Each engineer reports on their open work items (carried from meeting to meeting, each advancing a stage), with
  // the item's own figures; a colleague may ask about it; an issue and its reply are paired by kind.
  const items = mc.series.items.get(ti) ?? [];
  const kinds: WorkItem['kind'][] = ['perf', 'bug', 'feature', 'migrate', 'upgrade'];
  const newItem = (owner: JaSpeaker, withStory = true): WorkItem => {
    const kind = rng.pick(kinds);
    const major = rng.int(2, 17);
    const ms = rng.int(30, 240) * 10;
    const tool = rng.pick(teamStack(world, team).libs);
    const vars: Record<string, string | number> = { part: rng.pick(team.parts), lib: tool[0], lv: tool[1], lv2: tool[2], ms, ms2: Math.round((ms * rng.int(15, 60)) / 1000) * 10, ver: `${major}.${rng.int(0, 9)}`, ver2: `${major + 1}.${rng.int(0, 4)}`, rows: `約${rng.int(12, 980)}万行` };
    // Most new items have a story of their own, told from investigation to release; the rest are the usual kinds.
    const stories = withStory ? itemStories().filter((st) => (!st.teams || st.teams.includes(team.prefix)) && (!st.parts || team.parts.some((p) => st.parts!.includes(p))) && !mc.series.counts.has(`ja-eng-item:${st.name}`) && !(st.twin && mc.series.counts.has(`ja-eng-item:${st.twin}`))) : [];
    if (stories.length > 0 && rng.chance(0.97)) {
      const story = rng.pick(stories);
      mc.series.counts.set(`ja-eng-item:${story.name}`, 1);
      if (story.parts) vars.part = rng.pick(team.parts.filter((p) => story.parts!.includes(p)));
      const named = story.tool ? teamStack(world, team).libs.find((x) => x[0] === story.tool) : undefined;
      if (named) [vars.lib, vars.lv, vars.lv2] = named;
      Object.assign(vars, stackVars(world, team, String(vars.part)));
      const it: WorkItem = { owner, ticket: ticket(), kind: story.kind, stage: 0, what: speech.raw(story.name, vars), vars };
      STORY.set(it, { story, said: new Set() });
      return it;
    }
    Object.assign(vars, stackVars(world, team, String(vars.part)));
    return { owner, ticket: ticket(), kind, stage: rng.int(0, 1), what: speech.raw(`<g_item_name_${kind}>`, vars), vars };
  };
  /** What the owner says of an item at its stage: its story's sentence not said yet, else the usual one of its kind. */
  /** Whether the last report told of something holding the work up. */
  let held = false;
  const report = (it: WorkItem, e: JaSpeaker): string => {
    const told = STORY.get(it);
    const alts = told ? (told.story.stages[Math.min(it.stage, told.story.stages.length - 1)] ?? []).filter((x) => !told.said.has(x)) : [];
    if (told && alts.length > 0) {
      // In order: a stage's first sentence introduces it, the next one is for a meeting the item stays at that stage.
      // A detailed report says the stage's next sentence too (an item staying at the stage then gets the usual one).
      const count = alts.length > 1 && rng.chance(0.75) ? (alts.length > 2 && rng.chance(0.6) ? 3 : 2) : 1;
      const line = alts.slice(0, count).join('');
      for (const x of alts.slice(0, count)) told.said.add(x);
      // While the work is under way, the owner may say what holds it up and why.
      const blocker = it.stage >= 1 && it.stage <= 2 && told.story.blocker && rng.chance(0.5) ? told.story.blocker.find((x) => !told.said.has(x)) : undefined;
      if (blocker) (told.said.add(blocker), (held = true));
      const v = fresh(it, e);
      const text = speech.say(line, v, 0.15);
      if (it.stage >= 1 && it.stage <= 2) noteWho(text, v);
      return text + (blocker ? speech.say(rephraseHold(blocker), fresh(it, e), 0.1) : '');
    }
    return speech.say(`<g_w_${it.kind}_${it.stage}>`, fresh(it, e), 0.15);
  };
  /** Whom the last report said a piece of work waits on or is shared with: a colleague, or the PM. */
  let waitsOn: { who?: string; pm: boolean } = { pm: false };
  // Only work under way that is still with them ('…さんに確認をお願いしています', '…さんと相談しています').
  const waiting = (name: string): RegExp => new RegExp(`${name}さん(?:に[^。]*(?:お願いしています|もらっています|お願いしているところ)|と[^。]*(?:相談しています|話しています|詰めています))`);
  const noteWho = (text: string, v: Vars): void => {
    if (typeof v.who === 'string' && waiting(v.who).test(text)) waitsOn.who = v.who;
    if (waiting(team.pm.person.family).test(text)) waitsOn.pm = true;
  };
  for (const e of here) {
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
      who: rng.pick(here.filter((p) => p !== e).length > 0 ? here.filter((p) => p !== e) : team.engineers.filter((p) => p !== e)).person.family,
      pmName: team.pm.person.family,
      customer: world.company.segments.flatMap((s) => s.customers),
      env: ['<envs>'],
    };
  };
  let mood: 'released' | 'held' | 'plain' = 'plain';
  let releasedVars: Vars = {};
  // Whether the manager spoke last (a reply to a raised issue): the next call then has no 'なるほど、了解です' of its own
  // words, the manager never acknowledges themself.
  let managerLast = false;
  // What the manager owes the last report: a homework's settling word, else a reply to a ticket carried twice.
  let owedAnswer = '';
  const anyHomework = owed.size > 0;
  rng.shuffle([...here]).forEach((e, i) => {
    // The manager answers the last report and calls the next engineer in the same breath; the call names the
    // homework the engineer owes, which they report before their work items.
    // A call not said before where one can be drawn, else one said as drawn (never a report without its call).
    const hws = owed.get(e) ?? [];
    const task = hws.map((h) => h.task).join('と');
    const carriedOver = hws.length === 1 && CARRIED.has(hws[0]!);
    const callList = hws.length > 0 ? (i === 0 ? 'g_call_first_hw' : carriedOver ? 'g_call_hw_carried' : 'g_call_hw') : i === 0 ? (anyHomework ? 'g_call_first_mixed' : 'g_progress_call_nohw') : 'g_progress_call';
    // The usual call after the first is the list's second entry (the first closes a homework round).
    const callTemplate = callList === 'g_progress_call' ? list(callList)[1]! : `<${callList}>`;
    const call = speech.say(callTemplate, { name: e.person.family, task }) || speech.raw(callTemplate, { name: e.person.family, task });
    // The acknowledgement answers what was just reported: a homework settled, a release thanked, a hold-up offered
    // help; now and then the manager goes straight to the next name.
    const ack = owedAnswer || (i === 0 || managerLast || rng.chance(0.4) ? '' : mood === 'released' ? speech.say('<g_ack_released>', releasedVars) || speech.raw('<g_ack>') : mood === 'held' ? speech.say('<g_ack_held>', { pmName: team.pm.person.family }) || speech.raw('<g_ack>') : speech.raw('<g_ack>'));
    turn(team.manager, ack + call);
    managerLast = false;
    const hw = hws.length > 0 ? homeworkReport(e, hws) : { said: '', answer: '' };
    owedAnswer = '';
    const mine = items.filter((it) => it.owner === e);
    held = false;
    waitsOn = { pm: false };
    const parts = mine.map((it) => report(it, e));
    mood = held ? 'held' : mine.some((it) => it.stage >= 3) ? 'released' : 'plain';
    // The released item's names, for a word on what to watch after it (its endpoint, job, error code, table).
    releasedVars = mine.find((it) => it.stage >= 3)?.vars ?? {};
    const upcoming = newItem(e, false);
    if (rng.chance(0.15)) parts.push(speech.say('<g_w_next>', { next: upcoming.what }));
    // From the homework to the work items: a word that the report moves on, now and then.
    // A homework the manager settles (or makes a ticket of) is answered before the work items, which the engineer
    // then goes on to.
    if (hw.said && hw.answer && parts.length > 0) {
      turn(e, hw.said);
      turn(team.manager, hw.answer);
      turn(e, speech.raw('{はい。|はい、分かりました。|了解です。|はい、そうします。}') + parts.join(''));
    } else {
      const bridge = hw.said && rng.chance(0.15) ? speech.raw('{進捗です|ここからは進捗です|担当の件です|あとは担当の件です}。') : '';
      turn(e, hw.said + bridge + parts.join(''));
      owedAnswer = hw.answer;
    }
    // A colleague asks about an item with a story: the question of that story, answered in kind.
    const asked = mine.map((it) => ({ it, told: STORY.get(it) })).find(({ it, told }) => told?.story.q && it.stage >= 1 && !told.said.has(told.story.q[0]));
    if (asked && rng.chance(0.5)) {
      const { it, told } = asked;
      const [q, a] = told!.story.q!;
      told!.said.add(q);
      const v = fresh(it, e);
      if (turn(rng.pick(present.filter((p) => p !== e)), speech.say(q, v, 0.1))) turn(e, speech.say(a, v, 0.15));
    } else if (rng.chance(0.12)) {
      const ask = rng.int(0, list('g_w_question').length - 1);
      const it = rng.pick(mine);
      const v = fresh(it, e);
      // The question that names the PM is the manager's.
      if (turn(ask === 3 || rng.chance(0.5) ? team.manager : team.pm, speech.say(list('g_w_question')[ask]!, v, 0.1))) turn(e, speech.say(list('g_w_answer')[ask]!, v, 0.15));
    } else if (rng.chance(0.15)) {
      const kind = rng.int(0, jaGrammar().list('g_issue').length - 1);
      if (turn(e, speech.say(jaGrammar().list('g_issue')[kind]!, base(), 0.2))) {
        // The first two replies and the fourth may come from a colleague; the others are the manager's to give. The one
        // who replies never names themself as the one who knows.
        const colleague = rng.pick(present.filter((p) => p !== e && p !== team.manager));
        const replier = kind === 2 || kind >= 4 || rng.chance(0.6) || here.filter((p) => p !== e && p !== colleague).length === 0 ? team.manager : colleague;
        const other = rng.pick(here.filter((p) => p !== e && p !== replier));
        if (turn(replier, speech.say(jaGrammar().list('g_issue_reply')[kind]!, { other: other.person.family, pmName: team.pm.person.family }, 0.2))) managerLast = replier === team.manager;
      }
    } else if (!owedAnswer && !held && (waitsOn.pm || waitsOn.who) && rng.chance(0.6)) {
      // The report said the work waits on the PM or a colleague: the manager asks them when, and they answer.
      const pm = waitsOn.pm && (!waitsOn.who || rng.chance(0.5));
      const other = pm ? team.pm : here.find((p) => p.person.family === waitsOn.who);
      if (other && turn(team.manager, speech.say(pm ? '<g_ask_pm_when>' : '<g_ask_colleague_when>', { name: other.person.family }, 0.1))) {
        turn(other, speech.say(pm ? '<g_pm_when>' : '<g_colleague_when>', { weekday: rng.pick(['月曜', '火曜', '水曜', '木曜', '金曜']) }, 0.15));
        managerLast = true;
      }
    } else if (i === here.length - 1 && !owedAnswer) turn(team.manager, speech.raw('<g_ack>'));
    // Released items leave the board; the others move on a stage (or stay, when the week was spent elsewhere).
    for (const it of mine) {
      if (it.stage >= 3) items.splice(items.indexOf(it), 1);
      // An item whose story has nothing left to tell at its stage moves on (no stock sentence for a second month).
      else if (rng.chance(0.65) || (STORY.get(it) && !(STORY.get(it)!.story.stages[it.stage] ?? []).some((x) => !STORY.get(it)!.said.has(x)))) it.stage++;
    }
  });
  // The last report's homework is settled before the proposals.
  turn(team.manager, owedAnswer);
  mc.series.items.set(ti, items);
  // Today's proposals: the proposer's case with its figures, a colleague's question and the answer of its kind, the
  // manager's decision.
  const followUps: Homework[] = [];
  for (const d of today) {
    mc.series.counts.set(`ja-eng:${ti}:${d.name}`, 1);
    mc.series.counts.set(`ja-eng-any:${d.name}`, 1);
    const proposer = rng.pick(here);
    const asker = rng.pick(present.filter((p) => p !== proposer));
    const k = rng.int(2, 9);
    // Small counts of different things are different numbers (n1, n3, n4, n5); `big` is a two-digit figure of 52–98
    // (minutes, kinds), kept clear of the 11–49 an incident needle counts.
    const [n3, n4, n5] = rng.sample([2, 3, 4, 5, 6, 7, 8, 9].filter((x) => x !== k), 3);
    const v: Vars = { ...fresh(newItem(proposer, false), proposer), n0: rng.int(1, Math.min(8, k)), n1: k, n2: rng.int(120, 980), n3: n3!, n4: n4!, n5: n5!, big: rng.int(52, 98), r1: `${rng.int(2, 14)}.${rng.int(0, 9)}%`, r2: `${rng.int(30, 79)}.${rng.int(0, 9)}%`, system: team.system };
    // The proposal's part, with that part's table, endpoints, job and error code.
    v.part = rng.pick(team.parts);
    Object.assign(v, stackVars(world, team, v.part));
    turn(team.manager, speech.say('{次は|では次に|続いて|あと今日は}、{<topic>の件|<topic>について}{です|ですね}。<who>さん、{お願いします|どうぞ}。', { who: proposer.person.family, topic: d.name }));
    if (!turn(proposer, speech.saySeq(d.open, v, 0.15))) continue;
    const ask = rng.int(0, d.q.length - 1);
    if (turn(asker, speech.say(d.q[ask]!, v, 0.15))) turn(proposer, speech.say(d.a[ask]!, v, 0.15));
    if (rng.chance(0.75)) {
      const other = 1 - ask;
      if (d.q[other] && turn(rng.pick(present.filter((p) => p !== proposer && p !== asker)), speech.say(d.q[other]!, v, 0.15))) turn(proposer, speech.say(d.a[other]!, v, 0.15));
    }
    turn(team.manager, speech.say(rng.pick(d.decide), v, 0.1));
    // The proposal's own next step (a costing only where the proposal is about cost), else one that fits any proposal.
    // The i-th follow-up is reported by the i-th result.
    const i = rng.int(0, (d.follow?.length ?? 1) - 1);
    const hw: Homework = { owner: proposer, task: d.follow ? speech.raw(d.follow[i]!, v) : speech.raw(`${d.name}の{対応方針のまとめ|進め方の整理|たたき台の作成|関係者への確認}`) };
    FOLLOWS.set(hw, { result: d.result, settle: d.settle, topic: d.name, v, i });
    followUps.push(hw);
  }
  const sre = here.find((x) => x.title === 'SRE') ?? here[0]!;
  // Two or more incidents: the report says 'どれも軽微で' / 'いずれも' of them.
  if (mc.may(F.incidents) && rng.chance(0.6)) turn(sre, speech.say('<g_incident>', { ...base(), k: rng.int(2, 8) }, 0.15), [F.incidents]);
  if (mc.may(F.releaseDates) && rng.chance(0.4)) {
    // The team's next release keeps its date from one meeting to the next until it is out (no 7月中旬 in June and
    // 8月末 in July without a word of a delay); a new target only once the last one has passed.
    const key = `ja-eng-release:${ti}`;
    const last = mc.series.counts.get(key);
    const target = last !== undefined && last > day + 7 ? last : day + rng.int(30, 80);
    mc.series.counts.set(key, target);
    const t = ymd(target);
    turn(team.pm, speech.say('<g_release>', { system: team.system, when: `${t.month}月${t.date <= 10 ? '上旬' : t.date <= 20 ? '中旬' : '下旬'}` }), [F.releaseDates]);
  }
  // Who leads a migration is said only of one its owner has been reporting on (an item past its investigation), and
  // with who joins them when there is someone to join.
  const migration = items.find((it) => it.kind === 'migrate' && it.stage >= 1 && here.includes(it.owner));
  if (migration && mc.may(F.projectLeads) && rng.chance(0.5)) {
    const helpers = here.filter((p) => p !== migration.owner);
    const template = helpers.length > 0 ? '<g_lead_helper>' : '<g_lead>';
    turn(team.manager, speech.say(template, { what: migration.what, ticket: migration.ticket, lead: migration.owner.person.family, helper: helpers.length > 0 ? rng.pick(helpers).person.family : '' }), [F.projectLeads]);
  }
  // New homework, checked at the team's next meeting.
  // New homework: the follow-up of each proposal discussed, and one or two of the usual chores.
  // What was not finished stays on the list (marked, so next time it is asked as carried over), before anything new.
  for (const h of carried) CARRIED.add(h);
  // A chore is one the team was not given before; its result is reported next time.
  const chore = (owner: JaSpeaker): Homework => {
    const v: Vars = { part: rng.pick(team.parts), k: rng.int(2, 8), days: rng.int(2, 6), who: rng.pick(here.filter((p) => p !== owner).length > 0 ? here.filter((p) => p !== owner) : here).person.family, pmName: team.pm.person.family };
    Object.assign(v, stackVars(world, team, String(v.part)));
    // A chore the team has not had (in any of its parts), while there is one.
    const left = chores().filter((x) => !mc.series.counts.has(`ja-eng-chore:${ti}:${x.task}`));
    const c = rng.pick(left.length > 0 ? left : chores());
    const task = speech.raw(c.task, v);
    mc.series.counts.set(`ja-eng-chore:${ti}:${c.task}`, 1);
    const hw: Homework = { owner, task };
    const i = rng.int(0, c.result.length - 1);
    FOLLOWS.set(hw, { result: c.result, v, i });
    return hw;
  };
  const fresh3 = [...followUps, ...rng.sample(here, rng.int(1, 2)).map((owner) => chore(owner))];
  const homework: Homework[] = [...carried, ...fresh3.slice(0, Math.max(1, 3 - carried.length))];
  mc.series.homework.set(ti, homework);
  mc.series.tickets.set(ti, ticketNo);
  // One clause per owner, their tasks joined ("新井さんはAとB、山田さんはC"), never the same name twice in a row.
  const byOwner = new Map<JaSpeaker, string[]>();
  // The recap reads out the new tasks; carried ones are named after it (they were read out last time).
  for (const h of homework) if (!carried.includes(h)) byOwner.set(h.owner, [...(byOwner.get(h.owner) ?? []), h.task]);
  const recap = [...byOwner].map(([owner, tasks]) => `${owner.person.family}さんは${tasks.length < 3 ? tasks.join('と') : `${tasks.slice(0, -1).join('、')}、それから${tasks.at(-1)}`}`).join('、');
  // Carried tasks are named as such after the list; an absent owner's are said to wait for their return.
  const still = carried.filter((h) => h.owner !== away);
  const carriedNote = still.length > 0 ? speech.say('<g_hw_recap_carried>', { task: still.map((h) => h.task).join('と'), owner: still[0]!.owner.person.family }, 0) : '';
  const awayNote2 = away && awayOwes.length > 0 && rng.chance(0.6) ? speech.say('<g_hw_recap_away>', { name: away.person.family }, 0) : '';
  if (!noticeFirst && noticeText) turn(team.manager, noticeText);
  turn(team.manager, speech.say('<g_hw_recap>', { list: recap }) + carriedNote + awayNote2);
  const next = nextTeamMeeting(day, ti);
  // What the next meeting must settle: a proposal waiting on its follow-up, else what was carried, else nothing said.
  const settle = followUps[0];
  const topic = settle ? FOLLOWS.get(settle)?.topic : undefined;
  const agenda = settle && topic && rng.chance(0.6) ? speech.say('<g_next_agenda>', { owner: settle.owner.person.family, topic }, 0) : '';
  turn(team.manager, agenda + speech.say('<g_close>', { next: `${jaMonthDay(next)}${jaWeekday(next)}` }, 0.1));
  flush();
  const start = rng.pick([10 * 60, 13 * 60 + 30, 14 * 60, 15 * 60 + 30, 16 * 60]);
  ss.opening('heading', title);
  ss.opening('meta', [`日時：${jaDate(day)}${jaWeekday(day)} ${hhmm(start)}〜${hhmm(start + Math.ceil(ss.seconds / 60) + 1)}　場所：${rng.pick(['オンライン（Teams）', 'オンライン（Google Meet）', `本社${rng.int(3, 7)}階 会議室${rng.pick(['A', 'B', 'C'])}＋オンライン`])}`, `参加者：${rng.shuffle(present).map((p) => `${p.person.name}（${p.title}）`).join('、')}`, ...(away && why ? [`欠席：${away.person.name}（${why.note}）`] : [])].join('\n'));
  return ss;
}
