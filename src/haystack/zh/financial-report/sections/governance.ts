// 第四节 公司治理 and 第五节 环境和社会责任: the board and its people, pay, staff, environment and social responsibility.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { cn, count, money, pct, zhDate } from '../format.js';
import type { ZhPerson, ZhReportWorld } from '../world.js';
import { yearRng } from './parent.js';
import { bioOf } from './bios.js';
import { boardMeetings } from './board-meetings.js';
import { boardDetail, committeeYear, environmentDetail, internalControl, pollutantsOf } from './disclosures.js';

/** Each director's, supervisor's and senior manager's pay of a year in 万元 (the pay table and 关键管理人员报酬 read it). */
export function executivePay(world: ZhReportWorld, year: number): Array<[ZhPerson, number]> {
  const c = world.company;
  const r = yearRng(world, 'executive-pay', year);
  const people: ZhPerson[] = [...c.directors, ...c.independents, ...c.supervisors, c.secretary, ...c.vicePresidents];
  return people.map((p) => [p, p.title.includes('独立董事') ? independentAllowance(world) : p.title.includes('董事长') ? r.int(9000, 18000) / 100 : r.int(3500, 9500) / 100]);
}

/** The independent directors' allowance in 万元 a year: one figure for all of them, the same every year. */
export function independentAllowance(world: ZhReportWorld): number {
  return yearRng(world, 'independent-allowance', 0).int(8, 12);
}

/** 第四节 公司治理. */
export function* renderGovernance(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, year } = ctx;
  const r = ctx.fork('governance');
  const say = (t: string, extra: Record<string, string> = {}) => ctx.fill(r, t, { year: String(year), exchange: c.exchange, auditor: c.auditor, base: c.bases, ...extra });
  yield ctx.chapter('第四节 公司治理');
  yield ctx.sub('一、公司治理的基本状况');
  yield ctx.para(ctx.paragraph(() => ctx.grammar.list('governanceOpen').map((t) => say(t)).join('')));
  yield ctx.sub('二、报告期内召开的年度股东大会和临时股东大会的有关情况');
  const agm = `${year}-0${r.int(4, 5)}-${String(r.int(10, 28)).padStart(2, '0')}`;
  const egm = `${year}-${String(r.int(8, 11)).padStart(2, '0')}-${String(r.int(10, 28)).padStart(2, '0')}`;
  yield ctx.table('', ['会议届次', '会议类型', '投资者参与比例', '召开日期', '会议决议'], [
    [`${year - 1}年年度股东大会`, '年度股东大会', pct(r.float(0.42, 0.68)), zhDate(agm), '审议通过全部议案'],
    [`${year}年第一次临时股东大会`, '临时股东大会', pct(r.float(0.4, 0.66)), zhDate(egm), '审议通过全部议案'],
  ]);
  yield ctx.sub('三、董事、监事和高级管理人员情况');
  const people: ZhPerson[] = [...c.directors, ...c.independents, ...c.supervisors, c.secretary, ...c.vicePresidents];
  const rows = executivePay(ctx.world, year).map(([p, pay]) => [p.name, p.title, p.gender, String(year - p.born), '现任', pay.toFixed(2)]);
  yield ctx.table('单位：万元', ['姓名', '职务', '性别', '年龄', '任职状态', '报告期内从公司获得的税前报酬总额'], rows);
  yield ctx.sub('四、董事、监事和高级管理人员的主要工作经历');
  // The careers are told in full in the first year's report; later years, with the same people, refer back to it.
  if (year === ctx.world.firstYear) {
    const free = c.subsidiaries.map((s) => s.name);
    for (const p of people) {
      const bio = ctx.paragraph(() => bioOf(ctx.world, p, free));
      if (bio) yield ctx.para(bio);
    }
  } else {
    yield ctx.para(ctx.paragraph(() => say(`{报告期内，|}公司董事、监事和高级管理人员{未发生变动|均未发生变化}，其主要工作经历{详见|请参阅}公司${year - 1}年年度报告{“第四节 公司治理”|相关章节}。`)));
  }
  yield ctx.sub('五、董事、监事、高级管理人员报酬情况');
  const pay = ctx.grammar.list('payPolicy');
  yield ctx.para(ctx.paragraph(() => say(pay[0]!)));
  if (ctx.states('zh.comp.performance-pay')) yield ctx.para(ctx.paragraph(() => say(pay[1]!)), ['zh.comp.performance-pay']);
  yield ctx.para(ctx.paragraph(() => say(pay[2]!, { allowance: String(independentAllowance(ctx.world)) })));
  yield ctx.sub('六、报告期内召开的董事会有关情况');
  const topics = ctx.grammar.list('boardMeetingTopics');
  const meetings = boardMeetings(ctx.world, year, topics.length);
  yield ctx.table('', ['会议届次', '召开日期', '会议决议'], meetings.map(({ topic, term, number, date }) => [
    `第${cn(term)}届董事会第${cn(number)}次会议`,
    zhDate(date),
    ctx.fill(r, topics[topic]!, { year: String(topic === 0 ? year - 1 : year) }),
  ]));
  yield ctx.sub('七、董事会下设专门委员会在报告期内的情况');
  // Each committee's paragraph counts the meetings its table lists (两次, not 二次).
  const committees = committeeYear(ctx);
  for (const t of ctx.grammar.list('committeeWork')) {
    const held = committees.find((k) => t.includes(k.name))?.meetings.length ?? 0;
    if (held === 0) continue;
    const text = ctx.paragraph(() => say(t, { n: held === 2 ? '两' : cn(held) }));
    if (text) yield ctx.para(text);
  }
  yield* boardDetail(ctx, meetings.length, committees);
  yield ctx.sub('八、报告期末母公司和主要子公司的员工情况');
  const e = cur.employees;
  yield ctx.table('单位：人', ['专业构成类别', '专业构成人数'], [['生产人员', count(e.production)], ['销售人员', count(e.sales)], ['技术人员', count(e.technical)], ['财务人员', count(e.finance)], ['行政人员', count(e.admin)], ['合计', count(e.total)]]);
  yield ctx.table('单位：人', ['教育程度类别', '数量'], [['硕士及以上', count(e.masters)], ['本科', count(e.bachelors)], ['大专', count(e.college)], ['大专以下', count(e.below)], ['合计', count(e.total)]]);
  for (const t of ctx.grammar.list('employeeNote')) {
    const text = ctx.paragraph(() => say(t, { trainings: String(r.int(40, 180)), trainees: count(e.total * r.float(1.2, 3.5)) }));
    if (text) yield ctx.para(text);
  }
  yield* internalControl(ctx);
}

