// 附注 in detail, as a real 年度报告 prints them: 固定资产 and 无形资产 movements, 在建工程 by project, 应收账款 by method and by
// debtor, 政府补助 item by item, 外币货币性项目, 在子公司中的权益 and 现金流量表补充资料. Every figure is drawn per year from the
// world (so last year's closing figures are this year's opening ones) and adds up to the ledger's line.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { money, pct, wan, yuan } from '../format.js';
import { split } from '../ledger.js';
import { FIXED_CATS, INTANGIBLE_CATS, movements, yearRng, type Movement } from './asset-movements.js';
import { cashSupplementRows } from './parent.js';
import { receivablesBook, type ReceivablesBook } from './balance-breakdowns.js';


function movementTable(ctx: ZhReportContext, label: string, ms: Movement[], accLabel: string): Block {
  const total = (f: (m: Movement) => number) => ms.reduce((a, m) => a + f(m), 0);
  const row = (name: string, f: (m: Movement) => number) => [name, ...ms.map((m) => yuan(f(m))), yuan(total(f))];
  return ctx.table('单位：元', ['项目', ...ms.map((m) => m.name), '合计'], [
    ['一、账面原值：', ...ms.map(() => ''), ''],
    row('1.期初余额', (m) => m.grossB), row('2.本期增加金额', (m) => m.add), row('3.本期减少金额', (m) => m.reduce), row('4.期末余额', (m) => m.grossE),
    [`二、${accLabel}`, ...ms.map(() => ''), ''],
    row('1.期初余额', (m) => m.accB), row('2.本期增加金额', (m) => m.accAdd), row('3.本期减少金额', (m) => m.accReduce), row('4.期末余额', (m) => m.accE),
    ['三、账面价值', ...ms.map(() => ''), ''],
    row('1.期末账面价值', (m) => m.bookE), row('2.期初账面价值', (m) => m.bookB),
  ].map((r) => (r[0] === label ? r : r)));
}

/** The company's construction projects: names from its bases and products, budgets fixed by the seed. */
function projects(ctx: ZhReportContext): Array<{ name: string; budget: number; source: string }> {
  const { company: c, world } = ctx;
  const r = yearRng(world, 'projects', 0);
  const prods = c.segments.flatMap((s) => s.products);
  const names = [
    `${c.bases[0]}生产基地${r.pick(prods)}扩产项目`,
    `${c.bases[c.bases.length - 1]}${r.pick(['智能制造基地', '新厂区', '产业园'])}建设项目`,
    `${r.pick(['研发中心', '技术中心', '检测中心'])}升级建设项目`,
    `${r.pick(prods)}${r.pick(['自动化产线', '智能化产线', '数字化车间'])}技改项目`,
    `${r.pick(['ERP及MES信息化系统', '数字化管理平台', '智能仓储物流系统'])}建设项目`,
  ];
  const equity = world.books(world.firstYear).balance.construction;
  return names.map((name, i) => ({
    name,
    budget: Math.round(equity * r.float(0.6, 2.2) / (1 + i * 0.4) / 1e6) * 1e6,
    source: i === 0 && r.chance(0.6) ? '募集资金及自有资金' : r.pick(['自有资金', '自有资金及银行借款', '自有资金']),
  }));
}

/** Each project's balance at a year end (the ledger's 在建工程 split by weights drawn for that year). */
function projectBalances(ctx: ZhReportContext, year: number): number[] {
  const r = yearRng(ctx.world, 'project-balance', year);
  return split(ctx.world.books(year).balance.construction, projects(ctx).map((_, i) => r.float(0.3, 1.3) / (1 + i * 0.3)));
}

