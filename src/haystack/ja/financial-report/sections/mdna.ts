// 4【経営者による財政状態、経営成績及びキャッシュ・フローの状況の分析】: every figure read from the ledger the statements print.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import type { JaYear } from '../ledger.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { andJa, cell, change, oku, pct1, row } from '../format.js';
import { economy, marketTrend } from './business.js';
import { leadProduct, marginCause, productMoves } from './drivers.js';
import { segmentProduction } from './splits.js';
import { worldVars } from './vars.js';

/** `1,234億56百万円（前期比5.3%増）`, or `（前期比横ばい）`. */
function withChange(ctx: JaReportContext, cur: number, prev: number, short = false): string {
  const ch = change(cur, prev);
  const label = short ? '同' : ctx.say('{前期比|前連結会計年度比}');
  return `${oku(cur)}（${label}${ch ? ch.text : '横ばい'}）`;
}

/**
 * One sentence per product of a segment: its sales and why they moved. Within the paragraph no reason is given twice
 * and consecutive products are said in different frames; a reason always goes the way the product's sales went and
 * fits how the segment sells (a project's shipment for installed equipment, a retailer's shelves for consumer goods).
 */
function productLines(ctx: JaReportContext, i: number): string[] {
  const seg = ctx.company.segments[i]!;
  // A product's market is its segment's customers (半導体メーカー向けのフォトレジスト), not a market of another segment.
  const v = { ...worldVars(ctx, i), market: seg.customers };
  const pool = (name: string) => [...ctx.list(name), ...(ctx.list(`${name}:${seg.revenue}`) ?? [])];
  const unused = { up: pool('製品増収要因'), down: pool('製品減収要因') };
  let lastFrame = -1;
  const lead = leadProduct(ctx, i)?.k;
  return productMoves(ctx, i).map(({ product: prod, k, cur, prev }) => {
    const ch = change(cur, prev);
    // The lead clause already said why the segment's main mover moved: its own line gives the figure only.
    if (ch && k === lead) {
      lastFrame = 1;
      return ctx.once(() => `${prod}の売上高は${oku(cur)}（前期比${ch.text}）となりました。`);
    }
    if (!ch) return ctx.once(() => ctx.say(`${prod}の売上高は${oku(cur)}{となり、前期並みとなりました|と、前期並みにとどまりました}。`));
    const left = ch.up ? unused.up : unused.down;
    let used = -1;
    let frame = -1;
    const line = ctx.once(() => {
      used = ctx.rng.int(0, left.length - 1);
      frame = (lastFrame + 1 + ctx.rng.int(0, 1)) % 3;
      const why = ctx.say(left[used]!, v);
      const amount = `${oku(cur)}（前期比${ch.text}）`;
      return [`${prod}は、${why}、売上高は${amount}となりました。`, `${prod}の売上高は、${why}、${amount}となりました。`, `${prod}につきましては、${why}、売上高は${amount}となりました。`][frame]!;
    });
    if (used >= 0 && left.length > 1) left.splice(used, 1);
    lastFrame = frame;
    return line;
  });
}

/**
 * The clause that opens a segment's paragraph: the product that moved its sales most, the way they went (never a
 * product that went the other way or barely moved), then a second cause of the same direction.
 */
function segmentLead(ctx: JaReportContext, i: number): string {
  const seg = ctx.company.segments[i]!;
  const up = ctx.y.segments[i]!.sales >= ctx.p.segments[i]!.sales;
  const lead = leadProduct(ctx, i);
  const v = { ...worldVars(ctx, i), market: seg.customers, product: lead?.product ?? seg.label.replace(/事業$/, '') + '製品' };
  const orders = seg.revenue === 'install' || seg.revenue === 'goods';
  const main = lead?.k === 0 ? '主力の' : '';
  // A product sold to businesses (業務用…) is not said to go to a consumer market.
  const market = lead?.product.startsWith('業務用') ? '' : '<market>向けの';
  if (!lead) return ctx.say(up ? '{販売価格の改定効果|新製品の投入効果}により、' : '{為替の影響|価格競争の激化}により、', v);
  return ctx.say(up
    ? `{${market}|${main}}<product>{の需要が堅調に推移した|の販売が好調に推移した${orders ? '|の受注が増加した' : ''}}{ことに加え|ほか}、{販売価格の改定効果|新製品の投入効果|海外子会社の増収}{もあり|が加わり}、`
    : `{${market}|${main}}<product>{の需要が減少した|で顧客の在庫調整が続いた${orders ? '|の受注が伸び悩んだ' : '|の販売が伸び悩んだ'}}{ことに加え|ほか}、{為替の影響|価格競争の激化|一部製品の生産停止}{もあり|が重なり}、`, v);
}

/**
 * 損益面では…: the cause the margin analysis gives too (marginCause) when profit and margin went the same way;
 * otherwise the volume that explains the profit (増収効果 when sales rose, 減収の影響 when they fell).
 */
