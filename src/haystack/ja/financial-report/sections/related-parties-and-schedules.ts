// Parts of the financial section drawn from the year's ledger: 関連当事者情報, 連結附属明細表 (社債明細表, 資産除去債務明細表), and more of the parent's 主な資産及び負債の内容.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { businessDay, isoDate, row } from '../format.js';
import { jaNames } from '../world.js';
import { deferredTaxes, drawn, perShare, writeDown } from './draws.js';
import { retirementObligations } from './long-notes.js';
import { parentSheet } from './equity-quarters-and-parent-statements.js';
import { parentDeferredAssets } from './parent-tax.js';

const n = (x: number) => x.toLocaleString('en-US');

/** Splits `total` into parts with the given weights, the last part taking the rounding. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.round((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** （関連当事者情報）: the executive directors' restricted stock (paid in with their pay claims) of each year, with their own holdings. */
export function* renderRelatedParties(ctx: JaReportContext): Generator<Block> {
  yield ctx.heading('【関連当事者情報】', '関連当事者情報');
  yield ctx.heading('1．関連当事者との取引');
  for (const [yr, head] of [[ctx.year - 1, `前連結会計年度（自 ${ctx.year - 2}年4月1日 至 ${ctx.year - 1}年3月31日）`], [ctx.year, `当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`]] as const) {
    const at = ctx.withYear(yr);
    const price = Math.round(ctx.books(yr - 1).price * drawn(ctx, yr, 'rs-price', 0.92, 1.08));
    const perDirector = Math.round(drawn(ctx, yr, 'rs-dir', 18, 45)) * 100;
    const outstanding = perShare(ctx, yr).endShares;
    const rows = at.officers.map((o, i) => ({ o, held: o.role === 'president' || o.role === 'senior' || o.role === 'director' ? 5 + ((i * 37 + ctx.company.shares / 100_000) % 90) : 0 })).filter((x) => x.held > 0);
    // The directors' shares of the year's grant (the restricted-stock table prints only their total) go by title.
    const weight = (role: string) => (role === 'president' ? 1.6 : role === 'senior' ? 1.3 : 1);
    const granted = split(perDirector * rows.length / 100, rows.map(({ o }) => weight(o.role))).map((x) => x * 100);
    yield ctx.table([
      `連結財務諸表提出会社の役員及び主要株主（個人の場合に限る。）等　${head}`,
      row(['種類', '氏名', '事業の内容又は職業', '議決権等の所有（被所有）割合（%）', '関連当事者との関係', '取引の内容', '取引金額（百万円）', '科目', '期末残高（百万円）']),
      ...rows.map(({ o, held }, k) => row([
        '役員', o.name, `当社${o.title}`, `（被所有）直接 ${(((held * 1000) / outstanding) * 100).toFixed(2)}`,
        '－', `譲渡制限付株式報酬としての金銭報酬債権の現物出資（${granted[k]!.toLocaleString('en-US')}株）`, Math.max(1, Math.round((granted[k]! * price) / 1e6)), '－', '－',
      ])),
    ]);
  }
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{譲渡制限付株式報酬制度に基づく金銭報酬債権の現物出資によるものであり、処分価額は取締役会決議日の前営業日の東京証券取引所における当社普通株式の終値によっております|取引金額は、譲渡制限付株式報酬制度に基づき付与された金銭報酬債権の現物出資の額であり、処分価額は取締役会決議日の前営業日の終値を基礎として決定しております}。')),
    ctx.once(() => ctx.say('{連結財務諸表提出会社の連結子会社と関連当事者との取引については、該当事項はありません|なお、連結財務諸表提出会社の連結子会社と関連当事者との取引は、該当事項はありません}。')),
  ]);
  yield ctx.heading('2．親会社又は重要な関連会社に関する注記');
  yield ctx.para(['当社には親会社はなく、重要な関連会社もありません。']);
}

