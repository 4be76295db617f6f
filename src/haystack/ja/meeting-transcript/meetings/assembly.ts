// 市議会 定例会 会議録 (general questions): the speaker opens the sitting, members take the rostrum in turn with
// their questions (the city's budget items, local issues), the mayor and department heads answer in the formal
// register, members ask again from their seats, with 〔登壇〕 and （拍手） notes, a recess and the adjournment.
import type { Vars } from '../../../data.js';
import type { Rng } from '../../../../util/rng.js';
import type { FactKey } from '../../../place-context.js';
import { isoDate, jaWeekday, reiwaDate, reiwaYear, ymd } from '../model/calendar.js';
import { JA_MEETING_FACTS as F } from '../model/facts.js';
import type { BudgetItem } from '../model/ledger.js';
import type { JaAssemblyMember, JaSpeaker } from '../model/world.js';
import type { JaMeetingContext } from '../talk/context.js';
import { grouped, tenthsOku } from '../talk/figures.js';
import { loadHaystackData } from '../../../data.js';
import { JaSession } from '../talk/session.js';
import { jaGrammar } from '../talk/speech.js';

const ORD = ['1', '2', '3', '4', '5'];

/** A local issue a member can raise: background with local figures, the ask, and the department's answer. */
interface LocalTopic {
  name: string;
  area: string;
  bg: string[];
  ask: string[];
  ans: string[];
  /** The mayor's stance, when the mayor takes the topic up first. */
  mayor?: string[];
}

/** How many times one local topic is taken up in a series (by different members, sessions apart). */
const TOPIC_USES = 2;

/** Which of a local topic's sentences the series has said: a topic taken up again is told with the ones left. */
interface TopicUse {
  bg: Set<number>;
  ask: Set<number>;
  ans: Set<number>;
  mayor: Set<number>;
}

/** Per series (keyed by its memory, which lives as long as the series), the sentences each local topic has used. */
const USED = new WeakMap<object, Map<string, TopicUse>>();

/** Per series, who first raised each local topic and on what day: a topic taken up again is told as the story it is. */
const RAISED = new WeakMap<object, Map<string, { member: JaAssemblyMember; day: number }>>();

function raised(series: object): Map<string, { member: JaAssemblyMember; day: number }> {
  let byName = RAISED.get(series);
  if (!byName) RAISED.set(series, (byName = new Map()));
  return byName;
}

function topicUse(series: object, name: string): TopicUse {
  let byName = USED.get(series);
  if (!byName) USED.set(series, (byName = new Map()));
  let use = byName.get(name);
  if (!use) byName.set(name, (use = { bg: new Set(), ask: new Set(), ans: new Set(), mayor: new Set() }));
  return use;
}

/** Indices of `items` not in `used`. */
function left(items: readonly unknown[] | undefined, used: Set<number>): number[] {
  return (items ?? []).map((_, i) => i).filter((i) => !used.has(i));
}

/** Whether a local topic still has enough unsaid sentences for a question and its answer. */
function fresh(lt: LocalTopic, use: TopicUse): boolean {
  return left(lt.bg, use.bg).length >= 2 && left(lt.ask, use.ask).length >= 1 && left(lt.ans, use.ans).length >= 2;
}

interface Topic {
  kind: 'budget' | 'issue' | 'supp' | 'school' | 'childcare' | 'local';
  local?: LocalTopic;
  /** Which of the local topic's asks the member put, and the answers the department has not given yet. */
  asks?: number[];
  unanswered?: string[];
  /** The telling's district and shared count (`<s1>`), drawn once so question and answer agree. */
  localVars?: Vars;
  /** As the member names it. */
  name: string;
  /** When the topic was raised at an earlier sitting: by this member or another (`who`), and when (`前回の定例会`). */
  before?: { self: boolean; who: string; when: string };
  item?: BudgetItem;
  issue?: string;
  fact?: FactKey;
  /** The department's answers to it as said (a member's second question takes one of them up). */
  said?: string[];
  /** The department that answers it (drawn once: the mayor's handover names it). */
  dept?: JaSpeaker;
}

/** The department that answers each of the general issues (assembly.json `issues`). */
const ISSUE_AREA: Record<string, string> = {
  空き家の増加: '都市',
  公共交通の確保: '都市',
  高齢者の移動手段の確保: '福祉',
  子育て世帯の転出: '子育て',
  商店街の活性化: '産業',
  インフラの老朽化: '都市',
  災害時の避難体制: '防災',
  地域医療の確保: '福祉',
  ごみの減量化: '環境',
  脱炭素の推進: '環境',
  行政のデジタル化: '総務',
  若年層の投票率: '総務',
  農業の担い手不足: '産業',
  観光客の受け入れ体制: '産業',
  自治会の担い手不足: '市民',
  不登校の児童生徒への支援: '教育',
  外国人住民との共生: '市民',
  ヤングケアラーへの支援: '子育て',
};

