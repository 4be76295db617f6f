// The rest of 第5【経理の状況】: changes in equity, revenue by region, securities, deferred taxes, retirement benefits, quarterly data, the parent's own statements.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import type { JaYear } from '../ledger.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { cell, row } from '../format.js';
import { deferredTaxes, perShare } from './draws.js';
import { parentShare } from './parent-tax.js';
import { quarters, REGIONS, salesByRegion } from './splits.js';

/** ③ 連結株主資本等変動計算書, the prior year's and this year's. */
export function* renderEquityChanges(ctx: JaReportContext): Generator<Block> {
  for (const [year, label] of [[ctx.year - 1, '前連結会計年度'], [ctx.year, '当連結会計年度']] as const) {
    const y = ctx.books(year);
    const p = ctx.books(year - 1);
    const dividends = y.cf.dividends;
    const oci = y.aoci - p.aoci;
    const nci = y.nci - p.nci;
    yield ctx.table([
      `${year === ctx.year ? '' : '③ 【連結株主資本等変動計算書】　'}${label}（自 ${year - 1}年4月1日 至 ${year}年3月31日）　（単位：百万円）`,
      row(['', '資本金', '資本剰余金', '利益剰余金', '自己株式', 'その他の包括利益累計額合計', '非支配株主持分', '純資産合計']),
      row(['当期首残高', p.capital, p.surplus, p.retained, p.treasury, p.aoci, p.nci, p.netAssets]),
      row(['剰余金の配当', '', '', dividends, '', '', '', dividends]),
      row(['親会社株主に帰属する当期純利益', '', '', y.parentIncome, '', '', '', y.parentIncome]),
      row(['株主資本以外の項目の当期変動額（純額）', '', '', '', '', oci, nci, oci + nci]),
      row(['当期変動額合計', 0, 0, y.retained - p.retained, 0, oci, nci, y.netAssets - p.netAssets]),
      row(['当期末残高', y.capital, y.surplus, y.retained, y.treasury, y.aoci, y.nci, y.netAssets]),
    ]);
  }
}

/** (収益認識関係) and 地域ごとの情報: sales by segment and region. */
export function* renderRevenueByRegion(ctx: JaReportContext): Generator<Block> {
  const split = salesByRegion(ctx);
  const c = ctx.company;
  yield ctx.heading('（収益認識関係）', '収益認識');
  const prevSplit = salesByRegion(ctx.withYear(ctx.year - 1));
  const table = (parts: number[][], b: typeof ctx.y, period: string) => ctx.table([
    `顧客との契約から生じる収益を分解した情報　${period}　（単位：百万円）`,
    row(['', ...c.segments.map((s) => s.label), '合計']),
    ...REGIONS.map((r, k) => row([r, ...parts.map((s) => s[k]!), parts.reduce((a, s) => a + s[k]!, 0)])),
    row(['顧客との契約から生じる収益', ...b.segments.map((s) => s.sales), b.sales]),
  ]);
  yield table(prevSplit, ctx.p, '前連結会計年度');
  yield table(split, ctx.y, '当連結会計年度');
  yield ctx.para(REGIONS.slice(0, 4).map((r, k) => {
    const cur = split.reduce((a, s) => a + s[k]!, 0);
    const prev = prevSplit.reduce((a, s) => a + s[k]!, 0);
    const ch = ((cur - prev) / prev) * 100;
    return ctx.once(() => ctx.say(`${r}における売上高は${cell(cur)}百万円（前期比${Math.abs(ch).toFixed(1)}%${ch >= 0 ? '増' : '減'}）となり、連結売上高に占める割合は${((cur / ctx.y.sales) * 100).toFixed(1)}%{となりました|であります}。`));
  }));
}

/** The tax-rate reconciliation's items (%) of a year's books, printed with △ for negatives; その他 closes the gap. */
function taxRates(b: JaYear): string[] {
  const eff = ((b.taxCurrent + b.taxDeferred) / b.pretax) * 100;
  const statutory = 30.6;
  const entertainment = 0.3 + (b.year % 5) / 10;
  const credit = 0.8 + (b.year % 7) / 10;
  const inhabitant = 0.1 + (b.year % 3) / 10;
  const allowance = ((b.year * 7) % 9) / 10 - 0.3;
  const other = eff - statutory - entertainment + credit - inhabitant - allowance;
  return [statutory, entertainment, inhabitant, -credit, allowance, other, eff].map((v) => (v < 0 ? `△${(-v).toFixed(1)}` : v.toFixed(1)));
}