/** The bonds outstanding: one or more unsecured issues of 10,000百万円 each. The ledger's balance never changes, so every issue runs at least 12 years from a date before the first report (none falls due within eight years of it). */
function bondIssues(ctx: JaReportContext): Array<{ series: number; issued: string; rate: string; due: string; dueFiscal: number; amount: number }> {
  const total = ctx.books(ctx.calendar.firstYear).bonds;
  const count = Math.round(total / 10_000);
  const first = 3 + Math.floor(drawn(ctx, ctx.calendar.firstYear, 'bond-series', 0, 9));
  return Array.from({ length: count }, (_, i) => {
    const year = ctx.calendar.firstYear - 1 - Math.floor(drawn(ctx, ctx.calendar.firstYear, `bond-age-${i}`, 0, 4));
    const month = [3, 6, 9, 12][Math.floor(drawn(ctx, ctx.calendar.firstYear, `bond-month-${i}`, 0, 4))]!;
    // Bonds are issued on a business day; the redemption date keeps the issue's month and day.
    const [, , day] = businessDay(isoDate(year, month, 10 + Math.floor(drawn(ctx, ctx.calendar.firstYear, `bond-day-${i}`, 0, 15))), 1).split('-').map(Number) as [number, number, number];
    const term = [12, 15, 20][Math.floor(drawn(ctx, ctx.calendar.firstYear, `bond-term-${i}`, 0, 3))]!;
    return {
      series: 0,
      order: year * 10_000 + month * 100 + day,
      issued: `${year}年${month}月${day}日`,
      rate: (0.1 + term * 0.025 + drawn(ctx, ctx.calendar.firstYear, `bond-rate-${i}`, 0, 0.2)).toFixed(3),
      due: `${year + term}年${month}月${day}日`,
      dueFiscal: month <= 3 ? year + term : year + term + 1,
      amount: 10_000,
    };
  }).sort((a, b) => a.order - b.order).map(({ order: _order, ...b }, i) => ({ ...b, series: first + i }));
}

/** ⑤ 【連結附属明細表】: 社債明細表 and 資産除去債務明細表 (借入金等明細表 is printed with its note). */
export function* renderConsolidatedSchedules(ctx: JaReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.heading('⑤ 【連結附属明細表】');
  const bonds = bondIssues(ctx);
  if (y.bonds > 0) {
    yield ctx.table([
      '【社債明細表】',
      row(['会社名', '銘柄', '発行年月日', '当期首残高（百万円）', '当期末残高（百万円）', '利率（%）', '担保', '償還期限']),
      ...bonds.map((b) => row(['当社', `第${b.series}回無担保社債（社債間限定同順位特約付）`, b.issued, n(b.amount), n(b.amount), b.rate, 'なし', b.due])),
      row(['合計', '－', '－', n(p.bonds), n(y.bonds), '－', '－', '－']),
    ]);
  }
  // 長期借入金's repayments are printed with the other notes (facility-and-detail-tables.ts); here only the bonds' redemptions, when one falls within five years.
  const byYear = (fy: number) => bonds.filter((b) => b.dueFiscal === fy).reduce((t, b) => t + b.amount, 0);
  const due = [1, 2, 3, 4, 5].map((k) => byYear(ctx.year + k));
  if (y.bonds > 0 && due.some((x) => x > 0)) {
    yield ctx.table([
      '（注）社債の連結決算日後5年内における償還予定額は以下のとおりであります。　（単位：百万円）',
      row(['1年以内', '1年超2年以内', '2年超3年以内', '3年超4年以内', '4年超5年以内']),
      row(due.map((x) => x || '－')),
    ]);
  }
  const aro = retirementObligations(ctx, ctx.year);
  yield ctx.table([
    '【資産除去債務明細表】',
    row(['区分', '当期首残高（百万円）', '当期増加額（百万円）', '当期減少額（百万円）', '当期末残高（百万円）']),
    row(['有害物質除去義務等', aro.start, aro.added + aro.accretion, aro.settled === 0 ? '－' : aro.settled, aro.end]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('{（注）|}{当期増加額には、時の経過による調整額を含めております|当期増加額は、新たな除去義務の発生及び時の経過による調整額であります}。')),
  ]);
}

