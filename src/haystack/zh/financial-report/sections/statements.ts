// 第十节 财务报告: the auditor's report and the consolidated balance sheet, income statement and cash-flow statement.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { change, money, pct, yuan, zhDate } from '../format.js';
import type { ZhYear } from '../ledger.js';
import { receivablesBook } from './balance-breakdowns.js';
import { renderMoreStatements } from './parent.js';

/** 第十节 财务报告 — 一、审计报告 and 二、财务报表. */
export function* renderStatements(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, prev, year } = ctx;
  const r = ctx.fork('statements');
  const b = cur.balance;
  // The key audit matter quotes the allowance and gross balance the receivables note prints.
  const book = receivablesBook(ctx.world, year, b.receivables);
  const vars = {
    company: c.name, short: c.short, year: String(year), yearEnd: zhDate(ctx.place.periodEnd), revenue: money(cur.revenue), revChange: change(cur.revenue, prev.revenue),
    receivables: money(b.receivables), allowance: money(book.allowance), receivablesGross: money(book.gross), confirmShare: pct(r.float(0.55, 0.82)),
  };
  const say = (t: string) => ctx.fill(r, t, vars);
  yield ctx.chapter('第十节 财务报告');
  yield ctx.sub('一、审计报告');
  yield ctx.meta(`审计意见类型：标准的无保留意见\n审计报告签署日期：${zhDate(ctx.place.filedOn)}\n审计机构名称：${c.auditor}\n注册会计师姓名：${c.auditorPartners.join('、')}`);
  yield ctx.para(`${c.name}全体股东：`);
  yield ctx.heading('（一）审计意见', '审计报告');
  yield ctx.para(ctx.paragraph(() => ctx.grammar.list('auditOpinion').map(say).join('')));
  yield ctx.heading('（二）形成审计意见的基础', '审计报告');
  yield ctx.para(ctx.paragraph(() => say('<auditBasis>')));
  yield ctx.heading('（三）关键审计事项', '审计报告');
  yield ctx.para(ctx.paragraph(() => '关键审计事项是我们根据职业判断，认为对本期财务报表审计最为重要的事项。这些事项的应对以对财务报表整体进行审计并形成审计意见为背景，我们不对这些事项单独发表意见。'));
  yield ctx.para(ctx.paragraph(() => '1、收入确认。' + ctx.grammar.list('kamRevenue').map(say).join('')));
  yield ctx.para(ctx.paragraph(() => '2、应收账款减值。' + say('<kamReceivable>')));
  yield ctx.heading('（四）管理层和治理层对财务报表的责任', '审计报告');
  yield ctx.para(ctx.paragraph(() => ctx.grammar.list('auditDuty').map(say).join('')));
  yield ctx.meta(`${c.auditor}　　中国注册会计师：${c.auditorPartners[0]}（项目合伙人）\n中国·${r.pick(['北京', '上海', '杭州', '深圳'])}　　中国注册会计师：${c.auditorPartners[1]}\n${zhDate(ctx.place.filedOn)}`);

  yield ctx.sub('二、财务报表');
  yield ctx.heading('1、合并资产负债表', '合并资产负债表');
  const line = (label: string, f: (y: ZhYear) => number) => [label, yuan(f(cur)), yuan(f(prev))];
  const bl = (label: string, k: keyof ZhYear['balance']) => line(label, (y) => y.balance[k]);
  yield ctx.table(`编制单位：${c.name}\n单位：元`, ['项目', zhDate(ctx.place.periodEnd), zhDate(`${year - 1}-12-31`)], [
    ['流动资产：', '', ''],
    bl('货币资金', 'cash'), bl('交易性金融资产', 'tradingAssets'), bl('应收票据', 'notesReceivable'), bl('应收账款', 'receivables'), bl('预付款项', 'prepayments'), bl('存货', 'inventory'), bl('其他流动资产', 'otherCurrent'),
    bl('流动资产合计', 'currentAssets'),
    ['非流动资产：', '', ''],
    bl('长期股权投资', 'longTermInvest'), bl('固定资产', 'fixedAssets'), bl('在建工程', 'construction'), bl('无形资产', 'intangibles'), bl('商誉', 'goodwill'), bl('递延所得税资产', 'deferredTaxAssets'), bl('其他非流动资产', 'otherNonCurrent'),
    bl('非流动资产合计', 'nonCurrentAssets'), bl('资产总计', 'totalAssets'),
    ['流动负债：', '', ''],
    bl('短期借款', 'shortLoans'), bl('应付票据', 'notesPayable'), bl('应付账款', 'payables'), bl('合同负债', 'contractLiab'), bl('应付职工薪酬', 'payroll'), bl('应交税费', 'taxesPayable'), bl('其他应付款', 'otherPayables'), bl('一年内到期的非流动负债', 'currentPortion'),
    bl('流动负债合计', 'currentLiab'),
    ['非流动负债：', '', ''],
    bl('长期借款', 'longLoans'), bl('租赁负债', 'leaseLiab'), bl('递延收益', 'deferredIncome'), bl('递延所得税负债', 'deferredTaxLiab'),
    bl('非流动负债合计', 'nonCurrentLiab'), bl('负债合计', 'totalLiab'),
    ['所有者权益：', '', ''],
    bl('股本', 'shareCapital'), bl('资本公积', 'capitalReserve'), bl('盈余公积', 'surplusReserve'), bl('未分配利润', 'retained'),
    bl('归属于母公司所有者权益合计', 'parentEquity'), bl('少数股东权益', 'minorityEquity'), bl('所有者权益合计', 'totalEquity'),
    line('负债和所有者权益总计', (y) => y.balance.totalLiab + y.balance.totalEquity),
  ]);
  yield ctx.meta(`法定代表人：${c.chair.name}　　主管会计工作负责人：${c.cfo.name}　　会计机构负责人：${c.accountant.name}`);
  yield ctx.heading('2、合并利润表', '合并利润表');
  yield ctx.table('单位：元', ['项目', `${year}年度`, `${year - 1}年度`], [
    line('一、营业总收入', (y) => y.revenue), line('其中：营业收入', (y) => y.revenue),
    line('二、营业总成本', (y) => y.cost + y.taxes + y.selling + y.admin + y.rd + y.finance),
    line('其中：营业成本', (y) => y.cost), line('税金及附加', (y) => y.taxes), line('销售费用', (y) => y.selling), line('管理费用', (y) => y.admin), line('研发费用', (y) => y.rd), line('财务费用', (y) => y.finance),
    line('加：其他收益', (y) => y.otherIncome), line('投资收益（损失以“－”号填列）', (y) => y.investIncome), line('信用减值损失（损失以“－”号填列）', (y) => y.creditLoss), line('资产减值损失（损失以“－”号填列）', (y) => y.assetLoss),
    line('三、营业利润（亏损以“－”号填列）', (y) => y.operatingProfit), line('加：营业外收入', (y) => y.nonOpIncome), line('减：营业外支出', (y) => y.nonOpExpense),
    line('四、利润总额（亏损总额以“－”号填列）', (y) => y.totalProfit), line('减：所得税费用', (y) => y.incomeTax),
    line('五、净利润（净亏损以“－”号填列）', (y) => y.netProfit), line('1.归属于母公司股东的净利润', (y) => y.parentProfit), line('2.少数股东损益', (y) => y.minority),
    ['六、每股收益：', '', ''], ['（一）基本每股收益', cur.eps.toFixed(2), prev.eps.toFixed(2)], ['（二）稀释每股收益', cur.eps.toFixed(2), prev.eps.toFixed(2)],
  ]);
  yield ctx.heading('3、合并现金流量表', '合并现金流量表');
  const cl = (label: string, k: keyof ZhYear['cash']) => line(label, (y) => y.cash[k]);
  yield ctx.table('单位：元', ['项目', `${year}年度`, `${year - 1}年度`], [
    ['一、经营活动产生的现金流量：', '', ''],
    cl('销售商品、提供劳务收到的现金', 'salesReceipts'), cl('收到的税费返还', 'taxRefunds'), cl('收到其他与经营活动有关的现金', 'otherOpIn'), cl('经营活动现金流入小计', 'opIn'),
    cl('购买商品、接受劳务支付的现金', 'purchases'), cl('支付给职工以及为职工支付的现金', 'staffPaid'), cl('支付的各项税费', 'taxesPaid'), cl('支付其他与经营活动有关的现金', 'otherOpOut'), cl('经营活动现金流出小计', 'opOut'),
    cl('经营活动产生的现金流量净额', 'opNet'),
    ['二、投资活动产生的现金流量：', '', ''],
    cl('处置固定资产、无形资产和其他长期资产收回的现金净额', 'disposalsIn'), cl('收回投资收到的现金', 'investReceived'), cl('投资活动现金流入小计', 'investIn'),
    cl('购建固定资产、无形资产和其他长期资产支付的现金', 'capex'), cl('投资支付的现金', 'investPaid'), cl('投资活动现金流出小计', 'investOut'), cl('投资活动产生的现金流量净额', 'investNet'),
    ['三、筹资活动产生的现金流量：', '', ''],
    cl('取得借款收到的现金', 'borrowingsIn'), cl('筹资活动现金流入小计', 'finIn'), cl('偿还债务支付的现金', 'repayments'), cl('分配股利、利润或偿付利息支付的现金', 'dividendsPaid'), cl('筹资活动现金流出小计', 'finOut'),
    cl('筹资活动产生的现金流量净额', 'finNet'),
    cl('四、汇率变动对现金及现金等价物的影响', 'fx'), cl('五、现金及现金等价物净增加额', 'netChange'), cl('加：期初现金及现金等价物余额', 'cashBegin'), cl('六、期末现金及现金等价物余额', 'cashEnd'),
  ]);
  yield* renderMoreStatements(ctx);
}
