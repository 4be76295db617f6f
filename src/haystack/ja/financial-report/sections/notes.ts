// 注記事項 of the consolidated statements: policies, significant estimates, borrowings, retirement benefits, tax effect, segments, impairment, per-share data, subsequent events.
import type { Block } from '../../../../types.js';
import { loadHaystackData } from '../../../data.js';
import type { JaReportContext } from '../context.js';
import type { JaYear } from '../ledger.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { cell, oku, row } from '../format.js';
import { drawn, perShare, steady } from './draws.js';
import { renderDebtSchedule } from './facility-and-detail-tables.js';
import { REGIONS, salesByRegion } from './splits.js';
import { worldVars } from './vars.js';
import { renderEstimates } from './related-parties-and-schedules.js';

const policies = () => loadHaystackData<{ 会計方針: string[] }>('ja/financial-report/phrases.json').会計方針;

function* policyNotes(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  yield ctx.heading('【注記事項】', '注記事項');
  yield ctx.heading('（連結財務諸表作成のための基本となる重要な事項）');
  yield ctx.para([
    `1．連結の範囲に関する事項　連結子会社の数は${c.subsidiaries.length + 3}社であり、主要な連結子会社の名称は${c.subsidiaries.map((s) => s.name).join('、')}であります。`,
    ctx.once(() => ctx.say('{非連結子会社は、いずれも小規模であり、合計の総資産、売上高、当期純損益及び利益剰余金等は、いずれも連結財務諸表に重要な影響を及ぼしていないため、連結の範囲から除いております。|非連結子会社は小規模であり、連結財務諸表に重要な影響を及ぼしていないため、連結の範囲から除外しております。}')),
    ctx.once(() => ctx.say(`2．連結子会社の事業年度等に関する事項　連結子会社のうち、在外連結子会社${c.subsidiaries.length - 2}社の決算日は12月31日であります。{連結財務諸表の作成にあたっては、同日現在の財務諸表を使用し、連結決算日との間に生じた重要な取引については、連結上必要な調整を行っております。|連結財務諸表の作成にあたっては同決算日現在の財務諸表を使用しております。}`)),
  ]);
  const v = worldVars(ctx);
  yield ctx.heading('3．会計方針に関する事項');
  if (ctx.year === ctx.calendar.firstYear) {
    yield ctx.para(policies().map((p) => ctx.once(() => ctx.say(p, v))));
  } else {
    // Later reports print the policies again as a real one does (the same wording every later year), then say what changed.
    const standing = ctx.withYear(ctx.calendar.firstYear);
    yield ctx.para(policies().map((p) => standing.say(p, v)));
    const changed = ctx.rng.fork('policy-change').pick(['棚卸資産の評価方法', '有形固定資産の減価償却方法', '収益の計上基準', '外貨建資産及び負債の換算基準']);
    yield ctx.para([
      ctx.once(() => ctx.say(`会計方針に関する事項は、第${ctx.calendar.term(ctx.year - 1)}期有価証券報告書の記載から{重要な変更はありません|変更しておりません}。`)),
      ctx.once(() => ctx.say(`なお、{${changed}については、|}当連結会計年度において{見積りの変更及び表示方法の変更は行っておりません|会計上の見積りの変更に該当する事項はありません}。`)),
    ]);
  }
}

function* debtNotes(ctx: JaReportContext): Generator<Block> {
  const { y, p, company: c } = ctx;
  yield ctx.heading('（借入金等関係）', '借入金等');
  yield ctx.table([
    '借入金等明細表　（単位：百万円）',
    row(['区分', '当期首残高', '当期末残高', '平均利率（%）', '返済期限']),
    row(['短期借入金', p.shortBorrow, y.shortBorrow, y.shortRate.toFixed(3), '―']),
    row(['1年以内に返済予定の長期借入金', p.currentLongDebt, y.currentLongDebt, y.longRate.toFixed(3), '―']),
    row(['長期借入金（1年以内に返済予定のものを除く）', p.longBorrow, y.longBorrow, y.longRate.toFixed(3), `${ctx.year + 1}年～${ctx.year + 6}年`]),
    row(['合計', p.shortBorrow + p.currentLongDebt + p.longBorrow, y.shortBorrow + y.currentLongDebt + y.longBorrow, '―', '―']),
  ]);
  const covenant = ctx.may(JA_REPORT_FACTS.debtCovenant);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{「平均利率」については、期末借入金残高に対する加重平均利率を記載しております。|平均利率については、借入金等の期末残高に対する加重平均利率を記載しております。}')),
    covenant ? ctx.once(() => ctx.say(`当社が${c.bank}をアレンジャーとして締結しているシンジケートローン契約には、{各年度の決算期末における連結貸借対照表の純資産の部の金額を前年度決算期末の75%以上に維持すること|各年度の決算期末における連結損益計算書の経常損益を2期連続して損失としないこと}等の財務制限条項が付されております。`)) : '',
  ], covenant ? [JA_REPORT_FACTS.debtCovenant] : undefined);
  yield* renderDebtSchedule(ctx);
}

