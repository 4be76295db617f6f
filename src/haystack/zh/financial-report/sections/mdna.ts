// 第三节 管理层讨论与分析: the industry, the business, competences, results with their tables, assets, investments, outlook and risks.
import type { Block } from '../../../../types.js';
import { loadHaystackData } from '../../../data.js';
import type { ZhReportContext } from '../context.js';
import { change, cn, count, money, pct, points, qty, yoy, yuan, zhDate } from '../format.js';
import type { ZhYear } from '../ledger.js';
import type { IndustryData } from '../company.js';
import { cashSplit } from './balance-breakdowns.js';
import { itemReason } from './line-items.js';
import { proceedsUsedUpBefore } from './disclosures.js';
import { costBooks, costDetail, fairValue, productBooks, investorRelations, nonCore, rdProjects, revenueDetail, subsidiaryResults } from './operations.js';

interface Risk { name: string; body: string }

/** Variables every MD&A phrase may use: the company, its world and this year's figures. */
/** The industry's policies issued by the report's year (a 2020 report cites no plan of 2022). */
export function policiesOf(ind: IndustryData, year: number): string[] {
  const issued = ind.policies.filter((p) => (ind.policyYears?.[p] ?? 0) <= year);
  return issued.length > 0 ? issued : ind.policies.slice(0, 1);
}

/**
 * Why each net cash flow is what it is, read off the table it follows: operating cash fell because payments grew more
 * than receipts (not '经营性收款增加' when receipts fell), investing went out on capital spending or on wealth products,
 * financing on repayments and dividends or in on new loans.
 */
function cashCauses(cur: ZhYear, prev: ZhYear): { opCause: string; investCause: string; finCause: string } {
  const c = cur.cash;
  const p = prev.cash;
  const dIn = c.opIn - p.opIn;
  const dOut = c.opOut - p.opOut;
  const opCause = c.opNet >= p.opNet
    ? dIn <= 0 ? '采购及其他经营付款减少' : dOut > 0 ? '销售回款的增加多于采购等经营付款的增加' : '销售回款增加、采购等经营付款减少'
    : dOut <= 0 ? '销售回款减少' : dIn > 0 ? '采购等经营付款的增加多于销售回款的增加' : '销售回款减少而采购等经营付款增加';
  const investCause = c.investNet >= 0 ? '理财产品到期赎回多于当期购建长期资产的支出' : c.capex >= c.investPaid ? '购建固定资产及在建项目投入的支出' : '购买理财产品及购建长期资产的支出';
  const finCause = c.finNet >= 0 ? '新增银行借款多于偿还借款及分配股利的支出' : c.dividendsPaid > c.repayments ? '分配现金股利及偿还银行借款' : '偿还银行借款及分配现金股利';
  return { opCause, investCause, finCause };
}

/** 期间费用率: selling, admin, R&D and finance costs over revenue. */
const expense = (y: ZhYear) => (y.selling + y.admin + y.rd + y.finance) / y.revenue;

