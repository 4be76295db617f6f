// 第2【事業の状況】 except the MD&A: management policy and issues, sustainability, business risks, contracts, research and development.
import type { Block } from '../../../../types.js';
import { loadHaystackData } from '../../../data.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { andJa, oku } from '../format.js';
import { salesByRegion } from './splits.js';
import { mediumTermPlan } from './targets.js';
import { worldVars } from './vars.js';

const risks = () => loadHaystackData<{ risks: Record<string, string[]> }>('ja/financial-report/phrases.json').risks;

/**
 * The economy in the order a report tells it — at home, then the caveat (一方で…), then abroad — never opening with
 * 一方で nor saying the caveat twice.
 */
export function economy(ctx: JaReportContext): string[] {
  const [home, caveat, world] = ctx.list('経営環境');
  return [home!, caveat!, world!];
}

/** How the company's main market went, the way its sales went (the markets of the year's figures, not a random mood). */
export function marketTrend(ctx: JaReportContext): string {
  const list = ctx.list(ctx.y.sales >= ctx.p.sales ? '経営環境' : '経営環境:down');
  const pick = list.slice(-2);
  return ctx.say(pick[ctx.rng.int(0, 1)]!, worldVars(ctx));
}

/** 1【経営方針、経営環境及び対処すべき課題等】. */
function* policy(ctx: JaReportContext): Generator<Block> {
  const v = worldVars(ctx);
  yield ctx.heading('第2【事業の状況】', '事業の状況');
  yield ctx.heading('1【経営方針、経営環境及び対処すべき課題等】', '経営方針、経営環境及び対処すべき課題等');
  yield ctx.para([ctx.once(() => ctx.say('文中の将来に関する事項は、当連結会計年度末現在において当社グループが判断したものであります。'))]);
  yield ctx.heading('(1) 経営方針');
  const ideals = ctx.list('経営理念');
  yield ctx.para(ctx.rng.sample([...ideals.keys()], 2).sort().map((k) => ctx.once(() => ctx.say(ideals[k]!, v))));
  yield ctx.heading('(2) 経営環境');
  yield ctx.para([...economy(ctx).map((t) => ctx.once(() => ctx.say(t, v))), ctx.once(() => marketTrend(ctx))]);
  yield ctx.heading('(3) 中長期的な会社の経営戦略及び目標とする経営指標');
  const pl = mediumTermPlan(ctx);
  yield ctx.para([
    ctx.once(() => `当社グループは、${pl.first}年3月期を初年度とする3か年の中期経営計画「${pl.name}」を推進しております。`),
    ctx.once(() => ctx.say(`最終年度である${pl.first + 2}年3月期の{目標として|経営目標として}、連結売上高${pl.sales.toLocaleString('en-US')}億円、{連結営業利益率|営業利益率}${pl.margin.toFixed(1)}%、ROE${pl.roe.toFixed(1)}%以上を{掲げております|設定しております}。`)),
  ]);
  yield ctx.heading('(4) 優先的に対処すべき事業上及び財務上の課題');
  // Four different issues (one template each), the segment one said of a segment.
  const issues = ctx.list('対処すべき課題');
  yield ctx.para(ctx.rng.sample([...issues.keys()], 4).sort().map((k, i) => ctx.once(() => ctx.say(issues[k]!, worldVars(ctx, i % ctx.company.segments.length)))));
}

/** 2【サステナビリティに関する考え方及び取組】. */
function* sustainability(ctx: JaReportContext): Generator<Block> {
  const v = worldVars(ctx);
  const y = ctx.y;
  yield ctx.heading('2【サステナビリティに関する考え方及び取組】', 'サステナビリティに関する考え方及び取組');
  yield ctx.heading('(1) ガバナンス');
  // Each sentence of the list once, in order: two draws of one template would state two meeting frequencies.
  yield ctx.para(ctx.list('サステナビリティ統治').map((t) => ctx.once(() => ctx.say(t, v))));
  yield ctx.heading('(2) 戦略');
  yield ctx.para(ctx.list('サステナビリティ戦略').map((t) => ctx.once(() => ctx.say(t, v))));
  yield ctx.heading('(3) リスク管理');
  yield ctx.para(ctx.list('サステナビリティリスク管理').map((t) => ctx.once(() => ctx.say(t, v))));
  yield ctx.heading('(4) 指標及び目標');
  const base = 2013 + (ctx.company.shares / 100_000) % 7;
  const cut = 30 + ((ctx.company.shares / 100_000) % 21);
  const scope = Math.round(y.sales * 0.35 / 10) * 10;
  const carbon = ctx.may(JA_REPORT_FACTS.carbonPrice);
  yield ctx.para([
    ctx.once(() => ctx.say(`当社グループは、2030年度までに{Scope1及びScope2の|事業活動に伴う}温室効果ガス排出量を${base}年度比で${cut}%削減{し、2050年度までにカーボンニュートラルを実現する|する}ことを目標としております。`)),
    ctx.once(() => `当連結会計年度の温室効果ガス排出量（Scope1及びScope2）は${scope.toLocaleString('en-US')}t-CO2となりました。`),
    carbon ? ctx.once(() => ctx.say('インターナルカーボンプライシングについては、{導入に向けた検討を進めております|社内での検討を継続しております}。')) : '',
  ], carbon ? [JA_REPORT_FACTS.carbonPrice] : undefined);
}

