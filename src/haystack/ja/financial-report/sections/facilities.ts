// 第3【設備の状況】: capital expenditure by segment, the main facilities and their book values, and planned new facilities.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { cell, oku, row } from '../format.js';
import { worldVars } from './vars.js';

/** 第3【設備の状況】. */
export function* renderFacilities(ctx: JaReportContext): Generator<Block> {
  const { y, company: c } = ctx;
  yield ctx.heading('第3【設備の状況】', '設備の状況');
  yield ctx.heading('1【設備投資等の概要】', '設備投資等の概要');
  // The policy first, the total and what it includes (なお…) after it: the section never opens with なお.
  const [policy, includes] = ctx.list('設備投資方針');
  yield ctx.para([
    ctx.once(() => ctx.say(policy!, worldVars(ctx))),
    `当連結会計年度の設備投資の総額は${oku(y.capex)}であり、セグメントごとの設備投資について示すと、次のとおりであります。`,
    ctx.once(() => ctx.say(includes!)),
  ]);
  for (const [i, s] of c.segments.entries()) {
    const plant = c.sites.find((x) => x.kind === 'plant' && x.segment === i);
    yield ctx.para([
      `（${s.label}）`,
      ctx.once(() => ctx.say(`{当連結会計年度の主な設備投資は|主な投資内容は}、${plant ? `${plant.name}における` : ''}<product>{の生産設備の増強|の製造ラインの更新|の検査装置の導入}{であり|を中心としており}、総額${oku(y.segments[i]!.capex)}の投資を実施しました。`, worldVars(ctx, i))),
    ]);
  }
  // What no segment spent (systems, head office): the segments' figures and it add up to the total.
  const common = y.capex - y.segments.reduce((a, g) => a + g.capex, 0);
  if (common > 0) yield ctx.para(['（全社共通）', ctx.once(() => ctx.say(`{主な投資内容は|全社共通の設備投資は}、{基幹システムの更新|本社事務所の改修|情報セキュリティ対策のためのシステム投資}{であり|を中心としており}、総額${oku(common)}の投資を実施しました。`))]);
  yield ctx.para([ctx.once(() => ctx.say('なお、当連結会計年度において、{重要な設備の除却又は売却はありません|経常的な設備の更新のための除却を除き、重要な設備の除却又は売却はありません}。'))]);
  yield ctx.heading('2【主要な設備の状況】', '主要な設備の状況');
  // Each site's share of the group's buildings, machinery and land: fixed per site, moving a little with the years.
  const weights = c.sites.map((s, i) => (s.kind === 'plant' ? 5 + ((i * 7 + c.shares / 100_000) % 5) : s.kind === 'lab' ? 3 : 2) * (1 + ((ctx.year + i * 3) % 5) / 100));
  const total = weights.reduce((a, b) => a + b, 0);
  yield ctx.table([
    `(1) 提出会社　（${ctx.year}年3月31日現在）`,
    row(['事業所名（所在地）', 'セグメントの名称', '設備の内容', '建物及び構築物（百万円）', '機械装置及び運搬具（百万円）', '土地（百万円）（面積㎡）', '合計（百万円）', '従業員数（名）']),
    ...c.sites.map((s, i) => {
      const share = (weights[i]! / total) * 0.8;
      const b = Math.round(y.buildings * share);
      const m = Math.round(y.machinery * share * (s.kind === 'plant' ? 1.4 : 0.3));
      const l = Math.round(y.land * share);
      const area = Math.round((l * 1000) / (8 + (i % 5))) + 1000;
      const staff = Math.round((y.parentEmployees * weights[i]!) / total);
      return row([`${s.name}（${s.prefecture}${s.city}）`, s.segment >= 0 ? c.segments[s.segment]!.label : '全社', s.use, cell(b), cell(m), `${cell(l)}（${area.toLocaleString('en-US')}）`, cell(b + m + l), cell(staff)]);
    }),
  ]);
}

/** 3【設備の新設、除却等の計画】. */
export function* renderFacilityPlans(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  yield ctx.heading('3【設備の新設、除却等の計画】', '設備の新設、除却等の計画');
  if (ctx.may(JA_REPORT_FACTS.capexPlan)) {
    const plants = c.sites.filter((s) => s.kind === 'plant').slice(0, 2);
    const next = ctx.books(ctx.year + 1);
    yield ctx.table([
      '重要な設備の新設等',
      row(['会社名・事業所名（所在地）', 'セグメントの名称', '設備の内容', '予算金額（百万円）', '既支払額（百万円）', '資金調達方法', '着手年月', '完了予定年月']),
      ...plants.map((s, i) => {
        const budget = Math.round(next.segments[s.segment]!.capex * (0.4 + i * 0.1));
        return row([`当社 ${s.name}（${s.prefecture}${s.city}）`, c.segments[s.segment]!.label, `${c.segments[s.segment]!.products[i % 2]}生産設備`, cell(budget), cell(Math.round(budget * 0.2)), '自己資金及び借入金', `${ctx.year}年${4 + i * 3}月`, `${ctx.year + 1 + i}年${3 + i * 6}月`]);
      }),
    ], [JA_REPORT_FACTS.capexPlan]);
  }
  yield ctx.para([ctx.once(() => ctx.say('重要な設備の除却等の計画は{ありません|ございません}。'))]);
}