function mdnaVars(ctx: ZhReportContext): Record<string, string | string[]> {
  const { company: c, cur, prev, year } = ctx;
  const ind = c.industry;
  const segs = c.segments.map((s) => s.name);
  const margin = (y: ZhYear) => (y.revenue - y.cost) / y.revenue;
  const seg1 = cur.segments[0]!;
  return {
    year: String(year), year1: String(year + 1), prevYear: String(year - 1), field: ind.field, csrc: ind.csrc,
    customer: ind.customers, material: ind.materials.slice(0, 3), material2: ind.materials.slice(3), tech: ind.technologies, policy: policiesOf(ind, year),
    product: c.segments.flatMap((s) => s.products), base: c.bases, bases: c.bases.join('、'),
    segList: segs.join('、'), seg1: segs[0]!, seg2: segs[1]!, seg3: segs[2]!,
    productList: c.segments.map((s) => s.products.slice(0, 2).join('、')).join('、'),
    customerList: ind.customers.slice(0, 3).join('、'),
    revenue: money(cur.revenue), revChange: change(cur.revenue, prev.revenue),
    parent: money(cur.parentProfit), parentChange: change(cur.parentProfit, prev.parentProfit),
    deducted: money(cur.deductedProfit), deductedChange: change(cur.deductedProfit, prev.deductedProfit),
    totalProfit: money(cur.totalProfit), totalChange: change(cur.totalProfit, prev.totalProfit), eps: cur.eps.toFixed(2),
    seg1Revenue: money(seg1.revenue), seg1Change: change(seg1.revenue, prev.segments[0]!.revenue), seg1Share: pct(seg1.revenue / cur.revenue),
    margin: pct(margin(cur)), marginChange: points(margin(cur), margin(prev)),
    rd: money(cur.rd), rdRatio: pct(cur.rd / cur.revenue), rdStaff: count(cur.rdStaff), rdShare: pct(cur.rdStaff / cur.employees.total),
    overseas: money(cur.overseas), overseasChange: change(cur.overseas, prev.overseas), overseasShare: pct(cur.overseas / cur.revenue),
    construction: money(cur.balance.construction), expenseRatio: pct(expense(cur)), expenseChange: points(expense(cur), expense(prev)),
    dividendsPaid: money(cur.cash.dividendsPaid), periodEnd: zhDate(ctx.place.periodEnd),
    receivables: money(cur.balance.receivables), receivablesShare: pct(cur.balance.receivables / cur.balance.totalAssets),
  };
}

/** Shares of the cost of sales by nature, fixed per year. */
function costShares(ctx: ZhReportContext): [number, number, number] {
  // The group's shares are the segments' cost-by-nature tables added up (运输费用 is the rest).
  const sums = [0, 0, 0, 0];
  ctx.company.segments.forEach((_, i) => costBooks(ctx, ctx.year, i).forEach((v, j) => (sums[j]! += v)));
  const m = sums[0]! / ctx.cur.cost;
  const l = sums[1]! / ctx.cur.cost;
  return [m, l, sums[2]! / ctx.cur.cost];
}