/** (有価証券関係), (税効果会計関係) in full, (退職給付関係)'s plan and roll-forward. */
export function* renderMoreNotes(ctx: JaReportContext): Generator<Block> {
  const { y, p } = ctx;
  const securitiesTable = (b: typeof y, period: string) => {
    const cost = Math.round(b.securities * 0.42);
    return ctx.table([
      `その他有価証券　${period}　（単位：百万円）`,
      row(['種類', '連結貸借対照表計上額', '取得原価', '差額']),
      row(['連結貸借対照表計上額が取得原価を超えるもの　株式', Math.round(b.securities * 0.93), Math.round(cost * 0.88), Math.round(b.securities * 0.93) - Math.round(cost * 0.88)]),
      row(['連結貸借対照表計上額が取得原価を超えないもの　株式', Math.round(b.securities * 0.07), Math.round(cost * 0.12) + 3, Math.round(b.securities * 0.07) - Math.round(cost * 0.12) - 3]),
    ]);
  };
  yield ctx.heading('（有価証券関係）', '有価証券');
  yield securitiesTable(p, `前連結会計年度（${ctx.year - 1}年3月31日）`);
  yield securitiesTable(y, `当連結会計年度（${ctx.year}年3月31日）`);
  if (ctx.may(JA_REPORT_FACTS.securitiesGain) && (p.securitiesGain > 0 || y.securitiesGain > 0)) {
    const sold = (b: typeof y) => (b.securitiesGain > 0 ? [b.cf.securitiesSold, b.securitiesGain, '－'] : ['－', '－', '－']);
    yield ctx.table([
      '連結会計年度中に売却したその他有価証券　（単位：百万円）',
      row(['区分', '種類', '売却額', '売却益の合計額', '売却損の合計額']),
      row([`前連結会計年度（自 ${ctx.year - 2}年4月1日 至 ${ctx.year - 1}年3月31日）`, '株式', ...sold(p)]),
      row([`当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`, '株式', ...sold(y)]),
    ], [JA_REPORT_FACTS.securitiesGain]);
  }
  const impairmentRow = ctx.may(JA_REPORT_FACTS.impairment);
  const dp = deferredTaxes(p, impairmentRow);
  const dy = deferredTaxes(y, impairmentRow);
  yield ctx.heading('（税効果会計関係）', '税効果会計');
  yield ctx.table([
    '1．繰延税金資産及び繰延税金負債の発生の主な原因別の内訳　（単位：百万円）',
    row(['繰延税金資産及び負債の内訳', `前連結会計年度（${ctx.year - 1}年3月31日）`, `当連結会計年度（${ctx.year}年3月31日）`]),
    '繰延税金資産',
    ...dy.items.map(([label, v], i) => row([label, dp.items[i]![1], v])),
    row(['繰延税金資産小計', dp.gross, dy.gross]),
    row(['税務上の繰越欠損金に係る評価性引当額（注）', dp.lossAllowance, dy.lossAllowance]),
    row(['将来減算一時差異等の合計に係る評価性引当額', dp.otherAllowance, dy.otherAllowance]),
    row(['評価性引当額小計', dp.allowance, dy.allowance]),
    row(['繰延税金資産合計', dp.assets, dy.assets]),
    '繰延税金負債',
    ...dy.liabilities.map(([label, v], i) => row([label, -dp.liabilities[i]![1], -v])),
    row(['繰延税金負債合計', -dp.dtl, -dy.dtl]),
    row(['繰延税金資産の純額', dp.net, dy.net]),
  ], impairmentRow ? [JA_REPORT_FACTS.impairment] : undefined);
  const lossItem = dy.items[0]![1];
  const sub = ctx.company.subsidiaries[2 + (ctx.year % Math.max(1, ctx.company.subsidiaries.length - 2))] ?? ctx.company.subsidiaries[0]!;
  yield ctx.para([
    `（注）税務上の繰越欠損金${cell(lossItem)}百万円（法定実効税率を乗じた額）は、主に在外連結子会社${sub.name}において生じたものであります。`,
    ctx.once(() => ctx.say(`{当該税務上の繰越欠損金については、|税務上の繰越欠損金のうち、}{将来の課税所得の見込みにより回収可能と判断した部分|翌連結会計年度以降の課税所得により回収が見込まれる部分}について繰延税金資産を計上しております。`)),
  ]);
  const service = Math.round(y.dbo * 0.045);
  const interest = Math.round((y.dbo * y.discountRate) / 100);
  const paid = Math.round(y.dbo * 0.06);
  const [ratesPrev, ratesCur] = [taxRates(p), taxRates(y)];
  yield ctx.table([
    '2．法定実効税率と税効果会計適用後の法人税等の負担率との間に重要な差異があるときの、当該差異の原因となった主要な項目別の内訳',
    row(['負担率の差異の項目', `前連結会計年度（${ctx.year - 1}年3月31日）（%）`, `当連結会計年度（${ctx.year}年3月31日）（%）`]),
    ...['法定実効税率', '交際費等永久に損金に算入されない項目', '住民税均等割', '試験研究費等の税額控除', '評価性引当額の増減', 'その他', '税効果会計適用後の法人税等の負担率'].map((label, i) => row([label, ratesPrev[i]!, ratesCur[i]!])),
  ]);
  yield ctx.heading('（退職給付関係）', '退職給付');
  yield ctx.para([
    ctx.once(() => ctx.say('1．採用している退職給付制度の概要　当社及び国内連結子会社は、{確定給付型の制度として確定給付企業年金制度及び退職一時金制度を設けているほか、確定拠出年金制度を採用しております|従業員の退職給付に充てるため、積立型及び非積立型の確定給付制度並びに確定拠出制度を採用しております}。')),
  ]);
  yield ctx.table([
    '2．確定給付制度　(1) 退職給付債務の期首残高と期末残高の調整表　（単位：百万円）',
    row(['退職給付債務の増減', `当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`]),
    row(['退職給付債務の期首残高', p.dbo]),
    row(['勤務費用', service]),
    row(['利息費用', interest]),
    row(['数理計算上の差異の発生額', y.dbo - p.dbo - service - interest + paid]),
    row(['退職給付の支払額', -paid]),
    row(['退職給付債務の期末残高', y.dbo]),
  ]);
}