/** The regular session a month's sitting belongs to: 第1回 in March, 第2回 in June, 第3回 in September, 第4回 in December. */
function sessionNo(month: number): number {
  return month === 3 ? 1 : month / 3;
}

export function assemblyMeeting(mc: JaMeetingContext): JaSession {
  const { world, rng, speech } = mc;
  const city = world.city;
  const day = mc.meeting.day;
  const { year, month } = ymd(day);
  const fy = month >= 4 ? year : year - 1;
  const budget = world.budget.budget(fy);
  const title = `${city.name}議会 ${reiwaYear(year)}第${sessionNo(month)}回定例会 会議録（第${mc.meeting.part + 3}号）`;
  const members = rng.sample(city.members, rng.int(3, 4));
  const present: JaSpeaker[] = [city.speaker, city.mayor, ...city.departments, ...members];
  const label = (s: JaSpeaker) => `○${s.title}（${s.person.name}君）`;
  const ss = new JaSession({ index: mc.meeting.index, kind: 'assembly', title, date: isoDate(day), chair: city.speaker }, rng.fork('session'), present, label);
  const deptOf = (area: string) => city.departments.find((d) => d.area === area) ?? rng.pick(city.departments);
  const issues = rng.sample(speechList('issues'), 8);
  const supplement = mc.may(F.supplementaryBudget) && mc.meeting.part === 0;
  const suppNo = rng.int(2, 5);
  const suppAmount = tenthsOku(rng.int(15, 260));
  const suppItem = rng.pick(budget.items);

  const taken = new Set<string>();
  // A telling of a local topic keeps its district and `<s1>` (a count the member states and the department answers
  // to, as 特定空家等 <s1>棟); every other figure is drawn for its own sentence, so one drawn number never stands for
  // two quantities (ごみ排出量 649グラム, then 649団体, then 649店).
  const localVars = (): Vars => ({ d: rng.pick(city.districts), s1: rng.int(2, 9) });
  const figures = (sentence: string, r: Rng = rng): Vars => ({
    // Ten at most: no standalone 11–49 (the incident needle's range).
    y: r.int(3, 10),
    n0: r.int(1, 9),
    n1: r.int(2, 9),
    n2: r.int(120, 980),
    n3: grouped(r.int(12, 98) * 100 + r.int(1, 99)),
    r1: `${r.int(1, 14)}.${r.int(0, 9)}%`,
    r2: `${r.int(30, 79)}.${r.int(0, 9)}%`,
    // 本年<m> is a month already past at the sitting (no app 本年7月から導入し in a June sitting); 昨年<m> any month.
    m: `${/(?:本年|今年)<m>/.test(sentence) ? r.int(1, month - 1) : r.int(1, 12)}月`,
    amt: tenthsOku(r.int(3, 90)),
    fyn: fy - 2018 + r.int(2, 3),
    tfr: `1.${r.int(18, 45)}`,
  });
  // Its own stream, so the budget items' specifics leave every other draw of the sitting as it was.
  const detailRng = rng.fork('budget-detail');
  /**
   * What a budget item's question or answer says beyond its amount (assembly-budget.json: what the money buys, the
   * program that funds it, how the works are staged), a sentence the series has not said yet; '' when all are said.
   */
  const itemDetail = (item: BudgetItem, part: 'q' | 'a'): string => {
    const said = budgetSaid(mc.series.memory);
    const open = (budgetDetails()[item.name]?.[part] ?? []).filter((s) => !said.has(s));
    if (open.length === 0) return '';
    const s = open[0]!;
    said.add(s);
    return speech.say(s, { ...figures(s, detailRng), d: detailRng.pick(city.districts) });
  };
  /** One sentence of a local topic: its own figures, the telling's district and shared count. */
  const sayLocal = (sentence: string, t: Topic): string => speech.say(sentence, { ...figures(sentence), ...t.localVars });
  /** The first sentence of a telling or a stance drops a connective that leaned on a sentence said the time before. */
  const opening = (sentence: string): string => sentence.replace(/^(?:一方で|とりわけ)、?/, '');
  /** An earlier sitting as a member names it: 前回の定例会, 本年3月の定例会, 昨年9月の定例会, 令和13年6月の定例会. */
  const whenSaid = (then: number): string => {
    const t = ymd(then);
    const months = (year - t.year) * 12 + (month - t.month);
    if (months === 0) return rng.pick(['昨日の一般質問', '先日の一般質問']);
    if (months <= 3 && rng.chance(0.5)) return '前回の定例会';
    return t.year === year ? `本年${t.month}月の定例会` : t.year === year - 1 ? `昨年${t.month}月の定例会` : `${reiwaYear(t.year)}${t.month}月の定例会`;
  };
  const topicsFor = (i: number, m: JaAssemblyMember): Topic[] => {
    const out: Topic[] = [];
    if (i === 0 && supplement) out.push({ kind: 'supp', name: '今定例会に提出された補正予算', fact: F.supplementaryBudget });
    // School heat and childcare are asked by one member a sitting at most: a second member asking them drew the same
    // department's answer again with other figures (体育館 4校 in the morning, 6校 after it).
    const once = (kind: 'school' | 'childcare', name: string, fact: FactKey) => {
      // Once a session, too: the same head answering it again two days later said the year's stage again in other words.
      const key = `ja-asked:${name}:${year}-${month}`;
      if (taken.has(name) || (mc.series.counts.get(key) ?? 0) > 0 || !mc.may(fact) || !rng.chance(0.06)) return;
      mc.series.counts.set(key, 1);
      taken.add(name);
      out.push({ kind, name, fact });
    };
    once('school', '学校施設の暑さ対策', F.schoolFacilities);
    once('childcare', '保育の受け皿確保', F.childcare);
    const want = rng.int(3, 4);
    while (out.length < want) {
      const open = localTopics().filter((lt) => (mc.series.counts.get(`ja-topic:${lt.name}`) ?? 0) < TOPIC_USES && !taken.has(lt.name) && fresh(lt, topicUse(mc.series.memory, lt.name)));
      if (open.length > 0 && rng.chance(0.95)) {
        // A member follows up a topic they raised at an earlier sitting more often than not.
        const byName = raised(mc.series.memory);
        const mine = open.filter((lt) => byName.get(lt.name)?.member === m && ymd(byName.get(lt.name)!.day).month !== month);
        const lt = mine.length > 0 && rng.chance(0.6) ? rng.pick(mine) : rng.pick(open);
        const first = byName.get(lt.name);
        if (!first) byName.set(lt.name, { member: m, day });
        taken.add(lt.name);
        mc.series.counts.set(`ja-topic:${lt.name}`, (mc.series.counts.get(`ja-topic:${lt.name}`) ?? 0) + 1);
        out.push({ kind: 'local', name: lt.name, local: lt, localVars: localVars(), ...(first ? { before: { self: first.member === m, who: first.member.person.family, when: whenSaid(first.day) } } : {}) });
      } else if (open.length > 0 || rng.chance(0.55)) {
        const item = rng.pick(budget.items);
        if (!out.some((t) => t.item === item)) out.push({ kind: 'budget', name: item.name, item });
      } else {
        const issue = issues.pop() ?? rng.pick(speechList('issues'));
        out.push({ kind: 'issue', name: `${issue}への対応`, issue });
      }
    }
    return out;
  };
  const varsOf = (t: Topic, m: JaAssemblyMember): Vars => ({
    topic: t.name,
    item: t.item?.name ?? suppItem.name,
    amount: t.kind === 'supp' ? suppAmount : t.item ? tenthsOku(t.item.amount) : '',
    issue: t.issue ?? t.name,
    fy: reiwaYear(fy).replace(/年$/, ''),
    district: city.districts,
    family: m.person.family,
    no: suppNo,
    // The school gyms air-conditioned this fiscal year are one count at every sitting of the year (8校 in June, 5校 in
    // September was two answers to one question); the 教育部長 tells the stage the year's work has reached by the
    // sitting's month (a_exec_school_<month>: contract and summer works in June, works in September, done in December
    // and March; no '設計を進めております' after the works were under way).
    k: t.kind === 'school' ? schoolsThisYear() : rng.int(2, 9),
    // The next fiscal year's gyms, named in March when its budget is before the assembly: June's answer gives that count.
    k2: t.kind === 'school' ? schoolsIn(fy + 1) : rng.int(2, 9),
    // The summer a member recalls: the one just past in September and December, last year's in March and June.
    summer: month === 9 || month === 12 ? 'この夏' : '昨年の夏',
    // A month of this fiscal year already past at the sitting (`5月末時点で` in June, never `7月末時点で`).
    month: `${rng.pick(pastMonths)}月`,
    finish: `${rng.pick(['本年度末', '来年度上半期', '来年秋', '再来年3月'])}`,
    dept: deptOf(t.item?.area ?? '総務').title.replace(/長$|監$/, ''),
    city: city.name,
    plan_no: rng.int(4, 7),
    plan: ['<a_plan>'],
  });

  /** The department that answers a topic, drawn once (deptOf picks one at random for an area the city lacks). */
  const deptFor = (t: Topic): JaSpeaker => {
    if (t.dept) return t.dept;
    const area = t.local ? t.local.area : t.kind === 'supp' ? '財政' : t.kind === 'school' ? '教育' : t.kind === 'childcare' ? '子育て' : t.item ? t.item.area : (ISSUE_AREA[t.issue ?? ''] ?? '総務');
    return (t.dept = deptOf(area));
  };
  /**
   * The mayor hands the topics not taken up to the heads who answer them, by name, as mayors do ('なお、空き家対策に
   * つきましては都市整備部長から答弁いたします。'); the stock handover only now and then, or when the mayor took up all.
   */
  const delegate = (topics: Topic[], covered: Set<Topic>): string => {
    const rest = topics.filter((t) => !covered.has(t));
    if (rest.length === 0 || rng.chance(0.2)) return speech.say('<a_mayor_delegate>');
    const groups: Array<{ dept: JaSpeaker; names: string[] }> = [];
    for (const t of rest) {
      const d = deptFor(t);
      const g = groups.find((x) => x.dept === d);
      if (g) g.names.push(t.name);
      else groups.push({ dept: d, names: [t.name] });
    }
    const on = rng.pick(['につきましては', 'については']);
    const parts = groups.map((g) => `${g.names.join('及び')}${on}${g.dept.title}から`);
    return speech.say(`{なお|また}、${parts.join('、')}{答弁いたします|お答えいたします|答弁させます|お答えさせていただきます}。`);
  };
  const schoolsThisYear = (): number => schoolsIn(fy);
  const schoolsIn = (year: number): number => {
    const key = `ja-school-gyms:${year}`;
    const n = mc.series.counts.get(key) ?? rng.int(2, 9);
    mc.series.counts.set(key, n);
    return n;
  };
  const pastMonths: number[] = [];
  for (let x = 4; x !== month; x = (x % 12) + 1) pastMonths.push(x);
  if (pastMonths.length === 0) pastMonths.push(4);
  // The members before the lunch recess speak in the morning, the others in the afternoon: the greeting says which.
  const greet = (i: number) => (i <= 1 ? 'おはようございます' : 'こんにちは');
  // The times the minutes print follow the clock of the turns: the recess falls shortly after noon, so the sitting
  // opened that long before it; the resumption at 1 p.m. and the adjournment as long after it as the afternoon ran.
  let resumedAt: { clock: number; at: number } | undefined;
  // The members absent that day, as the speaker reports them at the opening: named members who do not ask a question
  // (the others of the assembly are not named in the series); the roll counts them out.
  const away = rng.sample(city.members.filter((x) => !members.includes(x)), rng.int(0, 2));
  const seated = city.members.length + 18 - away.length;
  const excused = away.length === 0 ? '' : speech.raw(`{本日、|なお、本日は}${away.map((x) => `${x.title}、${x.person.name}議員`).join('及び')}から{欠席の届出がございました|欠席する旨の届出がありました}。`);
  // The chair's lines between speakers are one turn, as minutes print them: the opening calls the first member, a
  // member's close calls the next (以上で…質問を終わります。次に、十番、…議員。), the resumption calls the next after lunch.
  let chair = speech.raw('<a_open>', { present: seated }) + excused + speech.raw('<a_agenda>', { present: seated, no: mc.meeting.part + 3, again: mc.meeting.part > 0 ? ['{前日に引き続き|昨日に引き続き}、'] : '' });
  let mayorUp = false;
  members.forEach((m, i) => {
    const topics = topicsFor(i, m);
    const callName = m.person.name;
    // The agenda has just said 順次発言を許します: the first call names the member only.
    ss.turn(city.speaker, chair + speech.raw(i === 0 ? '<seat>、<name>議員。' : '<a_call>', { seat: m.title, name: callName }));
    chair = '';
    ss.note(`〔${m.title} ${callName}君登壇〕`, 20);
    const parts: string[] = [speech.say('<a_q_open>', { faction: m.faction, family: m.person.family, k: topics.length, greet: greet(i) })];
    topics.forEach((t, j) => {
      const v = { ...varsOf(t, m), ord: ORD[j]! };
      const lead = j === 0 ? '{まず|はじめに}、' : j === topics.length - 1 && j > 1 ? '最後に、' : '{次に|続いて}、';
      const b = t.before;
      // A second topic the member raised before, right after the first, is 'also' raised before.
      const also = b?.self && j > 0 && topics[j - 1]!.before?.self;
      const head = b
        ? speech.say(lead + (also ? '{同じく|こちらも}<when>で伺いました<topic>について、{その後の状況を|改めて}伺います。' : b.self ? '{<when>でも取り上げました|<when>で伺いました}<topic>について、{その後の状況を|改めて}伺います。' : '<who>議員が<when>で取り上げられました<topic>について、{私からも|重ねて}伺います。'), { ...v, who: b.who, when: b.when })
        : speech.say(j === 0 ? '{まず|はじめに|最初に}、<topic>について伺います。' : j === topics.length - 1 && j > 1 ? '{最後に|大きな<ord>点目として}、<topic>についてお尋ねします。' : '{次に|続いて}、<topic>について{お伺いします|伺います|質問いたします}。', v);
      const aside = rng.chance(0.12) ? speech.raw('<a_laugh_aside>') : '';
      if (t.local) {
        // Background with the local figures, then the ask: a general question runs minutes, not a line.
        // Sentences of the topic the series has not said yet (a topic taken up again is told with the others).
        const use = topicUse(mc.series.memory, t.local.name);
        // A first telling takes most of the background and two of the asks when there are enough left for a second.
        const bgLeft = left(t.local.bg, use.bg);
        // The topic's last telling (TOPIC_USES) says what is left of it.
        const lastTelling = (mc.series.counts.get(`ja-topic:${t.local.name}`) ?? 0) >= TOPIC_USES;
        const bg = pickInOrder(rng, bgLeft, lastTelling ? Math.min(5, bgLeft.length) : Math.min(bgLeft.length >= 8 ? 5 : 4, Math.max(2, bgLeft.length - 2)));
        for (const i of bg) use.bg.add(i);
        const asksLeft = left(t.local.ask, use.ask);
        const asks = pickInOrder(rng, asksLeft, asksLeft.length >= 3 ? 2 : 1);
        for (const i of asks) use.ask.add(i);
        t.asks = asks;
        const ask = asks.map((i, k) => (k === 0 ? '' : speech.raw('{また|あわせて|加えて}、')) + sayLocal(t.local!.ask[i]!, t)).join('');
        parts.push(head + bg.map((i, k) => sayLocal(k === 0 ? opening(t.local!.bg[i]!) : t.local!.bg[i]!, t)).join('') + ask);
        return;
      }
      const body = t.kind === 'supp' ? '<a_q_supp>' : t.kind === 'school' ? '<a_q_school>' : t.kind === 'childcare' ? '<a_q_childcare>' : t.kind === 'budget' ? '<a_q_budget>' : '<a_q_issue>';
      const base = speech.say(body, v);
      const said = base && t.item ? base + itemDetail(t.item, 'q') : base;
      parts.push(head + (said ? aside + said : ''));
    });
    parts.push(speech.say('<a_q_close>', { k: topics.length }));
    ss.turn(m, parts.join(''), topics.flatMap((t) => (t.fact ? [t.fact] : [])));
    ss.note('（拍手）');
    ss.turn(city.speaker, '市長。');
    // The mayor takes the rostrum for the first answer of the sitting and answers from the seat after that.
    if (!mayorUp) ss.note(`〔市長 ${city.mayor.person.name}君登壇〕`, 15);
    mayorUp = true;
    const mayorParts = [speech.say('<a_mayor_open>', { family: m.person.family, greet: greet(i) })];
    // A member who takes up again a topic they raised before hears the mayor say so, instead of a stock compliment.
    const again0 = topics.find((t) => t.before?.self);
    if (again0 && rng.chance(0.5)) mayorParts.push(speech.say('{<family>議員には|議員には}、<when>に続き、<topic>を{取り上げていただきました|改めてお尋ねいただきました}。', { family: m.person.family, when: again0.before!.when, topic: again0.name }));
    // The mayor takes up each topic in the order asked; department heads give the figures.
    // The mayor gives the city's stance on the first topic (a local topic's own, when it has one); the department
    // heads answer the rest with the figures.
    const first = topics[0]!;
    const covered = new Set<Topic>([first]);
    const stances = first.local ? left(first.local.mayor, topicUse(mc.series.memory, first.local.name).mayor) : [];
    const stance = stances.length > 0 ? rng.pick(stances) : -1;
    if (stance >= 0) topicUse(mc.series.memory, first.local!.name).mayor.add(stance);
    // The supplementary budget, school heat and childcare have the mayor's own wordings (they come up every sitting).
    const firstList = first.kind === 'supp' || first.kind === 'school' || first.kind === 'childcare' ? `<a_mayor_first_${first.kind}>` : '<a_mayor_first>';
    mayorParts.push(stance >= 0 ? sayLocal(opening(first.local!.mayor![stance]!), first) : speech.say(firstList, varsOf(first, m)));
    // On the member's other local topics the mayor gives the city's stance too, where the topic has one not yet said.
    for (const t of topics.slice(1)) {
      if (!t.local || !rng.chance(0.9)) continue;
      const use = topicUse(mc.series.memory, t.local.name);
      const more = left(t.local.mayor, use.mayor);
      if (more.length === 0) continue;
      const k = rng.pick(more);
      use.mayor.add(k);
      covered.add(t);
      mayorParts.push(speech.say('{次に|続きまして|また}、<topic>について申し上げます。', { topic: t.name }) + sayLocal(opening(t.local.mayor![k]!), t));
    }
    mayorParts.push(delegate(topics, covered));
    ss.turn(city.mayor, mayorParts.join(''));
    // Each topic's answer by its department; a head who answers two topics in a row does so in one turn, as heads do
    // ('次に、…についてお答えいたします。').
    const answers: Array<{ dept: JaSpeaker; text: string; facts: FactKey[] }> = [];
    for (const t of topics) {
      const last = answers[answers.length - 1];
      let dept: JaSpeaker;
      let text: string;
      if (t.local) {
        dept = deptFor(t);
        const use = topicUse(mc.series.memory, t.local.name);
        const open = left(t.local.ans, use.ans);
        // A first telling keeps two or three answers for the second question and the topic's next telling; the last
        // telling answers with what is left.
        const lastTelling = (mc.series.counts.get(`ja-topic:${t.local.name}`) ?? 0) >= TOPIC_USES;
        const k = lastTelling ? Math.min(6, open.length) : open.length >= 10 ? 6 : open.length >= 8 ? 5 : open.length >= 7 ? 4 : open.length >= 5 ? 3 : 2;
        // The answer that speaks most to each ask the member put comes first, in the order asked; others follow.
        const direct: number[] = [];
        for (const q of t.asks ?? []) {
          const ranked = open.filter((x) => !direct.includes(x)).map((x) => ({ x, n: shared(t.local!.ask[q]!, t.local!.ans[x]!) })).sort((a, b) => b.n - a.n);
          if (ranked[0] && ranked[0].n >= 2) direct.push(ranked[0].x);
        }
        const picked = [...direct.slice(0, k), ...pickInOrder(rng, open.filter((x) => !direct.includes(x)), Math.max(0, k - direct.length))];
        for (const i of picked) use.ans.add(i);
        // What the department left for a second question: one or two of the answers not said yet.
        t.unanswered = pickInOrder(rng, open.filter((i) => !picked.includes(i)), 2).map((i) => t.local!.ans[i]!);
        const opener = t.before
          ? `${last?.dept === dept ? '{次に|続きまして}、' : ''}<topic>について、{${t.before.self ? '前回のご質問以降の状況も含めて|' : ''}その後の状況も含めて|これまでの経過も含めて}{お答えいたします|ご答弁申し上げます}。`
          : last?.dept === dept ? '{次に|続きまして|また}、{<topic>について|<topic>に関するお尋ねに|ご質問のありました<topic>について}{お答えいたします|答弁いたします|お答え申し上げます}。' : '{<topic>について|<topic>に関するお尋ねに|<topic>についてのご質問に|ご質問のありました<topic>について|<topic>に関しまして}{お答えいたします|答弁いたします|お答え申し上げます|ご答弁申し上げます}。';
        t.said = picked.map((i) => sayLocal(t.local!.ans[i]!, t));
        text = speech.say(opener, { topic: t.name }) + t.said.join('');
      } else {
        dept = deptFor(t);
        const body = t.kind === 'supp' ? '<a_exec_supp>' : t.kind === 'school' ? `<a_exec_school_${month}>` : t.kind === 'childcare' ? '<a_exec_childcare>' : t.kind === 'budget' ? '<a_exec_budget>' : '<a_exec_issue>';
        const base = speech.say(body, varsOf(t, m));
        // The head says what the item buys and how it is funded or staged: the item's specifics not said yet, two at most.
        const said = base && t.kind === 'budget' && t.item ? base + itemDetail(t.item, 'a') + itemDetail(t.item, 'a') : base;
        text = said && last?.dept === dept ? speech.raw('{次に|続きまして}、<topic>についてお答えいたします。', { topic: t.name }) + said : said;
      }
      if (!text) continue;
      if (last?.dept === dept) {
        last.text += text;
        if (t.fact) last.facts.push(t.fact);
      } else answers.push({ dept, text, facts: t.fact ? [t.fact] : [] });
    }
    for (const a of answers) {
      ss.turn(city.speaker, `${a.dept.title}。`);
      ss.turn(a.dept, a.text, a.facts.length > 0 ? a.facts : undefined);
    }
    // Second questions from the seat: on a local topic, the member asks for more and the department gives what it had
    // not said yet; else a question of a kind (publicity, targets, timing) answered in kind.
    const again = topics.find((x) => x.local && (x.unanswered?.length ?? 0) > 0);
    const followedUp = again !== undefined && rng.chance(0.6);
    if (again && followedUp) {
      const v = { ...again.localVars, topic: again.name };
      ss.turn(city.speaker, `${callName}議員。`);
      // The second question is one of the topic's asks not yet put, while another is left for a later telling.
      const againUse = topicUse(mc.series.memory, again.local!.name);
      const asksLeft = left(again.local!.ask, againUse.ask);
      // The ask the department's unsaid answers speak to most, so the answer answers it.
      const rest = again.unanswered ?? [];
      const fit = (q: number) => Math.max(0, ...rest.map((x) => shared(again.local!.ask[q]!, x)));
      const ask2 = asksLeft.length >= 2 ? rng.shuffle([...asksLeft]).sort((a, b) => fit(b) - fit(a))[0]! : -1;
      // The answer to the question asked comes first.
      if (ask2 >= 0) rest.sort((a, b) => shared(again.local!.ask[ask2]!, b) - shared(again.local!.ask[ask2]!, a));
      if (ask2 >= 0) againUse.ask.add(ask2);
      // The matter an answer opens with ('LINEの登録者につきましては、'), never one with a template's <slot> in it.
      const matter = (x: string): string | undefined => /^([^、。<]{3,22}?)につきましては、/.exec(x)?.[1];
      // The member takes up what the head just said (the matter one of the answers opened with), then presses on what
      // it left out.
      const point = (again.said ?? []).map(matter).find((x) => x !== undefined && shared(x, again.name) < 2 && !/特定空家等/.test(x));
      // With no ask of the topic left, the member asks about the matter the head's next answer takes up ('段ボールベッドと
      // 間仕切りについて、現状と今後の取組を…'), so the answer answers the question, not a stock 'schedule' ask.
      const asked = ask2 < 0 ? rest.map(matter).find((x) => x !== undefined && !x.includes(again.name) && !/今後/.test(x)) : undefined;
      // The answer to the matter asked comes first.
      if (asked) rest.sort((a, b) => Number(b.startsWith(`${asked}につきましては`)) - Number(a.startsWith(`${asked}につきましては`)));
      const second =
        ask2 >= 0
          ? (point && rng.chance(0.7)
              ? speech.say('{自席から再質問いたします|再質問をいたします|それでは再質問いたします}。<topic>のうち、<point>については{ただいまご答弁をいただきました|先ほどご説明がございました|ご答弁で触れていただきました}。{その上で|関連して|もう一点}、', { ...v, point })
              : speech.say('{自席から再質問いたします|再質問をいたします|それでは再質問いたします}。{<topic>について、もう一点伺います|引き続き<topic>についてです|<topic>に関して、ご答弁になかった点を伺います}。', v)) + sayLocal(again.local!.ask[ask2]!, again)
          : asked
            ? speech.say('{自席から再質問いたします|再質問をいたします|それでは再質問いたします}。<topic>について、{先ほどのご答弁で触れられなかった点を|もう少し踏み込んで}{伺います|お尋ねします}。<asked>について、{現状と今後の取組を|市の対応の状況を}{お示しください|お聞かせください}。', { ...v, asked })
            : speech.say('{自席から再質問いたします|再質問をいたします|それでは再質問いたします}。<topic>について、{先ほどのご答弁で触れられなかった点を|もう少し踏み込んで}{伺います|お尋ねします}。{市のこれまでの取組と今後の見通しを|具体的な取組の中身を|現状と今後の具体的なスケジュールを|来年度に向けた具体策を}{お示しください|お聞かせください}。', v);
      if (ss.turn(m, second)) {
        const dept = deptFor(again);
        ss.turn(city.speaker, `${dept.title}。`);
        const use = topicUse(mc.series.memory, again.local!.name);
        for (const x of rest) use.ans.add(again.local!.ans.indexOf(x));
        ss.turn(dept, speech.say('{再質問にお答えいたします|ただいまの再質問にお答えいたします}。', v) + (rest.length > 0 ? rest.map((x) => sayLocal(x, again)).join('') : speech.say('{ご指摘の点につきましては|その点につきましては}、{来年度の事業の中で|今後の計画の見直しの中で}{具体化してまいります|検討してまいります}。', v)));
      }
      ss.turn(city.speaker, `${callName}議員。`);
      ss.turn(m, speech.say('<a_q_end>', { issue: again.name }));
    }
    const plain = topics.filter((x) => x.kind === 'budget' || x.kind === 'issue');
    const t = !followedUp && plain.length > 0 ? rng.pick(plain) : undefined;
    if (t) {
      ss.turn(city.speaker, `${callName}議員。`);
      const v = varsOf(t, m);
      // A second question and its answer are paired by kind (publicity, targets, timing).
      const ask = rng.int(0, jaGrammar().list('a_followup').length - 1);
      if (ss.turn(m, speech.say('<a_requestion>', { followup: speech.raw(jaGrammar().list('a_followup')[ask]!, v) }))) {
        const dept = deptFor(t);
        ss.turn(city.speaker, `${dept.title}。`);
        ss.turn(dept, speech.say(jaGrammar().list('a_reanswer')[ask]!, v));
      }
      ss.turn(city.speaker, `${callName}議員。`);
      ss.turn(m, speech.say('<a_q_end>', v));
    }
    chair = speech.say('<a_member_done>', { name: callName });
    if (i === 1) {
      ss.turn(city.speaker, chair + speech.raw('<a_recess>'));
      const recess = 12 * 60 + rng.int(0, 29);
      ss.note(`午後0時${String(recess - 12 * 60).padStart(2, '0')}分休憩`, (13 * 60 - recess) * 60);
      ss.note('午後1時00分再開');
      resumedAt = { clock: ss.seconds, at: 13 * 60 };
      chair = speech.raw('<a_resume>');
    }
  });
  const answering = city.departments.filter((d) => ss.spoke(d));
  const next = mc.meeting.part === 0 ? day + 1 : day + 7;
  // The adjournment says what the next sitting does: the general questions go on the next day; after the last day of
  // them the assembly meets a week later for the committees' reports and the votes.
  const what = mc.meeting.part === 0 ? ['{本日に引き続き|引き続き}一般質問を行います'] : ['{各常任委員会に付託した議案について、委員長の報告を受け、採決を行います|委員長報告の後、付託した議案の採決を行います}'];
  ss.turn(city.speaker, chair + speech.raw('<a_adjourn>', { next: mc.meeting.part === 0 ? '明日' : `${ymd(next).month}月${ymd(next).date}日`, what }).replace('明日に開き', '明日開き'));
  // Without a recess (one member only) the sitting opened at 10 a.m.
  const from = resumedAt ?? { clock: 0, at: 10 * 60 };
  const end = from.at + Math.ceil((ss.seconds - from.clock) / 60) + 1;
  ss.note(`${end < 12 * 60 ? '午前' : '午後'}${Math.floor(end / 60) % 12}時${String(end % 60).padStart(2, '0')}分散会`);
  ss.opening('heading', title);
  ss.opening('meta', [`${reiwaDate(day)}${jaWeekday(day).replace(/）$/, '曜日）')}`, `出席議員（${seated}名）`, `説明のため出席した者　市長 ${city.mayor.person.name}、${answering.map((d) => `${d.title} ${d.person.name}`).join('、')}`, `議事日程　第${mc.meeting.part + 3}号　日程第1　一般質問`].join('\n'));
  return ss;
}