/** More of the parent's 主な資産及び負債の内容: cash and deposits, inventories by kind, subsidiaries' shares, borrowings by lender, the retirement provision. */
export function* renderMainBalances(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const s = parentSheet(ctx, ctx.y);
  const w = (label: string, lo: number, hi: number) => drawn(ctx, ctx.year, label, lo, hi);
  const [cashOnHand, current, ordinary, time] = split(s.cash, [w('mb-cash', 0.001, 0.004), w('mb-current', 0.05, 0.15), w('mb-ordinary', 0.55, 0.75), w('mb-time', 0.1, 0.3)]);
  yield ctx.table([
    '現金及び預金　（単位：百万円）',
    row(['区分', '金額']),
    row(['現金', cashOnHand!]),
    row(['預金　当座預金', current!]),
    row(['預金　普通預金', ordinary!]),
    row(['預金　定期預金', time!]),
    row(['小計', current! + ordinary! + time!]),
    row(['合計', s.cash]),
  ]);
  const segs = c.segments;
  const kinds = split(s.inv, [w('mb-goods', 0.35, 0.5), w('mb-wip', 0.2, 0.32), w('mb-materials', 0.2, 0.35)]);
  const goods = split(kinds[0]!, segs.map((g, i) => w(`mb-goods-${i}`, 0.5, 1.5) * g.share));
  const wip = split(kinds[1]!, segs.map((g, i) => w(`mb-wip-${i}`, 0.5, 1.5) * g.share));
  const mats = c.materials.slice(0, 3);
  const raw = split(kinds[2]!, [...mats.map((_, i) => w(`mb-mat-${i}`, 1, 3)), w('mb-supplies', 0.5, 1.2)]);
  yield ctx.table([
    '棚卸資産　（単位：百万円）',
    row(['科目', '区分', '金額']),
    ...segs.map((g, i) => row(['製品', g.label, goods[i]!])),
    row(['製品', '計', kinds[0]!]),
    ...segs.map((g, i) => row(['仕掛品', g.label, wip[i]!])),
    row(['仕掛品', '計', kinds[1]!]),
    ...mats.map((m, i) => row(['原材料及び貯蔵品', m, raw[i]!])),
    row(['原材料及び貯蔵品', '補修用部品及び消耗品', raw[mats.length]!]),
    row(['原材料及び貯蔵品', '計', kinds[2]!]),
    row(['合計', '', s.inv]),
  ]);
  const subs = c.subsidiaries;
  const held = subsidiaryHoldings(ctx);
  yield ctx.table([
    '関係会社株式　（単位：百万円）',
    row(['銘柄', '金額']),
    ...subs.map((x, i) => row([x.name, held[i]!])),
    row(['合計', s.subs]),
  ]);
  // 借入金 by lender: short-term lines with the main banks, long-term loans (with the part due within a year) with the banks and a life insurer's share under その他.
  const lenders = [c.bank, ...c.banks.filter((b) => b !== c.bank)].slice(0, 5);
  const short = Math.min(s.debt, Math.round(ctx.y.shortBorrow * 0.92));
  const long = s.debt - short;
  const shortOwed = split(short, lenders.slice(0, 4).map((_, i) => w(`mb-short-${i}`, i === 0 ? 2.5 : 0.6, i === 0 ? 4 : 2)));
  const longOwed = split(long, [...lenders.map((_, i) => w(`mb-lender-${i}`, i === 0 ? 3 : 0.8, i === 0 ? 5 : 2.5)), w('mb-lender-other', 0.3, 1)]);
  const currentLong = Math.min(long, Math.round(ctx.y.currentLongDebt * 0.92));
  yield ctx.table([
    '短期借入金　（単位：百万円）',
    row(['借入先', '金額']),
    ...lenders.slice(0, 4).map((b, i) => row([b, shortOwed[i]!])),
    row(['合計', short]),
    '長期借入金　（単位：百万円）',
    row(['借入先', '金額']),
    ...lenders.map((b, i) => row([b, longOwed[i]!])),
    row(['その他', longOwed[lenders.length]!]),
    row(['合計', long]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say(`{長期借入金には、1年以内に返済予定の長期借入金${n(currentLong)}百万円を含めております|上記長期借入金の残高には、1年内返済予定の長期借入金${n(currentLong)}百万円が含まれております}。{その他は、主に生命保険会社からの借入金であります|「その他」は生命保険会社等からの借入金であります}。`)),
  ]);
  // 退職給付引当金: the parent's obligation and plan assets (its share of the group's) and the unrecognized differences it keeps off the balance sheet.
  const provision = Math.round(ctx.y.retirement * 0.8);
  const obligation = Math.round(ctx.y.dbo * drawn(ctx, ctx.year, 'mb-dbo', 0.72, 0.82));
  const planAssets = Math.round(ctx.y.planAssets * drawn(ctx, ctx.year, 'mb-plan', 0.7, 0.8));
  yield ctx.table([
    '退職給付引当金　（単位：百万円）',
    row(['区分', '金額']),
    row(['退職給付債務', obligation]),
    row(['年金資産', -planAssets]),
    row(['未認識数理計算上の差異', provision - obligation + planAssets]),
    row(['合計', provision]),
  ]);
}