function profitLine(ctx: JaReportContext, i: number): string {
  const cur = ctx.y.segments[i]!;
  const prev = ctx.p.segments[i]!;
  const opUp = cur.op >= prev.op;
  const marginUp = cur.op / cur.sales >= prev.op / prev.sales;
  const salesUp = cur.sales >= prev.sales;
  const cause = opUp === marginUp ? marginCause(ctx, i).short : salesUp ? '増収効果' : '減収';
  const verb = opUp
    ? opUp === marginUp ? '{増益となりました|利益率が改善しました}' : '増益となりました'
    : opUp === marginUp ? '{減益となりました|利益率が低下しました}' : '減益となりました';
  return ctx.say(opUp ? `{利益面では|損益面では}、${cause}により${verb}。` : `{利益面では|損益面では}、${cause}{が響き|の影響を受け}、${verb}。`);
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
    // The year's economy (at home or abroad, never the 一方で caveat alone) and the company's market, the way its sales went.
    ctx.once(() => ctx.say(economy(ctx)[ctx.rng.pick([0, 2])]!, v)),
    ctx.once(() => marketTrend(ctx)),
    ctx.once(() => ctx.say(salesUp
      ? `{このような状況のもと|このような環境のなか}、当社グループは{販売価格の改定|新製品の拡販|${madeToOrder(ctx) ? '海外市場での受注拡大' : '海外市場での販路拡大'}}{に努めるとともに|を進めるとともに}、{生産性の向上|コストの削減}に{取り組みました|注力いたしました}。`
      : `{このような状況のもと|このような環境のなか}、当社グループは{需要の減少に対応した生産調整|固定費の削減|在庫の適正化}を{進めましたが|実施いたしましたが}、{${madeToOrder(ctx) ? '受注の減少' : '販売数量の減少'}を補うには至りませんでした|販売数量の減少の影響を受けました}。`)),
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
    yield ctx.para([
      `（${s.label}）`,
      ctx.once(() => segmentLead(ctx, i) + `売上高は${withChange(ctx, cur.sales, prev.sales)}、セグメント利益は${withChange(ctx, cur.op, prev.op, true)}となりました。`),
      ...productLines(ctx, i),
      ctx.once(() => profitLine(ctx, i)),
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

/** Only a maker of installed equipment builds to order; a maker of goods for stock (foods, chemicals) reports no orders. */
function madeToOrder(ctx: JaReportContext): boolean {
  return ctx.company.segments.some((s) => s.revenue === 'install');
}

/**
 * What the financing cash flow came from, the way it went: a net inflow is explained by the borrowings that brought
 * cash in (set against what went out), a net outflow by the payments (dividends first).
 */
function financingCause(y: JaYear): string {
  const cf = y.cf;
  const ins = [
    ...(cf.newLong > 0 ? [`長期借入れによる収入${oku(cf.newLong)}`] : []),
    ...(cf.shortBorrow > 0 ? [`短期借入金の純増加額${oku(cf.shortBorrow)}`] : []),
  ];
  const outs = [
    `配当金の支払額${oku(cf.dividends)}`,
    ...(cf.repayLong !== 0 ? [`長期借入金の返済による支出${oku(cf.repayLong)}`] : []),
    ...(cf.shortBorrow < 0 ? [`短期借入金の純減少額${oku(cf.shortBorrow)}`] : []),
  ];
  if (cf.financing >= 0 && ins.length) return `これは主に、${andJa(ins)}があった{一方、|一方で、}${andJa(outs)}があったことによるものであります。`;
  if (ins.length) return `これは主に、${andJa(outs)}が、${andJa(ins)}を上回ったことによるものであります。`;
  return `これは主に、${andJa(outs)}によるものであります。`;
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
    ctx.once(() => `（投資活動によるキャッシュ・フロー）投資活動の結果${cf.investing >= 0 ? '得られた' : '使用した'}資金は${oku(cf.investing)}（前期は${oku(p.cf.investing)}の${p.cf.investing >= 0 ? '収入' : '支出'}）となりました。` + (cf.investing >= 0
      ? `これは主に、投資有価証券の売却による収入${oku(cf.securitiesSold)}が有形固定資産の取得による支出${oku(cf.capexPaid)}を上回ったことによるものであります。`
      : `これは主に、有形固定資産の取得による支出${oku(cf.capexPaid)}によるものであります。`)),
    ctx.once(() => `（財務活動によるキャッシュ・フロー）財務活動の結果${cf.financing >= 0 ? '得られた' : '使用した'}資金は${oku(cf.financing)}（前期は${oku(p.cf.financing)}の${p.cf.financing >= 0 ? '収入' : '支出'}）となりました。` + ctx.say(financingCause(y))),
  ]);
  yield ctx.heading('③ 生産、受注及び販売の実績');
  yield ctx.table([
    'a．生産実績　当連結会計年度の生産実績をセグメントごとに示すと、次のとおりであります。',
    row(['セグメントの名称', '生産高（百万円）', '前期比（%）']),
    ...ctx.company.segments.map((s, i) => {
      const cur = segmentProduction(ctx, i, ctx.year);
      const prev = segmentProduction(ctx, i, ctx.year - 1);
      return row([s.label, cell(cur), ((cur / prev) * 100).toFixed(1)]);
    }),
    ...(madeToOrder(ctx)
      ? [
          'b．受注実績　当連結会計年度の受注実績をセグメントごとに示すと、次のとおりであります。',
          row(['セグメントの名称', '受注高（百万円）', '前期比（%）', '受注残高（百万円）', '前期比（%）']),
          ...ctx.company.segments.map((s, i) => {
            const o = (k: number) => Math.round(ctx.books(ctx.year + k).segments[i]!.sales * (1.01 + (((ctx.year + k) * 5 + i) % 7) / 100));
            const bl = (k: number) => Math.round(o(k) * (0.18 + (((ctx.year + k) * 3 + i) % 9) / 100));
            return row([s.label, o(0), ((o(0) / o(-1)) * 100).toFixed(1), bl(0), ((bl(0) / bl(-1)) * 100).toFixed(1)]);
          }),
        ]
      : ['b．受注実績　当社グループは、主として販売計画に基づく見込み生産を行っているため、受注実績の記載を省略しております。']),
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
    ctx.once(() => ctx.say(`販売費及び一般管理費は、${y.sga >= p.sga ? '{人件費|運賃及び荷造費|研究開発費}の増加等により' : '{経費全般の削減|運賃及び荷造費の減少|広告宣伝費の抑制}等により'}${oku(y.sga)}（前期は${oku(p.sga)}）となりました。`)),
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
