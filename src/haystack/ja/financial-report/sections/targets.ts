// MD&A (2) continued: how the year measured against the medium-term plan's targets, segment margins and what moved them, and the balance sheet item by item.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { cell, oku, pct1, row } from '../format.js';
import { marginCause, type ProductMove, productMoves } from './drivers.js';

/**
 * The medium-term plan a year belongs to: its first year and its targets (as 経営方針 states them). Targets are set
 * from the year before the plan began — a stretch of one to three points of margin and ROE above where the company
 * stood, not a fixed figure a 4% business would never set itself.
 */
export function mediumTermPlan(ctx: JaReportContext): { first: number; sales: number; margin: number; roe: number; name: string } {
  const first = ctx.year - ((ctx.year - ctx.calendar.firstYear) % 3);
  const before = ctx.books(first - 1);
  const half = (x: number) => Math.round(x * 2) / 2;
  return {
    first,
    sales: Math.round((before.sales * 1.15) / 1000) * 10,
    margin: Math.max(3, half((before.op / before.sales) * 100 + 1 + (first % 5) / 2)),
    roe: Math.max(5, half(before.roe + 1 + (first % 3) / 2)),
    name: `${['Next', 'Vision', 'Challenge', 'Innovation'][first % 4]} ${first + 2 - 2000}`,
  };
}

/** 経営上の目標の達成状況, segment margins and the balance sheet's main movements. */
export function* renderTargets(ctx: JaReportContext): Generator<Block> {
  const { y, p, company: c } = ctx;
  const pl = mediumTermPlan(ctx);
  const margin = (b: typeof y) => (b.op / b.sales) * 100;
  yield ctx.heading('経営上の目標の達成状況を判断するための客観的な指標等', '経営者による財政状態、経営成績及びキャッシュ・フローの状況の分析');
  yield ctx.table([
    `中期経営計画「${pl.name}」の目標と実績`,
    row(['指標', `目標（${pl.first + 2}年3月期）`, '前連結会計年度実績', '当連結会計年度実績']),
    row(['連結売上高', `${pl.sales.toLocaleString('en-US')}億円`, `${cell(p.sales)}百万円`, `${cell(y.sales)}百万円`]),
    row(['連結営業利益率', `${pl.margin.toFixed(1)}%`, pct1(margin(p)), pct1(margin(y))]),
    row(['ROE（自己資本利益率）', `${pl.roe.toFixed(1)}%以上`, pct1(p.roe), pct1(y.roe)]),
  ]);
  const year = ctx.year - pl.first + 1;
  const ahead = margin(y) >= pl.margin;
  yield ctx.para([
    ctx.once(() => ctx.say(`当連結会計年度は中期経営計画の${year}年目にあたり、連結営業利益率は${pct1(margin(y))}と、${ahead ? `目標の${pl.margin.toFixed(1)}%を上回る水準となりました` : `目標の${pl.margin.toFixed(1)}%に対して${(pl.margin - margin(y)).toFixed(1)}ポイント下回りました`}。`)),
    ahead
      ? ctx.once(() => ctx.say('{引き続き|今後も}{高付加価値製品の比率向上|事業ポートフォリオの見直し}を進め、{収益性の維持向上|目標水準の定着}に{努めてまいります|取り組んでまいります}。'))
      : ctx.once(() => ctx.say(`{目標の達成に向けて|計画の最終年度に向けて}、${c.segments[y.segments.map((s, i) => ({ i, m: s.op / s.sales })).sort((a, b) => a.m - b.m)[0]!.i]!.label}の{収益改善|生産体制の再構築}と{販売価格の適正化|固定費の削減}を{進めてまいります|最優先で進めてまいります}。`)),
    ctx.once(() => ctx.say(`ROEは${pct1(y.roe)}（前連結会計年度は${pct1(p.roe)}）となり、${y.roe >= pl.roe ? '{目標水準を確保しております|目標とする水準を上回りました}' : '{目標水準を下回っており|目標とする水準に届いておらず}、{資本効率の改善|株主還元の充実と利益水準の向上}が課題であると認識しております'}。`)),
  ]);
  yield ctx.heading('セグメントごとの収益性の分析');
  yield ctx.table([
    'セグメント利益率の推移　（単位：%）',
    row(['セグメントの名称', '前連結会計年度', '当連結会計年度', '増減（ポイント）']),
    ...c.segments.map((s, i) => {
      const a = (p.segments[i]!.op / p.segments[i]!.sales) * 100;
      const b = (y.segments[i]!.op / y.segments[i]!.sales) * 100;
      const d = Number(b.toFixed(1)) - Number(a.toFixed(1));
      return row([s.label, a.toFixed(1), b.toFixed(1), d < 0 ? `△${(-d).toFixed(1)}` : d.toFixed(1)]);
    }),
  ]);
  yield ctx.para(c.segments.map((s, i) => ctx.once(() => marginLine(ctx, i))));
  const moves: Array<[string, number, number]> = [
    ['棚卸資産', p.inventories, y.inventories],
    ['有形固定資産', p.ppe, y.ppe],
    ['投資有価証券', p.securities, y.securities],
    ['支払手形及び買掛金', p.payables, y.payables],
    ['短期借入金', p.shortBorrow, y.shortBorrow],
    ['長期借入金', p.longBorrow, y.longBorrow],
    ['利益剰余金', p.retained, y.retained],
  ];
  yield ctx.heading('財政状態の主な増減');
  yield ctx.para(moves.filter(([, a, b]) => a !== b).map(([label, a, b]) => ctx.once(() => ctx.say(`${label}は、前連結会計年度末に比べ${oku(b - a)}${b > a ? '増加' : '減少'}し、${oku(b)}となりました。${reason(label, b > a)}`))));
}

