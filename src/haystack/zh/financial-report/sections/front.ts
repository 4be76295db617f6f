// 封面、第一节 重要提示、目录和释义、第二节 公司简介和主要财务指标: who the company is and the year's key figures.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { worldData } from '../world.js';
import { cn, money, pct, yoy, yuan, zhDate } from '../format.js';
import { yearRng } from './parent.js';
import { annualReportMeeting } from './board-meetings.js';

/** Cover and 第一节 重要提示、目录和释义. */
export function* renderFront(ctx: ZhReportContext): Generator<Block> {
  const { company: c, year, cur } = ctx;
  const r = ctx.fork('front');
  ctx.section = '封面';
  yield { kind: 'heading', text: `${c.name}\n${year}年年度报告`, section: ctx.section, context: ctx.place };
  yield ctx.meta(`证券代码：${c.code}　　证券简称：${c.short}　　公告编号：${year + 1}-${String(r.int(8, 26)).padStart(3, '0')}`);
  yield ctx.meta(`${zhDate(ctx.place.filedOn).replace(/\d+日$/, '')}`);
  yield ctx.chapter('第一节 重要提示、目录和释义');
  const vars = { chair: c.chair.name, cfo: c.cfo.name, accountant: c.accountant.name, auditor: c.auditor, year: String(year), year1: String(year), riskNo: r.pick(['九', '十', '十一']) };
  yield ctx.para(ctx.paragraph(() => [ctx.fill(r, '<noticeOpen>', vars), ctx.fill(r, '<noticeSigners>', vars), ctx.fill(r, '<noticeAudit>', vars)].join('')));
  if (ctx.states('zh.dividend.proposal')) {
    yield ctx.para(ctx.paragraph(() => ctx.fill(r, '<dividendProposal>', dividendVars(ctx))), ['zh.dividend.proposal']);
  }
  yield ctx.para(ctx.paragraph(() => ctx.fill(r, '<noticeForward>', vars) + ctx.fill(r, '<noticeRisk>', vars)));
  yield ctx.sub('释义');
  // The first report defines every term; later ones restate only the company, the period and what changed.
  const first = year === ctx.world.firstYear;
  yield ctx.table('', ['释义项', '指', '释义内容'], [
    ['本公司、公司、' + c.short, '指', c.name],
    ...(first ? [
      ['控股股东', '指', c.holding],
      ['实际控制人', '指', c.chair.name],
      ...c.subsidiaries.slice(0, 3).map((s) => [s.name, '指', `公司${s.share === 100 ? '全资' : '控股'}子公司`]),
      ['中国证监会', '指', '中国证券监督管理委员会'],
    ] : [['本报告', '指', `${c.name}${year}年年度报告`]]),
    ['报告期', '指', `${year}年1月1日至${year}年12月31日`],
    ...(first ? [['元、万元、亿元', '指', '人民币元、人民币万元、人民币亿元']] : []),
  ]);
  void cur;
}

/** Variables of the dividend proposal sentence (shared with 第六节 and the notes). */
export function dividendVars(ctx: ZhReportContext): Record<string, string> {
  const { cur, year } = ctx;
  const approving = annualReportMeeting(ctx.world, year, ctx.grammar.list('boardMeetingTopics').length);
  return {
    board: cn(approving.term), meeting: cn(approving.number), year: String(year), year1: String(year),
    shares: cur.shares.toLocaleString('en-US'), per10: cur.dividendPer10.toFixed(2), total: money(cur.dividendTotal),
  };
}