/** The parent's 関係会社株式 by subsidiary at the end of the current year (百万円; the shares are held at cost, the same each year). */
export function subsidiaryHoldings(ctx: JaReportContext): number[] {
  const subs = ctx.company.subsidiaries;
  return split(parentSheet(ctx, ctx.y).subs, subs.map((x, i) => drawn(ctx, ctx.calendar.firstYear, `mb-subs-${i}`, 0.5, 2) * (x.ratio / 100)));
}

/** The overseas subsidiary whose shares' valuation the year's estimates and audit single out (the one with the weakest plan that year). */
export function watchedSubsidiary(ctx: JaReportContext): number {
  const overseas = ctx.company.subsidiaries.length - 2;
  return 2 + Math.floor(drawn(ctx, ctx.year, 'watched-sub', 0, overseas));
}

/** The parent's （重要な会計上の見積り）: the valuation of subsidiaries' shares, with the subsidiary the year singles out. */
export function* renderParentEstimates(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const i = watchedSubsidiary(ctx);
  const sub = c.subsidiaries[i]!;
  const held = subsidiaryHoldings(ctx)[i]!;
  const a = parentSheet(ctx, ctx.p);
  const b = parentSheet(ctx, ctx.y);
  const country = jaNames().overseas.find(([k, , r]) => `${k}${r}` === sub.location)?.[0] ?? sub.location;
  const seg = c.segments[sub.segment]!;
  yield ctx.heading('（重要な会計上の見積り）', '財務諸表');
  yield ctx.table([
    '関係会社株式の評価　(1) 当事業年度の財務諸表に計上した金額　（単位：百万円）',
    row(['', '前事業年度', '当事業年度']),
    row(['関係会社株式', a.subs, b.subs]),
    row([`うち${sub.name}株式`, held, held]),
  ]);
  yield ctx.heading('(2) 識別した項目に係る重要な会計上の見積りの内容に関する情報');
  yield ctx.para([
    ctx.once(() => ctx.say('関係会社株式は市場価格のない株式等であり、{取得原価をもって貸借対照表価額としております|移動平均法による原価法により評価しております}。{発行会社の財政状態の悪化により実質価額が著しく低下したときは、|実質価額が取得原価に比べて50%程度以上低下した場合には、}回収可能性が十分な証拠によって裏付けられる場合を除き、相当の減額を行うこととしております。')),
    ctx.once(() => ctx.say(`${sub.name}は、${country}において${seg.label}の${sub.business.replace(`${seg.name}製品の`, '製品の')}を行っており、{当事業年度は現地の需要の回復が想定より遅れたことにより|当事業年度は${c.materials[0]}価格の上昇を販売価格に転嫁しきれず}、{計画を下回る業績となりました|営業損失を計上しました}。`)),
    ctx.once(() => ctx.say(`{同社株式の実質価額は、同社の事業計画に基づく超過収益力を反映して算定しており|同社株式については、超過収益力を加味した実質価額により評価しており}、{当該事業計画には、${seg.label}製品の販売数量の伸び及び製造原価の改善といった仮定が含まれております|事業計画の主要な仮定は、現地市場の成長率及び主要顧客からの受注見込みであります}。`)),
    ctx.once(() => ctx.say('{これらの仮定は不確実性を伴い、|これらの仮定には不確実性があり、}{事業計画の達成が困難となった場合には|将来の市場環境の変化により見直しが必要となった場合には}、翌事業年度の財務諸表において関係会社株式評価損を計上する可能性があります。')),
  ]);
  yield ctx.table([
    '繰延税金資産の回収可能性　(1) 当事業年度の財務諸表に計上した金額　（単位：百万円）',
    row(['', '前事業年度', '当事業年度']),
    row(['繰延税金資産（繰延税金負債と相殺前）', parentDeferredAssets(ctx, ctx.year - 1), parentDeferredAssets(ctx, ctx.year)]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('(2) 識別した項目に係る重要な会計上の見積りの内容に関する情報　{連結財務諸表「注記事項（重要な会計上の見積り）」に同一の内容を記載しているため、注記を省略しております|連結財務諸表の「注記事項（重要な会計上の見積り）1．繰延税金資産の回収可能性」に記載した内容と同一であるため、記載を省略しております}。')),
  ]);
}