/** 第三节 管理层讨论与分析. */
export function* renderMdna(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, prev, year } = ctx;
  const r = ctx.fork('mdna');
  const v = mdnaVars(ctx);
  const say = (t: string, extra: Record<string, string> = {}) => ctx.fill(r, t, { ...v, ...extra });
  yield ctx.chapter('第三节 管理层讨论与分析');

  yield ctx.sub('一、报告期内公司所处行业情况');
  yield ctx.para(ctx.paragraph(() => say('<industryOpen>')));
  // Each trend pattern once (demand, prices, policy, competition…), two to a paragraph, so no opening repeats on the page.
  const trends = r.sample(ctx.grammar.list('industryTrend'), ctx.grammar.list('industryTrend').length);
  // A demand sentence pairs a product with a customer that buys it.
  const sold = () => {
    const seg = r.pick(c.segments);
    const product = r.pick(seg.products);
    return { product, customer: r.pick(seg.productCustomers?.[product] ?? seg.customers) };
  };
  for (let i = 0; i < trends.length; i += 2) yield ctx.para(ctx.paragraph(() => trends.slice(i, i + 2).map((t) => say(t, sold())).join('')));

  yield ctx.sub('二、报告期内公司从事的主要业务');
  yield ctx.para(ctx.paragraph(() => say('<businessMain>')));
  const rc = ctx.fork('segment-customers');
  const rt = ctx.fork('segment-tech');
  for (const s of c.segments) {
    yield ctx.para(ctx.paragraph(() => say(`{<seg>业务的主要产品为|<seg>产品{主要包括|涵盖}|在<seg>领域，公司的产品{主要包括|涵盖}}<p1>、<p2>、<p3>{等|}{系列|}，{主要|}{面向|服务于}<customer>，{报告期内|<year>年}{实现|}销售<sold><unit>，{同比|较上年}<soldChange>。`, {
      seg: s.name, p1: s.products[0]!, p2: s.products[1]!, p3: s.products[2]!, unit: s.unit, customer: rc.pick(s.customers),
      sold: qty(cur.segments[c.segments.indexOf(s)]!.sold), soldChange: change(cur.segments[c.segments.indexOf(s)]!.sold, prev.segments[c.segments.indexOf(s)]!.sold),
    })));
  }
  const products = productBooks(ctx, year);
  const productsPrev = productBooks(ctx, year - 1);
  for (const [i, p] of products.entries()) {
    const text = ctx.paragraph(() => say('<productIntro>', { name: p.name, seg: c.segments[p.seg]!.name, tech: rt.pick(c.segments[p.seg]!.technologies ?? c.industry.technologies), customer: rc.pick(c.segments[p.seg]!.productCustomers?.[p.name] ?? c.segments[p.seg]!.customers), rev: money(p.revenue), revChange: change(p.revenue, productsPrev[i]!.revenue), share: pct(p.revenue / cur.segments[p.seg]!.revenue) }));
    if (text) yield ctx.para(text);
  }
  yield ctx.para(ctx.paragraph(() => say('<modelBuy>') + say('<modelMake>') + say('<modelSell>')));

  yield ctx.sub('三、核心竞争力分析');
  const titles = ctx.grammar.list('competenceTitles');
  // Patents only grow: a base fixed by the seed plus a steady yearly addition.
  const pr = ctx.world.company.code;
  const patentStep = 12 + (Number(pr.slice(-2)) % 14);
  const patents = 60 + (Number(pr.slice(-3)) % 180) + (year - ctx.world.firstYear) * patentStep;
  // Invention patents are a share fixed by the seed, so they grow with the total (34 of 105 fell to 29 of 120 the next
  // year when the share was drawn anew), and the year's new patents are the year's step (not 28 against a step of 15).
  const inventions = Math.round(patents * (0.2 + (Number(pr.slice(-3)) % 21) / 100));
  for (let i = 0; i < titles.length; i++) {
    const tmpl = ctx.grammar.list('competence')[i]!;
    const text = ctx.paragraph(() => say(tmpl, { title: `${i + 1}、${titles[i]}`, patents: String(patents), inventions: String(inventions), certs: r.pick(ctx.grammar.list(ctx.grammar.has(`certs_${ctx.world.company.industry.name}`) ? `certs_${ctx.world.company.industry.name}` : 'certs')) }));
    if (text) yield ctx.para(text);
  }
  if (ctx.states('zh.rd.center')) {
    yield ctx.para(ctx.paragraph(() => say('{公司|本公司}{技术中心|研发中心}{设在|位于}<home>{总部|本部}，{被认定为|系}{省级企业技术中心|省级工程技术研究中心|<province>省企业技术中心}{，下设材料、工艺、检测等研究室|，配备了较为完善的试验和检测设备|}。', { home: c.city, province: c.province })), ['zh.rd.center']);
  }

  yield ctx.sub('四、主营业务分析');
  yield ctx.sub('1、概述');
  yield ctx.para(ctx.paragraph(() => say('<overviewRevenue>') + say('<overviewCause>')));
  const work = ctx.grammar.list('workDone');
  // Where the expense ratio rose, the year is not told as one of 降本增效 but of spending on growth.
  const costlier = expense(ctx.cur) > expense(ctx.prev);
  for (let i = 0; i < work.length; i++) {
    const tmpl = costlier && work[i]!.includes('<expenseRatio>') ? ctx.grammar.list('workDoneExpenseUp')[0]! : work[i]!;
    const text = ctx.paragraph(() => say(tmpl, { n: cn(i + 1), newPatents: String(patentStep) }));
    if (text) yield ctx.para(text);
  }
  yield ctx.sub('2、收入与成本');
  yield* revenueTables(ctx);
  const [ms, ls, os] = costShares(ctx);
  yield ctx.para(ctx.paragraph(() => say('<costNote>', { materialShare: pct(ms), laborShare: pct(ls), overheadShare: pct(os) })));
  yield* customersAndSuppliers(ctx, say);
  yield* revenueDetail(ctx);
  yield* costDetail(ctx);
  yield ctx.sub('3、费用');
  yield ctx.table('单位：元', ['项目', `${year}年`, `${year - 1}年`, '同比增减'], (
    [['销售费用', 'selling'], ['管理费用', 'admin'], ['研发费用', 'rd'], ['财务费用', 'finance']] as const
  ).map(([label, k]) => [label, yuan(cur[k]), yuan(prev[k]), yoy(cur[k], prev[k])]));
  // The two expenses that moved most are explained, each by a cause of that expense in the direction it moved.
  const moved = ([['销售费用', 'selling'], ['管理费用', 'admin'], ['研发费用', 'rd'], ['财务费用', 'finance']] as const)
    .map(([label, k]) => ({ label, c: cur[k], p: prev[k], rel: Math.abs(cur[k] - prev[k]) / Math.max(1, Math.abs(prev[k])) }))
    .sort((a, b) => b.rel - a.rel)
    .slice(0, 2);
  yield ctx.para(ctx.paragraph(() => moved.map((m) => say('<expenseNote>', {
    item: m.label, itemChange: change(m.c, m.p), reason: itemReason(ctx, m.label, m.c > m.p),
  })).join('')));
  yield ctx.sub('4、研发投入');
  yield ctx.table('', ['项目', `${year}年`, `${year - 1}年`, '变动比例'], [
    ['研发人员数量（人）', count(cur.rdStaff), count(prev.rdStaff), yoy(cur.rdStaff, prev.rdStaff)],
    ['研发人员数量占比', pct(cur.rdStaff / cur.employees.total), pct(prev.rdStaff / prev.employees.total), points(cur.rdStaff / cur.employees.total, prev.rdStaff / prev.employees.total)],
    ['研发投入金额（元）', yuan(cur.rd), yuan(prev.rd), yoy(cur.rd, prev.rd)],
    ['研发投入占营业收入比例', pct(cur.rd / cur.revenue), pct(prev.rd / prev.revenue), points(cur.rd / cur.revenue, prev.rd / prev.revenue)],
  ]);
  yield* rdProjects(ctx);
  yield ctx.sub('5、现金流');
  const cf = (label: string, f: (y: ZhYear) => number) => [label, yuan(f(cur)), yuan(f(prev)), yoy(f(cur), f(prev))];
  yield ctx.table('单位：元', ['项目', `${year}年`, `${year - 1}年`, '同比增减'], [
    cf('经营活动现金流入小计', (y) => y.cash.opIn), cf('经营活动现金流出小计', (y) => y.cash.opOut), cf('经营活动产生的现金流量净额', (y) => y.cash.opNet),
    cf('投资活动现金流入小计', (y) => y.cash.investIn), cf('投资活动现金流出小计', (y) => y.cash.investOut), cf('投资活动产生的现金流量净额', (y) => y.cash.investNet),
    cf('筹资活动现金流入小计', (y) => y.cash.finIn), cf('筹资活动现金流出小计', (y) => y.cash.finOut), cf('筹资活动产生的现金流量净额', (y) => y.cash.finNet),
    cf('现金及现金等价物净增加额', (y) => y.cash.netChange),
  ]);
  const causes = cashCauses(cur, prev);
  for (const t of ctx.grammar.list('cashNote')) {
    const text = ctx.paragraph(() => say(t, { opNet: money(cur.cash.opNet), opChange: change(cur.cash.opNet, prev.cash.opNet), investNet: money(cur.cash.investNet), finNet: money(cur.cash.finNet), ...causes }));
    if (text) yield ctx.para(text);
  }

  yield* nonCore(ctx);
  yield ctx.sub('六、资产及负债状况分析');
  yield* assetsAndLiabilities(ctx, say);
  yield* fairValue(ctx);

  yield ctx.sub('七、投资状况分析');
  yield ctx.para(ctx.paragraph(() => say('{报告期内，|}公司{投资|对外投资}{总额|支出}<capex>，{主要|}{用于|系}<base>{生产基地|厂区}{新建厂房|设备购置|产线技改}{及|和}{研发中心|信息化系统}{建设|升级}{等项目|}。', { capex: money(cur.cash.capex) })));
  if (ctx.states('zh.proceeds.use') && proceedsUsedUpBefore(ctx) === undefined) yield ctx.para(ctx.paragraph(() => say('<proceeds>')), ['zh.proceeds.use']);

  yield ctx.sub('八、主要控股参股公司分析');
  yield ctx.table('单位：万元', ['公司名称', '公司类型', '主要业务', '注册资本', '持股比例'], c.subsidiaries.map((s) => [s.name, '子公司', `${c.industry.name}产品的${s.role}`, qty(s.capital), `${s.share}%`]));
  yield* subsidiaryResults(ctx);

  yield ctx.sub('九、公司未来发展的展望');
  // Each outlook pattern once to a paragraph (two draws of one list could give the same plan twice, 2023年… 2023年…).
  const once = (key: string) => r.sample(ctx.grammar.list(key), ctx.grammar.list(key).length).map((t) => say(t)).join('');
  yield ctx.para(ctx.paragraph(() => once('outlookTrend')));
  yield ctx.para(ctx.paragraph(() => say('<outlookStrategy>')));
  for (const [i, seg] of c.segments.entries()) {
    const text = ctx.paragraph(() => say('<segPlan>', { seg: seg.name, tech: rt.pick(seg.technologies ?? c.industry.technologies), p1: seg.products[0]!, p2: seg.products[1]!, n: cn(i + 1), segRev: money(cur.segments[i]!.revenue), segShare: pct(cur.segments[i]!.revenue / cur.revenue) }));
    if (text) yield ctx.para(text);
  }
  yield ctx.para(ctx.paragraph(() => once('outlookPlan')));

  yield ctx.sub('十、可能面对的风险');
  const risks = loadHaystackData<{ risks: Risk[] }>('zh/financial-report/grammar.json').risks;
  const picked = year % 2 === 0 ? risks : r.shuffle(risks).slice(0, 5);
  for (const [i, risk] of picked.entries()) {
    yield ctx.heading(`${i + 1}、${risk.name}`, '可能面对的风险');
    const text = ctx.paragraph(() => say(risk.body, { materialShare: pct(ms) }));
    if (text) yield ctx.para(text);
  }
  yield* investorRelations(ctx);
}

