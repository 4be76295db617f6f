// 第三节 管理层讨论与分析 in the detail of a real 年度报告: revenue by product, region and channel, cost of sales by nature,
// the main R&D projects, non-core profit items, assets at fair value, the main subsidiaries' results and the
// investor-relations register. Figures are drawn per year from the world and add up to the ledger's lines.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { change, count, money, pct, points, yoy, yuan, zhDate } from '../format.js';
import { split, type ZhYear } from '../ledger.js';
import { worldData } from '../world.js';
import { yearRng } from './parent.js';

const REGIONS = ['华东地区', '华南地区', '华北地区', '华中地区', '西南地区', '西北地区', '东北地区'] as const;
const HOME_REGION: Record<string, (typeof REGIONS)[number]> = {
  浙江: '华东地区', 江苏: '华东地区', 山东: '华东地区', 安徽: '华东地区', 福建: '华东地区', 广东: '华南地区', 湖南: '华中地区', 河南: '华中地区', 湖北: '华中地区', 四川: '西南地区',
};

/** Revenue and cost of every product of a year (each segment split by weights drawn for that year). */
export function productBooks(ctx: ZhReportContext, year: number): Array<{ name: string; seg: number; revenue: number; cost: number }> {
  const y = ctx.world.books(year);
  // Each product keeps its place in its segment: weights fixed by the seed, drifting a little each year.
  const base = yearRng(ctx.world, 'products', 0);
  const r = yearRng(ctx.world, 'products', year);
  return ctx.company.segments.flatMap((s, i) => {
    const seg = y.segments[i]!;
    const w = s.products.map((_, j) => (base.float(0.5, 1.5) / (1 + j * 0.35)) * r.float(0.9, 1.1));
    const rev = split(seg.revenue, w);
    const margins = rev.map(() => r.float(0.9, 1.1));
    const cost = split(seg.cost, rev.map((v, j) => v * margins[j]!));
    return s.products.map((name, j) => ({ name, seg: i, revenue: rev[j]!, cost: cost[j]! }));
  });
}

/** Domestic revenue by region and the cost of each (the company's home region the largest). */
export function regionBooks(ctx: ZhReportContext, year: number): Array<{ name: string; revenue: number; cost: number }> {
  const y = ctx.world.books(year);
  // The home province's region sells the most.
  const home = REGIONS.indexOf(HOME_REGION[ctx.company.province] ?? '华东地区');
  const base = yearRng(ctx.world, 'regions', 0);
  const r = yearRng(ctx.world, 'regions', year);
  const w = REGIONS.map((_, i) => (i === home ? base.float(2.5, 4) : base.float(0.3, 1.4) / (1 + i * 0.15)) * r.float(0.9, 1.1));
  const rev = [...split(y.domestic, w), y.overseas];
  const cost = split(y.cost, rev.map((v) => v * r.float(0.92, 1.08)));
  return [...REGIONS, '境外'].map((name, i) => ({ name, revenue: rev[i]!, cost: cost[i]! }));
}

/** Direct sales and distribution. */
export function channelBooks(ctx: ZhReportContext, year: number): Array<{ name: string; revenue: number; cost: number }> {
  const y = ctx.world.books(year);
  const r = yearRng(ctx.world, 'channels', year);
  const direct = Math.min(0.92, yearRng(ctx.world, 'channels', 0).float(0.62, 0.88) + r.float(-0.03, 0.03));
  const rev = split(y.revenue, [direct, 1 - direct]);
  const cost = split(y.cost, [direct * r.float(1.0, 1.06), (1 - direct) * r.float(0.94, 1.0)]);
  return [{ name: '直销', revenue: rev[0]!, cost: cost[0]! }, { name: '经销', revenue: rev[1]!, cost: cost[1]! }];
}

/** Cost of sales of a segment by nature (shares drawn per segment and year). */
export function costBooks(ctx: ZhReportContext, year: number, seg: number): number[] {
  const y = ctx.world.books(year);
  const base = yearRng(ctx.world, `cost-nature-${seg}`, 0);
  const r = yearRng(ctx.world, `cost-nature-${seg}`, year);
  return split(y.segments[seg]!.cost, [base.float(0.62, 0.8), base.float(0.07, 0.14), base.float(0.08, 0.16), base.float(0.015, 0.04)].map((w) => w * r.float(0.92, 1.08)));
}

const margin = (rev: number, cost: number) => (rev - cost) / rev;

/** The customers a product is sold to: its own where the segment names them, else its segment's. */
function buyersOf(ctx: ZhReportContext, product: { name: string; seg: number }): string[] {
  const seg = ctx.company.segments[product.seg]!;
  return seg.productCustomers?.[product.name] ?? seg.customers;
}

