// 第十节 财务报告 — the statements after the consolidated three: 合并所有者权益变动表, the parent company's (母公司) balance
// sheet, income and cash-flow statements, and 现金流量表补充资料. Every figure comes from the ledger or from a per-year
// draw seeded by the world, so last year's closing figures are this year's opening ones.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { yuan, zhDate } from '../format.js';
import type { ZhBalance, ZhYear } from '../ledger.js';
import type { ZhReportWorld } from '../world.js';
import { FIXED_CATS, INTANGIBLE_CATS, movements, yearRng, type Movement } from './asset-movements.js';

export { yearRng } from './asset-movements.js';

/** The parent company's own books of a year (fen). */
export interface ZhParentYear {
  balance: Record<string, number>;
  income: Record<string, number>;
  cash: Record<string, number>;
}

const PARENT_ASSETS = ['cash', 'tradingAssets', 'notesReceivable', 'receivables', 'prepayments', 'otherReceivables', 'inventory', 'otherCurrent', 'longTermInvest', 'fixedAssets', 'construction', 'intangibles', 'deferredTaxAssets', 'otherNonCurrent'] as const;
const PARENT_LIABS = ['shortLoans', 'notesPayable', 'payables', 'contractLiab', 'payroll', 'taxesPayable', 'otherPayables', 'currentPortion', 'longLoans', 'deferredIncome'] as const;

