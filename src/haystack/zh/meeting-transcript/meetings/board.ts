// 董事会会议记录: the chair opens and confirms the quorum, the secretary reads the agenda, each 议案 is presented,
// questioned and put to the vote (表决结果：同意X票，反对X票，弃权X票), and the chair closes.
import { loadHaystackData, type Vars } from '../../../data.js';
import type { FactKey } from '../../../place-context.js';
import { ZH_MEETING_FACTS } from '../model/facts.js';
import { endsInZero, hanzi, pct, weekday, yuan, zhDate } from '../model/numbers.js';
import { boardMembers, supplierOf, type Person } from '../model/organization.js';
import { overseasDue, projectOf, subsidiaries } from '../model/projects.js';
import { pinned, quarterVars } from '../talk/figures.js';
import { projectVars } from '../talk/movement.js';
import { Session } from '../talk/session.js';
import type { Talk } from '../talk/talk.js';

const AUDITORS = ['立信', '天健', '容诚', '信永中和', '致同', '中汇', '大华', '中审众环', '天职国际', '公证天业'];
const POLICIES = ['《独立董事工作制度》', '《关联交易管理制度》', '《对外担保管理制度》', '《信息披露管理制度》', '《内幕信息知情人登记管理制度》', '《募集资金管理制度》', '《对外投资管理制度》', '《董事会审计委员会工作细则》'];
/** Name stems of start-ups the company may take a stake in (none is a brand, a supplier stem or a reserved name). */
const INVESTEES = ['芯源', '智感', '新诺', '微纳', '锐拓', '启源', '合立', '数衡', '光擎', '原力'];
const BANKS = ['工商银行', '建设银行', '中国银行', '农业银行', '招商银行', '兴业银行', '浦发银行', '中信银行', '宁波银行', '交通银行', '民生银行', '江苏银行'];

