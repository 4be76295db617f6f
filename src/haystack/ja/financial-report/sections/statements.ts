// 第5【経理の状況】 1 連結財務諸表: the consolidated balance sheet, income statement and cash-flow statement, two years side by side.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { jaDate, row } from '../format.js';
import type { JaYear } from '../ledger.js';
import { ociSplit } from './draws.js';

/** 営業外収益 and 営業外費用 of a year by item (the items sum to the ledger's totals). */
function nonOperating(b: JaYear): { interest: number; dividends: number; otherIncome: number; interestPaid: number; fxLoss: number; otherExpense: number } {
  const interest = Math.round(b.nonOpIncome * 0.12);
  const dividends = Math.min(b.nonOpIncome - interest, Math.round(b.securities * 0.022));
  const interestPaid = Math.min(b.nonOpExpense, Math.round(((b.shortBorrow * b.shortRate + (b.longBorrow + b.currentLongDebt) * b.longRate) / 100)));
  const fxLoss = Math.round((b.nonOpExpense - interestPaid) * (0.25 + (b.year % 5) * 0.09));
  return { interest, dividends, otherIncome: b.nonOpIncome - interest - dividends, interestPaid, fxLoss, otherExpense: b.nonOpExpense - interestPaid - fxLoss };
}

/** The statements tables. */
export function* renderStatements(ctx: JaReportContext): Generator<Block> {
  const { y, p } = ctx;
  const prevEnd = jaDate(ctx.calendar.periodEnd(ctx.year - 1));
  const end = jaDate(ctx.calendar.periodEnd(ctx.year));
  yield ctx.heading('第5【経理の状況】', '経理の状況');
  yield ctx.para([
    '1．連結財務諸表の作成方法について　当社の連結財務諸表は、「連結財務諸表の用語、様式及び作成方法に関する規則」（昭和51年大蔵省令第28号）に基づいて作成しております。',
    `2．監査証明について　当社は、金融商品取引法第193条の2第1項の規定に基づき、連結会計年度（${jaDate(ctx.calendar.periodStart(ctx.year))}から${end}まで）の連結財務諸表について、${ctx.company.auditor}により監査を受けております。`,
  ]);
  yield ctx.heading('1【連結財務諸表等】', '連結財務諸表');
  const two = (label: string, a: number, b: number) => row([label, a, b]);
  yield ctx.table([
    '① 【連結貸借対照表】　（単位：百万円）',
    row(['', `前連結会計年度（${prevEnd}）`, `当連結会計年度（${end}）`]),
    '資産の部',
    two('現金及び預金', p.cash, y.cash),
    two('受取手形及び売掛金', p.receivables, y.receivables),
    two('棚卸資産', p.inventories, y.inventories),
    two('その他', p.otherCurrent, y.otherCurrent),
    two('流動資産合計', p.currentAssets, y.currentAssets),
    two('建物及び構築物（純額）', p.buildings, y.buildings),
    two('機械装置及び運搬具（純額）', p.machinery, y.machinery),
    two('土地', p.land, y.land),
    two('建設仮勘定', p.construction, y.construction),
    two('有形固定資産合計', p.ppe, y.ppe),
    two('無形固定資産合計', p.intangibles, y.intangibles),
    two('投資有価証券', p.securities, y.securities),
    two('その他', p.otherInvest, y.otherInvest),
    two('固定資産合計', p.noncurrentAssets, y.noncurrentAssets),
    two('資産合計', p.totalAssets, y.totalAssets),
    '負債の部',
    two('支払手形及び買掛金', p.payables, y.payables),
    two('短期借入金', p.shortBorrow, y.shortBorrow),
    two('1年内返済予定の長期借入金', p.currentLongDebt, y.currentLongDebt),
    two('未払法人税等', p.taxPayable, y.taxPayable),
    two('その他', p.otherCurrentLiab, y.otherCurrentLiab),
    two('流動負債合計', p.currentLiab, y.currentLiab),
    ...(y.bonds || p.bonds ? [two('社債', p.bonds, y.bonds)] : []),
    two('長期借入金', p.longBorrow, y.longBorrow),
    two('退職給付に係る負債', p.retirement, y.retirement),
    two('その他', p.otherLongLiab, y.otherLongLiab),
    two('固定負債合計', p.totalLiab - p.currentLiab, y.totalLiab - y.currentLiab),
    two('負債合計', p.totalLiab, y.totalLiab),
    '純資産の部',
    two('資本金', p.capital, y.capital),
    two('資本剰余金', p.surplus, y.surplus),
    two('利益剰余金', p.retained, y.retained),
    two('自己株式', p.treasury, y.treasury),
    two('その他の包括利益累計額合計', p.aoci, y.aoci),
    two('非支配株主持分', p.nci, y.nci),
    two('純資産合計', p.netAssets, y.netAssets),
    two('負債純資産合計', p.totalLiab + p.netAssets, y.totalLiab + y.netAssets),
  ]);
  const showGain = ctx.may(JA_REPORT_FACTS.securitiesGain);
  const showImp = ctx.may(JA_REPORT_FACTS.impairment);
  const gains = (b: typeof y) => [b.assetSaleGain, showGain ? b.securitiesGain : 0, showGain ? 0 : b.securitiesGain];
  const losses = (b: typeof y) => [b.disposalLoss, showImp ? b.impairment : 0, showImp ? 0 : b.impairment];
  const [ga, gs, go] = gains(y);
  const [pga, pgs, pgo] = gains(p);
  const [ld, li, lo] = losses(y);
  const [pld, pli, plo] = losses(p);
  const yn = nonOperating(y);
  const pn = nonOperating(p);
  const facts = [...(showGain && (y.securitiesGain || p.securitiesGain) ? [JA_REPORT_FACTS.securitiesGain] : []), ...(showImp && (y.impairment || p.impairment) ? [JA_REPORT_FACTS.impairment] : [])];
  yield ctx.table([
    '② 【連結損益計算書及び連結包括利益計算書】【連結損益計算書】　（単位：百万円）',
    row(['', `前連結会計年度（自 ${jaDate(ctx.calendar.periodStart(ctx.year - 1))} 至 ${prevEnd}）`, `当連結会計年度（自 ${jaDate(ctx.calendar.periodStart(ctx.year))} 至 ${end}）`]),
    two('売上高', p.sales, y.sales),
    two('売上原価', p.cogs, y.cogs),
    two('売上総利益', p.gross, y.gross),
    two('販売費及び一般管理費', p.sga, y.sga),
    two('営業利益', p.op, y.op),
    '営業外収益',
    two('受取利息', pn.interest, yn.interest),
    two('受取配当金', pn.dividends, yn.dividends),
    two('その他', pn.otherIncome, yn.otherIncome),
    two('営業外収益合計', p.nonOpIncome, y.nonOpIncome),
    '営業外費用',
    two('支払利息', pn.interestPaid, yn.interestPaid),
    two('為替差損', pn.fxLoss, yn.fxLoss),
    two('その他', pn.otherExpense, yn.otherExpense),
    two('営業外費用合計', p.nonOpExpense, y.nonOpExpense),
    two('経常利益', p.ordinary, y.ordinary),
    '特別利益',
    two('固定資産売却益', pga, ga),
    ...(pgs || gs ? [two('投資有価証券売却益', pgs, gs)] : []),
    ...(pgo || go ? [two('その他', pgo, go)] : []),
    two('特別利益合計', pga + pgs + pgo, ga + gs + go),
    '特別損失',
    two('固定資産除却損', pld, ld),
    ...(pli || li ? [two('減損損失', pli, li)] : []),
    ...(plo || lo ? [two('その他', plo, lo)] : []),
    two('特別損失合計', pld + pli + plo, ld + li + lo),
    two('税金等調整前当期純利益', p.pretax, y.pretax),
    two('法人税、住民税及び事業税', p.taxCurrent, y.taxCurrent),
    two('法人税等調整額', p.taxDeferred, y.taxDeferred),
    two('当期純利益', p.netIncome, y.netIncome),
    two('非支配株主に帰属する当期純利益', p.nciIncome, y.nciIncome),
    two('親会社株主に帰属する当期純利益', p.parentIncome, y.parentIncome),
  ], facts.length ? facts : undefined);
  const cf = y.cf;
  const pc = p.cf;
  // The operating section's other items, taken out of その他 so the section still sums to the ledger's operating cash flow.
  const working = (b: typeof y, prevB: JaYear, n: ReturnType<typeof nonOperating>) => {
    const retirement = b.retirement - prevB.retirement;
    const named = retirement - (n.interest + n.dividends) + n.interestPaid + b.disposalLoss - b.assetSaleGain - (showGain ? b.securitiesGain : 0);
    // Interest received and paid are printed again below the subtotal as cash, so その他 gives them back.
    const other = b.cf.otherOp + (showImp ? 0 : b.impairment) - named - (n.interest + n.dividends - n.interestPaid);
    const subtotal = b.cf.operating - b.cf.taxesPaid - (n.interest + n.dividends) + n.interestPaid;
    return { retirement, other, subtotal };
  };
  const yw = working(y, p, yn);
  const pw = working(p, ctx.books(ctx.year - 2), pn);
  const oc = ociSplit(ctx);
  const op = ociSplit(ctx.withYear(ctx.year - 1));
  yield ctx.table([
    '【連結包括利益計算書】　（単位：百万円）',
    row(['', `前連結会計年度（自 ${jaDate(ctx.calendar.periodStart(ctx.year - 1))} 至 ${prevEnd}）`, `当連結会計年度（自 ${jaDate(ctx.calendar.periodStart(ctx.year))} 至 ${end}）`]),
    two('当期純利益', p.netIncome, y.netIncome),
    'その他の包括利益',
    two('その他有価証券評価差額金', op.sec.after, oc.sec.after),
    two('為替換算調整勘定', op.fx, oc.fx),
    two('退職給付に係る調整額', op.ret.after, oc.ret.after),
    two('その他の包括利益合計', p.aoci - ctx.books(ctx.year - 2).aoci, y.aoci - p.aoci),
    two('包括利益', p.netIncome + p.aoci - ctx.books(ctx.year - 2).aoci, y.netIncome + y.aoci - p.aoci),
    '（内訳）',
    two('親会社株主に係る包括利益', p.parentIncome + p.aoci - ctx.books(ctx.year - 2).aoci, y.parentIncome + y.aoci - p.aoci),
    two('非支配株主に係る包括利益', p.nciIncome, y.nciIncome),
  ]);
  yield ctx.table([
    '④ 【連結キャッシュ・フロー計算書】　（単位：百万円）',
    row(['連結キャッシュ・フロー計算書の科目', `前連結会計年度（${ctx.year - 1}年3月31日）`, `当連結会計年度（${ctx.year}年3月31日）`]),
    '営業活動によるキャッシュ・フロー',
    two('税金等調整前当期純利益', p.pretax, y.pretax),
    two('減価償却費', pc.depreciation, cf.depreciation),
    ...(showImp ? [two('減損損失', p.impairment, y.impairment)] : []),
    two('売上債権の増減額（△は増加）', pc.receivables, cf.receivables),
    two('棚卸資産の増減額（△は増加）', pc.inventories, cf.inventories),
    two('仕入債務の増減額（△は減少）', pc.payables, cf.payables),
    two('退職給付に係る負債の増減額（△は減少）', pw.retirement, yw.retirement),
    two('受取利息及び受取配当金', -(pn.interest + pn.dividends), -(yn.interest + yn.dividends)),
    two('支払利息', pn.interestPaid, yn.interestPaid),
    two('固定資産除却損', p.disposalLoss, y.disposalLoss),
    ...(p.assetSaleGain || y.assetSaleGain ? [two('固定資産売却損益（△は益）', -p.assetSaleGain, -y.assetSaleGain)] : []),
    ...(showGain && (p.securitiesGain || y.securitiesGain) ? [two('投資有価証券売却損益（△は益）', -p.securitiesGain, -y.securitiesGain)] : []),
    two('その他', pw.other, yw.other),
    two('小計', pw.subtotal, yw.subtotal),
    two('利息及び配当金の受取額', pn.interest + pn.dividends, yn.interest + yn.dividends),
    two('利息の支払額', -pn.interestPaid, -yn.interestPaid),
    two('法人税等の支払額', pc.taxesPaid, cf.taxesPaid),
    two('営業活動によるキャッシュ・フロー', pc.operating, cf.operating),
    '投資活動によるキャッシュ・フロー',
    two('有形固定資産の取得による支出', pc.capexPaid, cf.capexPaid),
    two('投資有価証券の売却による収入', pc.securitiesSold, cf.securitiesSold),
    two('その他', pc.otherInv, cf.otherInv),
    two('投資活動によるキャッシュ・フロー', pc.investing, cf.investing),
    '財務活動によるキャッシュ・フロー',
    two('短期借入金の純増減額（△は減少）', pc.shortBorrow, cf.shortBorrow),
    two('長期借入れによる収入', pc.newLong, cf.newLong),
    two('長期借入金の返済による支出', pc.repayLong, cf.repayLong),
    two('配当金の支払額', pc.dividends, cf.dividends),
    two('その他', pc.otherFin, cf.otherFin),
    two('財務活動によるキャッシュ・フロー', pc.financing, cf.financing),
    two('現金及び現金同等物に係る換算差額', pc.fx, cf.fx),
    two('現金及び現金同等物の増減額（△は減少）', pc.change, cf.change),
    two('現金及び現金同等物の期首残高', p.cash - pc.change, y.cash - cf.change),
    two('現金及び現金同等物の期末残高', p.cash, y.cash),
  ]);
}
