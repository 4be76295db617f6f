// 董事会会议记录: the chair opens and confirms the quorum, the secretary reads the agenda, each 议案 is presented,
// questioned and put to the vote (表决结果：同意X票，反对X票，弃权X票), and the chair closes.
import type { Vars } from '../../../data.js';
import { hanzi, weekday, zhDate } from '../model/numbers.js';
import { boardMembers, type Person } from '../model/organization.js';
import { pinned, quarterVars } from '../talk/figures.js';
import { Session } from '../talk/session.js';
import type { Talk } from '../talk/talk.js';

const AUDITORS = ['立信', '天健', '容诚', '信永中和', '致同', '中汇', '大华', '中审众环', '天职国际', '公证天业'];
const POLICIES = ['《独立董事工作制度》', '《关联交易管理制度》', '《对外担保管理制度》', '《信息披露管理制度》', '《内幕信息知情人登记管理制度》', '《募集资金管理制度》', '《对外投资管理制度》', '《董事会审计委员会工作细则》'];
const BANKS = ['工商银行', '建设银行', '中国银行', '农业银行', '招商银行', '兴业银行', '浦发银行', '中信银行', '宁波银行', '交通银行', '民生银行', '江苏银行'];

/** One 议案: its title, who presents it, what is said about it, and whether it goes on to the shareholders. */
interface Item {
  title: string;
  presenter: Person;
  body: string[];
  /** Question and answer lists a director may raise. */
  qa?: Array<[string, string]>;
  agm?: boolean;
  independent?: boolean;
}

/** A board meeting of the series. */
export function boardMeeting(t: Talk): Session {
  t.formal = true;
  const { rng, world, meeting } = t;
  const c = world.company;
  const q = world.ledger.quarter(meeting.k);
  const members = boardMembers(c);
  const absent = rng.chance(0.45) ? rng.pick([...c.directors, ...c.independents]) : undefined;
  const proxy = absent ? rng.pick(members.filter((m) => m !== absent && m !== c.chair)) : undefined;
  const present = [...members.filter((m) => m !== absent), c.secretary, c.cfo, c.vp, c.supervisor];
  const title = `${c.name}第${hanzi(c.term)}届董事会第${hanzi(meeting.boardNumber ?? 1)}次会议`;
  const s = new Session({ index: meeting.index, kind: 'board', title, day: meeting.day, chair: c.chair }, rng, present, rng.int(3, 45));
  const hour = rng.pick([9, 10, 14, 15]);
  const minute = rng.pick(['00', '30']);
  const clock = `${hour > 12 ? '下午' : '上午'}${hour > 12 ? hour - 12 : hour}点${minute === '00' ? '整' : '半'}`;
  s.heading(title);
  s.meta(`会议时间：${zhDate(meeting.day)}（${weekday(meeting.day)}）${hour}:${minute}　会议地点：公司${c.hq}总部${rng.pick(c.rooms)}，${rng.pick(['现场结合通讯方式', '现场会议', '现场结合视频方式'])}`);
  s.meta(`会议主持人：董事长${c.chair.name}　记录人：董事会秘书${c.secretary.name}　出席董事：${members.filter((m) => m !== absent).map((m) => m.name).join('、')}${absent ? `（${absent.name}董事委托${proxy!.name}董事出席）` : ''}　列席人员：监事会主席${c.supervisor.name}、副总经理${c.vp.name}、财务总监${c.cfo.name}（${zhDate(meeting.day)}签到）`);
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
    const v = { ...base, n: hanzi(i + 1), title: it.title, presenter: `${it.presenter.title}${it.presenter.name}` };
    s.say(c.chair, t.line('@item_intro', v));
    s.say(it.presenter, it.body.join(''));
    // Directors ask about what was presented; the presenter answers.
    const askers = rng.sample(members.filter((m) => m !== absent && m !== c.chair && m !== it.presenter), rng.int(0, 2));
    for (const asker of askers) {
      const qv = { ...v, ...pinned(t), asker: asker.name };
      if (it.qa && rng.chance(0.7)) {
        const [ql, al] = rng.pick(it.qa);
        const question = t.line(`@${ql}`, qv);
        if (!question) continue;
        s.say(asker, question);
        s.say(it.presenter, t.line(`@${al}`, qv));
      } else {
        s.say(asker, t.line('@director_comment', qv));
        if (rng.chance(0.5)) s.say(it.presenter, t.line('@recap_ack', qv));
      }
    }
    s.say(c.chair, t.line('@vote_call', v));
    const voters = members.length;
    const abstain = rng.chance(0.12) ? 1 : 0;
    let text = t.line('@vote_result', { ...v, yes: voters - abstain, no: 0, abstain });
    if (it.independent) text += t.line('@independent_opinion', v);
    if (it.agm) text += t.line('@needs_agm', v);
    s.say(c.secretary, text);
  });
  s.say(c.chair, t.line('@board_close', base));
  return s;
}