/** 营业收入 and 营业成本 by product, region and channel, with their margins and changes. */
export function* revenueDetail(ctx: ZhReportContext): Generator<Block> {
  const { year } = ctx;
  const r = ctx.fork('revenue-detail');
  const row = (name: string, c: { revenue: number; cost: number }, p: { revenue: number; cost: number }) =>
    [name, yuan(c.revenue), yuan(c.cost), pct(margin(c.revenue, c.cost)), yoy(c.revenue, p.revenue), yoy(c.cost, p.cost), points(margin(c.revenue, c.cost), margin(p.revenue, p.cost))];
  const head = (first: string) => [first, '营业收入', '营业成本', '毛利率', '营业收入比上年同期增减', '营业成本比上年同期增减', '毛利率比上年同期增减'];
  const pc = productBooks(ctx, year);
  const pp = productBooks(ctx, year - 1);
  yield ctx.heading('（5）分产品的营业收入和毛利率情况', '主营业务分析');
  yield ctx.table('单位：元', head('分产品'), pc.map((x, i) => row(x.name, x, pp[i]!)));
  const best = pc.reduce((a, x, i) => (x.revenue / pp[i]!.revenue > a.g ? { i, g: x.revenue / pp[i]!.revenue } : a), { i: 0, g: -Infinity }).i;
  const worst = pc.reduce((a, x, i) => (margin(x.revenue, x.cost) < a.m ? { i, m: margin(x.revenue, x.cost) } : a), { i: 0, m: Infinity }).i;
  const say = (t: string, v: Record<string, string | string[]>) => ctx.fill(r, t, v);
  const vars = {
    product: pc[best]!.name, productRev: money(pc[best]!.revenue), productChange: change(pc[best]!.revenue, pp[best]!.revenue),
    low: pc[worst]!.name, lowMargin: pct(margin(pc[worst]!.revenue, pc[worst]!.cost)), lowChange: points(margin(pc[worst]!.revenue, pc[worst]!.cost), margin(pp[worst]!.revenue, pp[worst]!.cost)),
    customer: buyersOf(ctx, pc[best]!), material: ctx.company.industry.materials,
    // The cause of the lowest margin's move, in the direction it moved.
    lowReason: margin(pc[worst]!.revenue, pc[worst]!.cost) < margin(pp[worst]!.revenue, pp[worst]!.cost)
      ? [`${r.pick(ctx.company.industry.materials)}成本上升`, `${r.pick(buyersOf(ctx, pc[worst]!))}议价压力加大`, '定价策略调整', '市场开拓期让利']
      : ['产品结构优化', '规模效应逐步显现', `${r.pick(ctx.company.industry.materials)}采购价格回落`, '生产工艺改进'],
  };
  const text = ctx.paragraph(() => say('<productNote>', vars) + say('<productMarginNote>', vars));
  if (text) yield ctx.para(text);
  const rc = regionBooks(ctx, year);
  const rp = regionBooks(ctx, year - 1);
  yield ctx.heading('（6）分地区的营业收入和毛利率情况', '主营业务分析');
  yield ctx.table('单位：元', head('分地区'), rc.map((x, i) => row(x.name, x, rp[i]!)));
  const top = rc.slice(0, 7).reduce((a, x, i) => (x.revenue > rc[a]!.revenue ? i : a), 0);
  const fastest = rc.slice(0, 7).reduce((a, x, i) => (x.revenue / rp[i]!.revenue > rc[a]!.revenue / rp[a]!.revenue ? i : a), 0);
  const rtext = ctx.paragraph(() => say('<regionNote>', {
    region: rc[top]!.name, regionRev: money(rc[top]!.revenue), regionShare: pct(rc[top]!.revenue / ctx.cur.revenue),
    fast: rc[fastest]!.name, fastChange: change(rc[fastest]!.revenue, rp[fastest]!.revenue),
    overseas: money(ctx.cur.overseas), overseasChange: change(ctx.cur.overseas, ctx.prev.overseas), overseasMargin: pct(margin(rc[7]!.revenue, rc[7]!.cost)),
  }));
  if (rtext) yield ctx.para(rtext);
  const cc = channelBooks(ctx, year);
  const cp = channelBooks(ctx, year - 1);
  yield ctx.heading('（7）分销售模式的营业收入和毛利率情况', '主营业务分析');
  yield ctx.table('单位：元', head('分销售模式'), cc.map((x, i) => row(x.name, x, cp[i]!)));
  const ctext = ctx.paragraph(() => say('<channelNote>', {
    direct: money(cc[0]!.revenue), directShare: pct(cc[0]!.revenue / ctx.cur.revenue), dealer: money(cc[1]!.revenue), dealerChange: change(cc[1]!.revenue, cp[1]!.revenue),
    dealers: count(yearRng(ctx.world, 'dealers', year).int(80, 640)),
  }));
  if (ctext) yield ctx.para(ctext);
}