/**
 * What a risk theme means for this company this year, in the figures the rest of the report prints (cost of sales,
 * sales abroad, the segment's share, the plants, assets, staff, debt, the pension obligation): one sentence per theme
 * that has one, each a template with whole alternatives.
 */
function riskFigures(ctx: JaReportContext, depSeg: number): Record<string, string> {
  const { y, company: c } = ctx;
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
  const abroad = salesByRegion(ctx).reduce((a, r) => a + r.slice(1).reduce((x, z) => x + z, 0), 0);
  const seg = c.segments[depSeg]!;
  const overseas = c.subsidiaries.filter((x) => !/株式会社$/.test(x.name));
  const debt = y.shortBorrow + y.longBorrow + y.currentLongDebt + y.bonds;
  return {
    原材料価格の変動: `{当連結会計年度の売上原価は${oku(y.cogs)}で、売上高に対する比率は${pct(y.cogs, y.sales)}となっております|当連結会計年度の売上原価率は${pct(y.cogs, y.sales)}（売上原価${oku(y.cogs)}）であり、原材料費はその大きな部分を占めております}。`,
    為替相場の変動: `{当連結会計年度の海外売上高は${oku(abroad)}であり、連結売上高に占める割合は${pct(abroad, y.sales)}となっております|当連結会計年度における連結売上高に占める海外売上高の割合は${pct(abroad, y.sales)}（${oku(abroad)}）であります}。`,
    特定の市場への依存: `{当連結会計年度の${seg.label}の売上高は${oku(y.segments[depSeg]!.sales)}であり、連結売上高の${pct(y.segments[depSeg]!.sales, y.sales)}を占めております|${seg.label}の売上高は${oku(y.segments[depSeg]!.sales)}と、連結売上高の${pct(y.segments[depSeg]!.sales, y.sales)}を占めております}。`,
    人材の確保: `{当連結会計年度末の当社グループの従業員数は${y.employees.toLocaleString('en-US')}名であり、|当連結会計年度末現在、当社グループでは${y.employees.toLocaleString('en-US')}名の従業員が就業しており、}{特に生産現場における技能者の確保が課題となっております|技術者の採用競争は年々厳しさを増しております}。`,
    減損会計: `{当連結会計年度末の有形固定資産は${oku(y.ppe)}、無形固定資産は${oku(y.intangibles)}であり、合わせて総資産の${pct(y.ppe + y.intangibles, y.totalAssets)}を占めております|当連結会計年度末における有形固定資産及び無形固定資産の合計は${oku(y.ppe + y.intangibles)}で、総資産の${pct(y.ppe + y.intangibles, y.totalAssets)}に相当いたします}。`,
    海外事業: overseas.length ? `{在外連結子会社として|海外拠点として、}${overseas.map((x) => x.name).join('、')}{を有しており、現地での生産及び販売を担っております|の${overseas.length}社を有しております}。` : '',
    金利変動: `{当連結会計年度末の借入金及び社債の残高は${oku(debt)}であります|当連結会計年度末の有利子負債残高は${oku(debt)}となっております}。`,
    退職給付債務: `{当連結会計年度末の退職給付債務は${oku(y.dbo)}、年金資産は${oku(y.planAssets)}であり、割引率は${y.discountRate.toFixed(1)}%を用いております|当連結会計年度末における退職給付債務${oku(y.dbo)}に対し、年金資産は${oku(y.planAssets)}であります}。`,
  };
}