/** The parent company's books: its lines a share of the group's, its investments in subsidiaries at cost, cash the balancing line. */
export function parentBooks(world: ZhReportWorld, year: number): ZhParentYear {
  const y = world.books(year);
  const b = y.balance;
  const r = yearRng(world, 'parent', year);
  const share = (v: number, lo: number, hi: number) => Math.round(v * r.float(lo, hi));
  const subs = world.company.subsidiaries.reduce((a, s) => a + Math.round(s.capital * 1e6 * s.share / 100), 0);
  const bal: Record<string, number> = {
    tradingAssets: share(b.tradingAssets, 0.6, 0.95), notesReceivable: share(b.notesReceivable, 0.5, 0.8), receivables: share(b.receivables, 0.55, 0.85),
    prepayments: share(b.prepayments, 0.4, 0.8), otherReceivables: share(b.receivables, 0.04, 0.12), inventory: share(b.inventory, 0.45, 0.75), otherCurrent: share(b.otherCurrent, 0.3, 0.7),
    longTermInvest: b.longTermInvest + subs, fixedAssets: share(b.fixedAssets, 0.45, 0.7), construction: share(b.construction, 0.3, 0.7), intangibles: share(b.intangibles, 0.5, 0.8),
    deferredTaxAssets: share(b.deferredTaxAssets, 0.5, 0.8), otherNonCurrent: share(b.otherNonCurrent, 0.4, 0.8),
    shortLoans: share(b.shortLoans, 0.6, 0.9), notesPayable: share(b.notesPayable, 0.5, 0.85), payables: share(b.payables, 0.5, 0.8), contractLiab: share(b.contractLiab, 0.4, 0.8),
    payroll: share(b.payroll, 0.4, 0.65), taxesPayable: share(b.taxesPayable, 0.3, 0.7), otherPayables: share(b.otherPayables, 0.5, 0.9), currentPortion: share(b.currentPortion, 0.6, 1),
    longLoans: share(b.longLoans, 0.6, 1), deferredIncome: share(b.deferredIncome, 0.4, 0.8),
    // The parent's 资本公积 differs from the group's by the same consolidation entries every year: neither moves unless
    // the report states an event that moves it, and it states none.
    shareCapital: b.shareCapital, capitalReserve: b.capitalReserve + Math.round(b.capitalReserve * yearRng(world, 'parent-capital-reserve', 0).float(0.01, 0.05)), surplusReserve: b.surplusReserve,
  };
  bal.cash = share(b.cash, 0.35, 0.7);
  const assetsNoCash = PARENT_ASSETS.filter((k) => k !== 'cash').reduce((a, k) => a + bal[k]!, 0);
  bal.currentLiab = PARENT_LIABS.slice(0, 8).reduce((a, k) => a + bal[k]!, 0);
  bal.nonCurrentLiab = bal.longLoans! + bal.deferredIncome!;
  bal.totalLiab = bal.currentLiab + bal.nonCurrentLiab;
  // Retained earnings balance the sheet; where that would leave them thin, the parent holds more cash instead.
  let retained = assetsNoCash + bal.cash - bal.totalLiab - bal.shareCapital! - bal.capitalReserve! - bal.surplusReserve!;
  const floor = Math.round(b.retained * 0.35);
  if (retained < floor) {
    bal.cash += floor - retained;
    retained = floor;
  }
  bal.retained = retained;
  bal.currentAssets = ['cash', 'tradingAssets', 'notesReceivable', 'receivables', 'prepayments', 'otherReceivables', 'inventory', 'otherCurrent'].reduce((a, k) => a + bal[k]!, 0);
  bal.nonCurrentAssets = ['longTermInvest', 'fixedAssets', 'construction', 'intangibles', 'deferredTaxAssets', 'otherNonCurrent'].reduce((a, k) => a + bal[k]!, 0);
  bal.totalAssets = bal.currentAssets + bal.nonCurrentAssets;
  bal.totalEquity = bal.shareCapital! + bal.capitalReserve! + bal.surplusReserve! + retained;

  const inc: Record<string, number> = {
    revenue: share(y.revenue, 0.55, 0.8), taxes: share(y.taxes, 0.5, 0.8), selling: share(y.selling, 0.5, 0.8), admin: share(y.admin, 0.6, 0.85),
    rd: share(y.rd, 0.55, 0.85), finance: share(y.finance, 0.6, 1), otherIncome: share(y.otherIncome, 0.5, 0.8), creditLoss: share(y.creditLoss, 0.5, 0.9),
    assetLoss: share(y.assetLoss, 0.4, 0.8), nonOpIncome: share(y.nonOpIncome, 0.3, 0.8), nonOpExpense: share(y.nonOpExpense, 0.3, 0.8),
  };
  inc.cost = Math.round(inc.revenue! * (y.cost / y.revenue) * r.float(1.0, 1.06));
  // Dividends from subsidiaries come in as investment income.
  inc.investIncome = Math.round(y.investIncome * r.float(0.5, 0.9)) + Math.round(subs * r.float(0.02, 0.08));
  inc.operatingProfit = inc.revenue! - inc.cost - inc.taxes! - inc.selling! - inc.admin! - inc.rd! - inc.finance! + inc.otherIncome! + inc.investIncome + inc.creditLoss! + inc.assetLoss!;
  inc.totalProfit = inc.operatingProfit + inc.nonOpIncome! - inc.nonOpExpense!;
  inc.incomeTax = Math.max(0, Math.round(inc.totalProfit * r.float(0.09, 0.14)));
  inc.netProfit = inc.totalProfit - inc.incomeTax;

  const cf = y.cash;
  const flows: Record<string, number> = {
    salesReceipts: share(cf.salesReceipts, 0.55, 0.8), taxRefunds: share(cf.taxRefunds, 0.6, 1), otherOpIn: share(cf.otherOpIn, 0.5, 0.9),
    purchases: share(cf.purchases, 0.55, 0.8), staffPaid: share(cf.staffPaid, 0.45, 0.7), taxesPaid: share(cf.taxesPaid, 0.5, 0.8), otherOpOut: share(cf.otherOpOut, 0.5, 0.85),
    disposalsIn: share(cf.disposalsIn, 0.3, 0.8), investReceived: share(cf.investReceived, 0.5, 0.9), dividendsIn: Math.round(inc.investIncome * r.float(0.5, 0.9)),
    capex: share(cf.capex, 0.3, 0.6), investPaid: share(cf.investPaid, 0.5, 0.9),
    borrowingsIn: share(cf.borrowingsIn, 0.6, 0.95), repayments: share(cf.repayments, 0.6, 0.95), dividendsPaid: cf.dividendsPaid, fx: share(cf.fx, 0.5, 1),
  };
  flows.opIn = flows.salesReceipts! + flows.taxRefunds! + flows.otherOpIn!;
  flows.opOut = flows.purchases! + flows.staffPaid! + flows.taxesPaid! + flows.otherOpOut!;
  flows.opNet = flows.opIn - flows.opOut;
  flows.finIn = flows.borrowingsIn!;
  flows.finOut = flows.repayments! + flows.dividendsPaid!;
  flows.finNet = flows.finIn - flows.finOut;
  flows.cashEnd = bal.cash;
  flows.cashBegin = year <= world.firstYear - 3 ? Math.round(bal.cash * 0.9) : parentBooks(world, year - 1).balance.cash!;
  flows.netChange = flows.cashEnd - flows.cashBegin;
  // Investing flows take what reconciles the change in cash: the amount paid for investments moves.
  const investNet = flows.netChange - flows.opNet - flows.finNet - flows.fx!;
  flows.investIn = flows.disposalsIn! + flows.investReceived! + flows.dividendsIn!;
  let paid = flows.investIn - investNet - flows.capex!;
  if (paid < 0) {
    flows.investReceived! -= paid;
    flows.investIn -= paid;
    paid = 0;
  }
  flows.investPaid = paid;
  flows.investOut = flows.capex! + paid;
  flows.investNet = flows.investIn - flows.investOut;
  return { balance: bal, income: inc, cash: flows };
}