/** 营业收入构成 and 占比10%以上 tables, and 产销存 (sold/produced/stocked) per segment. */
function* revenueTables(ctx: ZhReportContext): Generator<Block> {
  const { cur, prev, year } = ctx;
  const rows: string[][] = [['营业收入合计', yuan(cur.revenue), '100%', yuan(prev.revenue), '100%', yoy(cur.revenue, prev.revenue)]];
  rows.push(['分产品', '', '', '', '', '']);
  cur.segments.forEach((s, i) => {
    const p = prev.segments[i]!;
    rows.push([s.name, yuan(s.revenue), pct(s.revenue / cur.revenue), yuan(p.revenue), pct(p.revenue / prev.revenue), yoy(s.revenue, p.revenue)]);
  });
  rows.push(['分地区', '', '', '', '', '']);
  rows.push(['境内', yuan(cur.domestic), pct(cur.domestic / cur.revenue), yuan(prev.domestic), pct(prev.domestic / prev.revenue), yoy(cur.domestic, prev.domestic)]);
  rows.push(['境外', yuan(cur.overseas), pct(cur.overseas / cur.revenue), yuan(prev.overseas), pct(prev.overseas / prev.revenue), yoy(cur.overseas, prev.overseas)]);
  yield ctx.sub('（1）营业收入构成');
  yield ctx.table('单位：元', ['项目', `${year}年金额`, '占营业收入比重', `${year - 1}年金额`, '占营业收入比重', '同比增减'], rows);
  yield ctx.sub('（2）占公司营业收入或营业利润10%以上的行业、产品或地区情况');
  const margin = (rev: number, cost: number) => (rev - cost) / rev;
  yield ctx.table('单位：元', ['分产品', '营业收入', '营业成本', '毛利率', '营业收入比上年同期增减', '营业成本比上年同期增减', '毛利率比上年同期增减'], cur.segments
    .filter((s) => s.revenue / cur.revenue >= 0.1)
    .map((s) => {
      const p = prev.segments.find((x) => x.name === s.name)!;
      return [s.name, yuan(s.revenue), yuan(s.cost), pct(margin(s.revenue, s.cost)), yoy(s.revenue, p.revenue), yoy(s.cost, p.cost), points(margin(s.revenue, s.cost), margin(p.revenue, p.cost))];
    }));
  yield ctx.sub('（3）公司实物销售收入是否大于劳务收入');
  // The form's question is answered before the table, as a real report ticks it.
  yield ctx.meta('√是 □否');
  const stock: string[][] = [];
  cur.segments.forEach((s, i) => {
    const p = prev.segments[i]!;
    stock.push([s.name, '销售量', s.unit, qty(s.sold), qty(p.sold), yoy(s.sold, p.sold)]);
    stock.push(['', '生产量', s.unit, qty(s.produced), qty(p.produced), yoy(s.produced, p.produced)]);
    stock.push(['', '库存量', s.unit, qty(s.stock), qty(p.stock), yoy(s.stock, p.stock)]);
  });
  yield ctx.table('', ['行业分类', '项目', '单位', `${year}年`, `${year - 1}年`, '同比增减'], stock);
}