/** 营业成本构成 by segment and nature, this year against last. */
export function* costDetail(ctx: ZhReportContext): Generator<Block> {
  const { cur, prev, year, company: c } = ctx;
  const natures = ['直接材料', '直接人工', '制造费用', '运输费用'];
  const rows: string[][] = [];
  c.segments.forEach((s, i) => {
    const now = costBooks(ctx, year, i);
    const before = costBooks(ctx, year - 1, i);
    natures.forEach((n, j) => rows.push([j === 0 ? s.name : '', n, yuan(now[j]!), pct(now[j]! / cur.segments[i]!.cost), yuan(before[j]!), pct(before[j]! / prev.segments[i]!.cost), yoy(now[j]!, before[j]!)]));
  });
  yield ctx.heading('（8）营业成本构成', '主营业务分析');
  yield ctx.table('单位：元', ['产品分类', '项目', `${year}年金额`, '占营业成本比重', `${year - 1}年金额`, '占营业成本比重', '同比增减'], rows);
}

/** 主要研发项目: what each is for, how far it got and what it should bring. */
export function* rdProjects(ctx: ZhReportContext): Generator<Block> {
  const { company: c, year } = ctx;
  const r = ctx.fork('rd-projects');
  const ind = c.industry;
  const prods = c.segments.flatMap((s) => s.products);
  const n = r.int(5, 8);
  const rows: string[][] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    // One product and one technology per project: its name, purpose and goal speak of the same ones.
    let name = '';
    let v: Record<string, string | string[]> = {};
    for (let t = 0; t < 8 && (name === '' || used.has(name)); t++) {
      const seg = r.pick(c.segments);
      v = { tech: r.pick(seg.technologies ?? ind.technologies), product: r.pick(seg.products), customer: r.pick(ind.customers), material: ind.materials };
      name = ctx.fill(r, '<rdProjectName>', v);
    }
    used.add(name);
    rows.push([name, ctx.fill(r, '<rdPurpose>', v), ctx.fill(r, '<rdProgress>', { ...v, month: String(r.int(3, 11)), year: String(year) }), ctx.fill(r, '<rdGoal>', v), ctx.fill(r, '<rdImpact>', v)]);
  }
  yield ctx.heading('主要研发项目', '研发投入');
  yield ctx.table('', ['主要研发项目名称', '项目目的', '项目进展', '拟达到的目标', '预计对公司未来发展的影响'], rows);
}

/** 非主营业务分析: the profit items outside the main business, against the year's 利润总额. */
export function* nonCore(ctx: ZhReportContext): Generator<Block> {
  const { cur } = ctx;
  const r = ctx.fork('non-core');
  const items: Array<[string, number, string[], string]> = [
    ['投资收益', cur.investIncome, cur.investIncome >= 0
      ? ['主要为理财产品收益及权益法核算的长期股权投资收益', '主要系银行理财产品到期收益']
      : ['主要为权益法核算的联营企业亏损', '主要系联营企业经营亏损，按权益法确认的投资损失'], '否'],
    ['资产减值', cur.assetLoss, ['主要为计提的存货跌价准备', '系存货跌价损失'], '否'],
    ['信用减值损失', cur.creditLoss, ['主要为应收账款计提的坏账准备', '系按预期信用损失计提的坏账准备'], '否'],
    ['营业外收入', cur.nonOpIncome, ['主要为赔偿收入及无需支付的款项', '主要为非流动资产报废利得'], '否'],
    ['营业外支出', cur.nonOpExpense, ['主要为对外捐赠及非流动资产报废损失', '主要为公益性捐赠支出'], '否'],
    ['其他收益', cur.otherIncome, ['主要为与日常经营活动相关的政府补助', '主要为收到的各类政府补助'], r.pick(['是', '否'])],
  ];
  yield ctx.sub('五、非主营业务分析');
  yield ctx.table('单位：元', ['项目', '金额', '占利润总额比例', '形成原因说明', '是否具有可持续性'], items.map(([n, v, why, keep]) => [n, yuan(v), pct(v / cur.totalProfit), r.pick(why), keep]));
}