const memo = new WeakMap<ZhReportWorld, Map<number, ZhParentYear>>();
function parent(world: ZhReportWorld, year: number): ZhParentYear {
  let m = memo.get(world);
  if (!m) memo.set(world, (m = new Map()));
  let p = m.get(year);
  if (!p) m.set(year, (p = parentBooks(world, year)));
  return p;
}

/** 合并所有者权益变动表 of one year: opening balances, the year's profit and appropriations, closing balances. */
function equityRows(cur: ZhYear, prev: ZhYear): string[][] {
  const b = cur.balance;
  const p = prev.balance;
  const surplusAdd = b.surplusReserve - p.surplusReserve;
  const cols = (k: Array<number | null>) => k.map((v) => (v === null ? '' : yuan(v)));
  const open = [p.shareCapital, p.capitalReserve, p.surplusReserve, p.retained, p.parentEquity, p.minorityEquity, p.totalEquity];
  return [
    ['一、上年年末余额', ...cols(open)],
    ['二、本年期初余额', ...cols(open)],
    ['三、本期增减变动金额（减少以“－”号填列）', ...cols([0, b.capitalReserve - p.capitalReserve, surplusAdd, b.retained - p.retained, b.parentEquity - p.parentEquity, b.minorityEquity - p.minorityEquity, b.totalEquity - p.totalEquity])],
    ['（一）综合收益总额', ...cols([null, null, null, cur.parentProfit, cur.parentProfit, cur.minority, cur.netProfit])],
    ['（三）利润分配', ...cols([null, null, surplusAdd, -surplusAdd - cur.cash.dividendsPaid, -cur.cash.dividendsPaid, null, -cur.cash.dividendsPaid])],
    ['1．提取盈余公积', ...cols([null, null, surplusAdd, -surplusAdd, null, null, null])],
    ['2．对所有者（或股东）的分配', ...cols([null, null, null, -cur.cash.dividendsPaid, -cur.cash.dividendsPaid, null, -cur.cash.dividendsPaid])],
    ['四、本期期末余额', ...cols([b.shareCapital, b.capitalReserve, b.surplusReserve, b.retained, b.parentEquity, b.minorityEquity, b.totalEquity])],
  ];
}