/** 3【事業等のリスク】: a numbered risk per theme, drawn anew each year. */
function* businessRisks(ctx: JaReportContext): Generator<Block> {
  const plantPrefs = [...new Set(ctx.company.sites.filter((x) => x.kind === 'plant').map((x) => x.prefecture))];
  const v = { ...worldVars(ctx), 生産拠点所在地: andJa(plantPrefs), 品質規格: ctx.company.industry === '食品' ? 'FSSC 22000' : 'ISO9001' };
  yield ctx.heading('3【事業等のリスク】', '事業等のリスク');
  // The section's preamble in the order real reports give it: how risks are managed, what follows, the caveat (なお…) last.
  yield ctx.para(ctx.list('リスク管理方針').map((t) => ctx.once(() => ctx.say(t, v))));
  const themes = Object.entries(risks());
  // One segment and one market for the whole dependence risk (its sentences name them more than once); customers'
  // capital spending moves only a maker of installed equipment.
  const dep = ctx.rng.fork('risk-dependence');
  const depSeg = dep.int(0, ctx.company.segments.length - 1);
  const dependence = {
    ...worldVars(ctx, depSeg),
    // Said of the segment's own customers (外食チェーン向けの売上高), not a market of another segment.
    market: ctx.company.segments[depSeg]!.customers,
    顧客動向: ctx.company.segments[depSeg]!.revenue === 'install' ? ['同市場の需要動向', '顧客の設備投資計画'] : ['同市場の需要動向', '主要顧客の販売動向'],
  };
  // The company's own exposure in this year's figures, one sentence per theme, said after the sentence that names the risk.
  const exposure = riskFigures(ctx, depSeg);
  let n = 1;
  for (const [theme, sentences] of themes) {
    yield ctx.heading(`(${n++}) ${theme}`);
    const facts: string[] = [];
    // One material and one market per theme: a risk that names 包装資材 does not go on about 大豆.
    const pin = ctx.rng.fork(`risk-pin-${theme}`);
    const tv = theme === '特定の市場への依存' ? dependence : { ...v, material: pin.pick(ctx.company.materials), market: pin.pick(ctx.company.markets) };
    const text = sentences.map((s) => ctx.once(() => ctx.say(s, tv)));
    const own = exposure[theme];
    if (own) text.splice(1, 0, ctx.once(() => ctx.say(own)));
    // How likely, how large and when: said of each theme in its own words.
    for (const k of ctx.rng.fork(`risk-${theme}`).sample([0, 1, 2], 2).sort()) text.push(ctx.once(() => ctx.say(ctx.list('リスク評価')[k]!, { ...v, theme })));
    if (theme === '製品の品質' && ctx.may(JA_REPORT_FACTS.noRecall)) {
      text.push(ctx.once(() => ctx.say('なお、当連結会計年度において、{業績に重要な影響を及ぼす製品の回収は発生しておりません|当社グループの製品について重大なリコールは発生しておりません}。')));
      facts.push(JA_REPORT_FACTS.noRecall);
    }
    yield ctx.para(text, facts.length ? facts : undefined);
  }
  yield ctx.heading(`(${n}) 訴訟等`);
  const litigation = ctx.may(JA_REPORT_FACTS.noLitigation);
  yield ctx.para([
    ctx.once(() => ctx.say('当社グループは、{事業活動を行う過程において|国内外の事業活動に関連して}、{訴訟その他の法的手続の当事者となる可能性があります|知的財産権や製造物責任等に関する訴訟を提起される可能性があります}。')),
    litigation ? ctx.once(() => ctx.say('{当連結会計年度末現在|現時点}において、当社グループの{業績に重要な影響を及ぼす訴訟は提起されておりません|経営成績に重大な影響を与える係争中の訴訟はありません}。')) : '',
  ], litigation ? [JA_REPORT_FACTS.noLitigation] : undefined);
}

/** 5【経営上の重要な契約等】 and 6【研究開発活動】. */
function* contractsAndResearch(ctx: JaReportContext): Generator<Block> {
  const v = worldVars(ctx);
  yield ctx.heading('5【経営上の重要な契約等】', '経営上の重要な契約等');
  yield ctx.para([ctx.once(() => ctx.from('契約', v))]);
  yield ctx.heading('6【研究開発活動】', '研究開発活動');
  const y = ctx.y;
  yield ctx.para([
    // The policy, then how it is pursued (the second sentence has no subject of its own).
    ...ctx.list('研究開発方針').map((t) => ctx.once(() => ctx.say(t, v))),
    `当連結会計年度における研究開発費の総額は${oku(y.rnd)}であります。`,
  ]);
  // Two different kinds of work per segment, the segment named once: the second sentence opens with また.
  const kinds = ctx.list('研究開発');
  for (const [i, s] of ctx.company.segments.entries()) {
    const [first, second] = ctx.rng.shuffle([...kinds]);
    yield ctx.para([
      `（${s.label}）`,
      ctx.once(() => ctx.say(first!, worldVars(ctx, i))),
      second ? ctx.once(() => ctx.say(second.replace(/^<seg>では、/, 'また、'), worldVars(ctx, i))) : '',
      `当事業に係る研究開発費は${oku(y.segments[i]!.rnd)}であります。`,
    ]);
  }
}

/** 第2【事業の状況】 up to the MD&A (sections 1 to 3). */
export function* renderPolicyAndRisks(ctx: JaReportContext, afterSustainability?: (ctx: JaReportContext) => Generator<Block>): Generator<Block> {
  yield* policy(ctx);
  yield* sustainability(ctx);
  if (afterSustainability) yield* afterSustainability(ctx);
  yield* businessRisks(ctx);
}

/** 第2【事業の状況】 after the MD&A (sections 5 and 6). */
export function* renderContractsAndResearch(ctx: JaReportContext): Generator<Block> {
  yield* contractsAndResearch(ctx);
}
