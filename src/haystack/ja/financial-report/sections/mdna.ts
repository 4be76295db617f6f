// 4【経営者による財政状態、経営成績及びキャッシュ・フローの状況の分析】: every figure read from the ledger the statements print.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { cell, change, oku, pct1, row } from '../format.js';
import { productSales } from './splits.js';
import { worldVars } from './vars.js';

/** `1,234億56百万円（前期比5.3%増）`, or `（前期比横ばい）`. */
function withChange(ctx: JaReportContext, cur: number, prev: number, short = false): string {
  const ch = change(cur, prev);
  const label = short ? '同' : ctx.say('{前期比|前連結会計年度比}');
  return `${oku(cur)}（${label}${ch ? ch.text : '横ばい'}）`;
}

/** One sentence per product of a segment: its sales and why they moved. */
function productLines(ctx: JaReportContext, i: number): string[] {
  const seg = ctx.company.segments[i]!;
  const cur = productSales(ctx, i, ctx.year);
  const prev = productSales(ctx.withYear(ctx.year - 1), i, ctx.year - 1);
  const v = worldVars(ctx, i);
  return seg.products.map((prod, k) => ctx.once(() => {
    const ch = change(cur[k]!, prev[k]!);
    const why = ctx.say(ch?.up ? ctx.list('製品動向')[ctx.rng.int(0, 1)]! : ctx.list('製品動向')[ctx.rng.int(2, 3)]!, v);
    return ch ? `${prod}は、${why}、売上高は${oku(cur[k]!)}（前期比${ch.text}）となりました。` : `${prod}の売上高は${oku(cur[k]!)}となり、前期並みとなりました。`;
  }));
}

/** ① 財政状態及び経営成績の状況. */
function* results(ctx: JaReportContext): Generator<Block> {
  const { y, p } = ctx;
  const v = worldVars(ctx);
  yield ctx.heading('4【経営者による財政状態、経営成績及びキャッシュ・フローの状況の分析】', '経営者による財政状態、経営成績及びキャッシュ・フローの状況の分析');
  yield ctx.heading('(1) 経営成績等の状況の概要');
  yield ctx.para([ctx.once(() => ctx.say('当連結会計年度における当社グループ（当社、連結子会社及び持分法適用会社）の財政状態、経営成績及びキャッシュ・フロー（以下「経営成績等」という）の状況の概要は{次のとおりであります|以下のとおりであります}。'))]);
  yield ctx.heading('① 財政状態及び経営成績の状況');
  const salesUp = y.sales >= p.sales;
  yield ctx.para([
    ctx.once(() => ctx.from('経営環境', v)),
    ctx.once(() => ctx.say(salesUp
      ? '{このような状況のもと|このような環境のなか}、当社グループは{販売価格の改定|新製品の拡販|海外市場での受注拡大}{に努めるとともに|を進めるとともに}、{生産性の向上|コストの削減}に{取り組みました|注力いたしました}。'
      : '{このような状況のもと|このような環境のなか}、当社グループは{需要の減少に対応した生産調整|固定費の削減|在庫の適正化}を{進めましたが|実施いたしましたが}、{受注の減少を補うには至りませんでした|販売数量の減少の影響を受けました}。')),
    ctx.once(() => `この結果、当連結会計年度の売上高は${withChange(ctx, y.sales, p.sales)}、営業利益は${withChange(ctx, y.op, p.op, true)}、経常利益は${withChange(ctx, y.ordinary, p.ordinary, true)}、親会社株主に帰属する当期純利益は${withChange(ctx, y.parentIncome, p.parentIncome, true)}となりました。`),
  ]);
  const extras: string[] = [];
  if (y.securitiesGain > 0 && ctx.may(JA_REPORT_FACTS.securitiesGain)) extras.push(`特別利益として投資有価証券売却益${oku(y.securitiesGain)}を計上`);
  if (y.impairment > 0 && ctx.may(JA_REPORT_FACTS.impairment)) extras.push(`特別損失として減損損失${oku(y.impairment)}を計上`);
  if (extras.length) yield ctx.para([`なお、${extras.join('し、')}しております。`], [...(y.securitiesGain > 0 && ctx.may(JA_REPORT_FACTS.securitiesGain) ? [JA_REPORT_FACTS.securitiesGain] : []), ...(y.impairment > 0 && ctx.may(JA_REPORT_FACTS.impairment) ? [JA_REPORT_FACTS.impairment] : [])]);
  yield ctx.para([ctx.once(() => ctx.say('セグメントごとの経営成績は、{次のとおりであります|以下のとおりであります}。'))]);
  for (const [i, s] of ctx.company.segments.entries()) {
    const cur = y.segments[i]!;
    const prev = p.segments[i]!;
    const sv = worldVars(ctx, i);
    const up = cur.sales >= prev.sales;
    yield ctx.para([
      `（${s.label}）`,
      ctx.once(() => ctx.say(up
        ? '{<market>向けの|主力の|国内外の}<product>{の需要が堅調に推移した|の受注が増加した|の販売が好調に推移した}{ことに加え|ほか}、{販売価格の改定効果|新製品の投入効果|海外子会社の増収}{もあり|が加わり}、'
        : '{<market>向けの|主力の|海外向けの}<product>{の需要が減少した|の受注が伸び悩んだ|で顧客の在庫調整が続いた}{ことに加え|ことから}、{為替の影響|価格競争の激化|一部製品の生産停止}{もあり|が重なり}、', sv)
        + `売上高は${withChange(ctx, cur.sales, prev.sales)}、セグメント利益は${withChange(ctx, cur.op, prev.op, true)}となりました。`),
      ...productLines(ctx, i),
      ctx.once(() => ctx.say(cur.op >= prev.op
        ? '{利益面では|損益面では}、{増収効果|生産性の改善|原価低減の進展}により{増益となりました|利益率が改善しました}。'
        : '{利益面では|損益面では}、{原材料価格の上昇|人件費の増加|減価償却費の増加}{が響き|の影響を受け}、{減益となりました|利益率が低下しました}。')),
    ]);
  }
  const dA = y.totalAssets - p.totalAssets;
  const dL = y.totalLiab - p.totalLiab;
  const dN = y.netAssets - p.netAssets;
  const dir = (n: number) => (n >= 0 ? '増加' : '減少');
  yield ctx.para([
    ctx.once(() => `当連結会計年度末の総資産は${oku(y.totalAssets)}となり、前連結会計年度末に比べ${oku(dA)}${dir(dA)}しました。`),
    ctx.once(() => ctx.say(`{主な要因は|これは主に}、現金及び預金が${oku(y.cash - p.cash)}${dir(y.cash - p.cash)}し、受取手形及び売掛金が${oku(y.receivables - p.receivables)}${dir(y.receivables - p.receivables)}したことによるものであります。`)),
    ctx.once(() => `負債は${oku(y.totalLiab)}となり、前連結会計年度末に比べ${oku(dL)}${dir(dL)}しました。`),
    ctx.once(() => `純資産は${oku(y.netAssets)}となり、前連結会計年度末に比べ${oku(dN)}${dir(dN)}しました。`),
    ctx.once(() => `この結果、自己資本比率は${pct1(y.equityRatio)}（前連結会計年度末は${pct1(p.equityRatio)}）となりました。`),
  ]);
}