/** 4、合并所有者权益变动表 to 8、母公司现金流量表, then 现金流量表补充资料 comes with the notes. */
export function* renderMoreStatements(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, prev, year, world } = ctx;
  const head = ['项目', '股本', '资本公积', '盈余公积', '未分配利润', '归属于母公司所有者权益小计', '少数股东权益', '所有者权益合计'];
  yield ctx.heading('4、合并所有者权益变动表', '合并所有者权益变动表');
  yield ctx.table(`本期金额（${year}年度）\n单位：元`, head, equityRows(cur, prev));
  yield ctx.table(`上期金额（${year - 1}年度）\n单位：元`, head, equityRows(prev, ctx.prev2));
  const pc = parent(world, year);
  const pp = parent(world, year - 1);
  const line = (label: string, k: string, part: 'balance' | 'income' | 'cash') => [label, yuan(pc[part][k]!), yuan(pp[part][k]!)];
  yield ctx.heading('5、母公司资产负债表', '母公司资产负债表');
  const bl = (label: string, k: string) => line(label, k, 'balance');
  yield ctx.table(`编制单位：${c.name}\n单位：元`, ['项目', zhDate(ctx.place.periodEnd), zhDate(`${year - 1}-12-31`)], [
    ['流动资产：', '', ''],
    bl('货币资金', 'cash'), bl('交易性金融资产', 'tradingAssets'), bl('应收票据', 'notesReceivable'), bl('应收账款', 'receivables'), bl('预付款项', 'prepayments'), bl('其他应收款', 'otherReceivables'), bl('存货', 'inventory'), bl('其他流动资产', 'otherCurrent'),
    bl('流动资产合计', 'currentAssets'),
    ['非流动资产：', '', ''],
    bl('长期股权投资', 'longTermInvest'), bl('固定资产', 'fixedAssets'), bl('在建工程', 'construction'), bl('无形资产', 'intangibles'), bl('递延所得税资产', 'deferredTaxAssets'), bl('其他非流动资产', 'otherNonCurrent'),
    bl('非流动资产合计', 'nonCurrentAssets'), bl('资产总计', 'totalAssets'),
    ['流动负债：', '', ''],
    bl('短期借款', 'shortLoans'), bl('应付票据', 'notesPayable'), bl('应付账款', 'payables'), bl('合同负债', 'contractLiab'), bl('应付职工薪酬', 'payroll'), bl('应交税费', 'taxesPayable'), bl('其他应付款', 'otherPayables'), bl('一年内到期的非流动负债', 'currentPortion'),
    bl('流动负债合计', 'currentLiab'),
    ['非流动负债：', '', ''],
    bl('长期借款', 'longLoans'), bl('递延收益', 'deferredIncome'), bl('非流动负债合计', 'nonCurrentLiab'), bl('负债合计', 'totalLiab'),
    ['所有者权益：', '', ''],
    bl('股本', 'shareCapital'), bl('资本公积', 'capitalReserve'), bl('盈余公积', 'surplusReserve'), bl('未分配利润', 'retained'), bl('所有者权益合计', 'totalEquity'),
    ['负债和所有者权益总计', yuan(pc.balance.totalLiab! + pc.balance.totalEquity!), yuan(pp.balance.totalLiab! + pp.balance.totalEquity!)],
  ]);
  yield ctx.heading('6、母公司利润表', '母公司利润表');
  const il = (label: string, k: string) => line(label, k, 'income');
  yield ctx.table('单位：元', ['项目', `${year}年度`, `${year - 1}年度`], [
    il('一、营业收入', 'revenue'), il('减：营业成本', 'cost'), il('税金及附加', 'taxes'), il('销售费用', 'selling'), il('管理费用', 'admin'), il('研发费用', 'rd'), il('财务费用', 'finance'),
    il('加：其他收益', 'otherIncome'), il('投资收益（损失以“－”号填列）', 'investIncome'), il('信用减值损失（损失以“－”号填列）', 'creditLoss'), il('资产减值损失（损失以“－”号填列）', 'assetLoss'),
    il('二、营业利润（亏损以“－”号填列）', 'operatingProfit'), il('加：营业外收入', 'nonOpIncome'), il('减：营业外支出', 'nonOpExpense'),
    il('三、利润总额（亏损总额以“－”号填列）', 'totalProfit'), il('减：所得税费用', 'incomeTax'), il('四、净利润（净亏损以“－”号填列）', 'netProfit'),
    il('五、综合收益总额', 'netProfit'),
  ]);
  yield ctx.heading('7、母公司现金流量表', '母公司现金流量表');
  const cl = (label: string, k: string) => line(label, k, 'cash');
  yield ctx.table('单位：元', ['项目', `${year}年度`, `${year - 1}年度`], [
    ['一、经营活动产生的现金流量：', '', ''],
    cl('销售商品、提供劳务收到的现金', 'salesReceipts'), cl('收到的税费返还', 'taxRefunds'), cl('收到其他与经营活动有关的现金', 'otherOpIn'), cl('经营活动现金流入小计', 'opIn'),
    cl('购买商品、接受劳务支付的现金', 'purchases'), cl('支付给职工以及为职工支付的现金', 'staffPaid'), cl('支付的各项税费', 'taxesPaid'), cl('支付其他与经营活动有关的现金', 'otherOpOut'), cl('经营活动现金流出小计', 'opOut'),
    cl('经营活动产生的现金流量净额', 'opNet'),
    ['二、投资活动产生的现金流量：', '', ''],
    cl('收回投资收到的现金', 'investReceived'), cl('取得投资收益收到的现金', 'dividendsIn'), cl('处置固定资产、无形资产和其他长期资产收回的现金净额', 'disposalsIn'), cl('投资活动现金流入小计', 'investIn'),
    cl('购建固定资产、无形资产和其他长期资产支付的现金', 'capex'), cl('投资支付的现金', 'investPaid'), cl('投资活动现金流出小计', 'investOut'), cl('投资活动产生的现金流量净额', 'investNet'),
    ['三、筹资活动产生的现金流量：', '', ''],
    cl('取得借款收到的现金', 'borrowingsIn'), cl('筹资活动现金流入小计', 'finIn'), cl('偿还债务支付的现金', 'repayments'), cl('分配股利、利润或偿付利息支付的现金', 'dividendsPaid'), cl('筹资活动现金流出小计', 'finOut'),
    cl('筹资活动产生的现金流量净额', 'finNet'),
    cl('四、汇率变动对现金及现金等价物的影响', 'fx'), cl('五、现金及现金等价物净增加额', 'netChange'), cl('加：期初现金及现金等价物余额', 'cashBegin'), cl('六、期末现金及现金等价物余额', 'cashEnd'),
  ]);
}

