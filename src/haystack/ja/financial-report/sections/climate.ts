// サステナビリティ: 気候変動 — the scenario analysis's risks and opportunities for this company's plants and products, and emissions over the years.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { row } from '../format.js';
import { drawn } from './draws.js';

/** Scope 1 and Scope 2 emissions (t-CO2) of `year`; they add up to the figure 指標及び目標 states. */
export function emissions(ctx: JaReportContext, year: number): [number, number] {
  const total = Math.round((ctx.books(year).sales * 0.35) / 10) * 10;
  const s1 = Math.round((total * drawn(ctx, ctx.calendar.firstYear, 'scope1', 0.32, 0.48)) / 10) * 10;
  return [s1, total - s1];
}

/** 気候変動に関するリスク及び機会 and the emissions table, after the human capital part. */
export function* renderClimate(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const plants = c.sites.filter((s) => s.kind === 'plant');
  const wet = plants[Math.floor(drawn(ctx, ctx.calendar.firstYear, 'flood-plant', 0, plants.length))]!;
  const eco = c.eco[0]!;
  const seg = c.segments[Math.floor(drawn(ctx, ctx.calendar.firstYear, 'climate-seg', 0, c.segments.length))]!;
  const size = (label: string) => ['小', '中', '大'][Math.floor(drawn(ctx, ctx.year, label, 0, 3))]!;
  yield ctx.heading('(7) 気候変動に関するリスク及び機会');
  yield ctx.table([
    '当社グループが識別した主な気候関連のリスク及び機会',
    row(['区分', '項目', '想定される影響', '時間軸', '影響度', '主な対応']),
    row(['移行リスク', '炭素税等の導入', `化石燃料の使用に伴う操業コストの増加`, '中期', size('cl-tax'), '燃料転換及び省エネルギー設備の導入']),
    row(['移行リスク', 'エネルギー価格の上昇', `${plants[0]!.name}等の電力・燃料費の増加`, '短期', size('cl-energy'), '再生可能エネルギー由来電力の調達拡大']),
    row(['移行リスク', '顧客の脱炭素要請', `${seg.customers}からの製品のCO2排出量の開示及び削減の要請`, '中期', size('cl-demand'), '製品単位の排出量の算定と削減目標の設定']),
    row(['物理的リスク', '豪雨・洪水の激甚化', `${wet.name}（${wet.prefecture}${wet.city}）の浸水による操業停止`, '長期', size('cl-flood'), '設備の嵩上げ及び事業継続計画の見直し']),
    row(['機会', '低炭素製品の需要拡大', `${eco}${seg.products[0]}の販売拡大`, '中期', size('cl-eco'), '開発及び生産能力の増強']),
    row(['機会', '省エネルギー化の進展', `生産工程の効率化による原価低減`, '短期', size('cl-save'), '生産設備の更新と工程の見直し']),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{時間軸は、短期を3年以内、中期を2030年まで、長期を2050年までとしております|短期は3年程度、中期は2030年頃、長期は2050年頃を想定しております}。{影響度は、財務への影響の大きさを大・中・小の3段階で評価したものであります|影響度は、営業利益への影響額の見込みに基づき大・中・小で区分しております}。')),
  ]);
  const years = [ctx.year - 2, ctx.year - 1, ctx.year];
  const e = years.map((yr) => emissions(ctx, yr));
  yield ctx.table([
    '温室効果ガス排出量の推移　（単位：t-CO2）',
    row(['区分', ...years.map((yr) => `${yr - 1}年度`)]),
    row(['Scope1', ...e.map(([a]) => a.toLocaleString('en-US'))]),
    row(['Scope2', ...e.map(([, b]) => b.toLocaleString('en-US'))]),
    row(['合計', ...e.map(([a, b]) => (a + b).toLocaleString('en-US'))]),
  ]);
}