/** A board meeting of the series. */
export function boardMeeting(t: Talk): Session {
  t.formal = true;
  const { rng, world, meeting } = t;
  const c = world.company;
  const q = world.ledger.quarter(meeting.k);
  const members = boardMembers(c);
  const absent = rng.chance(0.45) ? rng.pick([...c.directors, ...c.independents]) : undefined;
  const proxy = absent ? rng.pick(members.filter((m) => m !== absent && m !== c.chair)) : undefined;
  // Meetings are held from 2026 on: under the 2023 公司法 a listed company has had no 监事会 since 2026-01-01 (its board's
  // 审计委员会 holds those powers), so no 监事会主席 attends and the chair greets the directors only.
  const present = [...members.filter((m) => m !== absent), c.secretary, c.cfo, c.vp];
  const title = `${c.name}第${hanzi(c.term)}届董事会第${hanzi(meeting.boardNumber ?? 1)}次会议`;
  const s = new Session({ index: meeting.index, kind: 'board', title, day: meeting.day, chair: c.chair }, rng, present, rng.int(3, 45));
  const hour = rng.pick([9, 10, 14, 15]);
  const minute = rng.pick(['00', '30']);
  const clock = `${hour > 12 ? '下午' : '上午'}${hour > 12 ? hour - 12 : hour}点${minute === '00' ? '整' : '半'}`;
  s.heading(title);
  s.meta(`会议时间：${zhDate(meeting.day)}（${weekday(meeting.day)}）${hour}:${minute}　会议地点：公司${c.hq}总部${rng.pick(c.rooms)}，${rng.pick(['现场结合通讯方式', '现场会议', '现场结合视频方式'])}`);
  s.meta(`会议主持人：董事长${c.chair.name}　记录人：董事会秘书${c.secretary.name}　出席董事：${members.filter((m) => m !== absent).map((m) => m.name).join('、')}${absent ? `（${absent.name}董事委托${proxy!.name}董事出席）` : ''}　列席人员：副总经理${c.vp.name}、财务总监${c.cfo.name}（${zhDate(meeting.day)}签到）`);
  const base: Vars = {
    company: c.name, short: c.short, term: hanzi(c.term), num: hanzi(meeting.boardNumber ?? 1), clock,
    chair: c.chair.name, greet: hour > 12 ? '下午好' : '上午好', vp_s: `${c.vp.surname}总`, sec: c.secretary.name, cfo: c.cfo.name, vp: c.vp.name, supervisor: c.supervisor.name,
    due: members.length, came: members.length - (absent ? 1 : 0), absent: absent?.name ?? '', proxy: proxy?.name ?? '',
    material: c.materials, customer: c.segments.flatMap((x) => x.customers), product: c.segments.flatMap((x) => x.products),
    base: c.bases, rival: c.rivals, ...quarterVars(q, rng.int(0, c.segments.length - 1)),
    project: ['<base>基地{二期|技改|扩产}项目', '<base>{研发中心|智能工厂}项目'], limit: rng.int(8, 60), asker: c.independents[0]!.name,
  };
  s.say(c.chair, t.lines(['@board_open', '@board_quorum'], base) + (absent ? t.line('@board_proxy', base) : '') + t.line('@board_attend', base));

  const items = agenda(t, base);
  const list = items.map((it, i) => `${hanzi(i + 1)}、${it.title}`).join('；');
  s.say(c.secretary, t.line('@agenda_read', { ...base, count: hanzi(items.length), list, lead: rng.pick(['三', '五', '十']) }));
  items.forEach((it, i) => {
    const v = { ...base, ...it.vars, n: hanzi(i + 1), title: it.title, presenter: `${it.presenter.title}${it.presenter.name}` };
    s.say(c.chair, t.line(it.presenter === c.chair ? '@item_intro_self' : '@item_intro', v));
    s.say(it.presenter, it.body.join(''), it.facts);
    // Directors ask about what was presented (each question once in the series); the presenter answers.
    // Directors other than the chair and the general manager ask (management does not quiz its own proposals).
    // A director who must abstain as a related party does not question the transaction either.
    const recused = it.recuse ? c.directors[0] : undefined;
    // The independent directors' own report is questioned by the other directors, not by the three who wrote it.
    const eligible = members.filter((m) => m !== absent && m !== c.chair && m !== c.ceo && m !== it.presenter && m !== recused && !(it.key === 'indep_report' && c.independents.includes(m)));
    const askers = rng.sample(eligible, Math.min(it.pairs.length, rng.int(it.pairs.length > 2 ? 1 : 0, 3)));
    // No two directors ask the same question of one item (two asked '存货…是否偏高？' when the deck was reshuffled).
    const taken = new Set<number>();
    for (const asker of askers) {
      // The two reports' questions draw their own segment, product, customer and base, one for the question and its answer.
      const qv = { ...v, ...(it.key === 'report' || it.key === 'gm' ? pinned(t) : {}), asker: asker.name };
      const pair = t.deal(`zh-board-${it.key}`, it.pairs.length, (j) => !taken.has(j));
      if (taken.has(pair)) continue;
      taken.add(pair);
      const [ql, al] = parallel(t, it.pairs[pair]!);
      const question = t.line(ql, qv);
      if (!question) continue;
      const answer = t.line(al, qv);
      if (!answer) continue;
      s.say(asker, question, it.facts);
      s.say(it.presenter, answer, it.facts);
    }
    if (rng.chance(0.25) && eligible.length) {
      const commenter = rng.pick(eligible);
      const pv = { ...v, ...pinned(t), asker: commenter.name };
      const concern = t.raw('@concern', pv);
      const comment = t.line('@director_comment', { ...pv, concern });
      s.say(commenter, comment);
      if (comment && rng.chance(0.5)) {
        const ack = t.line('@recap_ack', { ...v, asker: commenter.name });
        s.say(it.presenter, ack);
        // What management promised to look into comes back at the next board meeting.
        if (ack) (t.series.carried ??= []).push({ director: commenter.name, concern });
      }
    }
    // An independent director sometimes abstains on a large commitment, and says why before the vote.
    const dissenter = it.dissent && rng.chance(0.3) ? c.independents.find((x) => x !== absent) : undefined;
    const reason = dissenter ? t.line(either(it.dissent!), v) : '';
    if (dissenter && reason) s.say(dissenter, reason, it.facts);
    s.say(c.chair, t.line('@vote_call', v));
    const abstain = reason ? 1 : 0;
    const valid = members.length - (recused ? 1 : 0);
    const tally = { ...v, yes: valid - abstain, no: 0, abstain };
    // The minutes always record the tally, even in the rare case every wording of it was said before; a related
    // director's recusal comes first, and the tally counts only the votes that remained.
    let text = recused ? t.line('@vote_recuse', { ...v, who: recused.name, valid }) || t.raw('@vote_recuse', { ...v, who: recused.name, valid }) : '';
    text += t.line('@vote_result', tally) || t.raw('@vote_result', tally);
    // Since the 2023 《上市公司独立董事管理办法》 there is no 事前认可 and no routine 独立意见: a related-party transaction
    // is first reviewed by the 独立董事专门会议, the periodic reports, the auditor, accounting changes, impairments and
    // derivatives by the board's 审计委员会; the minutes say which body reviewed the item before the board, and record an
    // abstaining independent director's reason.
    if (dissenter && reason) text += t.line('@abstain_note', { ...v, dissenter: dissenter.name });
    // A tally that named the item is followed by 本议案, not by the title a second time.
    else if (it.review) text += t.line(it.review === 'audit' ? '@review_audit' : '@review_independent', text.includes(it.title) ? { ...v, title: '本议案' } : v);
    if (it.agm) text += t.line('@needs_agm', v);
    s.say(c.secretary, text, it.facts);
  });
  s.say(c.chair, t.line('@board_close', base));
  return s;
}