/** ② キャッシュ・フローの状況 and ③ 生産、受注及び販売の実績. */
function* cashAndProduction(ctx: JaReportContext): Generator<Block> {
  const { y, p } = ctx;
  const cf = y.cf;
  const moved = cf.change >= 0 ? '増加' : '減少';
  yield ctx.heading('② キャッシュ・フローの状況');
  yield ctx.para([
    ctx.once(() => `当連結会計年度末における現金及び現金同等物（以下「資金」という）は、前連結会計年度末に比べ${oku(cf.change)}${moved}し、${oku(y.cash)}となりました。`),
    ctx.once(() => ctx.say(`（営業活動によるキャッシュ・フロー）営業活動の結果${cf.operating >= 0 ? '得られた' : '使用した'}資金は${oku(cf.operating)}（前期は${oku(p.cf.operating)}の${p.cf.operating >= 0 ? '収入' : '支出'}）となりました。`)
      + ctx.say(`{これは主に|主な要因は}、税金等調整前当期純利益${oku(y.pretax)}、減価償却費${oku(cf.depreciation)}の計上{によるものであります|に対し、法人税等の支払額${oku(cf.taxesPaid)}があったことによるものであります}。`)),
    ctx.once(() => `（投資活動によるキャッシュ・フロー）投資活動の結果${cf.investing >= 0 ? '得られた' : '使用した'}資金は${oku(cf.investing)}（前期は${oku(p.cf.investing)}の${p.cf.investing >= 0 ? '収入' : '支出'}）となりました。` + `これは主に、有形固定資産の取得による支出${oku(cf.capexPaid)}によるものであります。`),
    ctx.once(() => `（財務活動によるキャッシュ・フロー）財務活動の結果${cf.financing >= 0 ? '得られた' : '使用した'}資金は${oku(cf.financing)}（前期は${oku(p.cf.financing)}の${p.cf.financing >= 0 ? '収入' : '支出'}）となりました。` + `これは主に、配当金の支払額${oku(cf.dividends)}${cf.repayLong !== 0 ? `及び長期借入金の返済による支出${oku(cf.repayLong)}` : ''}によるものであります。`),
  ]);
  yield ctx.heading('③ 生産、受注及び販売の実績');
  const prodRatio = (i: number, k: number) => 0.86 + (((ctx.year + k) * 7 + i * 13) % 5) / 100;
  yield ctx.table([
    'a．生産実績　当連結会計年度の生産実績をセグメントごとに示すと、次のとおりであります。',
    row(['セグメントの名称', '生産高（百万円）', '前期比（%）']),
    ...ctx.company.segments.map((s, i) => {
      const cur = Math.round(y.segments[i]!.sales * prodRatio(i, 0));
      const prev = Math.round(p.segments[i]!.sales * prodRatio(i, -1));
      return row([s.label, cell(cur), ((cur / prev) * 100).toFixed(1)]);
    }),
    'b．受注実績　当連結会計年度の受注実績をセグメントごとに示すと、次のとおりであります。',
    row(['セグメントの名称', '受注高（百万円）', '前期比（%）', '受注残高（百万円）', '前期比（%）']),
    ...ctx.company.segments.map((s, i) => {
      const o = (k: number) => Math.round(ctx.books(ctx.year + k).segments[i]!.sales * (1.01 + (((ctx.year + k) * 5 + i) % 7) / 100));
      const bl = (k: number) => Math.round(o(k) * (0.18 + (((ctx.year + k) * 3 + i) % 9) / 100));
      return row([s.label, o(0), ((o(0) / o(-1)) * 100).toFixed(1), bl(0), ((bl(0) / bl(-1)) * 100).toFixed(1)]);
    }),
    'c．販売実績　当連結会計年度の販売実績をセグメントごとに示すと、次のとおりであります。',
    row(['セグメントの名称', '販売高（百万円）', '前期比（%）']),
    ...ctx.company.segments.map((s, i) => row([s.label, cell(y.segments[i]!.sales), ((y.segments[i]!.sales / p.segments[i]!.sales) * 100).toFixed(1)])),
    row(['合計', cell(y.sales), ((y.sales / p.sales) * 100).toFixed(1)]),
  ]);
}

