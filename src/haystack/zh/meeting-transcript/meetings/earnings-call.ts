// 业绩说明会: the host opens with the safe-harbour notice, the chair speaks, the CFO walks the ledger by segment,
// then analysts ask long questions (background and two sub-questions) on topics dealt from a series deck, and the
// chair, general manager, CFO, vice president or board secretary answer from the ledger and the company's projects.
import type { Vars } from '../../../data.js';
import { loadHaystackData } from '../../../data.js';
import type { FactKey } from '../../../place-context.js';
import { ZH_MEETING_FACTS } from '../model/facts.js';
import { weekday, zhDate } from '../model/numbers.js';
import { supplierOf, type Person } from '../model/organization.js';
import { periodName, pinned, quarterVars } from '../talk/figures.js';
import { overseasDue, projectOf, subsidiaries } from '../model/projects.js';
import { movementVars, projectVars } from '../talk/movement.js';
import { zhSentences } from '../talk/memory.js';
import { Session } from '../talk/session.js';
import type { Talk } from '../talk/talk.js';
import { cumulative } from './board.js';

type Who = 'ceo' | 'cfo' | 'chair' | 'vp' | 'sec' | 'indep';

/** A question topic of the call (haystacks/zh/meeting-transcript/earnings-topics.json). */
interface CallTopic {
  key: string;
  name: string;
  who: Who;
  /** What the world must hold for the topic: a project under way, one finished lately, an overseas subsidiary. */
  needs?: 'project' | 'finished' | 'abroad' | 'project_new' | 'abroad_new';
  /** The fact the answer states (a key of ZH_MEETING_FACTS): the topic is left out when a needle competes with it. */
  fact?: keyof typeof ZH_MEETING_FACTS;
  /** The analyst's background: whole alternative sentences quoting the ledger or the world. */
  bg: string[];
  /** How the answer opens (alternatives). */
  open: string[];
  /** Sub-questions, each with its own answer; two are asked at a time, each dealt once before any comes again. */
  pairs: Array<[string, string]>;
}

/** A retail investor's question typed on the platform, read out by the host (earnings-investors.json). */
interface NetQuestion {
  who: Who;
  q: string;
  a: string;
}

let topics: CallTopic[] | undefined;
let net: NetQuestion[] | undefined;
const NET = (): NetQuestion[] => (net ??= loadHaystackData<NetQuestion[]>('zh/meeting-transcript/earnings-investors.json'));
const TOPICS = (): CallTopic[] => (topics ??= loadHaystackData<CallTopic[]>('zh/meeting-transcript/earnings-topics.json'));