/** A budget item's specifics beyond its amount: what a member raises (`q`) and what the department answers (`a`). */
interface BudgetDetail {
  q: string[];
  a: string[];
}
let details: Record<string, BudgetDetail> | undefined;

/** The budget items' specifics (haystacks/ja/meeting-transcript/assembly-budget.json), by item name. */
function budgetDetails(): Record<string, BudgetDetail> {
  return (details ??= loadHaystackData<Record<string, BudgetDetail>>('ja/meeting-transcript/assembly-budget.json'));
}

/** Per series (keyed by its memory), the budget items' detail sentences said: each is said once in a series. */
const BUDGET_SAID = new WeakMap<object, Set<string>>();

function budgetSaid(series: object): Set<string> {
  let said = BUDGET_SAID.get(series);
  if (!said) BUDGET_SAID.set(series, (said = new Set()));
  return said;
}

/** The local topics members raise (haystacks/ja/meeting-transcript/assembly-topics.json). */
function localTopics(): LocalTopic[] {
  if (topics) return topics;
  // assembly-topics-more.json adds sentences to topics by name, so a topic taken up twice is told twice afresh.
  const more = loadHaystackData<Record<string, Partial<LocalTopic>>>('ja/meeting-transcript/assembly-topics-more.json');
  // assembly-topics-depth.json: the department's figures, schedules and reasons on the topics members raise most, so an
  // answer takes up each point at the length a real one has.
  const depth = loadHaystackData<Record<string, Partial<LocalTopic>>>('ja/meeting-transcript/assembly-topics-depth.json');
  // assembly-topics-2.json: more local topics (投票率, 熱中症, 自治会, 教員の働き方, 産後ケア …); assembly-topics-3.json:
  // 児童虐待, 医療的ケア児, 学校の統廃合, 救急, 土砂災害, フレイル, 孤独・孤立, 企業誘致, 奨学金, 合葬墓, 防犯カメラ …;
  // assembly-topics-4.json: 水泳授業, 地産地消と給食, ため池, 地域おこし協力隊, 予防接種, 手話, 使用料, 公立幼稚園.
  const all = ['assembly-topics.json', 'assembly-topics-2.json', 'assembly-topics-3.json', 'assembly-topics-4.json'].flatMap((f) => loadHaystackData<LocalTopic[]>(`ja/meeting-transcript/${f}`));
  const merge = (t: LocalTopic, add: Partial<LocalTopic> | undefined): LocalTopic =>
    add ? { ...t, bg: [...t.bg, ...(add.bg ?? [])], ask: [...t.ask, ...(add.ask ?? [])], ans: [...t.ans, ...(add.ans ?? [])], mayor: [...(t.mayor ?? []), ...(add.mayor ?? [])] } : t;
  const names = new Set(all.map((t) => t.name));
  for (const name of Object.keys(depth)) if (!names.has(name)) throw new Error(`assembly-topics-depth.json: no topic "${name}"`);
  return (topics = all.map((t) => merge(merge(t, more[t.name]), depth[t.name])));
}
let topics: LocalTopic[] | undefined;