/** 主要销售客户 and 主要供应商: the top-five tables and their shares. */
function* customersAndSuppliers(ctx: ZhReportContext, say: (t: string, extra?: Record<string, string>) => string): Generator<Block> {
  const { cur } = ctx;
  const purchases = cur.cost * 0.7;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  yield ctx.sub('（4）主要销售客户和主要供应商情况');
  if (ctx.states('zh.customers.top-five-share')) {
    yield ctx.para(ctx.paragraph(() => say('<customerNote>', { topSales: money(sum(cur.topCustomers)), topShare: pct(sum(cur.topCustomers) / cur.revenue) })), ['zh.customers.top-five-share']);
    yield ctx.table('单位：元', ['序号', '客户名称', '销售额', '占年度销售总额比例'], cur.topCustomers.map((a, i) => [String(i + 1), `客户${'一二三四五'[i]}`, yuan(a), pct(a / cur.revenue)]), ['zh.customers.top-five-share']);
  }
  yield ctx.para(ctx.paragraph(() => say('<supplierNote>', { topBuy: money(sum(cur.topSuppliers)), topBuyShare: pct(sum(cur.topSuppliers) / purchases) })));
  yield ctx.table('单位：元', ['序号', '供应商名称', '采购额', '占年度采购总额比例'], cur.topSuppliers.map((a, i) => [String(i + 1), `供应商${'一二三四五'[i]}`, yuan(a), pct(a / purchases)]));
}