/** Extra tables and prose after a line-item note of 合并财务报表项目注释 (keyed by the note's label). */
export function* noteExtras(ctx: ZhReportContext, label: string): Generator<Block> {
  const { company: c, cur, prev, year, world } = ctx;
  const r = ctx.fork(`extras-${label}`);
  const say = (t: string, v: Record<string, string | string[]> = {}) => ctx.fill(r, t, v);
  if (label === '固定资产') {
    const ms = movements(world, 'fixedAssets', FIXED_CATS, year);
    yield ctx.heading('（1）固定资产情况', label);
    yield movementTable(ctx, label, ms, '累计折旧');
    const dep = ms.reduce((a, m) => a + m.accAdd, 0);
    const add = ms.reduce((a, m) => a + m.add, 0);
    const text = ctx.paragraph(() => say('<fixedNote>', { dep: money(dep), add: money(add), transfer: money(Math.round(add * r.float(0.4, 0.75))), base: c.bases }));
    if (text) yield ctx.para(text);
    yield ctx.heading('（2）未办妥产权证书的固定资产情况', label);
    if (r.chance(0.5)) {
      const v = Math.round(ms[0]!.bookE * r.float(0.02, 0.08));
      yield ctx.table('单位：元', ['项目', '账面价值', '未办妥产权证书的原因'], [[`${r.pick(c.bases)}厂区${r.pick(['新建厂房', '仓库', '宿舍楼', '综合楼'])}`, yuan(v), r.pick(['正在办理中', '竣工决算尚未完成', '相关手续尚在办理'])]]);
    } else yield ctx.meta('□适用 √不适用');
  }
  if (label === '无形资产') {
    const ms = movements(world, 'intangibles', INTANGIBLE_CATS, year);
    yield ctx.heading('（1）无形资产情况', label);
    yield movementTable(ctx, label, ms, '累计摊销');
    const text = ctx.paragraph(() => say('<intangibleNote>', { amort: money(ms.reduce((a, m) => a + m.accAdd, 0)), land: money(ms[0]!.bookE), base: c.bases }));
    if (text) yield ctx.para(text);
  }
  if (label === '在建工程') {
    const ps = projects(ctx);
    const end = projectBalances(ctx, year);
    const begin = projectBalances(ctx, year - 1);
    const rr = yearRng(world, 'project-move', year);
    const rows = ps.map((p, i) => {
      const transfer = Math.round(begin[i]! * rr.float(0.2, 0.85));
      const add = end[i]! - begin[i]! + transfer;
      const fixedAdd = add < 0 ? transfer - add : transfer;
      const addition = Math.max(0, add);
      const spent = Math.min(0.98, (end[i]! + fixedAdd * (1 + (year - world.firstYear + 1) * 0.6)) / Math.max(1, p.budget));
      return [p.name, wan(p.budget), yuan(begin[i]!), yuan(addition), yuan(fixedAdd), yuan(end[i]!), pct(spent), `${Math.round(spent * 100)}%`, p.source];
    });
    yield ctx.heading('（1）重要在建工程项目本期变动情况', label);
    yield ctx.table('单位：元', ['项目名称', '预算数（万元）', '期初余额', '本期增加金额', '本期转入固定资产金额', '期末余额', '工程累计投入占预算比例', '工程进度', '资金来源'], rows);
    const big = end.indexOf(Math.max(...end));
    const text = ctx.paragraph(() => say('<constructionNote>', { project: ps[big]!.name, amount: money(end[big]!), total: money(cur.balance.construction) }));
    if (text) yield ctx.para(text);
  }
  if (label === '递延收益') {
    const rr = yearRng(world, 'grants', year);
    const names = [
      `${c.city}市工业企业技术改造专项资金`, `${c.province}省重点研发计划项目补助`, `${c.bases[c.bases.length - 1]}基地基础设施建设补助`,
      `智能制造示范项目补助`, `${c.city}市“专精特新”企业奖励`, `稳岗补贴`, `高新技术企业认定奖励`, `科技创新平台建设补助`,
    ];
    const picked = rr.sample(names, rr.int(5, 7));
    const amounts = split(cur.grants, picked.map(() => rr.float(0.2, 1.5)));
    yield ctx.heading('政府补助明细', label);
    yield ctx.table('单位：元', ['补助项目', '本期计入损益金额', '计入损益的列报项目', '与资产相关/与收益相关'], picked.map((n, i) => [
      n, yuan(amounts[i]!), '其他收益', /基础设施|技术改造|平台/.test(n) ? '与资产相关' : '与收益相关',
    ]).concat([['合计', yuan(cur.grants), '', '']]));
  }
  if (label === '应付账款') {
    const rr = yearRng(world, 'payables-age', year);
    const parts = split(cur.balance.payables, [rr.float(0.85, 0.93), rr.float(0.04, 0.09), rr.float(0.01, 0.03), rr.float(0.005, 0.015)]);
    yield ctx.table('单位：元', ['账龄', '期末余额', '占比'], [
      ['1年以内（含1年）', yuan(parts[0]!), pct(parts[0]! / cur.balance.payables)], ['1至2年', yuan(parts[1]!), pct(parts[1]! / cur.balance.payables)],
      ['2至3年', yuan(parts[2]!), pct(parts[2]! / cur.balance.payables)], ['3年以上', yuan(parts[3]!), pct(parts[3]! / cur.balance.payables)], ['合计', yuan(cur.balance.payables), '100.00%'],
    ]);
  }
  void prev;
}