/** A standing kind of 议案 (haystacks/zh/meeting-transcript/board-items.json). */
interface ItemKind {
  key: string;
  /** Title template, e.g. `《关于投资建设<new_project>的议案》`. */
  title: string;
  presenter: 'cfo' | 'ceo' | 'vp' | 'sec' | 'chair';
  /** `annual`: only at the board meeting that approves the annual report. */
  when: 'any' | 'annual';
  /** What the world must hold: a project under way, a project or an overseas subsidiary due this quarter. */
  needs?: 'project' | 'project_new' | 'abroad' | 'abroad_new';
  agm: boolean;
  /** The body that reviewed the item before the board: the 审计委员会 or the 独立董事专门会议 (a related-party transaction). */
  review?: 'audit' | 'independent';
  /** A related-party item: a director tied to the controlling shareholder abstains. */
  recuse?: boolean;
  /** The presenter's 说明, in parts; each part a list of whole alternative sentences. */
  body: string[][];
  /** A director's question and the presenter's answer; each pair is dealt once before any comes again. */
  pairs: Array<[string, string]>;
  /** What an independent director says before abstaining, when one does. */
  dissent?: string[];
  /** The fact the item states (a key of ZH_MEETING_FACTS): left out when a needle competes with it. */
  fact?: keyof typeof ZH_MEETING_FACTS;
}

let kinds: ItemKind[] | undefined;
const KINDS = (): ItemKind[] => (kinds ??= loadHaystackData<ItemKind[]>('zh/meeting-transcript/board-items.json'));

/** One 议案 as it is taken at this meeting. */
interface Item {
  key: string;
  title: string;
  presenter: Person;
  body: string[];
  /** Question and answer templates (or `@list` names) directors may raise. */
  pairs: Array<[string, string]>;
  vars: Vars;
  agm?: boolean;
  review?: 'audit' | 'independent';
  recuse?: boolean;
  dissent?: string[];
  facts: FactKey[];
}

/**
 * A question and answer given as two phrase lists of the same length are parallel: the i-th answer answers the i-th
 * question (asked about capacity, not answered about lead times), so both take the same alternative.
 */
function parallel(t: Talk, [ql, al]: [string, string]): [string, string] {
  if (!ql.startsWith('@') || !al.startsWith('@')) return [ql, al];
  const qs = t.g.list(ql.slice(1));
  const as = t.g.list(al.slice(1));
  if (qs.length < 2 || qs.length !== as.length) return [ql, al];
  const k = t.rng.int(0, qs.length - 1);
  return [qs[k]!, as[k]!];
}