/** The parent's own key audit matter: the valuation of the subsidiary's shares the year singles out. */
export function parentKeyMatter(ctx: JaReportContext): { title: string; why: string[]; how: string[] } {
  const c = ctx.company;
  const i = watchedSubsidiary(ctx);
  const sub = c.subsidiaries[i]!;
  const held = subsidiaryHoldings(ctx)[i]!;
  const b = parentSheet(ctx, ctx.y);
  return {
    title: `${sub.name}に対する投資の評価`,
    why: [
      `会社は、当事業年度末の貸借対照表において関係会社株式${n(b.subs)}百万円を計上しており、総資産の${((b.subs / b.assets) * 100).toFixed(1)}%を占めている。このうち、${sub.name}株式は${n(held)}百万円である。`,
      ctx.once(() => ctx.say('注記事項（重要な会計上の見積り）に記載のとおり、{同社株式の実質価額は同社の事業計画に基づく超過収益力を反映して算定されており|会社は、同社株式の評価にあたり、超過収益力を加味した実質価額を用いており}、{事業計画に含まれる販売数量の伸び等の主要な仮定は経営者の判断を伴う|その基礎となる事業計画の主要な仮定には経営者の判断が含まれる}。')),
      'このため、当監査法人は、当該事項を監査上の主要な検討事項に該当するものと判断した。',
    ],
    how: [
      ctx.once(() => ctx.say(`当監査法人は、${sub.name}株式の評価の妥当性を検討するため、{主に以下の監査手続を実施した|以下の監査手続を実施した}。`)),
      ctx.once(() => ctx.say('・{同社の事業計画について、取締役会で承認された中期経営計画との整合性を確かめた|同社の事業計画が取締役会で承認された中期経営計画と整合していることを確かめた}。')),
      ctx.once(() => ctx.say(`・{過年度の事業計画と実績を比較し、計画の達成状況及び差異の要因を検討した|過年度における事業計画の達成状況を確かめ、未達の要因を経営者に質問した}。`)),
      ctx.once(() => ctx.say(`・${jaNames().overseas.find(([k, , r]) => `${k}${r}` === sub.location)?.[0] ?? sub.location}における${c.segments[sub.segment]!.label}製品の市場の見通しについて、{外部機関が公表している市場予測と比較した|利用可能な外部データと比較した}。`)),
      ctx.once(() => ctx.say('・{構成単位の監査人に同社の財務情報に対する監査手続の実施を指示し、その結果を評価した|同社の財務情報について、構成単位の監査人の作業結果を評価した}。')),
    ],
  };
}