/** 以公允价值计量的资产: 交易性金融资产 over the year. */
export function* fairValue(ctx: ZhReportContext): Generator<Block> {
  const { cur, prev } = ctx;
  const r = ctx.fork('fair-value');
  const begin = prev.balance.tradingAssets;
  const end = cur.balance.tradingAssets;
  const sold = Math.round(begin * r.float(1.5, 4));
  const gain = Math.round(end * r.float(0.001, 0.006));
  const bought = end - begin + sold - gain;
  yield ctx.heading('以公允价值计量的资产和负债', '资产及负债状况分析');
  yield ctx.table('单位：元', ['项目', '期初数', '本期公允价值变动损益', '本期购买金额', '本期出售金额', '期末数'], [
    ['交易性金融资产（不含衍生金融资产）', yuan(begin), yuan(gain), yuan(bought), yuan(sold), yuan(end)],
    ['金融资产小计', yuan(begin), yuan(gain), yuan(bought), yuan(sold), yuan(end)],
  ]);
}

/** 主要子公司及对公司净利润影响达10%以上的参股公司情况: each subsidiary's size and results. */
export function* subsidiaryResults(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, year } = ctx;
  const r = yearRng(ctx.world, 'subsidiary-results', year);
  const w = c.subsidiaries.map((s) => s.capital * r.float(0.5, 1.6));
  const revenue = split(Math.round(cur.revenue * r.float(0.25, 0.45)), w);
  const assets = split(Math.round(cur.balance.totalAssets * r.float(0.2, 0.35)), w);
  const rows = c.subsidiaries.map((s, i) => {
    const rev = revenue[i]!;
    const op = Math.round(rev * r.float(-0.02, 0.14));
    const np = Math.round(op * r.float(0.8, 0.92));
    const net = Math.round(assets[i]! * r.float(0.35, 0.7));
    return { s, rev, op, np, net, assets: assets[i]! };
  });
  yield ctx.table('单位：元', ['公司名称', '公司类型', '主要业务', '总资产', '净资产', '营业收入', '营业利润', '净利润'], rows.map((x) => [
    x.s.name, '子公司', `${c.industry.name}产品的${x.s.role}`, yuan(x.assets), yuan(x.net), yuan(x.rev), yuan(x.op), yuan(x.np),
  ]));
  const rr = ctx.fork('subsidiary-notes');
  for (const x of rows.slice(0, 3)) {
    const text = ctx.paragraph(() => ctx.fill(rr, '<subsidiaryNote>', { sub: x.s.name, role: x.s.role, rev: money(x.rev), np: money(x.np), base: x.s.city, product: c.segments.flatMap((s) => s.products), year: String(year) }));
    if (text) yield ctx.para(text);
  }
}

/** 报告期内接待调研、沟通、采访等活动登记表. */
export function* investorRelations(ctx: ZhReportContext): Generator<Block> {
  const { company: c, year } = ctx;
  const r = ctx.fork('investor-relations');
  const d = worldData();
  const heads = [...d.sponsorHeads, ...d.auditorHeads];
  const n = r.int(7, 13);
  const dates = Array.from({ length: n }, () => `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(3, 28)).padStart(2, '0')}`).sort();
  const rows = dates.map((date) => {
    const how = r.pick(['实地调研', '电话沟通', '其他', '实地调研']);
    const where = how === '实地调研' ? r.pick(['公司会议室', `${r.pick(c.bases)}生产基地`, '公司展厅']) : how === '电话沟通' ? '电话会议' : r.pick(['全景网“投资者关系互动平台”', '价值在线网络平台', '上证路演中心']);
    const orgs = r.sample(heads, r.int(2, 4)).map((h) => `${h}${r.pick(['基金管理有限公司', '证券股份有限公司', '资产管理有限公司', '保险资产管理有限公司'])}`);
    // Results are discussed once published: last year's until August, then the half-year, then the first three quarters.
    const month = Number(date.slice(5, 7));
    const period = month <= 8 ? `${year - 1}年度` : month <= 10 ? `${year}年半年度` : `${year}年前三季度`;
    const what = ctx.fill(r, '<irTopic>', { product: c.segments.flatMap((s) => s.products), seg: c.segments.map((s) => s.name), period });
    return [zhDate(date), where, how, how === '其他' ? '其他' : '机构', how === '其他' ? `参与${month >= 4 && month <= 6 ? '年度业绩说明会' : month === 9 ? '半年度业绩说明会' : month === 11 ? '三季度业绩说明会' : '投资者网上集体接待日活动'}的投资者` : `${orgs.join('、')}等${r.int(3, 26)}家机构`, what, `巨潮资讯网《投资者关系活动记录表》（编号：${year}-${String(dates.indexOf(date) + 1).padStart(3, '0')}）`];
  });
  yield ctx.sub('十、报告期内接待调研、沟通、采访等活动登记表');
  yield ctx.table('', ['接待时间', '接待地点', '接待方式', '接待对象类型', '接待对象', '谈论的主要内容及提供的资料', '调研的基本情况索引'], rows);
}

export type { ZhYear };