/** A template choosing among whole alternative sentences, so the memory can re-draw another one. */
const either = (alternatives: readonly string[]): string => `{${alternatives.join('|')}}`;

/** The meeting's 议案: the period's report and the general manager's report, then standing kinds dealt from a series deck. */
/**
 * A half-year, nine-month or annual report is about the year so far: the CFO gives the cumulative revenue and net profit
 * (the quarters of the year summed, against the same quarters a year before) before the latest quarter's figures.
 */
export function cumulative(t: Talk, spoken = false): string {
  const { world, meeting } = t;
  const q = world.ledger.quarter(meeting.k);
  if (q.q === 1) return '';
  const ks = Array.from({ length: q.q }, (_, d) => meeting.k - d);
  const sum = (f: (k: number) => number) => ks.reduce((a, k) => a + f(k), 0);
  const rev = sum((k) => world.ledger.quarter(k).revenue);
  const np = sum((k) => world.ledger.quarter(k).netProfit);
  const before = sum((k) => world.ledger.quarter(k - 4).revenue);
  const g = ((rev / before - 1) * 100);
  const span = q.q === 2 ? '上半年' : q.q === 3 ? '前三季度' : '全年';
  const move = `${g >= 0 ? '增长' : '下降'}${pct(Math.abs(g))}`;
  // On the call the same figures are said as a speaker says them, not in the minutes' words.
  if (spoken) return `先说一下${span}的整体情况：公司营业收入${yuan(rev)}，比上年同期${move}，归母净利润${yuan(np)}。`;
  return `${q.year}年${span}，公司累计实现营业收入${yuan(rev)}，同比${move}，归属于上市公司股东的净利润${yuan(np)}。`;
}