/** 第五节 环境和社会责任. */
export function* renderEnvironment(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, year } = ctx;
  const r = ctx.fork('environment');
  // The key polluter is a subsidiary that makes things (not a sales or service company), the same one every year.
  const makers = c.subsidiaries.filter((s) => s.role === '生产');
  const atBase = makers.filter((s) => c.bases.includes(s.city));
  const sub = yearRng(ctx.world, 'key-polluter', 0).pick(atBase.length ? atBase : makers.length ? makers : c.subsidiaries);
  const say = (t: string, extra: Record<string, string> = {}) => ctx.fill(r, t, { year: String(year), base: c.bases, sub: sub.name, city: sub.city, holding: c.holding, chair: c.chair.name, ...extra });
  yield ctx.chapter('第五节 环境和社会责任');
  yield ctx.sub('一、重大环保问题情况');
  const open = ctx.grammar.list('environmentOpen');
  if (ctx.states('zh.environment.no-penalty')) yield ctx.para(ctx.paragraph(() => say(open[0]!)), ['zh.environment.no-penalty']);
  const pollutants = pollutantsOf(ctx);
  yield ctx.para(ctx.paragraph(() => say(open[1]!, { discharged: pollutants.kinds })));
  yield* environmentDetail(ctx, sub, pollutants.picked);
  for (const t of ctx.grammar.list('environmentWork')) {
    const kwh = r.int(180, 1600);
    const text = ctx.paragraph(() => say(t, { envSpend: money(Math.round(cur.revenue * r.float(0.001, 0.004))), kwh: String(kwh), co2: count(kwh * 10_000 * 0.000581) }));
    if (text) yield ctx.para(text);
  }
  yield ctx.sub('二、社会责任情况');
  for (const t of ctx.grammar.list('socialWork')) {
    const text = ctx.paragraph(() => say(t, { taxesPaid: money(cur.cash.taxesPaid), care: String(r.int(15, 99)), donation: String(r.int(20, 290)) }));
    if (text) yield ctx.para(text);
  }
  if (ctx.states('zh.safety.no-accident')) {
    yield ctx.para(ctx.paragraph(() => say('{公司|本公司}{高度重视|始终重视}安全生产{工作|}，{全面|}落实安全生产责任制，{报告期内|全年}{开展|组织}{应急演练|安全检查}<drills>次，未发生{重大|较大及以上}安全生产事故。', { drills: String(r.int(12, 60)) })), ['zh.safety.no-accident']);
  }
}
