// 研究開発活動 by segment and theme: each product's development moves a stage further year by year, with the staff and patents of the year.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { drawn } from './draws.js';

/** The stages a development theme goes through, one per year. */
const STAGES = [
  '{要素技術の検討を開始しました|基礎検討に着手しました}',
  '{試作品を完成させ、社内での評価を進めております|試作を行い、性能の確認を進めております}',
  '{主要顧客でのサンプル評価を開始しました|顧客への試作品の提供を開始し、評価を受けております}',
  '{量産試作を完了し、生産ラインの立ち上げを進めております|量産に向けた製造条件の確立に取り組んでおります}',
  '{量産を開始し、販売を本格化しております|上市し、初年度の受注を獲得しました}',
];

/** The stage a product's current theme has reached in `year` (themes start in different years and begin anew after launch). */
function stage(ctx: JaReportContext, seg: number, k: number, year: number): number {
  const start = Math.floor(drawn(ctx, ctx.calendar.firstYear, `rd-start-${seg}-${k}`, 0, 5));
  return (year - ctx.calendar.firstYear + start) % STAGES.length;
}

/** Development themes, staff and patents of each segment, after the overview of 研究開発活動. */
export function* renderResearchThemes(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const lab = c.sites.find((s) => s.kind === 'lab')!;
  let staff = 0;
  for (const [i, seg] of c.segments.entries()) {
    const people = Math.round(ctx.y.segments[i]!.rnd / drawn(ctx, ctx.year, `rd-cost-${i}`, 28, 42));
    staff += people;
    const lines = seg.products.map((prod, k) => {
      const s = stage(ctx, i, k, ctx.year);
      const improve = c.improve[(k + i) % c.improve.length]!;
      const market = c.markets[(k + i) % c.markets.length]!;
      // One theme per product and development cycle: the same words from its first stage to its launch.
      const cycle = Math.floor((ctx.year - ctx.calendar.firstYear + Math.floor(drawn(ctx, ctx.calendar.firstYear, `rd-start-${i}-${k}`, 0, 5))) / STAGES.length);
      const themes = [`${market}向け${prod}の${improve}`, `${improve}を図った次世代${prod}`, `${c.eco[k % c.eco.length]}${prod}`];
      const theme = themes[Math.floor(drawn(ctx, ctx.calendar.firstYear + cycle * STAGES.length, `rd-theme-${i}-${k}`, 0, themes.length))]!;
      return ctx.once(() => ctx.say(`・${theme}については、${s === 0 ? `${lab.name}において` : ''}${STAGES[s]}。`));
    });
    yield ctx.heading(`${seg.label}の主な研究開発テーマ`);
    // One theme per line, as a real report lists them.
    const listed = lines.filter((l) => l !== '');
    yield ctx.para([
      listed.length ? `${listed.join('\n')}\n` : '',
      ctx.once(() => ctx.say(`当事業の研究開発に従事する人員は${people.toLocaleString('en-US')}名であり、{${seg.customers}との共同開発|${seg.customers}の開発部門との技術交流}を{通じて|軸に}{顧客の要求仕様を早期に取り込む|製品化までの期間を短縮する}{体制としております|取組みを進めております}。`)),
    ]);
  }
  const applied = Math.round(drawn(ctx, ctx.year, 'patents-applied', 24, 95));
  const held = Math.round(drawn(ctx, ctx.calendar.firstYear, 'patents-held', 280, 900) + (ctx.year - ctx.calendar.firstYear) * drawn(ctx, ctx.year, 'patents-net', 5, 30));
  yield ctx.heading('全社共通の研究開発及び知的財産');
  yield ctx.para([
    ctx.once(() => ctx.say(`${lab.name}では、{各事業に共通する|事業横断的な}{分析評価技術|材料評価技術|シミュレーション技術}の{高度化|強化}と、{デジタル技術を活用した開発プロセスの効率化|生産工程のデジタル化}に取り組んでおります。`)),
    `当連結会計年度末における当社グループの研究開発人員は${(staff + Math.round(staff * 0.12)).toLocaleString('en-US')}名であり、当連結会計年度の特許出願件数は${applied}件、当連結会計年度末の保有特許件数は${held.toLocaleString('en-US')}件であります。`,
  ]);
}
