// 注記事項 of the parent's own statements (財務諸表): its accounting policies, balances and dealings with affiliates, guarantees, subsidiaries' shares, deferred taxes.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { row } from '../format.js';
import { drawn } from './draws.js';
import { renderParentEstimates } from './related-parties-and-schedules.js';
import { parentTaxItems, subsidiaryShares } from './parent-tax.js';
import { parentIncome } from './schedules.js';

/** Balances with and dealings of the parent with its affiliates in `year` (百万円). */
function affiliates(ctx: JaReportContext, year: number) {
  const b = ctx.books(year);
  return {
    shortClaims: Math.round(b.receivables * drawn(ctx, year, 'aff-claims', 0.09, 0.15)),
    longClaims: Math.round(b.sales * drawn(ctx, year, 'aff-loans', 0.004, 0.011)),
    shortDebts: Math.round(b.payables * drawn(ctx, year, 'aff-debts', 0.1, 0.18)),
    sales: Math.round(b.sales * drawn(ctx, year, 'aff-sales', 0.1, 0.16)),
    purchases: Math.round(b.cogs * drawn(ctx, year, 'aff-purch', 0.07, 0.12)),
    other: Math.round(b.nonOpIncome * drawn(ctx, year, 'aff-other', 0.3, 0.55)),
  };
}

/** The parent's guarantees of its subsidiaries' bank loans at the end of `year`. */
function guarantees(ctx: JaReportContext, year: number): Array<[string, number]> {
  const subs = ctx.company.subsidiaries.slice(2);
  return subs.map((s, i) => [s.name, Math.round(ctx.books(year).sales * drawn(ctx, year, `guarantee-${i}`, 0.0008, 0.004))]);
}

/** 重要な会計方針 of the parent, in its own words (the parent keeps 退職給付引当金 and unrecognized differences off the balance sheet). */
function* policies(ctx: JaReportContext): Generator<Block> {
  yield ctx.heading('【注記事項】　（重要な会計方針）', '財務諸表');
  yield ctx.para([
    ctx.once(() => ctx.say('1．有価証券の評価基準及び評価方法　子会社株式は、移動平均法による原価法によっております。その他有価証券のうち市場価格のない株式等以外のものは、時価法（評価差額は全部純資産直入法により処理し、売却原価は移動平均法により算定）によっており、市場価格のない株式等は、移動平均法による原価法によっております。')),
    ctx.once(() => ctx.say('2．棚卸資産の評価基準及び評価方法　{製品、仕掛品及び原材料は、|製品、原材料及び仕掛品は、}{総平均法|移動平均法}による原価法（貸借対照表価額は収益性の低下に基づく簿価切下げの方法により算定）によっております。')),
    ctx.once(() => ctx.say('3．固定資産の減価償却の方法　有形固定資産（リース資産を除く）は定額法を採用しております。{無形固定資産（リース資産を除く）は定額法を採用しており、自社利用のソフトウェアについては社内における利用可能期間（5年）に基づいております。|無形固定資産（リース資産を除く）は定額法によっております。}')),
    ctx.once(() => ctx.say('4．引当金の計上基準　貸倒引当金は、債権の貸倒れによる損失に備えるため、一般債権については貸倒実績率により、貸倒懸念債権等特定の債権については個別に回収可能性を検討し、回収不能見込額を計上しております。賞与引当金は、従業員に対して支給する賞与の支出に充てるため、支給見込額に基づき当事業年度に見合う分を計上しております。')),
    ctx.once(() => ctx.say('退職給付引当金は、従業員の退職給付に備えるため、当事業年度末における退職給付債務及び年金資産の見込額に基づき計上しております。{数理計算上の差異は、各事業年度の発生時における従業員の平均残存勤務期間以内の一定の年数による定額法により按分した額を、それぞれ発生の翌事業年度から費用処理しております|数理計算上の差異は、その発生時の従業員の平均残存勤務期間以内の一定の年数による定額法により翌事業年度から費用処理しております}。')),
    ctx.once(() => ctx.say('5．退職給付に係る会計処理　{退職給付に係る未認識数理計算上の差異の貸借対照表における取扱いが連結財務諸表と異なっております|未認識数理計算上の差異の未処理額の会計処理の方法は、連結財務諸表における会計処理の方法と異なっております}。')),
    ctx.once(() => ctx.say('6．収益及び費用の計上基準　{当社の主要な事業における顧客との契約から生じる収益に関する主な履行義務の内容及び当該履行義務を充足する通常の時点（収益を認識する通常の時点）は、|当社の顧客との契約から生じる収益に関する主要な事業における主な履行義務の内容及び収益を認識する通常の時点は、}連結財務諸表「注記事項（収益認識関係）」に記載の内容と同一であります。')),
    ctx.once(() => ctx.say('7．外貨建の資産及び負債の本邦通貨への換算基準　外貨建金銭債権債務は、{期末日の直物為替相場により円貨に換算し、換算差額は損益として処理しております|事業年度末日の直物為替相場により円貨に換算し、換算差額は損益として処理しております}。'))
  ]);
}