/** 应收账款 in detail: by provisioning method, the year's allowance movement (opening = last year's closing) and the five largest debtors. */
export function* receivablesDetail(ctx: ZhReportContext, book: ReceivablesBook): Generator<Block> {
  const label = '应收账款';
  const { cur, prev, year, world } = ctx;
  const r = yearRng(world, 'receivables', year);
  const { gross, allowance, single, singleAllow, group, groupAllow } = book;
  yield ctx.heading('（1）按坏账计提方法分类披露', label);
  yield ctx.table('单位：元', ['类别', '账面余额', '比例', '坏账准备', '计提比例', '账面价值'], [
    ['按单项计提坏账准备的应收账款', yuan(single), pct(single / gross), yuan(singleAllow), pct(singleAllow / Math.max(1, single)), yuan(single - singleAllow)],
    ['按组合计提坏账准备的应收账款', yuan(group), pct(group / gross), yuan(groupAllow), pct(groupAllow / group), yuan(group - groupAllow)],
    ['合计', yuan(gross), '100.00%', yuan(allowance), pct(allowance / gross), yuan(cur.balance.receivables)],
  ]);
  const prevAllow = receivablesBook(world, year - 1, prev.balance.receivables).allowance;
  // 期初 + 本期计提 − 本期收回或转回 − 本期核销 = 期末: an excess over the closing allowance is partly recovered, partly written off.
  const drawn = Math.max(0, -cur.creditLoss - Math.round(-cur.creditLoss * r.float(0.05, 0.25)));
  const accrued = Math.max(drawn, allowance - prevAllow);
  const excess = prevAllow + accrued - allowance;
  const reversed = Math.round(excess * r.float(0.2, 0.6));
  const written = excess - reversed;
  yield ctx.heading('（2）本期计提、收回或转回的坏账准备情况', label);
  yield ctx.table('单位：元', ['类别', '期初余额', '本期计提', '本期收回或转回', '本期核销', '期末余额'], [
    ['应收账款坏账准备', yuan(prevAllow), yuan(accrued), yuan(reversed), yuan(written), yuan(allowance)],
  ]);
  yield ctx.heading('（3）按欠款方归集的期末余额前五名的应收账款情况', label);
  const top = [r.float(0.06, 0.11), r.float(0.04, 0.06), r.float(0.03, 0.04), r.float(0.02, 0.03), r.float(0.015, 0.02)].map((s) => Math.round(gross * s));
  const sum = top.reduce((a, b) => a + b, 0);
  const topAllow = top.map((v) => Math.round(v * r.float(0.04, 0.06)));
  yield ctx.table('单位：元', ['单位名称', '应收账款期末余额', '占应收账款期末余额合计数的比例', '坏账准备期末余额'], [
    ...top.map((v, i) => [`单位${'一二三四五'[i]}`, yuan(v), pct(v / gross), yuan(topAllow[i]!)]),
    ['合计', yuan(sum), pct(sum / gross), yuan(topAllow.reduce((a, v) => a + v, 0))],
  ]);
}