/** (2) その他 当連結会計年度における四半期情報. */
export function* renderQuarters(ctx: JaReportContext): Generator<Block> {
  const q = quarters(ctx);
  const avg = perShare(ctx, ctx.year).avgShares;
  const eps = (n: number) => ((n * 1e6) / avg).toFixed(2);
  yield ctx.heading('(2) 【その他】');
  yield ctx.table([
    '当連結会計年度における四半期情報等',
    row(['（累計期間）', '第1四半期', '中間連結会計期間', '第3四半期', '当連結会計年度']),
    row(['売上高（百万円）', ...q.map((x) => x.sales)]),
    row(['税金等調整前中間（四半期）（当期）純利益（百万円）', ...q.map((x) => x.pretax)]),
    row(['親会社株主に帰属する中間（四半期）（当期）純利益（百万円）', ...q.map((x) => x.income)]),
    row(['1株当たり中間（四半期）（当期）純利益（円）', ...q.map((x) => eps(x.income))]),
  ]);
}

/** The parent's own balance sheet at the end of `b`'s year (百万円), as 財務諸表 prints it. */
export function parentSheet(ctx: JaReportContext, b: JaYear) {
  const k = parentShare(ctx);
  const cash = Math.round(b.cash * (k - 0.1));
  const recv = Math.round(b.receivables * k);
  const inv = Math.round(b.inventories * (k - 0.05));
  const ppe = Math.round(b.ppe * (k + 0.05));
  const subs = Math.round(b.capital * 1.4);
  const sec = Math.round(b.securities * 0.96);
  const assets = cash + recv + inv + ppe + subs + sec;
  const pay = Math.round(b.payables * k);
  const debt = Math.round((b.shortBorrow + b.currentLongDebt + b.longBorrow) * 0.92);
  const other = Math.round(b.otherCurrentLiab * k + b.retirement * 0.8);
  const net = assets - pay - debt - other;
  return { cash, recv, inv, ppe, subs, sec, assets, pay, debt, other, liab: pay + debt + other, net, capital: b.capital, surplus: b.surplus, treasury: b.treasury, retained: net - b.capital - b.surplus - b.treasury };
}

/** 2【財務諸表等】: the parent's balance sheet and income statement (about 55–70% of the group's figures, balanced on their own). */
export function* renderParentStatements(ctx: JaReportContext): Generator<Block> {
  const pairs = [ctx.p, ctx.y].map((b) => parentSheet(ctx, b));
  const [a, b] = pairs as [typeof pairs[0], typeof pairs[0]];
  yield ctx.heading('2【財務諸表等】', '財務諸表');
  yield ctx.table([
    '① 【貸借対照表】　（単位：百万円）',
    row(['貸借対照表の科目', `前事業年度（${ctx.year - 1}年3月31日）`, `当事業年度（${ctx.year}年3月31日）`]),
    row(['現金及び預金', a.cash, b.cash]),
    row(['売掛金', a.recv, b.recv]),
    row(['製品及び仕掛品等', a.inv, b.inv]),
    row(['有形固定資産', a.ppe, b.ppe]),
    row(['関係会社株式', a.subs, b.subs]),
    row(['投資有価証券', a.sec, b.sec]),
    row(['資産合計', a.assets, b.assets]),
    row(['買掛金', a.pay, b.pay]),
    row(['借入金', a.debt, b.debt]),
    row(['その他の負債', a.other, b.other]),
    row(['負債合計', a.liab, b.liab]),
    row(['資本金', a.capital, b.capital]),
    row(['資本剰余金', a.surplus, b.surplus]),
    row(['利益剰余金', a.retained, b.retained]),
    row(['自己株式', a.treasury, b.treasury]),
    row(['純資産合計', a.net, b.net]),
    row(['負債純資産合計', a.liab + a.net, b.liab + b.net]),
  ]);
}