/** 资产及负债状况: the main items against total assets, with the reasons for large changes. */
function* assetsAndLiabilities(ctx: ZhReportContext, say: (t: string, extra?: Record<string, string>) => string): Generator<Block> {
  const { cur, prev, year } = ctx;
  const b = cur.balance;
  const p = prev.balance;
  const items = [
    ['货币资金', 'cash'], ['应收账款', 'receivables'], ['存货', 'inventory'], ['长期股权投资', 'longTermInvest'], ['固定资产', 'fixedAssets'], ['在建工程', 'construction'],
    ['短期借款', 'shortLoans'], ['合同负债', 'contractLiab'], ['长期借款', 'longLoans'], ['租赁负债', 'leaseLiab'],
  ] as const;
  yield ctx.table('单位：元', ['项目', `${year}年末金额`, '占总资产比例', `${year}年初金额`, '占总资产比例', '比重增减'], items.map(([label, k]) => [
    label, yuan(b[k]), pct(b[k] / b.totalAssets), yuan(p[k]), pct(p[k] / p.totalAssets), points(b[k] / b.totalAssets, p[k] / p.totalAssets),
  ]));
  const r = ctx.fork('asset-notes');
  const moved = items.filter(([, k]) => Math.abs(b[k] - p[k]) / Math.max(1, p[k]) > 0.1).slice(0, 5);
  for (const [label, k] of moved) {
    const text = ctx.paragraph(() => say('<assetNote>', { item: label, cur: money(b[k]), share: pct(b[k] / b.totalAssets), itemChange: change(b[k], p[k], '增加', '减少'), reason: itemReason(ctx, label, b[k] > p[k], b[k], p[k]) }));
    if (text) yield ctx.para(text);
  }
  yield ctx.para(ctx.paragraph(() => say('{截至报告期末，|报告期末，}公司{受限资产|所有权或使用权受到限制的资产}{主要为|为}{银行承兑汇票保证金|票据保证金}<restricted>{，除此之外不存在其他资产权利受限情况|}。', { restricted: money(cashSplit(ctx.world, ctx.year, b.cash).other) })));
}
