// The disclosures of 第四节 to 第六节 a real 年度报告 prints in tables: the board committees and the independent directors'
// attendance, internal-control evaluation, pollutant discharge and each production base's environmental work, related-party
// transactions, entrusted wealth management, guarantees and the use of raised funds.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { cn, count, money, pct, qty, wan, yuan, zhDate } from '../format.js';
import { split } from '../ledger.js';
import { worldData, type ZhSubsidiary } from '../world.js';
import { yearRng } from './parent.js';
import { tradingAssetParts } from './line-items.js';

const day = (year: number, m: number, d: number) => zhDate(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** One board committee's year: its members and its meetings, each with a date and the matter it took up. */
export interface CommitteeYear { name: string; members: string; meetings: Array<{ date: string; topic: string }> }

/** The months in which each committee matter comes up in a real year (the annual accounts in spring, the half-year in August…). */
const COMMITTEE_TOPICS: Array<[string, Array<[string, number[]]>]> = [
  ['审计委员会', [['审议公司年度财务报告及内部控制评价报告', [3, 4]], ['审议续聘会计师事务所的议案', [3, 4]], ['审议季度财务报告', [4, 10]], ['审议半年度财务报告', [8]], ['与年审会计师沟通年度审计计划', [11, 12]]]],
  ['薪酬与考核委员会', [['审议董事及高级管理人员薪酬方案', [3, 4]], ['审议高级管理人员年度绩效考核结果', [1, 2, 3]]]],
  ['提名委员会', [['审查高级管理人员任职资格', [5, 6, 7, 9]], ['审议董事会换届选举候选人资格', [5, 6, 11]]]],
  ['战略委员会', [['审议公司年度经营计划', [1, 2]], ['审议对外投资建设项目的议案', [6, 7, 9]], ['研究公司中长期发展规划', [10, 11]]]],
];

/**
 * Whether a year's report is written under the 2023 《上市公司独立董事管理办法》 (in force from 2023-09-04, so from the
 * 2023 report on): related-party transactions go first to the 独立董事专门会议, the independent directors check their
 * independence each year and the board assesses it, and there is no more 事前认可 or routine 独立意见.
 */
export const reformed = (year: number): boolean => year >= 2023;

/**
 * Under the reform the 审计委员会 meets at least once a quarter (a full year of it from 2024): the progress of the year-end
 * audit in January or February, the first-quarter report in April, the half-year in August, the third quarter in
 * October always, and the annual accounts, the auditor's re-appointment and the next audit plan as drawn.
 */
const AUDIT_QUARTERLY: Array<[string, number[]]> = [['与年审会计师沟通年报审计进展', [1, 2]], ['审议第一季度财务报告', [4]], ['审议半年度财务报告', [8]], ['审议第三季度财务报告', [10]]];
const AUDIT_MORE: Array<[string, number[]]> = [['审议公司年度财务报告及内部控制评价报告', [3, 4]], ['审议续聘会计师事务所的议案', [3, 4]], ['与年审会计师沟通年度审计计划', [11, 12]]];

/** The four committees' meetings of a year, drawn once per year so the prose and the table count the same meetings. */
export function committeeYear(ctx: ZhReportContext): CommitteeYear[] {
  const { company: c, year, world } = ctx;
  const r = yearRng(world, 'committees', year);
  const [i1, i2, i3] = c.independents;
  const members: Record<string, string> = {
    审计委员会: `${i1!.name}（主任委员）、${i2!.name}、${c.directors[3]!.name}`,
    薪酬与考核委员会: `${i2!.name}（主任委员）、${i3!.name}、${c.chair.name}`,
    提名委员会: `${i3!.name}（主任委员）、${i1!.name}、${c.ceo.name}`,
    战略委员会: `${c.chair.name}（主任委员）、${c.ceo.name}、${i1!.name}`,
  };
  return COMMITTEE_TOPICS.map(([name, topics]) => {
    const picked = name === '审计委员会' && year >= 2024 ? [...AUDIT_QUARTERLY, ...r.sample(AUDIT_MORE, r.int(1, AUDIT_MORE.length))] : r.sample(topics, r.int(name === '审计委员会' ? 3 : 1, topics.length));
    const meetings = picked
      .map(([topic, months]) => ({ topic, month: r.pick(months), dayOf: r.int(5, 28) }))
      .sort((x, y) => x.month - y.month || x.dayOf - y.dayOf)
      .map(({ topic, month, dayOf }) => ({ topic, date: day(year, month, dayOf) }));
    return { name, members: members[name]!, meetings };
  });
}

/** 董事会下设专门委员会 meetings (the year's, as `committeeYear` draws them) and the independent directors' attendance. */
export function* boardDetail(ctx: ZhReportContext, boardMeetings: number, committees: CommitteeYear[]): Generator<Block> {
  const { company: c, year } = ctx;
  const r = ctx.fork('board-detail');
  const rows: string[][] = [];
  for (const { name, members, meetings } of committees) {
    meetings.forEach(({ date, topic }, i) => rows.push([i === 0 ? name : '', i === 0 ? members : '', i === 0 ? String(meetings.length) : '', date, topic, '审议通过，无异议']));
  }
  yield ctx.table('', ['委员会名称', '成员情况', '召开会议次数', '召开日期', '会议内容', '提出的重要意见和建议'], rows);
  yield ctx.heading('独立董事履行职责的情况', '董事会下设专门委员会在报告期内的情况');
  yield ctx.table('', ['董事姓名', '本报告期应参加董事会次数', '现场出席董事会次数', '以通讯方式参加董事会次数', '委托出席董事会次数', '缺席董事会次数', '出席股东大会次数'], c.independents.map((p) => {
    const remote = r.int(0, Math.floor(boardMeetings / 2));
    return [p.name, String(boardMeetings), String(boardMeetings - remote), String(remote), '0', '0', String(r.int(1, 2))];
  }));
  const vars = { n: String(boardMeetings), year: String(year) };
  const text = ctx.paragraph(() => ctx.fill(r, reformed(year) ? '<independentNoteReformed>' : '<independentNote>', vars));
  if (text) yield ctx.para(text);
  if (!reformed(year)) return;
  // The 专门会议 of the year reviewed the related-party estimate: the year's own, in spring with the annual accounts;
  // in 2023 (the reform came in September) the next year's, in December.
  const m = r.int(1, 3);
  const special = ctx.paragraph(() => ctx.fill(r, '<specialMeeting>', { ...vars, m: m === 2 ? '两' : cn(m), estYear: String(year === 2023 ? 2024 : year), convener: c.independents[1]!.name }));
  if (special) yield ctx.para(special);
  const check = ctx.paragraph(() => ctx.fill(r, '<independenceCheck>', vars));
  if (check) yield ctx.para(check);
}

/** 内部控制评价报告 and the defect standards. */
export function* internalControl(ctx: ZhReportContext): Generator<Block> {
  const { company: c, year } = ctx;
  const r = ctx.fork('internal-control');
  yield ctx.sub('九、内部控制评价报告');
  yield ctx.table('', ['项目', '内容'], [
    ['内部控制评价报告全文披露日期', zhDate(ctx.place.filedOn)],
    ['内部控制评价报告全文披露索引', `巨潮资讯网《${year}年度内部控制自我评价报告》`],
    ['纳入评价范围单位资产总额占公司合并财务报表资产总额的比例', pct(r.float(0.93, 0.995))],
    ['纳入评价范围单位营业收入占公司合并财务报表营业收入的比例', pct(r.float(0.94, 0.998))],
    ['财务报告重大缺陷数量（个）', '0'], ['非财务报告重大缺陷数量（个）', '0'], ['财务报告重要缺陷数量（个）', '0'], ['非财务报告重要缺陷数量（个）', '0'],
  ]);
  const text = ctx.paragraph(() => ctx.fill(r, '<controlNote>', { auditor: c.auditor, year: String(year), date: zhDate(ctx.place.filedOn) }));
  if (text) yield ctx.para(text);
}

/** A pollutant: name, discharge, unit, concentration range, standard, and the outlets it leaves by (water at the outfall, air up a stack). */
const POLLUTANTS: Array<[string, string, string, [number, number], string, string[]]> = [
  ['化学需氧量', '间接排放', 'mg/L', [35, 260], '《污水综合排放标准》（GB 8978-1996）三级标准', ['污水处理站出口', '厂区污水总排口']],
  ['氨氮', '间接排放', 'mg/L', [1.2, 28], '《污水排入城镇下水道水质标准》（GB/T 31962-2015）', ['污水处理站出口', '厂区污水总排口']],
  ['颗粒物', '有组织排放', 'mg/m³', [2, 18], '《大气污染物综合排放标准》（GB 16297-1996）', ['车间楼顶排气筒', '厂区东侧排气筒', '厂区西北侧排气筒']],
  ['二氧化硫', '有组织排放', 'mg/m³', [3, 45], '《锅炉大气污染物排放标准》（GB 13271-2014）', ['锅炉房烟囱']],
  ['氮氧化物', '有组织排放', 'mg/m³', [12, 120], '《锅炉大气污染物排放标准》（GB 13271-2014）', ['锅炉房烟囱']],
  ['挥发性有机物', '有组织排放', 'mg/m³', [3, 50], '地方挥发性有机物排放标准', ['车间楼顶排气筒', '厂区南侧排气筒']],
];

/** The pollutants a year's 排污信息 lists (at least one), and what they are in a word: 废水, 废气 or 废水和废气. */
export function pollutantsOf(ctx: ZhReportContext): { picked: typeof POLLUTANTS; kinds: string } {
  const r = yearRng(ctx.world, 'pollutant-list', ctx.year);
  let picked = POLLUTANTS.filter(() => r.chance(0.7)).slice(0, 5);
  if (picked.length === 0) picked = [r.pick(POLLUTANTS)];
  const water = picked.some((p) => p[2] === 'mg/L');
  const air = picked.some((p) => p[2] !== 'mg/L');
  return { picked, kinds: water && air ? '废水和废气' : water ? '废水' : '废气' };
}

/** 排污信息 of the subsidiary listed as a key pollutant discharger (the year's `pollutantsOf`), and the environmental work of every production base. */
export function* environmentDetail(ctx: ZhReportContext, sub: ZhSubsidiary, picked: ReturnType<typeof pollutantsOf>['picked']): Generator<Block> {
  const { company: c, cur, year, world } = ctx;
  const r = yearRng(world, 'pollutants', year);
  const scale = cur.revenue / 1e11;
  yield ctx.heading('排污信息', '重大环保问题情况');
  yield ctx.table('', ['公司或子公司名称', '主要污染物及特征污染物的名称', '排放方式', '排放口数量', '排放口分布情况', '排放浓度', '执行的污染物排放标准', '排放总量（吨）', '核定的排放总量（吨）', '超标排放情况'], picked.map(([name, how, unit, [lo, hi], std, outlets]) => {
    const total = Math.round(r.float(0.2, 6) * scale * 1000) / 1000;
    return [sub.name, name, how, String(r.int(1, outlets[0] === '锅炉房烟囱' ? 2 : 4)), r.pick(outlets), `${qty(Math.round(r.float(lo, hi) * 100) / 100)}${unit}`, std, qty(total), qty(Math.round(total * r.float(1.6, 4) * 1000) / 1000), '无'];
  }));
  const rr = ctx.fork('environment-bases');
  for (const base of c.bases) {
    yield ctx.heading(`${base}生产基地`, '重大环保问题情况');
    for (const key of ['envFacility', 'envEia', 'envEmergency', 'envMonitor']) {
      const text = ctx.paragraph(() => ctx.fill(rr, `<${key}>`, {
        base, sub: sub.name, year: String(year), tons: qty(Math.round(rr.float(20, 900) * scale) / 10), wastewater: count(rr.int(50, 900) * scale * 10),
        points: String(rr.int(4, 26)), lines: cn(rr.int(2, 6)), month: String(rr.int(1, 12)), material: c.industry.materials,
      }));
      if (text) yield ctx.para(text);
    }
  }
}

/** 日常关联交易 with the company's associates, and 委托理财. */
export function* relatedDetail(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, year, world } = ctx;
  const d = worldData();
  const ar = yearRng(world, 'associates', 0);
  const stem = c.short.slice(0, 2);
  const associates = [
    { name: `${c.city}${ar.pick(d.stemChars)}${stem.slice(1)}${ar.pick(['精密机械', '新材料', '电子科技', '物流'])}有限公司`, rel: '联营企业' },
    { name: `${c.bases[c.bases.length - 1]}${ar.pick(d.stemChars)}${ar.pick(d.stemChars)}${ar.pick(['包装材料', '模具', '表面处理', '检测技术'])}有限公司`, rel: '公司董事担任董事的企业' },
  ];
  const r = yearRng(world, 'related', year);
  const rows = associates.flatMap((a, i) => {
    const buy = Math.round(cur.cost * r.float(0.002, 0.012));
    const sell = Math.round(cur.revenue * r.float(0.0005, 0.004));
    return [
      [a.name, a.rel, '向关联人采购原材料', i === 0 ? c.industry.materials[0]! : '包装物及辅料', '市场价格', wan(buy), pct(buy / (cur.cost * 0.7))],
      ...(i === 0 ? [[a.name, a.rel, '向关联人销售产品', c.segments[0]!.products[0]!, '市场价格', wan(sell), pct(sell / cur.revenue)]] : []),
    ];
  });
  yield ctx.heading('与日常经营相关的关联交易', '重大关联交易');
  yield ctx.table('单位：万元', ['关联交易方', '关联关系', '关联交易类型', '关联交易内容', '关联交易定价原则', '关联交易金额', '占同类交易金额的比例'], rows);
  const note = ctx.fork('related-note');
  const relatedBody = reformed(year) ? '独立董事专门会议和董事会' : note.pick(['董事会', '公司董事会']);
  const text = ctx.paragraph(() => ctx.fill(note, '<relatedNote>', { year: String(year), assoc: associates[0]!.name, relatedBody }));
  if (text) yield ctx.para(text);
}