/** 外币货币性项目 (for a company that sells abroad), 在子公司中的权益 and 现金流量表补充资料. */
export function* renderGroupNotes(ctx: ZhReportContext, n: number): Generator<Block> {
  const { company: c, cur, year, world } = ctx;
  const r = yearRng(world, 'fx', year);
  if (cur.overseas > 0) {
    yield ctx.heading(`${n++}、外币货币性项目`, '合并财务报表项目注释');
    const usd = r.float(6.3, 7.3);
    const eur = usd * r.float(1.03, 1.12);
    const b = cur.balance;
    const cashUsd = Math.round(b.cash * r.float(0.05, 0.18) / usd);
    const cashEur = Math.round(b.cash * r.float(0.005, 0.03) / eur);
    const recUsd = Math.round(b.receivables * (cur.overseas / cur.revenue) * r.float(0.6, 0.9) / usd);
    const payUsd = Math.round(b.payables * r.float(0.01, 0.05) / usd);
    const fx = (v: number) => yuan(v);
    yield ctx.table('单位：元', ['项目', '期末外币余额', '折算汇率', '期末折算人民币余额'], [
      ['货币资金', '', '', fx(Math.round(cashUsd * usd) + Math.round(cashEur * eur))],
      ['其中：美元', fx(cashUsd), usd.toFixed(4), fx(Math.round(cashUsd * usd))],
      ['欧元', fx(cashEur), eur.toFixed(4), fx(Math.round(cashEur * eur))],
      ['应收账款', '', '', fx(Math.round(recUsd * usd))],
      ['其中：美元', fx(recUsd), usd.toFixed(4), fx(Math.round(recUsd * usd))],
      ['应付账款', '', '', fx(Math.round(payUsd * usd))],
      ['其中：美元', fx(payUsd), usd.toFixed(4), fx(Math.round(payUsd * usd))],
    ]);
  }
  yield ctx.heading(`${n++}、现金流量表补充资料`, '合并财务报表项目注释');
  yield ctx.table('单位：元', ['补充资料', '本期金额'], cashSupplementRows(world, year));
  yield ctx.sub('八、在其他主体中的权益');
  const label = '在其他主体中的权益';
  yield ctx.heading('（1）企业集团的构成', label);
  yield ctx.table('', ['子公司名称', '主要经营地', '注册地', '业务性质', '持股比例（直接）', '取得方式'], c.subsidiaries.map((s, i) => [
    s.name, s.city, s.city, `${c.industry.name}产品的${s.role}`, `${s.share.toFixed(2)}%`, i % 3 === 2 && s.share < 100 ? '非同一控制下企业合并' : '投资设立',
  ]));
  const partial = c.subsidiaries.filter((s) => s.share < 100);
  if (partial.length > 0) {
    yield ctx.heading('（2）重要的非全资子公司', label);
    const w = split(cur.minority, partial.map(() => r.float(0.4, 1.2)));
    const eq = split(cur.balance.minorityEquity, partial.map(() => r.float(0.4, 1.2)));
    yield ctx.table('单位：元', ['子公司名称', '少数股东持股比例', '本期归属于少数股东的损益', '期末少数股东权益余额'], partial.map((s, i) => [s.name, `${(100 - s.share).toFixed(2)}%`, yuan(w[i]!), yuan(eq[i]!)]));
  }
}
