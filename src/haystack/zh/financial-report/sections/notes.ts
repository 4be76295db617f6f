// 第十节 财务报告 — 三、公司基本情况 to 附注: policies, taxes, line-item notes, segments and events after the balance-sheet date.
import type { Block } from '../../../../types.js';
import { loadHaystackData } from '../../../data.js';
import type { ZhReportContext } from '../context.js';
import { cn, money, pct, qty, yuan, zhDate } from '../format.js';
import { dividendVars } from './front.js';
import { renderLineItems } from './line-items.js';
import { channelBooks, regionBooks } from './operations.js';
import { equityAndTaxNotes, instrumentRisks, parentNotes, relatedParties, supplement } from './appendix.js';
import { receivablesDetail, renderGroupNotes } from './details.js';
import { cashSplit, receivablesBook } from './balance-breakdowns.js';
import { annualReportMeeting } from './board-meetings.js';

interface Policy { title: string; body: string[] }

/** 公司基本情况, 编制基础, 重要会计政策及会计估计, 税项, 合并财务报表项目注释, 分部信息, 资产负债表日后事项. */
export function* renderNotes(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, prev, year } = ctx;
  const r = ctx.fork('notes');
  const b = cur.balance;
  const p = prev.balance;
  // The meeting that approved these statements is the one the governance chapter of next year's report lists.
  const approving = annualReportMeeting(ctx.world, year, ctx.grammar.list('boardMeetingTopics').length);
  const vars = {
    company: c.name, short: c.short, city: c.city, address: c.address, founded: String(c.foundedYear), listed: String(c.listedYear), exchange: c.exchange, code: c.code,
    yearEnd: zhDate(ctx.place.periodEnd), capital: cur.shares.toLocaleString('en-US'), segList: c.segments.map((s) => s.name).join('、'),
    prevName: `${c.city}${c.short.slice(0, 2)}${c.industry.nameTail}有限公司`, boardNo: `第${cn(approving.term)}`, meeting: cn(approving.number), approved: zhDate(approving.date),
    year: String(year), hiTechYear: String(year - r.int(0, 2)), certNo: `${year - r.int(0, 2)}${r.int(32, 51)}${r.int(100000, 999999)}`,
  };
  const say = (t: string, extra: Record<string, string> = {}) => ctx.fill(r, t, { ...vars, ...extra });
  yield ctx.sub('三、公司基本情况');
  yield ctx.para(ctx.paragraph(() => ctx.grammar.list('companyBasic').map((t) => say(t)).join('')));
  yield ctx.sub('四、财务报表的编制基础');
  yield ctx.para(ctx.paragraph(() => ctx.grammar.list('basis').map((t) => say(t)).join('')));
  yield ctx.sub('五、重要会计政策及会计估计');
  const policies = loadHaystackData<{ policies: Policy[] }>('zh/financial-report/notes.json').policies;
  for (const [i, pol] of policies.entries()) {
    yield ctx.heading(`${i + 1}、${pol.title}`, '重要会计政策及会计估计');
    const text = ctx.paragraph(() => pol.body.map((t) => say(t)).join(''));
    if (text) yield ctx.para(text);
    if (pol.title === '固定资产') {
      yield ctx.table('', ['类别', '折旧方法', '折旧年限（年）', '残值率', '年折旧率'], [
        ['房屋及建筑物', '年限平均法', '20', '5%', '4.75%'], ['机器设备', '年限平均法', String(r.pick([5, 10])), '5%', '9.50%-19.00%'],
        ['运输设备', '年限平均法', '4', '5%', '23.75%'], ['电子设备及其他', '年限平均法', '3-5', '5%', '19.00%-31.67%'],
      ]);
    }
  }
  yield ctx.sub('六、税项');
  const taxRows = loadHaystackData<{ taxRows: string[][] }>('zh/financial-report/notes.json').taxRows;
  yield ctx.table('', ['税种', '计税依据', '税率'], [...taxRows, ['企业所得税', '应纳税所得额', '15%、20%、25%']]);
  for (const t of ctx.grammar.list('taxNote')) {
    const text = ctx.paragraph(() => say(t));
    if (text) yield ctx.para(text);
  }
  yield ctx.sub('七、合并财务报表项目注释');
  yield ctx.heading('1、货币资金', '合并财务报表项目注释');
  const cashNow = cashSplit(ctx.world, year, b.cash);
  const cashBefore = cashSplit(ctx.world, year - 1, p.cash);
  yield ctx.table('单位：元', ['项目', '期末余额', '期初余额'], [
    ['库存现金', yuan(cashNow.onHand), yuan(cashBefore.onHand)],
    ['银行存款', yuan(cashNow.bank), yuan(cashBefore.bank)],
    ['其他货币资金', yuan(cashNow.other), yuan(cashBefore.other)],
    ['合计', yuan(b.cash), yuan(p.cash)],
  ]);
  yield ctx.heading('2、应收账款', '合并财务报表项目注释');
  const book = receivablesBook(ctx.world, year, b.receivables);
  const parts = book.ages;
  yield ctx.table('单位：元', ['账龄', '期末账面余额'], [
    ['1年以内（含1年）', yuan(parts[0])], ['1至2年', yuan(parts[1])], ['2至3年', yuan(parts[2])], ['3年以上', yuan(parts[3])],
    ['小计', yuan(book.gross)], ['减：坏账准备', yuan(book.allowance)], ['合计', yuan(b.receivables)],
  ]);
  yield* receivablesDetail(ctx, book);
  yield ctx.heading('3、存货', '合并财务报表项目注释');
  const inv = [r.float(0.25, 0.35), r.float(0.1, 0.2), r.float(0.35, 0.5), r.float(0.03, 0.08)];
  const invSum = inv.reduce((a, x) => a + x, 0);
  const invParts = inv.map((x) => Math.round((b.inventory * x) / invSum));
  invParts[3]! += b.inventory - invParts.reduce((a, x) => a + x, 0);
  yield ctx.table('单位：元', ['项目', '期末账面价值'], [['原材料', yuan(invParts[0]!)], ['在产品', yuan(invParts[1]!)], ['库存商品', yuan(invParts[2]!)], ['周转材料', yuan(invParts[3]!)], ['合计', yuan(b.inventory)]]);
  yield ctx.heading('4、短期借款', '短期借款');
  const credit = Math.round(b.shortLoans * r.float(0.4, 0.8));
  yield ctx.table('单位：元', ['项目', '期末余额', '期初余额'], [['信用借款', yuan(credit), yuan(Math.round(p.shortLoans * 0.6))], ['保证借款', yuan(b.shortLoans - credit), yuan(p.shortLoans - Math.round(p.shortLoans * 0.6))], ['合计', yuan(b.shortLoans), yuan(p.shortLoans)]]);
  if (ctx.states('zh.debt.loan-terms')) {
    const lo = r.int(240, 300) / 100;
    yield ctx.para(ctx.paragraph(() => say('<borrowingNote>', { rateLo: `${lo.toFixed(2)}%`, rateHi: `${(lo + r.int(40, 120) / 100).toFixed(2)}%` })), ['zh.debt.loan-terms']);
  }
  yield ctx.heading('5、营业收入和营业成本', '合并财务报表项目注释');
  yield ctx.table('单位：元', ['项目', '本期发生额收入', '本期发生额成本', '上期发生额收入', '上期发生额成本'], [
    ['主营业务', yuan(cur.revenue), yuan(cur.cost), yuan(prev.revenue), yuan(prev.cost)], ['合计', yuan(cur.revenue), yuan(cur.cost), yuan(prev.revenue), yuan(prev.cost)],
  ]);
  const regions = regionBooks(ctx, year);
  const channels = channelBooks(ctx, year);
  yield ctx.heading('营业收入、营业成本的分解信息', '合并财务报表项目注释');
  yield ctx.table('单位：元', ['合同分类', '营业收入', '营业成本'], [
    ['按商品类型分类', '', ''], ...cur.segments.map((s) => [s.name, yuan(s.revenue), yuan(s.cost)]),
    ['按经营地区分类', '', ''], ...regions.map((x) => [x.name, yuan(x.revenue), yuan(x.cost)]),
    ['按销售渠道分类', '', ''], ...channels.map((x) => [x.name, yuan(x.revenue), yuan(x.cost)]),
    ['按商品转让的时间分类', '', ''], ['在某一时点确认收入', yuan(cur.revenue), yuan(cur.cost)],
    ['合计', yuan(cur.revenue), yuan(cur.cost)],
  ]);
  yield ctx.para(ctx.paragraph(() => say('<performanceObligation>', { contract: money(b.contractLiab) })));
  const next = yield* renderLineItems(ctx, 6);
  yield* renderGroupNotes(ctx, yield* equityAndTaxNotes(ctx, next));
  yield* instrumentRisks(ctx);
  yield* relatedParties(ctx);
  yield ctx.sub('十一、分部信息');
  yield ctx.para(ctx.paragraph(() => say('<segmentNote>')));
  yield ctx.table('单位：元', ['项目', ...cur.segments.map((s) => s.name), '合计'], [
    ['营业收入', ...cur.segments.map((s) => yuan(s.revenue)), yuan(cur.revenue)],
    ['营业成本', ...cur.segments.map((s) => yuan(s.cost)), yuan(cur.cost)],
    ['毛利率', ...cur.segments.map((s) => pct((s.revenue - s.cost) / s.revenue)), pct((cur.revenue - cur.cost) / cur.revenue)],
    ['销售量', ...cur.segments.map((s) => `${qty(s.sold)}${s.unit}`), '—'],
  ]);
  yield ctx.sub('十二、资产负债表日后事项');
  if (ctx.states('zh.dividend.proposal')) yield ctx.para(ctx.paragraph(() => say('<dividendProposal>', dividendVars(ctx))), ['zh.dividend.proposal']);
  if (ctx.states('zh.subsequent.none')) yield ctx.para(ctx.paragraph(() => say('<subsequentNone>')), ['zh.subsequent.none']);
  yield* parentNotes(ctx);
  yield* supplement(ctx);
}