/** 委托理财: the wealth-management products behind 交易性金融资产. */
export function* wealthTable(ctx: ZhReportContext): Generator<Block> {
  const { cur, year, world } = ctx;
  const w = yearRng(world, 'wealth', year);
  // The balances are the note's own split of 交易性金融资产 (a 券商理财产品 line here met 结构性存款 there).
  const rows = tradingAssetParts(ctx, cur, year);
  yield ctx.heading('委托他人进行现金资产管理情况', '重大合同及其履行情况');
  yield ctx.table('单位：万元', ['具体类型', '委托理财的资金来源', '委托理财发生额', '未到期余额', '逾期未收回的金额'],
    rows.map(([name, v], i) => [name, '自有资金', wan(Math.round(v * (i === 0 ? w.float(2, 5) : w.float(1.5, 3)))), wan(v), '0']));
}

/**
 * 公司对子公司的担保情况, item by item (only where the report states its guarantees): the amounts sum to the balance at the
 * year's end, and the quotas to more than the year's guarantees (granted), so the table never shows less quota than the
 * note says was guaranteed.
 */
export function* guaranteeTable(ctx: ZhReportContext, total: number, granted: number): Generator<Block> {
  const { company: c, year, world } = ctx;
  const r = yearRng(world, 'guarantees', year);
  const subs = c.subsidiaries.slice(0, Math.min(3, c.subsidiaries.length));
  const amounts = split(total, subs.map(() => r.float(0.4, 1.2)));
  yield ctx.table('单位：万元', ['担保对象名称', '担保额度相关公告披露日期', '担保额度', '实际发生日期', '实际担保金额', '担保类型', '担保期', '是否履行完毕'], subs.map((s, i) => {
    const amt = amounts[i]!;
    return [s.name, day(year, r.int(3, 5), r.int(5, 28)), wan(Math.round(amt * (granted / total) * r.float(1.05, 1.4))), day(year, r.int(5, 11), r.int(5, 28)), wan(amt), '连带责任保证', `${r.int(1, 3)}年`, '否'];
  }));
}