/** 第二节 公司简介和主要财务指标. */
export function* renderProfile(ctx: ZhReportContext): Generator<Block> {
  const { company: c, year, cur, prev, prev2 } = ctx;
  const r = ctx.fork('profile');
  yield ctx.chapter('第二节 公司简介和主要财务指标');
  yield ctx.sub('一、公司信息');
  const firstYear = year === ctx.world.firstYear;
  yield ctx.table('', ['项目', '内容'], firstYear ? [
    ['股票简称', c.short], ['股票代码', c.code], ['股票上市证券交易所', c.exchange],
    ['公司的中文名称', c.name], ['公司的中文简称', c.short], ['公司的法定代表人', c.chair.name],
    ['注册地址', c.address], ['办公地址', c.address],
  ] : [
    ['股票简称/股票代码', `${c.short}/${c.code}`], ['公司的中文名称', c.name], ['注册地址和办公地址', `${c.address}（报告期内未变更）`],
  ]);
  yield ctx.sub('二、联系人和联系方式');
  const phone = yearRng(ctx.world, 'phone', 0);
  yield ctx.table('', ['项目', '董事会秘书'], [
    ['姓名', c.secretary.name],
    ...(firstYear ? [['联系地址', c.address]] : []),
    ['电话', `${worldData().areaCodes[c.city] ?? `0${phone.int(510, 599)}`}-${phone.int(8100_0000, 8899_9999)}`],
    ['电子信箱', `ir@${c.code}.com.cn`],
  ]);
  yield ctx.sub('三、其他有关资料');
  yield ctx.table('', ['项目', '内容'], [
    ['公司聘请的会计师事务所名称', c.auditor],
    ['签字会计师姓名', `${c.auditorPartners[0]}、${c.auditorPartners[1]}`],
  ]);
  yield ctx.sub('四、主要会计数据和财务指标');
  yield ctx.meta('公司是否需追溯调整或重述以前年度会计数据\n□是 √否');
  const row = (label: string, f: (y: typeof cur) => number) => [label, yuan(f(cur)), yuan(f(prev)), yoy(f(cur), f(prev)), yuan(f(prev2))];
  yield ctx.table('单位：元', ['项目', `${year}年`, `${year - 1}年`, '本年比上年增减', `${year - 2}年`], [
    row('营业收入', (y) => y.revenue),
    row('归属于上市公司股东的净利润', (y) => y.parentProfit),
    row('归属于上市公司股东的扣除非经常性损益的净利润', (y) => y.deductedProfit),
    row('经营活动产生的现金流量净额', (y) => y.cash.opNet),
  ]);
  const rowEnd = (label: string, f: (y: typeof cur) => number) => [label, yuan(f(cur)), yuan(f(prev)), yoy(f(cur), f(prev)), yuan(f(prev2))];
  yield ctx.table('单位：元', ['项目', `${year}年末`, `${year - 1}年末`, '本年末比上年末增减', `${year - 2}年末`], [
    rowEnd('归属于上市公司股东的净资产', (y) => y.balance.parentEquity),
    rowEnd('总资产', (y) => y.balance.totalAssets),
  ]);
  const roeD = (y: typeof cur) => Math.round(y.roe * (y.deductedProfit / y.parentProfit) * 100) / 100;
  const epsD = (y: typeof cur) => Math.round(y.deductedProfit / y.shares) / 100;
  yield ctx.table('', ['主要财务指标', `${year}年`, `${year - 1}年`, '本年比上年增减', `${year - 2}年`], [
    ['基本每股收益（元/股）', cur.eps.toFixed(2), prev.eps.toFixed(2), yoy(cur.eps, prev.eps), prev2.eps.toFixed(2)],
    ['稀释每股收益（元/股）', cur.eps.toFixed(2), prev.eps.toFixed(2), yoy(cur.eps, prev.eps), prev2.eps.toFixed(2)],
    ['扣除非经常性损益后的基本每股收益（元/股）', epsD(cur).toFixed(2), epsD(prev).toFixed(2), yoy(epsD(cur), epsD(prev)), epsD(prev2).toFixed(2)],
    ['加权平均净资产收益率', `${cur.roe.toFixed(2)}%`, `${prev.roe.toFixed(2)}%`, `${(cur.roe - prev.roe).toFixed(2)}个百分点`, `${prev2.roe.toFixed(2)}%`],
    ['扣除非经常性损益后的加权平均净资产收益率', `${roeD(cur).toFixed(2)}%`, `${roeD(prev).toFixed(2)}%`, `${(roeD(cur) - roeD(prev)).toFixed(2)}个百分点`, `${roeD(prev2).toFixed(2)}%`],
  ]);
  yield ctx.sub('五、分季度主要财务指标');
  const q = cur.quarters;
  yield ctx.table('单位：元', ['项目', '第一季度', '第二季度', '第三季度', '第四季度'], [
    ['营业收入', ...q.revenue.map(yuan)],
    ['归属于上市公司股东的净利润', ...q.parentProfit.map(yuan)],
    ['归属于上市公司股东的扣除非经常性损益的净利润', ...q.deducted.map(yuan)],
    ['经营活动产生的现金流量净额', ...q.opCash.map(yuan)],
  ]);
  const top = q.revenue.indexOf(Math.max(...q.revenue));
  yield ctx.para(ctx.paragraph(() => ctx.fill(r, '{上述财务指标或其加总数|上述各季度财务指标}{与公司已披露季度报告、半年度报告相关财务指标|与已披露的定期报告}{不存在重大差异|无重大差异}。{从季度分布看，|分季度看，}第<q>季度营业收入{最高|规模最大}，{为|达到}<qRev>，{占全年营业收入的|占全年的}<qShare>{，主要|，}{受|系}{下游客户|客户}{年末集中采购|采购节奏|项目验收}{影响|所致}。', {
    q: ['一', '二', '三', '四'][top]!, qRev: money(q.revenue[top]!), qShare: pct(q.revenue[top]! / cur.revenue),
  })));
  yield ctx.sub('六、非经常性损益项目及金额');
  const other = cur.nonRecurring - Math.round(cur.grants * 0.85);
  const taxEffect = Math.round(cur.nonRecurring * 0.15 / 0.85);
  yield ctx.table('单位：元', ['项目', `${year}年金额`, '说明'], [
    ['计入当期损益的政府补助（与公司正常经营业务密切相关，符合国家政策规定、按照确定的标准享有、对公司损益产生持续影响的政府补助除外）', yuan(cur.grants), '主要为收到的产业扶持资金'],
    ['除上述各项之外的其他营业外收入和支出及投资收益', yuan(other + Math.round(cur.grants * 0.85) - cur.grants + taxEffect), ''],
    ['减：所得税影响额', yuan(taxEffect), ''],
    ['合计', yuan(cur.nonRecurring), '--'],
  ]);
}