/** 報告セグメントごとの売上高、利益、資産その他の項目 of one year's books. */
function segmentTable(ctx: JaReportContext, y: JaYear, period: string): Block {
  const c = ctx.company;
  const segs = y.segments;
  const sumAssets = segs.reduce((a, s) => a + s.assets, 0);
  const adjAssets = y.totalAssets - sumAssets;
  return ctx.table([
    `2．報告セグメントごとの売上高、利益又は損失、資産その他の項目の金額に関する情報　${period}　（単位：百万円）`,
    row(['', ...c.segments.map((s) => s.label), '計', '調整額', '連結財務諸表計上額']),
    row(['外部顧客への売上高', ...segs.map((s) => s.sales), y.sales, 0, y.sales]),
    row(['セグメント利益', ...segs.map((s) => s.op), segs.reduce((a, s) => a + s.op, 0), y.adjustment, y.op]),
    row(['セグメント資産', ...segs.map((s) => s.assets), sumAssets, adjAssets, y.totalAssets]),
    row(['減価償却費', ...segs.map((s) => s.depreciation), segs.reduce((a, s) => a + s.depreciation, 0), y.cf.depreciation - segs.reduce((a, s) => a + s.depreciation, 0), y.cf.depreciation]),
    row(['有形固定資産及び無形固定資産の増加額', ...segs.map((s) => s.capex), segs.reduce((a, s) => a + s.capex, 0), y.capex - segs.reduce((a, s) => a + s.capex, 0), y.capex]),
  ]);
}

function* segmentNotes(ctx: JaReportContext): Generator<Block> {
  const { y, company: c } = ctx;
  yield ctx.heading('（セグメント情報等）', 'セグメント情報');
  yield ctx.para([
    ctx.once(() => ctx.say('1．報告セグメントの概要　当社グループの報告セグメントは、当社グループの構成単位のうち分離された財務情報が入手可能であり、取締役会が経営資源の配分の決定及び業績を評価するために、定期的に検討を行う対象となっているものであります。')),
    `当社グループは、製品の種類別に事業部を置き、${c.segments.map((s) => `「${s.label}」`).join('、')}の${c.segments.length}つを報告セグメントとしております。`,
  ]);
  yield segmentTable(ctx, ctx.p, `前連結会計年度（自 ${ctx.year - 2}年4月1日 至 ${ctx.year - 1}年3月31日）`);
  yield segmentTable(ctx, y, `当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`);
  yield ctx.para([
    `（注）セグメント利益の調整額${cell(y.adjustment)}百万円は、各報告セグメントに配分していない全社費用であり、主に報告セグメントに帰属しない一般管理費であります。`,
  ]);
  const none = ctx.may(JA_REPORT_FACTS.noMajorCustomer);
  yield ctx.heading('【関連情報】');
  yield ctx.para([ctx.once(() => ctx.say('1．製品及びサービスごとの情報　{製品ごとの外部顧客への売上高は、「注記事項（収益認識関係）」の「製品及びサービスごとの情報」に記載しております|製品ごとの外部顧客への売上高については、「注記事項（収益認識関係）」に記載のとおりであります}。'))]);
  // 地域ごとの情報: sales by the customers' region (the sums of the revenue note's table) and tangible assets by where they stand.
  const regionRows = (year: number) => {
    const at = ctx.withYear(year);
    const b = ctx.books(year);
    const sales = REGIONS.map((_, k) => salesByRegion(at, b).reduce((a, seg) => a + seg[k]!, 0));
    const home = Math.round(b.ppe * Math.min(0.9, steady(ctx, year, 'ppe-home', 0.68, 0.82, 0.03)));
    const abroad = sales.slice(1, 4).map((x, k) => x * steady(ctx, year, `ppe-region-${k}`, 0.6, 1.4));
    const sum = abroad.reduce((a, x) => a + x, 0);
    const ppe = abroad.map((x) => Math.round(((b.ppe - home) * x) / sum));
    ppe[0]! += b.ppe - home - ppe.reduce((a, x) => a + x, 0);
    return { sales, ppe: [home, ...ppe, b.ppe] };
  };
  const r0 = regionRows(ctx.year - 1);
  const r1 = regionRows(ctx.year);
  yield ctx.table([
    '2．地域ごとの情報　(1) 売上高　（単位：百万円）',
    row(['', ...REGIONS, '合計']),
    row(['前連結会計年度', ...r0.sales, ctx.p.sales]),
    row(['当連結会計年度', ...r1.sales, y.sales]),
    '(2) 有形固定資産　（単位：百万円）',
    row(['', '日本', 'アジア', '北米', '欧州', '合計']),
    row(['前連結会計年度', ...r0.ppe]),
    row(['当連結会計年度', ...r1.ppe]),
  ]);
  yield ctx.para([ctx.once(() => ctx.say('（注）{売上高は顧客の所在地を基礎とし、国又は地域に分類しております|売上高は、顧客の所在地を基礎として国又は地域に分類しております}。'))]);
  if (none) {
    yield ctx.para(['3．主要な顧客ごとの情報　外部顧客への売上高のうち、連結損益計算書の売上高の10%以上を占める相手先がないため、記載を省略しております。'], [JA_REPORT_FACTS.noMajorCustomer]);
  }
  if (y.impairment > 0 && ctx.may(JA_REPORT_FACTS.impairment)) {
    const plant = c.sites.filter((s) => s.kind === 'plant')[ctx.year % 3]!;
    yield ctx.heading('（減損損失関係）', '減損損失');
    yield ctx.para([
      ctx.once(() => `当連結会計年度において、当社グループは${plant.name}（${plant.prefecture}${plant.city}）の${c.segments[plant.segment]!.name}製品の生産設備について減損損失${oku(y.impairment)}を計上しました。`),
      ctx.once(() => ctx.say('{当該資産グループは、収益性が低下し投資額の回収が見込めなくなったため、帳簿価額を回収可能価額まで減額しております|当該設備は、稼働率の低下により収益性が悪化したため、帳簿価額を回収可能価額まで減額し、当該減少額を減損損失として特別損失に計上しております}。')),
    ], [JA_REPORT_FACTS.impairment]);
  }
}