/** Depreciation and amortisation of a year, shared by 固定资产 notes and 现金流量表补充资料. */
export function depreciation(world: ZhReportWorld, year: number): { fixed: number; rightOfUse: number; intangible: number; longPrepaid: number } {
  const y = world.books(year);
  const r = yearRng(world, 'depreciation', year);
  const sum = (ms: Movement[]) => ms.reduce((a, x) => a + x.accAdd, 0);
  return {
    fixed: sum(movements(world, 'fixedAssets', FIXED_CATS, year)),
    rightOfUse: Math.round(y.balance.leaseLiab * r.float(0.25, 0.4)),
    intangible: sum(movements(world, 'intangibles', INTANGIBLE_CATS, year)),
    longPrepaid: Math.round(y.balance.otherNonCurrent * r.float(0.05, 0.15)),
  };
}

/** 现金流量表补充资料: net profit reconciled to operating cash flow (the change in operating payables closes it). */
export function cashSupplementRows(world: ZhReportWorld, year: number): string[][] {
  const y = world.books(year);
  const p = world.books(year - 1);
  const b: ZhBalance = y.balance;
  const q: ZhBalance = p.balance;
  const d = depreciation(world, year);
  const r = yearRng(world, 'cash-supplement', year);
  const interest = Math.max(0, Math.round((b.shortLoans + b.longLoans) * r.float(0.025, 0.04)));
  const items: Array<[string, number]> = [
    ['资产减值准备', -y.assetLoss], ['信用减值损失', -y.creditLoss], ['固定资产折旧', d.fixed], ['使用权资产折旧', d.rightOfUse], ['无形资产摊销', d.intangible], ['长期待摊费用摊销', d.longPrepaid],
    ['财务费用（收益以“－”号填列）', interest], ['投资损失（收益以“－”号填列）', -y.investIncome],
    ['递延所得税资产减少（增加以“－”号填列）', q.deferredTaxAssets - b.deferredTaxAssets], ['递延所得税负债增加（减少以“－”号填列）', b.deferredTaxLiab - q.deferredTaxLiab],
    ['存货的减少（增加以“－”号填列）', q.inventory - b.inventory],
    ['经营性应收项目的减少（增加以“－”号填列）', (q.receivables + q.notesReceivable + q.prepayments) - (b.receivables + b.notesReceivable + b.prepayments)],
  ];
  const payables = y.cash.opNet - y.netProfit - items.reduce((a, [, v]) => a + v, 0);
  return [
    ['1、将净利润调节为经营活动现金流量：', ''],
    ['净利润', yuan(y.netProfit)],
    ...items.map(([label, v]) => [label, yuan(v)]),
    ['经营性应付项目的增加（减少以“－”号填列）', yuan(payables)],
    ['经营活动产生的现金流量净额', yuan(y.cash.opNet)],
    ['2、现金及现金等价物净变动情况：', ''],
    ['现金的期末余额', yuan(y.cash.cashEnd)],
    ['减：现金的期初余额', yuan(y.cash.cashBegin)],
    ['现金及现金等价物净增加额', yuan(y.cash.netChange)],
  ];
}
