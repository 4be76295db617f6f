// 业绩说明会: the host opens with the safe-harbour notice, the chair speaks, the CFO walks the ledger by segment,
// then analysts ask and the chair, general manager, CFO or board secretary answer; the host closes.
import type { Vars } from '../../../data.js';
import { weekday, zhDate } from '../model/numbers.js';
import type { Person } from '../model/organization.js';
import { periodName, pinned, quarterVars } from '../talk/figures.js';
import { Session } from '../talk/session.js';
import type { Talk } from '../talk/talk.js';

/** Question lists, their answers, and who answers them. */
const TOPICS: Array<{ q: string; a: string; who: 'ceo' | 'cfo' | 'chair' | 'vp'; name: string }> = [
  { q: 'q_margin', a: 'a_margin', who: 'cfo', name: '毛利率' },
  { q: 'q_capacity', a: 'a_capacity', who: 'vp', name: '产能' },
  { q: 'q_customer', a: 'a_customer', who: 'ceo', name: '客户结构' },
  { q: 'q_rd', a: 'a_rd', who: 'ceo', name: '研发投入' },
  { q: 'q_ar', a: 'a_ar', who: 'cfo', name: '应收账款' },
  { q: 'q_inv', a: 'a_inv', who: 'cfo', name: '存货' },
  { q: 'q_material', a: 'a_material', who: 'vp', name: '原材料成本' },
  { q: 'q_overseas', a: 'a_overseas', who: 'chair', name: '海外业务' },
  { q: 'q_competition', a: 'a_competition', who: 'ceo', name: '竞争格局' },
  { q: 'q_gap', a: 'a_gap', who: 'ceo', name: '技术差距' },
];

/** A results call of the series. */
export function earningsCall(t: Talk): Session {
  const { rng, world, meeting } = t;
  const c = world.company;
  const q = world.ledger.quarter(meeting.k);
  const period = periodName(q, true);
  const indep = rng.pick(c.independents);
  const title = `${c.short}${period}业绩说明会`;
  const present = [c.host, c.chair, c.ceo, c.cfo, c.secretary, c.vp, indep];
  const s = new Session({ index: meeting.index, kind: 'earnings-call', title, day: meeting.day, chair: c.host }, rng, present, rng.int(3, 45));
  const hour = rng.pick([10, 15, 16]);
  s.heading(title);
  s.meta(`时间：${zhDate(meeting.day)}（${weekday(meeting.day)}）${hour}:00-${hour + 1}:${rng.pick(['00', '30'])}`);
  s.meta(`形式：${rng.pick(['电话会议结合网络文字互动', '视频直播结合网络文字互动', '现场结合网络直播'])}　证券代码：${c.code}　公司出席人员：董事长${c.chair.name}，总经理${c.ceo.name}，财务总监${c.cfo.name}，董事会秘书${c.secretary.name}，副总经理${c.vp.name}，独立董事${indep.name}　${period}`);
  const seg = rng.int(0, c.segments.length - 1);
  const base: Vars = {
    short: c.short, period, host: c.host.name, chair: c.chair.name, ceo: c.ceo.name, cfo: c.cfo.name, sec: c.secretary.name, indep: indep.name,
    ...quarterVars(q, seg), period_short: period,
    material: c.materials, customer: c.segments.flatMap((x) => x.customers), product: c.segments.flatMap((x) => x.products),
    base: c.bases, rival: c.rivals, supplier: c.suppliers, reason: ['<reason_cost>', '<reason_pressure>'], reason_a: ['<reason_ar>'],
  };
  base.period = period;
  s.say(c.host, t.lines(['@call_open', '@call_guests', '@call_safe', '@call_agenda'], base));
  s.say(c.chair, t.lines(['@chair_intro', '@chair_results', '@chair_progress', '@chair_outlook'], { ...base, ...pinned(t) }));
  s.say(c.host, t.raw('{谢谢<chair>董事长。|感谢<chair>董事长的致辞。}{下面请|有请}财务总监<cfo>{介绍|汇报}{财务情况|经营数据}。', base));
  const segLines = c.segments.map((_, i) => t.line('@cfo_segment', { ...base, ...quarterVars(q, i), period }));
  s.say(c.cfo, [t.line('@cfo_walk', base), ...segLines].join(''));
  s.say(c.host, t.line('@qa_open', base));
  const who: Record<string, Person> = { ceo: c.ceo, cfo: c.cfo, chair: c.chair, vp: c.vp };
  const askers = rng.sample(c.analysts, rng.int(6, 9));
  askers.forEach((asker, i) => {
    const org = asker.title.replace(/分析师$/, '');
    const topics = rng.sample(TOPICS, rng.int(1, 2));
    const vs = topics.map((): Vars => ({ ...base, ...pinned(t), period, org, asker: asker.name, topic_name: topics[0]!.name, count: topics.length === 2 ? '两' : '一' }));
    if (i > 0) s.say(c.host, t.line('@qa_next', vs[0]));
    s.say(asker, t.line('@q_intro', vs[0]) + topics.map((x, j) => t.line(`@${x.q}`, vs[j])).join(''));
    topics.forEach((x, j) => s.say(who[x.who]!, t.line(`@${x.a}`, vs[j])));
    if (rng.chance(0.4)) s.say(asker, t.raw('@thanks_short', { who: rng.pick(['各位领导', '管理层', `${who[topics[topics.length - 1]!.who]!.surname}${topics[topics.length - 1]!.who === 'chair' ? '董' : '总'}`]) }));
  });
  s.say(c.host, t.line('@call_close', base));
  return s;
}
