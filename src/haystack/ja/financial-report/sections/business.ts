// 第2【事業の状況】 except the MD&A: management policy and issues, sustainability, business risks, contracts, research and development.
import type { Block } from '../../../../types.js';
import { loadHaystackData } from '../../../data.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { oku } from '../format.js';
import { mediumTermPlan } from './targets.js';
import { worldVars } from './vars.js';

const risks = () => loadHaystackData<{ risks: Record<string, string[]> }>('ja/financial-report/phrases.json').risks;

/** 1【経営方針、経営環境及び対処すべき課題等】. */
function* policy(ctx: JaReportContext): Generator<Block> {
  const v = worldVars(ctx);
  yield ctx.heading('第2【事業の状況】', '事業の状況');
  yield ctx.heading('1【経営方針、経営環境及び対処すべき課題等】', '経営方針、経営環境及び対処すべき課題等');
  yield ctx.para([ctx.once(() => ctx.say('文中の将来に関する事項は、当連結会計年度末現在において当社グループが判断したものであります。'))]);
  yield ctx.heading('(1) 経営方針');
  yield ctx.para([ctx.once(() => ctx.from('経営理念', v)), ctx.once(() => ctx.from('経営理念', v))]);
  yield ctx.heading('(2) 経営環境');
  yield ctx.para([0, 1, 2].map(() => ctx.once(() => ctx.from('経営環境', v))));
  yield ctx.heading('(3) 中長期的な会社の経営戦略及び目標とする経営指標');
  const pl = mediumTermPlan(ctx);
  yield ctx.para([
    ctx.once(() => `当社グループは、${pl.first}年3月期を初年度とする3か年の中期経営計画「${pl.name}」を推進しております。`),
    ctx.once(() => ctx.say(`最終年度である${pl.first + 2}年3月期の{目標として|経営目標として}、連結売上高${pl.sales.toLocaleString('en-US')}億円、{連結営業利益率|営業利益率}${pl.margin.toFixed(1)}%、ROE${pl.roe.toFixed(1)}%以上を{掲げております|設定しております}。`)),
  ]);
  yield ctx.heading('(4) 優先的に対処すべき事業上及び財務上の課題');
  yield ctx.para([0, 1, 2, 3].map((i) => ctx.once(() => ctx.from('対処すべき課題', worldVars(ctx, i % ctx.company.segments.length)))));
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

/** 3【事業等のリスク】: a numbered risk per theme, drawn anew each year. */
function* businessRisks(ctx: JaReportContext): Generator<Block> {
  const v = worldVars(ctx);
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
    market: dep.pick(ctx.company.markets),
    顧客動向: ctx.company.segments[depSeg]!.revenue === 'install' ? ['同市場の需要動向', '顧客の設備投資計画'] : ['同市場の需要動向', '主要顧客の販売動向'],
  };
  let n = 1;
  for (const [theme, sentences] of themes) {
    yield ctx.heading(`(${n++}) ${theme}`);
    const facts: string[] = [];
    const text = sentences.map((s) => ctx.once(() => ctx.say(s, theme === '特定の市場への依存' ? dependence : v)));
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