/** (2) 経営者の視点による経営成績等の状況に関する分析・検討内容. */
function* analysis(ctx: JaReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.heading('(2) 経営者の視点による経営成績等の状況に関する分析・検討内容');
  const gm = (y.gross / y.sales) * 100;
  const pgm = (p.gross / p.sales) * 100;
  yield ctx.para([
    ctx.once(() => `売上総利益は${withChange(ctx, y.gross, p.gross)}となり、売上総利益率は${gm.toFixed(1)}%（前期は${pgm.toFixed(1)}%）となりました。`),
    ctx.once(() => ctx.say(`販売費及び一般管理費は、{人件費|運賃及び荷造費|研究開発費}の{増加|変動}等により${oku(y.sga)}（前期は${oku(p.sga)}）となりました。`)),
    ctx.once(() => `営業外収益は${oku(y.nonOpIncome)}、営業外費用は${oku(y.nonOpExpense)}となりました。`),
    ctx.once(() => ctx.say(`自己資本利益率（ROE）は${pct1(y.roe)}となり、{前期の${pct1(p.roe)}から${y.roe >= p.roe ? '上昇' : '低下'}しました|前期（${pct1(p.roe)}）に比べ${Math.abs(y.roe - p.roe).toFixed(1)}ポイント${y.roe >= p.roe ? '上昇' : '低下'}しました}。`)),
  ]);
  yield ctx.heading('資本の財源及び資金の流動性');
  const debt = y.shortBorrow + y.longBorrow + y.currentLongDebt + y.bonds;
  yield ctx.para([
    ctx.once(() => ctx.say('当社グループの{運転資金需要のうち主なものは|資金需要の主なものは}、{原材料の購入費用|製品製造のための材料費、労務費、経費}のほか、{販売費及び一般管理費等の営業費用|設備投資及び研究開発投資}であります。')),
    ctx.once(() => ctx.say('{これらの資金需要は|必要な資金は}、{営業活動によるキャッシュ・フロー及び自己資金|内部資金}{を基本とし、必要に応じて金融機関からの借入により調達しております|で賄うことを基本とし、大型の設備投資については金融機関からの長期借入金で調達しております}。')),
    ctx.once(() => `当連結会計年度末における借入金及び社債の残高は${oku(debt)}、現金及び現金同等物の残高は${oku(y.cash)}であります。`),
  ]);
}

/** The MD&A. */
export function* renderMdna(ctx: JaReportContext): Generator<Block> {
  yield* results(ctx);
  yield* cashAndProduction(ctx);
  yield* analysis(ctx);
}