/** The projects of the listing's raised funds: name, committed amount, and the cumulative amount spent by a year. */
function proceedsProjects(ctx: ZhReportContext) {
  const { company: c, world } = ctx;
  const r = yearRng(world, 'proceeds-projects', 0);
  const names = [`${c.bases[0]}年产${r.pick(c.segments[0]!.products)}${r.pick(['扩产', '建设'])}项目`, `${r.pick(['研发中心', '技术中心'])}建设项目`, '补充流动资金'];
  const commits = names.map((_, i) => (i === 2 ? r.int(8, 30) : r.int(20, 90)) * 1e8 + r.int(1, 99) * 1e6);
  // Projects draw on their funds year by year from the listing (a share a year), so the cumulative figure only grows, a
  // year's figure is the year's step, and a project is finished in the year its funds were used up; 补充流动资金 is paid
  // out in the listing year.
  const share = (i: number, y: number) => (y < c.listedYear ? 0 : yearRng(world, `proceeds-${i}`, y).float(0.18, 0.35));
  const spentBy = (i: number, y: number): number => {
    if (i === 2) return y >= c.listedYear ? commits[i]! : 0;
    let f = 0;
    for (let k = c.listedYear; k <= y; k++) f += share(i, k);
    return Math.round(commits[i]! * Math.min(1, f));
  };
  const finishedIn = (i: number, by: number): number | undefined => {
    for (let k = c.listedYear; k <= by; k++) if (spentBy(i, k) >= commits[i]!) return k;
    return undefined;
  };
  return { names, commits, spentBy, finishedIn };
}

