// The rest of the 附注 a real 年度报告 prints after the line items: 未分配利润 rolled forward, 所得税费用 reconciled to the
// statutory rate, 关联方 and 关键管理人员报酬, the risks of financial instruments with the maturity of liabilities, the
// parent company's main notes and 补充资料 (净资产收益率及每股收益). Every figure reads the ledger.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { money, pct, yuan } from '../format.js';
import { split } from '../ledger.js';
import { executivePay } from './governance.js';
import { holdingShare } from './matters.js';
import { parentBooks, yearRng } from './parent.js';

/** 未分配利润 and 所得税费用 notes. */
export function* equityAndTaxNotes(ctx: ZhReportContext, n: number): Generator<Block, number> {
  const { cur, prev, year, world } = ctx;
  const b = cur.balance;
  const p = prev.balance;
  yield ctx.heading(`${n++}、未分配利润`, '合并财务报表项目注释');
  const surplusAdd = b.surplusReserve - p.surplusReserve;
  const prevSurplusAdd = p.surplusReserve - ctx.prev2.balance.surplusReserve;
  yield ctx.table('单位：元', ['项目', '本期', '上期'], [
    ['调整前上期末未分配利润', yuan(p.retained), yuan(ctx.prev2.balance.retained)],
    ['调整后期初未分配利润', yuan(p.retained), yuan(ctx.prev2.balance.retained)],
    ['加：本期归属于母公司所有者的净利润', yuan(cur.parentProfit), yuan(prev.parentProfit)],
    ['减：提取法定盈余公积', yuan(surplusAdd), yuan(prevSurplusAdd)],
    ['应付普通股股利', yuan(cur.cash.dividendsPaid), yuan(prev.cash.dividendsPaid)],
    ['期末未分配利润', yuan(b.retained), yuan(p.retained)],
  ]);
  yield ctx.heading(`${n++}、所得税费用调整过程`, '合并财务报表项目注释');
  const r = yearRng(world, 'tax-reconcile', year);
  const statutory = Math.round(cur.totalProfit * 0.25);
  const preferential = -Math.round(cur.totalProfit * r.float(0.06, 0.09));
  const subsidiaries = Math.round(cur.totalProfit * r.float(-0.01, 0.01));
  const nonDeductible = Math.round(cur.totalProfit * r.float(0.002, 0.008));
  const rdBonus = -Math.round(cur.rd * r.float(0.75, 1) * 0.25 * r.float(0.85, 1));
  const items: Array<[string, number]> = [
    ['按法定/适用税率计算的所得税费用', statutory], ['子公司适用不同税率的影响', subsidiaries], ['高新技术企业税收优惠的影响', preferential],
    ['不可抵扣的成本、费用和损失的影响', nonDeductible], ['研发费用加计扣除的影响', rdBonus],
  ];
  const other = cur.incomeTax - items.reduce((a, [, v]) => a + v, 0);
  yield ctx.table('单位：元', ['项目', '本期发生额'], [
    ['利润总额', yuan(cur.totalProfit)], ...items.map(([l, v]) => [l, yuan(v)]),
    ['本期未确认递延所得税资产的可抵扣暂时性差异或可抵扣亏损的影响及其他', yuan(other)], ['所得税费用', yuan(cur.incomeTax)],
  ]);
  return n;
}

/** 关联方及关联交易: who the related parties are and what the key managers were paid. */
export function* relatedParties(ctx: ZhReportContext): Generator<Block> {
  const { company: c, year, world } = ctx;
  const r = yearRng(world, 'key-pay', year);
  yield ctx.sub('十、关联方及关联交易');
  yield ctx.heading('1、本企业的母公司情况', '关联方及关联交易');
  const holdShare = holdingShare(world, year);
  yield ctx.table('', ['母公司名称', '注册地', '业务性质', '母公司对本企业的持股比例', '母公司对本企业的表决权比例'], [[c.holding, c.city, '股权投资、企业管理咨询', pct(holdShare), pct(holdShare)]]);
  yield ctx.para(ctx.paragraph(() => ctx.fill(r, '<controllerFinal>', { chair: c.chair.name, holding: c.holding })));
  yield ctx.heading('2、其他关联方情况', '关联方及关联交易');
  yield ctx.table('', ['其他关联方名称', '其他关联方与本企业关系'], [
    [`${c.city}${c.short.slice(0, 2)}企业管理合伙企业（有限合伙）`, '持股5%以下股东、员工持股平台'],
    ...[...c.directors.slice(1), ...c.independents, ...c.supervisors].map((p) => [p.name, p.title.includes('监事') ? '监事' : '董事']),
    [c.secretary.name, '高级管理人员'],
  ]);
  yield ctx.heading('3、关键管理人员报酬', '关联方及关联交易');
  const sum = (y: number) => Math.round(executivePay(world, y).reduce((a, [, v]) => a + v, 0) * 1e6);
  const pay = sum(year);
  const prevPay = sum(year - 1);
  yield ctx.table('单位：元', ['项目', '本期发生额', '上期发生额'], [['关键管理人员报酬', yuan(pay), yuan(prevPay)]]);
}