/** The meeting's 议案: the period's report and the general manager's report, then a few of the standing kinds. */
function agenda(t: Talk, base: Vars): Item[] {
  const { rng, world, meeting } = t;
  const c = world.company;
  const q = world.ledger.quarter(meeting.k);
  const annual = q.q === 4;
  const seg = rng.int(0, c.segments.length - 1);
  const qv = { ...base, ...quarterVars(q, seg), reason: ['<reason_cost>', '<reason_pressure>'] };
  const segLines = c.segments.map((_, i) => t.line('@fin_report_segment', { ...base, ...quarterVars(q, i) }));
  const items: Item[] = [
    {
      title: `《关于公司${annual ? `${q.year}年年度报告及其摘要` : `${q.year}年${q.q === 2 ? '半年度报告及其摘要' : `第${hanzi(q.q)}季度报告`}`}的议案》`,
      presenter: c.cfo,
      body: [t.line('@fin_report_open', qv), t.line('@fin_report_np', qv), ...segLines, t.line('@fin_report_cash', qv), t.line('@fin_report_rd', qv)],
      qa: [['q_ar', 'a_ar'], ['q_inv', 'a_inv'], ['q_margin', 'a_margin'], ['q_rd', 'a_rd']],
      independent: annual,
      agm: annual,
    },
    {
      title: `《关于${annual ? `${q.year}年度总经理工作报告` : '经营情况的报告'}的议案》`,
      presenter: c.ceo,
      body: [t.line('@gm_report', { ...qv, focus1: ['<gm_focus>'], focus2: ['<gm_focus>'], focus3: ['<gm_focus>'] }), t.line('@gm_report', { ...qv, focus1: ['<gm_focus>'], focus2: ['<gm_focus>'], focus3: ['<gm_focus>'] })],
      qa: [['q_customer', 'a_customer'], ['q_capacity', 'a_capacity'], ['q_competition', 'a_competition'], ['q_overseas', 'a_overseas']],
    },
  ];
  const pool: Array<() => Item> = [
    () => {
      const limit = rng.int(8, 60);
      const v = { ...base, limit, banks: rng.sample(BANKS, 3).join('、'), term_years: rng.pick(['一', '两', '三']) };
      return { title: '《关于公司及子公司向银行申请综合授信额度的议案》', presenter: c.cfo, body: [t.line('@credit_item', v)], qa: [['q_credit', 'a_credit']], agm: true };
    },
    () => ({ title: '《关于使用闲置自有资金进行现金管理的议案》', presenter: c.cfo, body: [t.line('@cash_mgmt_item', { ...base, limit: rng.int(2, 15) })], independent: true }),
    () => ({ title: '《关于计提资产减值准备的议案》', presenter: c.cfo, body: [t.line('@impair_item', { ...base, amount: `${(rng.int(3, 90) * 100 + rng.int(1, 9) * 10).toLocaleString('en-US')}万元` })], qa: [['q_impair', 'a_impair']], independent: true }),
    () => ({ title: '《关于续聘会计师事务所的议案》', presenter: c.secretary, body: [t.line('@auditor_item', { ...base, auditor: rng.pick(AUDITORS), audit_year: q.year + (q.q === 4 ? 1 : 0) })], agm: true, independent: true }),
    () => ({ title: '《关于为全资子公司提供担保的议案》', presenter: c.cfo, body: [t.line('@guarantee_item', { ...base, sub: `${c.short.slice(0, 2)}${rng.pick(c.bases)}${rng.pick(['制造', '科技', '新材料', '智能'])}有限公司`, limit: rng.int(2, 12) })], agm: true }),
    () => ({ title: '《关于开展外汇套期保值业务的议案》', presenter: c.cfo, body: [t.line('@hedge_item', { ...base, usd: rng.int(10, 90) * 100 })], independent: true }),
    () => ({ title: `《关于修订公司部分治理制度的议案》`, presenter: c.secretary, body: [t.line('@policy_item', { ...base, policies: rng.sample(POLICIES, 2).join('和'), change: ['<policy_change>'] })] }),
    () => {
      const product = rng.pick(c.segments.flatMap((x) => x.products));
      const project = `年产${rng.int(2, 40) * 5}${rng.pick(['万台', '万套', '万件'])}${product}${rng.pick(['扩产项目', '智能化产线项目', '生产基地建设项目'])}`;
      return { title: `《关于投资建设${project}的议案》`, presenter: c.vp, body: [t.line('@invest_item', { ...base, product, project, amount: rng.int(2, 20), months: rng.pick([12, 15, 18, 24, 30]) })], qa: [['q_invest', 'a_invest']], agm: true };
    },
  ];
  const picked = rng.sample(pool, rng.int(2, 4)).map((f) => f());
  items.push(...picked);
  if (picked.some((i) => i.agm)) items.push({ title: '《关于提请召开股东大会的议案》', presenter: c.secretary, body: [t.line('@agm_item', { ...base, agm_kind: annual ? `${q.year}年年度股东大会` : '临时股东大会' })] });
  return items;
}