/** Two-character kanji and katakana words that say little about a topic on their own. */
const GENERIC = new Set(['本市', '市民', '本年', '年度', '検討', '取組', '状況', '地区', '考え', '方針', '今後', '現在', '事業', '制度', '昨年']);

/** How many kanji/katakana pairs two sentences share: how closely an answer speaks to a question. */
function shared(a: string, b: string): number {
  const pairs = (s: string) => {
    const out = new Set<string>();
    const w = s.replace(/<[^>]*>/g, '');
    for (let i = 0; i + 1 < w.length; i++) {
      const p = w.slice(i, i + 2);
      if (/^[\u4e00-\u9fff\u30a0-\u30ff]{2}$/u.test(p) && !GENERIC.has(p)) out.add(p);
    }
    return out;
  };
  const pb = pairs(b);
  return [...pairs(a)].filter((p) => pb.has(p)).length;
}

/** `k` of the items drawn at random, kept in their order (background before detail). */
function pickInOrder<T>(rng: Rng, items: T[], k: number): T[] {
  const idx = rng.sample(items.map((_, i) => i), Math.min(k, items.length)).sort((x, y) => x - y);
  return idx.map((i) => items[i]!);
}

/** A list of the phrase data by name (the issues members raise). */
function speechList(name: string): string[] {
  return [...jaGrammar().list(name)];
}