/** 与金融工具相关的风险, with 流动性风险 shown as the undiscounted maturity of the financial liabilities. */
export function* instrumentRisks(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, year, world } = ctx;
  const b = cur.balance;
  const r = ctx.fork('instrument-risks');
  yield ctx.sub('九、与金融工具相关的风险');
  for (const key of ['riskCredit', 'riskLiquidity']) {
    const text = ctx.paragraph(() => ctx.fill(r, `<${key}>`, { top5: pct(r.float(0.12, 0.3)), receivables: money(b.receivables), cash: money(b.cash), year: String(year) }));
    if (text) yield ctx.para(text);
  }
  const mr = yearRng(world, 'maturity', year);
  const rows: Array<[string, number, number[]]> = [
    ['短期借款', Math.round(b.shortLoans * mr.float(1.02, 1.04)), [1, 0, 0, 0]],
    ['应付票据', b.notesPayable, [1, 0, 0, 0]],
    ['应付账款', b.payables, [mr.float(0.88, 0.94), mr.float(0.04, 0.08), mr.float(0.01, 0.03), 0.005]],
    ['其他应付款', b.otherPayables, [mr.float(0.7, 0.9), mr.float(0.05, 0.2), mr.float(0.02, 0.08), 0.01]],
    ['一年内到期的非流动负债', Math.round(b.currentPortion * mr.float(1.02, 1.05)), [1, 0, 0, 0]],
    ['长期借款', Math.round(b.longLoans * mr.float(1.05, 1.12)), [0, mr.float(0.3, 0.5), mr.float(0.4, 0.6), mr.float(0, 0.15)]],
    ['租赁负债', Math.round(b.leaseLiab * mr.float(1.05, 1.1)), [0, mr.float(0.3, 0.45), mr.float(0.4, 0.6), mr.float(0.02, 0.1)]],
  ];
  const table = rows.map(([name, total, w]) => {
    const parts = split(total, w);
    return [name, ...parts.map((v) => (v === 0 ? '' : yuan(v))), yuan(total)];
  });
  yield ctx.table(`${year}年12月31日\n单位：元`, ['项目', '1年以内', '1-2年', '2-5年', '5年以上', '未折现合同金额合计'], table);
  for (const key of ['riskRate', 'riskFx']) {
    const text = ctx.paragraph(() => ctx.fill(r, `<${key}>`, {
      longLoans: money(b.longLoans), shortLoans: money(b.shortLoans), overseasShare: pct(cur.overseas / cur.revenue), impact: money(Math.round((b.shortLoans + b.longLoans) * 0.005 * 0.85)), seg: c.segments.map((s) => s.name),
    }));
    if (text) yield ctx.para(text);
  }
}

/** 母公司财务报表主要项目注释: investments in subsidiaries, revenue and investment income. */
export function* parentNotes(ctx: ZhReportContext): Generator<Block> {
  const { company: c, year, world } = ctx;
  const pc = parentBooks(world, year);
  const pp = parentBooks(world, year - 1);
  yield ctx.sub('十三、母公司财务报表主要项目注释');
  yield ctx.heading('1、长期股权投资', '母公司财务报表主要项目注释');
  const subs = c.subsidiaries.map((s) => ({ name: s.name, cost: Math.round(s.capital * 1e6 * s.share / 100) }));
  const total = subs.reduce((a, s) => a + s.cost, 0);
  yield ctx.table('单位：元', ['被投资单位', '期初余额（账面价值）', '本期增加', '本期减少', '期末余额（账面价值）', '减值准备期末余额'], [
    ...subs.map((s) => [s.name, yuan(s.cost), '', '', yuan(s.cost), '']),
    ['对子公司投资小计', yuan(total), '', '', yuan(total), ''],
    ['对联营、合营企业投资', yuan(pp.balance.longTermInvest! - total), '', '', yuan(pc.balance.longTermInvest! - total), ''],
    ['合计', yuan(pp.balance.longTermInvest!), '', '', yuan(pc.balance.longTermInvest!), ''],
  ]);
  yield ctx.heading('2、营业收入和营业成本', '母公司财务报表主要项目注释');
  yield ctx.table('单位：元', ['项目', '本期发生额收入', '本期发生额成本', '上期发生额收入', '上期发生额成本'], [
    ['主营业务', yuan(pc.income.revenue!), yuan(pc.income.cost!), yuan(pp.income.revenue!), yuan(pp.income.cost!)],
    ['合计', yuan(pc.income.revenue!), yuan(pc.income.cost!), yuan(pp.income.revenue!), yuan(pp.income.cost!)],
  ]);
  yield ctx.heading('3、投资收益', '母公司财务报表主要项目注释');
  const split2 = (v: number, y: number) => split(v, [yearRng(world, 'parent-invest', y).float(0.5, 0.85), 0.3]);
  const [subsNow, otherNow] = split2(pc.income.investIncome!, year);
  const [subsPrev, otherPrev] = split2(pp.income.investIncome!, year - 1);
  yield ctx.table('单位：元', ['项目', '本期发生额', '上期发生额'], [
    ['成本法核算的长期股权投资收益', yuan(subsNow!), yuan(subsPrev!)], ['理财产品及其他投资收益', yuan(otherNow!), yuan(otherPrev!)],
    ['合计', yuan(pc.income.investIncome!), yuan(pp.income.investIncome!)],
  ]);
}

/** 补充资料: 净资产收益率及每股收益 of the year. */
export function* supplement(ctx: ZhReportContext): Generator<Block> {
  const { cur } = ctx;
  yield ctx.sub('十四、补充资料');
  const roeD = Math.round(cur.roe * (cur.deductedProfit / cur.parentProfit) * 100) / 100;
  const epsD = Math.round(cur.deductedProfit / cur.shares) / 100;
  yield ctx.heading('净资产收益率及每股收益', '补充资料');
  yield ctx.table('', ['报告期利润', '加权平均净资产收益率', '基本每股收益（元/股）', '稀释每股收益（元/股）'], [
    ['归属于公司普通股股东的净利润', `${cur.roe.toFixed(2)}%`, cur.eps.toFixed(2), cur.eps.toFixed(2)],
    ['扣除非经常性损益后归属于公司普通股股东的净利润', `${roeD.toFixed(2)}%`, epsD.toFixed(2), epsD.toFixed(2)],
  ]);
}