/** The parent's notes (after its statements, before its schedules). */
export function* renderParentNotes(ctx: JaReportContext): Generator<Block> {
  yield* policies(ctx);
  yield* renderParentEstimates(ctx);
  const y0 = ctx.year - 1;
  const a = affiliates(ctx, y0);
  const b = affiliates(ctx, ctx.year);
  const prevHead = `前事業年度（${y0}年3月31日）`;
  const curHead = `当事業年度（${ctx.year}年3月31日）`;
  yield ctx.heading('（貸借対照表関係）');
  yield ctx.table([
    '※1 関係会社に対する金銭債権及び金銭債務（区分表示したものを除く）　（単位：百万円）',
    row(['', prevHead, curHead]),
    row(['短期金銭債権', a.shortClaims, b.shortClaims]),
    row(['長期金銭債権', a.longClaims, b.longClaims]),
    row(['短期金銭債務', a.shortDebts, b.shortDebts]),
  ]);
  const ga = guarantees(ctx, y0);
  const gb = guarantees(ctx, ctx.year);
  yield ctx.table([
    '2 保証債務　次の関係会社の金融機関からの借入に対し、債務保証を行っております。　（単位：百万円）',
    row(['保証先', prevHead, curHead]),
    ...gb.map(([name, v], i) => row([name, ga[i]![1], v])),
    row(['計', ga.reduce((s, [, v]) => s + v, 0), gb.reduce((s, [, v]) => s + v, 0)]),
  ]);
  yield ctx.heading('（損益計算書関係）');
  yield ctx.table([
    '※ 関係会社との取引高　（単位：百万円）',
    row(['', `前事業年度（自 ${y0 - 1}年4月1日 至 ${y0}年3月31日）`, `当事業年度（自 ${y0}年4月1日 至 ${ctx.year}年3月31日）`]),
    row(['営業取引による取引高　売上高', a.sales, b.sales]),
    row(['営業取引による取引高　仕入高', a.purchases, b.purchases]),
    row(['営業取引以外の取引による取引高', a.other, b.other]),
  ]);
  const fromSubs = (year: number, other: number) => Math.min(Math.round(other * drawn(ctx, year, 'aff-dividends', 0.6, 0.9)), parentIncome(ctx, ctx.books(year)).dividendsIn);
  yield ctx.para([
    ctx.say(`{営業取引以外の取引による取引高のうち、|}関係会社からの受取配当金は、前事業年度${fromSubs(y0, a.other).toLocaleString('en-US')}百万円、当事業年度${fromSubs(ctx.year, b.other).toLocaleString('en-US')}百万円であり、{損益計算書の受取配当金等の営業外収益に含めております|「受取配当金等の営業外収益」に含まれております}。`),
  ]);
  const showGain = ctx.may(JA_REPORT_FACTS.securitiesGain);
  const showImp = ctx.may(JA_REPORT_FACTS.impairment);
  const special = (year: number) => {
    const bk = ctx.books(year);
    const items: Array<[string, number]> = [['特別利益　固定資産売却益', bk.assetSaleGain], [showGain ? '特別利益　投資有価証券売却益' : '特別利益　その他', bk.securitiesGain], [showImp ? '特別損失　減損損失' : '特別損失　その他', -bk.impairment], ['特別損失　固定資産除却損', -bk.disposalLoss]];
    const parts = items.map(([label, v]) => [label, Math.round(v * 0.8)] as [string, number]);
    parts[parts.length - 1]![1] += parentIncome(ctx, bk).extra - parts.reduce((t, [, v]) => t + v, 0);
    return parts;
  };
  const sa = special(y0);
  const sb = special(ctx.year);
  yield ctx.table([
    '※2 特別損益の内訳は、次のとおりであります。　（単位：百万円）',
    row(['', `前事業年度（自 ${y0 - 1}年4月1日 至 ${y0}年3月31日）`, `当事業年度（自 ${y0}年4月1日 至 ${ctx.year}年3月31日）`]),
    ...sb.map(([label, v], i) => [label, sa[i]![1], v] as const).filter(([, x, v]) => x !== 0 || v !== 0).map(([label, x, v]) => row([label, Math.abs(x) || '－', Math.abs(v) || '－'])),
  ], [...(showGain && (sa[1]![1] || sb[1]![1]) ? [JA_REPORT_FACTS.securitiesGain] : []), ...(showImp && (sa[2]![1] || sb[2]![1]) ? [JA_REPORT_FACTS.impairment] : [])]);
  if (showImp && ctx.books(ctx.year).impairment > 0) yield ctx.para([
    ctx.once(() => ctx.say('（注）{減損損失の内容は、連結財務諸表「注記事項（減損損失関係）」に記載のとおりであります|減損損失の内容については、連結財務諸表「注記事項（減損損失関係）」をご参照ください}。')),
  ], [JA_REPORT_FACTS.impairment]);
  yield ctx.heading('（有価証券関係）');
  yield ctx.para([
    `子会社株式は、市場価格のない株式等のため、子会社株式の時価を記載しておりません。なお、市場価格のない株式等の子会社株式の貸借対照表計上額は、前事業年度${subsidiaryShares(ctx, y0).toLocaleString('en-US')}百万円、当事業年度${subsidiaryShares(ctx, ctx.year).toLocaleString('en-US')}百万円であります。`,
  ]);
  yield ctx.heading('（税効果会計関係）');
  const items = (year: number) => parentTaxItems(ctx, year);
  const pa = items(y0);
  const pb = items(ctx.year);
  const allowance = (list: Array<[string, number]>) => -Math.round(list[2]![1] + list.reduce((s, [, v]) => s + v, 0) * 0.03);
  const dtl = (year: number) => Math.round(ctx.books(year).securities * 0.96 * 0.58 * 0.306);
  const total = (list: Array<[string, number]>) => list.reduce((s, [, v]) => s + v, 0);
  yield ctx.table([
    '繰延税金資産及び繰延税金負債の発生の主な原因別の内訳　（単位：百万円）',
    row(['', prevHead, curHead]),
    ...pb.map(([label, v], i) => row([label, pa[i]![1], v])),
    row(['繰延税金資産小計', total(pa), total(pb)]),
    row(['評価性引当額', allowance(pa), allowance(pb)]),
    row(['繰延税金資産合計', total(pa) + allowance(pa), total(pb) + allowance(pb)]),
    row(['その他有価証券評価差額金', -dtl(y0), -dtl(ctx.year)]),
    row(['繰延税金負債合計', -dtl(y0), -dtl(ctx.year)]),
    row(['繰延税金資産の純額', total(pa) + allowance(pa) - dtl(y0), total(pb) + allowance(pb) - dtl(ctx.year)]),
  ]);
  // The parent's tax rate against the statutory rate: dividends from subsidiaries it does not count as taxable income, the research credit, and the rest.
  const rates = (year: number) => {
    const inc = parentIncome(ctx, ctx.books(year));
    if (inc.pretax <= 0) return undefined;
    const statutory = 30.6;
    const entertainment = Math.round(drawn(ctx, year, 'ptax-ent', 0.3, 0.9) * 10) / 10;
    const inhabitant = Math.round(drawn(ctx, year, 'ptax-inh', 0.2, 0.5) * 10) / 10;
    const credit = -Math.round(drawn(ctx, year, 'ptax-credit', 0.8, 1.8) * 10) / 10;
    const allowanceChange = Math.round(drawn(ctx, year, 'ptax-va', -0.6, 0.9) * 10) / 10;
    const other = Math.round(drawn(ctx, year, 'ptax-other', -0.4, 0.4) * 10) / 10;
    const effective = Math.round((inc.tax / inc.pretax) * 1000) / 10;
    // What the dividends from subsidiaries take off is what is left between the two rates.
    const dividends = Math.round((effective - statutory - entertainment - inhabitant - credit - allowanceChange - other) * 10) / 10;
    return [statutory, entertainment, dividends, inhabitant, credit, allowanceChange, other, effective].map((v) => (v < 0 ? `△${(-v).toFixed(1)}` : v.toFixed(1)));
  };
  const ra = rates(y0);
  const rb = rates(ctx.year);
  if (ra && rb) {
    yield ctx.table([
      '2．法定実効税率と税効果会計適用後の法人税等の負担率との間に重要な差異があるときの、当該差異の原因となった主要な項目別の内訳',
      row(['', `${prevHead}（%）`, `${curHead}（%）`]),
      ...['法定実効税率', '（調整）交際費等永久に損金に算入されない項目', '受取配当金等永久に益金に算入されない項目', '住民税均等割', '試験研究費等の税額控除', '評価性引当額の増減', 'その他', '税効果会計適用後の法人税等の負担率'].map((label, i) => row([label, ra[i]!, rb[i]!])),
    ]);
  }
  yield ctx.para([
    ctx.once(() => ctx.say('3．法人税及び地方法人税の会計処理又はこれらに関する税効果会計の会計処理　{当社は、グループ通算制度を適用しており、|当社は、国内連結子会社とともにグループ通算制度を適用しており、}「グループ通算制度を適用する場合の会計処理及び開示に関する取扱い」（実務対応報告第42号）に従って、法人税及び地方法人税の会計処理又はこれらに関する税効果会計の会計処理並びに開示を行っております。')),
  ]);
  yield ctx.heading('（収益認識関係）');
  yield ctx.para([
    ctx.once(() => ctx.say('顧客との契約から生じる収益を理解するための基礎となる情報は、{連結財務諸表「注記事項（収益認識関係）」に同一の内容を記載しているので、注記を省略しております|連結財務諸表の「注記事項（収益認識関係）」に記載しているため、注記を省略しております}。')),
  ]);
}