function agenda(t: Talk, base: Vars): Item[] {
  const { rng, world, meeting } = t;
  const c = world.company;
  const q = world.ledger.quarter(meeting.k);
  const annual = q.q === 4;
  const seg = rng.int(0, c.segments.length - 1);
  // A cause goes the way of what it explains: a fall in net profit is not put down to a high-margin product taking off,
  // nor a margin that rose to the pressures on it. The segment's own customers and products are named with it.
  const prev = world.ledger.quarter(meeting.k - 1);
  const qv = {
    ...base, ...quarterVars(q, seg), product: c.segments[seg]!.products, customer: c.segments[seg]!.customers,
    reason: [q.netGrowth >= 0 ? '<reason_cost>' : '<reason_pressure>'],
    margin_why: [q.margin >= prev.margin ? '<reason_cost>' : '<reason_pressure>'],
    margin_against: [q.margin >= prev.margin ? '<reason_pressure>' : '<reason_cost>'],
    // Receivables are said to grow faster than revenue only when, against the same quarter a year before, they did.
    ar_note: [q.receivables / world.ledger.quarter(meeting.k - 4).receivables > 1 + q.growth / 100 ? '{增速比收入还快|增长快于收入}' : '{规模不小|占单季收入的比重不低}'],
  };
  const segLines = c.segments.map((_, i) => t.line('@fin_report_segment', { ...base, ...quarterVars(q, i) }));
  // Three different matters the management worked on (not 信息化建设 and 信息化项目 as the second and third).
  const [f1, f2, f3] = rng.sample(t.g.list('gm_focus'), 3);
  const gm = { ...qv, focus1: [f1!], focus2: [f2!], focus3: [f3!] };
  const items: Item[] = [
    {
      key: 'report',
      title: `《关于公司${annual ? `${q.year}年年度报告及其摘要` : `${q.year}年${q.q === 2 ? '半年度报告及其摘要' : `第${hanzi(q.q)}季度报告`}`}的议案》`,
      presenter: c.cfo,
      body: [cumulative(t), t.line('@fin_report_open', qv), t.line('@fin_report_np', qv), ...segLines, t.line('@fin_report_cash', qv), t.line('@fin_report_rd', qv)],
      pairs: [['@q_ar', '@a_ar'], ['@q_inv', '@a_inv'], ['@q_margin', '@a_margin'], ['@q_margin_change', '@a_margin_change'], ['@q_rd', '@a_rd']],
      vars: qv,
      review: 'audit',
      agm: annual,
      facts: [],
    },
    {
      key: 'gm',
      title: `《关于${annual ? `${q.year}年度总经理工作报告` : `${q.year}年${q.q === 2 ? '半年度' : `第${hanzi(q.q)}季度`}经营情况报告`}的议案》`,
      presenter: c.ceo,
      body: [t.lines(['@gm_report_open', '@gm_report_focus', '@gm_report_market'], gm), ...followUps(t, gm)],
      pairs: [['@q_customer', '@a_customer'], ['@q_capacity', '@a_capacity'], ['@q_competition', '@a_competition']],
      vars: qv,
      facts: [],
    },
  ];
  const v = itemVars(t, base);
  const fits = (kind: ItemKind): boolean => {
    if (kind.when === 'annual' && !annual) return false;
    if (kind.fact && !t.states(ZH_MEETING_FACTS[kind.fact])) return false;
    if (kind.needs === 'project') return 'prog_project' in v;
    if (kind.needs === 'project_new') return 'new_project' in v;
    if (kind.needs === 'abroad') return 'sub_abroad' in v;
    if (kind.needs === 'abroad_new') return 'abroad_new' in v;
    return true;
  };
  const standing = (kind: ItemKind): boolean => kind.when === 'any' && !kind.needs?.endsWith('_new') && fits(kind);
  // Due items (a new project, a new subsidiary, the annual ones) come first; then standing kinds from the deck.
  const chosen = new Set<ItemKind>(KINDS().filter((k) => fits(k) && (k.when === 'annual' || k.needs?.endsWith('_new'))));
  const more = rng.int(4, 6);
  for (let n = 0; n < more; n++) {
    const kind = KINDS()[t.deal('zh-board-items', KINDS().length, (i) => !chosen.has(KINDS()[i]!) && standing(KINDS()[i]!))]!;
    if (standing(kind)) chosen.add(kind);
  }
  const who = { cfo: c.cfo, ceo: c.ceo, vp: c.vp, sec: c.secretary, chair: c.chair };
  for (const kind of chosen) {
    const body = kind.body.map((alts) => t.line(either(alts), v)).filter((x) => x !== '');
    if (!body.length) continue;
    items.push({
      key: kind.key, title: t.raw(kind.title, v), presenter: who[kind.presenter], body, pairs: kind.pairs, vars: v,
      agm: kind.agm, ...(kind.review ? { review: kind.review } : {}), ...(kind.recuse ? { recuse: true } : {}), ...(kind.dissent ? { dissent: kind.dissent } : {}), facts: kind.fact ? [ZH_MEETING_FACTS[kind.fact]] : [],
    });
  }
  if (items.some((i) => i.agm)) {
    items.push({ key: 'agm', title: '《关于提请召开股东大会的议案》', presenter: c.secretary, body: [t.line('@agm_item', { ...base, agm_kind: annual ? `${q.year}年年度股东大会` : '临时股东大会' })], pairs: [], vars: base, facts: [] });
  }
  return items;
}