function* perShareAndEvents(ctx: JaReportContext): Generator<Block> {
  const f2 = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const a = perShare(ctx, ctx.year - 1);
  const b = perShare(ctx, ctx.year);
  const k = (n: number) => Math.round(n / 1000).toLocaleString('en-US');
  yield ctx.heading('（1株当たり情報）', '1株当たり情報');
  yield ctx.table([
    row(['1株当たり情報の項目', `前連結会計年度（${ctx.year - 1}年3月31日）`, `当連結会計年度（${ctx.year}年3月31日）`]),
    row(['1株当たり純資産額', `${f2(a.bps)}円`, `${f2(b.bps)}円`]),
    row(['1株当たり当期純利益', `${f2(a.eps)}円`, `${f2(b.eps)}円`]),
  ]);
  yield ctx.table([
    '（注）1．1株当たり当期純利益の算定上の基礎は、以下のとおりであります。',
    row(['項目', '前連結会計年度', '当連結会計年度']),
    row(['親会社株主に帰属する当期純利益（百万円）', a.income, b.income]),
    row(['普通株主に帰属しない金額（百万円）', '－', '－']),
    row(['普通株式に係る親会社株主に帰属する当期純利益（百万円）', a.income, b.income]),
    row(['普通株式の期中平均株式数（千株）', k(a.avgShares), k(b.avgShares)]),
    '2．1株当たり純資産額の算定上の基礎は、以下のとおりであります。',
    row(['項目', '前連結会計年度末', '当連結会計年度末']),
    row(['純資産の部の合計額（百万円）', a.netAssets, b.netAssets]),
    row(['純資産の部の合計額から控除する金額（百万円）', a.nci, b.nci]),
    row(['（うち非支配株主持分（百万円））', `(${a.nci.toLocaleString('en-US')})`, `(${b.nci.toLocaleString('en-US')})`]),
    row(['普通株式に係る期末の純資産額（百万円）', a.netAssets - a.nci, b.netAssets - b.nci]),
    row(['1株当たり純資産額の算定に用いられた期末の普通株式の数（千株）', k(a.endShares), k(b.endShares)]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('3．{期中平均株式数及び期末の普通株式の数は、発行済株式総数から自己株式数を控除して算定しております|普通株式の期中平均株式数及び期末の普通株式の数の算定にあたっては、自己株式を控除しております}。')),
  ]);
  if (ctx.may(JA_REPORT_FACTS.noSubsequentEvents)) {
    yield ctx.heading('（重要な後発事象）', '重要な後発事象');
    yield ctx.para(['該当事項はありません。'], [JA_REPORT_FACTS.noSubsequentEvents]);
  }
}

/** 注記事項. */
export function* renderNotes(ctx: JaReportContext): Generator<Block> {
  yield* policyNotes(ctx);
  yield* renderEstimates(ctx);
  yield* debtNotes(ctx);
  yield* segmentNotes(ctx);
}

/** (1株当たり情報) and (重要な後発事象), the last notes. */
export function* renderLastNotes(ctx: JaReportContext): Generator<Block> {
  yield* perShareAndEvents(ctx);
}