/** （重要な会計上の見積り） of the consolidated statements: deferred tax assets and inventories, with the year's amounts and this company's assumptions. */
export function* renderEstimates(ctx: JaReportContext): Generator<Block> {
  const { y, p, company: c } = ctx;
  const dp = deferredTaxes(p);
  const dy = deferredTaxes(y);
  const weakest = y.segments.map((s, i) => ({ i, m: s.op / s.sales })).sort((a, b) => a.m - b.m)[0]!.i;
  const seg = c.segments[weakest]!;
  const material = c.materials[(ctx.year + 1) % c.materials.length]!;
  const term = ctx.calendar.term(ctx.year);
  yield ctx.heading('（重要な会計上の見積り）', '注記事項');
  yield ctx.table([
    '1．繰延税金資産の回収可能性　(1) 当連結会計年度の連結財務諸表に計上した金額　（単位：百万円）',
    row(['', '前連結会計年度', '当連結会計年度']),
    row(['繰延税金資産（繰延税金負債と相殺前）', dp.assets, dy.assets]),
  ]);
  yield ctx.heading('(2) 識別した項目に係る重要な会計上の見積りの内容に関する情報');
  yield ctx.para([
    ctx.once(() => ctx.say(`{繰延税金資産は、将来減算一時差異等のうち、将来の課税所得の見積額に基づき回収が見込まれる部分について計上しております|当社グループは、将来減算一時差異及び税務上の繰越欠損金に対して、将来の課税所得の見積額に基づいて回収可能性を判断し、繰延税金資産を計上しております}。`)),
    ctx.once(() => ctx.say(`将来の課税所得は、取締役会で承認された{${term + 1}期から${term + 3}期までの|翌連結会計年度以降3年間の}事業計画を基礎として見積っており、{その主要な仮定は、|主要な仮定として、}${seg.label}における${seg.customers}の需要の見通し及び${material}の調達価格の推移であります。`)),
    ctx.once(() => ctx.say('{これらの仮定は、将来の不確実な経済条件の変動等により影響を受ける可能性があり、実際に発生した課税所得の時期及び金額が見積りと異なった場合、翌連結会計年度の連結財務諸表において繰延税金資産の金額に重要な影響を与える可能性があります|市場環境の変化等により主要な仮定に見直しが必要となった場合には、翌連結会計年度の連結財務諸表において、繰延税金資産の取崩しが発生する可能性があります}。')),
  ]);
  const wd0 = writeDown(ctx, ctx.year - 1);
  const wd1 = writeDown(ctx, ctx.year);
  yield ctx.table([
    '2．棚卸資産の評価　(1) 当連結会計年度の連結財務諸表に計上した金額　（単位：百万円）',
    row(['', '前連結会計年度', '当連結会計年度']),
    row(['棚卸資産', p.inventories, y.inventories]),
    row(['売上原価に含まれる棚卸資産評価損（△は戻入益）', wd0, wd1]),
  ]);
  const plant = c.sites.find((s) => s.kind === 'plant' && s.segment === weakest) ?? c.sites.find((s) => s.kind === 'plant')!;
  yield ctx.heading('(2) 識別した項目に係る重要な会計上の見積りの内容に関する情報');
  yield ctx.para([
    ctx.once(() => ctx.say('{棚卸資産は、取得原価をもって貸借対照表価額とし、期末における正味売却価額が取得原価よりも下落している場合には、当該正味売却価額をもって貸借対照表価額としております|通常の販売目的で保有する棚卸資産は、収益性の低下に基づく簿価切下げの方法により評価しております}。{また、|}{営業循環過程から外れた滞留品については、一定の回転期間を超えるものについて規則的に評価損を計上しております|一定期間を超えて滞留している棚卸資産については、将来の販売見込みに基づき評価損を計上しております}。')),
    ctx.once(() => ctx.say(`{${seg.label}の製品は、${seg.customers}の生産計画の変動や仕様変更の影響を受けやすく、|${seg.label}では、${plant.name}で生産する${seg.products[0]}等について顧客ごとの仕様に応じた製品の在庫を保有しており、}{正味売却価額及び将来の販売見込みの見積りには経営者の判断を伴います|滞留の判定及び正味売却価額の見積りには不確実性が伴います}。`)),
    ctx.once(() => ctx.say('{市場環境が予測より悪化した場合には、|需要が想定を下回った場合には、}翌連結会計年度において{追加の評価損を計上する可能性があります|棚卸資産評価損が増加する可能性があります}。')),
  ]);
  const rate = y.discountRate;
  const sensitivity = Math.round(y.dbo * drawn(ctx, ctx.year, 'dbo-duration', 0.045, 0.065));
  yield ctx.table([
    '3．退職給付債務の算定　(1) 当連結会計年度の連結財務諸表に計上した金額　（単位：百万円）',
    row(['', '前連結会計年度', '当連結会計年度']),
    row(['退職給付債務', p.dbo, y.dbo]),
    row(['年金資産', p.planAssets, y.planAssets]),
  ]);
  yield ctx.heading('(2) 識別した項目に係る重要な会計上の見積りの内容に関する情報');
  yield ctx.para([
    ctx.once(() => ctx.say('{退職給付債務は、割引率、退職率、死亡率及び予想昇給率等の数理計算上の仮定に基づいて算定しております|当社及び国内連結子会社の退職給付債務は、数理計算上の仮定（割引率、予想昇給率、退職率等）を用いて算定しております}。')),
    ctx.say(`当連結会計年度末の割引率は${rate.toFixed(1)}%であり、{割引率が0.5ポイント低下した場合には、|割引率が0.5ポイント低下すると、}退職給付債務は約${sensitivity.toLocaleString('en-US')}百万円増加すると見込まれます。`),
    ctx.once(() => ctx.say('{数理計算上の仮定と実績との差異及び仮定の変更により生じた差異は、翌連結会計年度以降の退職給付費用に影響を与えます|仮定と実績が異なる場合又は仮定が変更された場合には、翌連結会計年度以降の退職給付費用及び退職給付に係る負債の金額に影響を与える可能性があります}。')),
  ]);
  yield ctx.table([
    '4．固定資産の減損　(1) 当連結会計年度の連結財務諸表に計上した金額　（単位：百万円）',
    row(['', '前連結会計年度', '当連結会計年度']),
    row(['有形固定資産', p.ppe, y.ppe]),
    row(['無形固定資産', p.intangibles, y.intangibles]),
  ]);
  yield ctx.heading('(2) 識別した項目に係る重要な会計上の見積りの内容に関する情報');
  yield ctx.para([
    ctx.once(() => ctx.say('{当社グループは、事業用資産について事業部門を基礎としてグルーピングを行い、減損の兆候がある資産グループについて減損損失の認識の要否を判定しております|当社グループは、事業用資産を事業部門ごとにグルーピングし、減損の兆候の有無は、営業損益の推移や経営環境の変化等を考慮して判定しております}。')),
    ctx.once(() => ctx.say(`{認識の判定に用いる将来キャッシュ・フローは、取締役会で承認された事業計画を基礎としており、|将来キャッシュ・フローの見積りは事業計画を基礎としており、}${seg.label}{の販売数量の見通し|における製品価格の見通し}等の仮定を含んでおります。`)),
  ]);
}