/** A results call of the series. */
export function earningsCall(t: Talk): Session {
  t.formal = true;
  const { rng, world, meeting } = t;
  const c = world.company;
  const q = world.ledger.quarter(meeting.k);
  const prev = world.ledger.quarter(meeting.k - 1);
  // The figures walked through are the quarter's, so they are named as the quarter's: a 年度 call said '2027年度的财务情况：
  // 营业收入42.18亿元' of the fourth quarter alone. The year so far has its own sentence (cumulative, below).
  const period = periodName(q);
  // Companies hold 半年度 and 年度 results calls, not a "第二季度" or "第四季度" one (the quarter's own figures are still discussed).
  const event = q.q === 2 ? `${q.year}年半年度` : periodName(q, true);
  const indep = rng.pick(c.independents);
  const title = `${c.short}${event}业绩说明会`;
  const present = [c.host, c.chair, c.ceo, c.cfo, c.secretary, c.vp, indep];
  const s = new Session({ index: meeting.index, kind: 'earnings-call', title, day: meeting.day, chair: c.host }, rng, present, rng.int(3, 45));
  const hour = rng.pick([10, 14, 15]);
  s.heading(title);
  s.meta(`时间：${zhDate(meeting.day)}（${weekday(meeting.day)}）${hour}:00-${hour + 2}:${rng.pick(['00', '30'])}`);
  s.meta(`形式：${rng.pick(['电话会议结合网络文字互动', '视频直播结合网络文字互动', '现场结合网络直播'])}　证券代码：${c.code}　公司出席人员：董事长${c.chair.name}，总经理${c.ceo.name}，财务总监${c.cfo.name}，董事会秘书${c.secretary.name}，副总经理${c.vp.name}，独立董事${indep.name}　${period}`);
  const seg = rng.int(0, c.segments.length - 1);
  const base: Vars = {
    // The host greets for the hour the call starts at (a 10:00 call was wished 下午好).
    greeting: hour < 12 ? '上午好' : '下午好',
    short: c.short, period, event, host: c.host.name, chair: c.chair.name, ceo: c.ceo.name, cfo: c.cfo.name, sec: c.secretary.name, indep: indep.name,
    ...quarterVars(q, seg), period_short: period,
    material: c.materials, customer: c.segments.flatMap((x) => x.customers), product: c.segments.flatMap((x) => x.products),
    base: c.bases, rival: c.rivals, supplier: c.suppliers, reason: ['<reason_cost>', '<reason_pressure>'], reason_a: ['<reason_ar>'],
  };
  base.period = period;
  s.say(c.host, t.lines(['@call_open', '@call_guests', '@call_safe', '@call_agenda'], base));
  const world0 = projectVars(world, meeting.k, 0);
  // What the board approved a few days before: the quarter's new project, a subsidiary set up abroad.
  if (meeting.k % 3 === 0) {
    const np = projectOf(c, world.seed, meeting.k / 3);
    Object.assign(world0, { new_project: np.name, new_product: np.product, new_base: np.base, new_budget: String(np.budget), new_months: String(np.quarters * 3) });
  }
  const due = overseasDue(c, world.seed, meeting.k);
  if (due) Object.assign(world0, { abroad_new: 'yes', sub_abroad: due.name, country: due.place });
  const moves = movementVars(q, prev, seg);
  // The chair names the project under way and the subsidiary abroad when there are (a project turn states plantStart).
  const chairFacts: FactKey[] = [];
  let project = '';
  if ('project' in world0 && t.states(ZH_MEETING_FACTS.plantStart)) {
    project = t.line('@chair_project', world0);
    if (project) chairFacts.push(ZH_MEETING_FACTS.plantStart);
  }
  const abroad = 'sub_abroad' in world0 && rng.chance(0.5) ? t.line('@chair_abroad', world0) : '';
  s.say(c.chair, t.lines(['@chair_intro', '@chair_results', '@chair_progress'], { ...base, ...pinned(t) }) + project + abroad + t.line('@chair_outlook', { ...base, ...pinned(t) }), chairFacts);
  s.say(c.host, t.line('@cfo_handover', base) || t.raw('@cfo_handover', base));
  // '分板块来看' opens the first segment only, not each of them in turn.
  let opened = false;
  const segLines = c.segments.map((x, i) => {
    const line = t.line('@cfo_segment', { ...base, ...quarterVars(q, i), period, product: x.products });
    const bare = opened ? line.replace(/^(?:分业务看|分板块来看)，/u, '') : line;
    opened ||= bare !== '';
    return bare;
  });
  // A 半年度, 前三季度 or 年度 call is about the year so far: the CFO first gives the cumulative figures (the same sentence
  // as at the board), then the latest quarter's (a 半年度业绩说明会 that quoted only 第二季度 left the half-year unsaid).
  s.say(c.cfo, [cumulative(t, true) + t.lines(['@cfo_walk_total', '@cfo_walk_margin'], {
    ...base, margin_move: moves.margin_move!,
    // The margin's cause goes the way the margin went ('毛利率26.4%，变化主要是…' said neither).
    reason: [q.margin >= prev.margin ? '<reason_cost>' : '<reason_pressure>'],
  }), ...segLines, t.lines(['@cfo_walk_cash', '@cfo_walk_rd', '@cfo_walk_qoq', '@cfo_walk_backlog'], { ...base, ...moves })].join(''));
  s.say(c.host, t.line('@qa_open', { ...base, cfo_s: `${c.cfo.surname}总` }));

  const who: Record<Who, Person> = { ceo: c.ceo, cfo: c.cfo, chair: c.chair, vp: c.vp, sec: c.secretary, indep };
  const fits = (i: number): boolean => {
    const topic = TOPICS()[i]!;
    if (topic.fact && !t.states(ZH_MEETING_FACTS[topic.fact])) return false;
    if (topic.needs === 'project') return 'project' in world0;
    if (topic.needs === 'finished') return 'done_project' in world0;
    if (topic.needs === 'abroad') return 'sub_abroad' in world0;
    if (topic.needs === 'project_new') return 'new_project' in world0;
    if (topic.needs === 'abroad_new') return 'abroad_new' in world0;
    return true;
  };
  // The annual call is held in the spring after the year: the questions' and answers' 今年/明年/去年 (said of the year
  // being reported, as at a call within it) become the years they mean ('投诉率比2027年有所下降', not '比去年' in 2029).
  const dated = (x: string): string => (q.q !== 4 ? x : x.replace(/今年/gu, `${q.year}年`).replace(/明年/gu, `${q.year + 1}年`).replace(/去年/gu, `${q.year - 1}年`));
  // Ten analysts at most; a longer call lets earlier askers come back with a follow-up.
  const firsts = rng.sample(c.analysts, rng.int(8, 10));
  const askers = [...firsts, ...rng.sample(firsts, rng.int(4, 6))];
  const asked = new Set<Person>();
  const used = new Set<number>();
  askers.forEach((asker, i) => {
    const index = t.deal('zh-call-topics', TOPICS().length, (j) => fits(j) && !used.has(j));
    if (used.has(index) || !fits(index)) return;
    used.add(index);
    const topic = TOPICS()[index]!;
    const org = asker.title.replace(/分析师$/, '');
    const segIndex = rng.int(0, c.segments.length - 1);
    const v: Vars = {
      ...base, ...pinned(t), ...quarterVars(q, segIndex), ...movementVars(q, prev, segIndex), ...world0, ...projectVars(world, meeting.k, rng.int(0, 3)),
      product: rng.pick(c.segments[segIndex]!.products), customer: rng.pick(c.segments[segIndex]!.customers),
      // Each cause goes the way of what it explains: a margin that fell is not put down to cheaper materials, receivables
      // that fell are not explained by slower payment.
      margin_why: [q.margin >= prev.margin ? '<reason_cost>' : '<reason_pressure>'],
      ar_why: [q.receivables >= prev.receivables ? '<reason_ar>' : '<reason_ar_down>'],
      inv_why: [q.inventory >= prev.inventory ? '<reason_inv>' : '<reason_inv_down>'],
      period, org, asker: asker.name, topic_name: topic.name, sub_count: String(subsidiaries(c, world.seed, meeting.k).length), period_end: q.q === 4 ? `${q.year}年末` : `${period}末`, base_list: c.bases.join('、'),
    };
    const follow = asked.has(asker);
    asked.add(asker);
    if (i > 0) s.say(c.host, t.line(follow ? '@qa_follow' : '@qa_next', v));
    // Two sub-questions, sometimes three: pairs of the topic not yet dealt this round whose answer is new to the series.
    const fresh = (j: number, taken: number[]): boolean =>
      !taken.includes(j) && !zhSentences(t.raw(topic.pairs[j]![1], v)).some((x) => x.length >= 10 && t.series.memory.has(x));
    const picks: number[] = [];
    for (let n = 0; n < 3; n++) {
      const j = t.deal(`zh-call-${topic.key}`, topic.pairs.length, (x) => fresh(x, picks));
      if (fresh(j, picks)) picks.push(j);
    }
    if (!picks.length) return;
    const [first, second, third] = picks.map((j) => topic.pairs[j]!);
    const asksThird = third !== undefined && rng.chance(0.3);
    v.parts_note = !second ? '' : asksThird ? '，有三个小问题' : rng.pick(['，分两个小问题', '，有两个小问题']);
    const intro = t.line(follow ? '@q_intro_follow' : '@q_intro', v) + t.line(pick(t, topic.bg), v);
    const q1 = t.line(`${second ? '{第一个问题，|第一，|首先想请教，}' : '{请问|想请教一下，}'}${first![0]}`, v);
    const q2 = second ? t.line(`{第二个问题，|第二，|另外，|还有一个问题，}${second[0]}`, v) : '';
    const q3 = asksThird && q2 ? t.line(`{第三个问题，|第三，|最后一个问题，}${third![0]}`, v) : '';
    const facts: FactKey[] = topic.fact ? [ZH_MEETING_FACTS[topic.fact]] : [];
    s.say(asker, dated(intro + q1 + q2 + q3), facts);
    const answerer = who[topic.who];
    // Each sub-question gets its own answer, and only when it was asked (the memory may have dropped a repeat).
    const a1 = q1 ? t.line(first![1], v) : '';
    const a2 = (q2 ? t.line(second![1], v) : '') + (q3 ? t.line(third![1], v) : '');
    const opening = t.line(pick(t, topic.open), v);
    // A long answer is sometimes finished by the general manager (or, on his own topics, the chair).
    if (a1 && a2 && ['ceo', 'chair', 'vp'].includes(topic.who) && rng.chance(0.3)) {
      s.say(answerer, dated(opening + a1), facts);
      s.say(answerer === c.ceo ? c.chair : c.ceo, dated(t.raw('@answer_add', v) + a2), facts);
    } else {
      s.say(answerer, dated(opening + a1 + a2), facts);
    }
    if (rng.chance(0.4)) s.say(asker, t.raw('@thanks_short', { who: rng.pick(['各位领导', '管理层', `${answerer.surname}${topic.who === 'chair' ? '董' : '总'}`]) }));
  });
  // Then the host reads questions investors typed on the platform, each answered by whoever it concerns.
  const netVars: Vars = { ...base, ...world0, indep: indep.name };
  const canAsk = (i: number): boolean => !/<country>/u.test(NET()[i]!.q + NET()[i]!.a) || 'country' in world0;
  const reads = rng.int(5, 8);
  const said = new Set<number>();
  for (let n = 0; n < reads; n++) {
    const i = t.deal('zh-call-net', NET().length, (j) => canAsk(j) && !said.has(j));
    if (said.has(i) || !canAsk(i)) continue;
    said.add(i);
    const x = NET()[i]!;
    const segIndex = rng.int(0, c.segments.length - 1);
    const v: Vars = {
      ...netVars, seg: c.segments[segIndex]!.name, product: rng.pick(c.segments[segIndex]!.products), customer: rng.pick(c.segments[segIndex]!.customers),
      base: rng.pick(c.bases), material: rng.pick(c.materials), rival: rng.pick(c.rivals),
    };
    v.supplier = supplierOf(c, v.material as string);
    v.q = t.raw(x.q, v);
    const question = t.line('@net_read', v);
    const answer = question ? t.line(x.a, v) : '';
    if (!answer) continue;
    s.say(c.host, (said.size === 1 ? t.line('@net_open', v) : '') + dated(question));
    s.say(who[x.who], dated(answer));
  }
  s.say(c.host, t.line('@call_close', base));
  return s;
}

/** A template choosing among a topic's alternative sentences, so the memory can re-draw another one. */
function pick(_t: Talk, alternatives: readonly string[]): string {
  return `{${alternatives.join('|')}}`;
}