/**
 * Why segment `i`'s margin moved: the cause the segment paragraph gave (marginCause), with a product whose sales went
 * the same way when there is one (the best grower for a rise, the worst faller for a fall) — never a product whose
 * figures in the same section went the other way.
 */
function marginLine(ctx: JaReportContext, i: number): string {
  const s = ctx.company.segments[i]!;
  const cur = ctx.y.segments[i]!;
  const prev = ctx.p.segments[i]!;
  const up = cur.op / cur.sales >= prev.op / prev.sales;
  const cause = marginCause(ctx, i).long;
  const growth = (m: ProductMove) => m.cur / m.prev - 1;
  const moves = productMoves(ctx, i).sort((a, b) => growth(b) - growth(a));
  const segGrowth = cur.sales / prev.sales - 1;
  if (up) {
    const best = moves[0]!;
    const what = growth(best) > segGrowth && growth(best) > 0 ? '{の構成比の上昇|の販売数量の増加}' : growth(best) > 0 ? 'の販売数量の増加' : '';
    return ctx.say(what
      ? `${s.label}の利益率の{上昇|改善}は、${best.product}${what}{に加え|と}、${cause}によるものであります。`
      : `${s.label}の利益率の{上昇|改善}は、{主に|}${cause}によるものであります。`);
  }
  const worst = moves[moves.length - 1]!;
  return ctx.say(growth(worst) < 0
    ? `${s.label}の利益率の{低下|悪化}は、${cause}{に加え|や}、${worst.product}の{販売数量の減少|生産数量の減少に伴う稼働率の低下}によるものであります。`
    : `${s.label}の利益率の{低下|悪化}は、{主に|}${cause}によるものであります。`);
}

/** Why an item of the balance sheet moved, in the words an MD&A uses. */
function reason(label: string, up: boolean): string {
  const r: Record<string, [string, string]> = {
    棚卸資産: ['{これは主に、原材料価格の上昇及び受注増加に備えた在庫の積み増しによるものであります。|これは主に、製品在庫の増加によるものであります。}', '{これは主に、在庫の適正化を進めたことによるものであります。|これは主に、生産調整による製品在庫の減少によるものであります。}'],
    有形固定資産: ['{これは主に、生産能力増強のための設備投資によるものであります。|これは主に、設備投資が減価償却費を上回ったことによるものであります。}', '{これは主に、減価償却の進行によるものであります。|これは主に、減価償却費が設備投資を上回ったことによるものであります。}'],
    投資有価証券: ['{これは主に、保有株式の時価の上昇によるものであります。|これは主に、株価の上昇に伴う評価差額の増加によるものであります。}', '{これは主に、保有株式の時価の下落及び一部銘柄の縮減によるものであります。|これは主に、株価の下落によるものであります。}'],
    支払手形及び買掛金: ['{これは主に、生産量の増加に伴う仕入の増加によるものであります。|これは主に、原材料の購入価格の上昇によるものであります。}', '{これは主に、仕入量の減少によるものであります。|これは主に、期末日前の仕入高の減少によるものであります。}'],
    短期借入金: ['{これは主に、運転資金の需要増加に対応した借入れによるものであります。|これは主に、運転資金の調達によるものであります。}', '{これは主に、手元資金による返済によるものであります。|これは主に、借入金の返済によるものであります。}'],
    長期借入金: ['{これは主に、設備資金としての新規借入れによるものであります。|これは主に、設備投資に充てる長期資金の調達によるものであります。}', '{これは主に、約定返済及び1年内返済予定額への振替によるものであります。|これは主に、1年内返済予定の長期借入金への振替によるものであります。}'],
    利益剰余金: ['{これは主に、親会社株主に帰属する当期純利益の計上によるものであります。|これは主に、当期純利益の計上が配当金の支払を上回ったことによるものであります。}', '{これは主に、配当金の支払によるものであります。|これは主に、配当金の支払が当期純利益を上回ったことによるものであります。}'],
  };
  return r[label]![up ? 0 : 1];
}