/** The figures and names the standing kinds of 议案 read: limits, amounts, the subsidiary, the project of the quarter. */
function itemVars(t: Talk, base: Vars): Vars {
  const { rng, world, meeting } = t;
  const c = world.company;
  const q = world.ledger.quarter(meeting.k);
  const wan = (lo: number, hi: number, step: number): string => `${(rng.int(lo, hi) * step).toLocaleString('en-US')}万元`;
  const home = subsidiaries(c, world.seed, meeting.k).filter((x) => !x.overseas);
  const segIndex = rng.int(0, c.segments.length - 1);
  const material = rng.pick(c.materials);
  const v: Vars = {
    // The segment named with the item's product and customer is theirs (研究院 with '<seg>事业部和<customer>').
    ...base, ...quarterVars(q, segIndex),
    year: String(q.year), next_year: String(q.year + 1),
    banks: rng.sample(BANKS, 3).join('、'), limit: rng.int(8, 60), term_years: rng.pick(['一', '两', '三']),
    cash_limit: rng.int(2, 15), impair: yuan(printable(rng.int(300, 9000))), writeoff: wan(8, 90, 10),
    auditor: AUDITORS[world.seed % AUDITORS.length]!, audit_year: String(q.year + (q.q === 4 ? 1 : 0)), audit_fee: wan(6, 30, 10),
    sub: rng.pick(home).name, guar_limit: rng.int(2, 12), sub_add: wan(2, 30, 1000),
    usd: rng.int(10, 90) * 100, margin_limit: wan(5, 50, 100),
    policies: rng.sample(POLICIES, 2).join('和'), change: ['<policy_change>'],
    land_base: rng.pick(c.bases), land_area: rng.int(40, 300), land_price: wan(20, 200, 100), donation: wan(5, 50, 10),
    seg_list: c.segments.map((x) => x.name).join('、'),
    product: rng.pick(c.segments[segIndex]!.products), customer: rng.pick(c.segments[segIndex]!.customers),
    material, supplier: supplierOf(c, material), base: rng.pick(c.bases),
  };
  // The year's figures at the annual meeting, in whole 亿元 (约…): the four quarters summed.
  const year = [0, 1, 2, 3].map((d) => world.ledger.quarter(meeting.k - d));
  const about = (wan: number): string => (wan >= 10_000 ? `${Math.round(wan / 10_000)}亿元` : `${(Math.round(wan / 100) * 100).toLocaleString('en-US')}万元`);
  Object.assign(v, {
    year_rev: about(year.reduce((a, x) => a + x.revenue, 0)), year_np: about(year.reduce((a, x) => a + x.netProfit, 0)),
    pool_limit: rng.int(2, 10), bank: rng.pick(BANKS), loan: rng.int(2, 9), loan_years: rng.pick(['五', '七', '八']),
    target: `${rng.pick(c.bases)}${rng.pick(INVESTEES)}${rng.pick(['科技', '技术', '微电子'])}有限公司`, invest_amt: wan(20, 90, 100),
    rd_budget: wan(15, 80, 100), rd_months: rng.pick([18, 24, 30, 36]),
  });
  // The year's related-party estimate, and what was spent under last year's (well below it: the question says so).
  const rpLimit = rng.int(12, 90) * 100;
  v.rp_limit = `${rpLimit.toLocaleString('en-US')}万元`;
  v.rp_actual = `${(Math.round((rpLimit * rng.float(0.5, 0.75)) / 10) * 10).toLocaleString('en-US')}万元`;
  const p = projectVars(world, meeting.k, rng.int(0, 3));
  if (p.project) Object.assign(v, { prog_project: p.project, progress: p.progress, spent: p.spent, budget: p.budget, left: p.left });
  if (p.sub_abroad) Object.assign(v, { sub_abroad: p.sub_abroad, country: p.country });
  if (meeting.k % 3 === 0) {
    const np = projectOf(c, world.seed, meeting.k / 3);
    Object.assign(v, { new_project: np.name, new_product: np.product, new_base: np.base, new_budget: np.budget, new_months: np.quarters * 3 });
  }
  const abroad = overseasDue(c, world.seed, meeting.k);
  if (abroad) Object.assign(v, { abroad_new: 'yes', sub_abroad: abroad.name, country: abroad.place, sub_capital: rng.int(5, 50) * 100 });
  return v;
}

/** An amount in 万元 nudged off a zero second decimal in 亿元 (a form needles own). */
function printable(wan: number): number {
  let x = wan;
  while (endsInZero(x)) x += 37;
  return x;
}

/** The general manager's answers to the concerns directors raised at the last board meeting (then forgotten). */
function followUps(t: Talk, vars: Vars): string[] {
  const carried = t.series.carried ?? [];
  t.series.carried = [];
  return carried.slice(0, 2).map((x) => t.line('@gm_follow_up', { ...vars, director: x.director, concern: x.concern }));
}