/** The year the raised funds were all used, when that was before this report's year (then there is nothing to report). */
export function proceedsUsedUpBefore(ctx: ZhReportContext): number | undefined {
  const { names, finishedIn } = proceedsProjects(ctx);
  const years = names.map((_, i) => finishedIn(i, ctx.year - 1));
  return years.every((y) => y !== undefined) ? Math.max(...(years as number[])) : undefined;
}

/** 募集资金承诺项目 and their progress (only where the report states the use of raised funds). */
export function* proceedsTable(ctx: ZhReportContext): Generator<Block> {
  const { year } = ctx;
  const { names, commits, spentBy, finishedIn } = proceedsProjects(ctx);
  const rows = names.map((n, i) => {
    const spent = spentBy(i, year);
    const thisYear = spent - spentBy(i, year - 1);
    const done = finishedIn(i, year);
    const ready = i === 2 ? '不适用' : done !== undefined ? `${done}年12月31日` : `${year + 1}年12月31日`;
    return [n, '否', wan(commits[i]!), wan(commits[i]!), wan(thisYear), wan(spent), pct(spent / commits[i]!), ready];
  });
  yield ctx.table('单位：万元', ['承诺投资项目', '是否已变更项目', '募集资金承诺投资总额', '调整后投资总额', '本报告期投入金额', '截至期末累计投入金额', '截至期末投资进度', '项目达到预定可使用状态日期'], rows);
  void count; void money; void yuan;
}
