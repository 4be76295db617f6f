// （退職給付関係） in full: plan assets' roll-forward, funded status, the year's benefit cost, remeasurements and assumptions, all from the ledger.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { row } from '../format.js';
import { drawn, ociSplit, spans, periods } from './draws.js';
import { renderPlanAssetMix } from './facility-and-detail-tables.js';

/** 長期期待運用収益率 (%) of `year`, as the plan-asset mix table prints it. */
export function expectedReturnRate(year: number): number {
  return 1 + ((year * 3) % 15) / 10;
}

/** One year's defined-benefit figures (百万円), consistent with the DBO roll-forward the notes print. */
function plan(ctx: JaReportContext, year: number) {
  const y = ctx.books(year);
  const p = ctx.books(year - 1);
  const service = Math.round(y.dbo * 0.045);
  const interest = Math.round((y.dbo * y.discountRate) / 100);
  const paid = Math.round(y.dbo * 0.06);
  const expected = Math.round((p.planAssets * expectedReturnRate(year)) / 100);
  const contributions = Math.round(service * drawn(ctx, year, 'db-contrib', 0.7, 1.1));
  const paidFromPlan = Math.round(paid * drawn(ctx, year, 'db-paid-plan', 0.55, 0.8));
  const assetGain = y.planAssets - p.planAssets - expected - contributions + paidFromPlan;
  const funded = Math.round(y.dbo * drawn(ctx, ctx.calendar.firstYear, 'db-funded', 0.78, 0.9));
  const amortization = ociSplit(ctx.withYear(year)).ret.reclass;
  const cost = service + interest - expected + amortization;
  // The SG&A table's 退職給付費用 is part of the group's cost: the defined-contribution plans make up the rest.
  const r = ctx.withYear(year).rng.fork(`sga-${year}`);
  r.float(0.3, 0.36);
  r.float(0.05, 0.07);
  const sgaPart = Math.round(y.sga * r.float(0.02, 0.03));
  const dc = Math.max(Math.round(y.sales * drawn(ctx, year, 'dc', 0.002, 0.004)), Math.round(sgaPart * 1.6) - cost);
  return { y, p, service, interest, paid, expected, contributions, paidFromPlan, assetGain, funded, amortization, cost, dc, remeasure: ociSplit(ctx.withYear(year)).ret.before };
}

/** The notes that follow the DBO roll-forward. */
export function* renderRetirementBenefits(ctx: JaReportContext): Generator<Block> {
  const a = plan(ctx, ctx.year - 1);
  const b = plan(ctx, ctx.year);
  const [prevSpan, curSpan] = spans(ctx);
  const [prevHead, curHead] = periods(ctx);
  // Continues （退職給付関係） right after its roll-forward: no caption of its own.
  ctx.section = '退職給付';
  yield ctx.table([
    '(2) 年金資産の期首残高と期末残高の調整表　（単位：百万円）',
    row(['', prevSpan, curSpan]),
    row(['年金資産の期首残高', a.p.planAssets, b.p.planAssets]),
    row(['期待運用収益', a.expected, b.expected]),
    row(['数理計算上の差異の発生額', a.assetGain, b.assetGain]),
    row(['事業主からの拠出額', a.contributions, b.contributions]),
    row(['退職給付の支払額', -a.paidFromPlan, -b.paidFromPlan]),
    row(['年金資産の期末残高', a.y.planAssets, b.y.planAssets]),
  ]);
  const status = (x: typeof a) => {
    const net = x.y.dbo - x.y.planAssets;
    return { funded: x.funded, assets: -x.y.planAssets, sub: x.funded - x.y.planAssets, unfunded: x.y.dbo - x.funded, net, liability: x.y.retirement, asset: x.y.retirement - net };
  };
  const sa = status(a);
  const sb = status(b);
  yield ctx.table([
    '(3) 退職給付債務及び年金資産の期末残高と連結貸借対照表に計上された退職給付に係る負債及び資産の調整表　（単位：百万円）',
    row(['', prevHead, curHead]),
    row(['積立型制度の退職給付債務', sa.funded, sb.funded]),
    row(['年金資産', sa.assets, sb.assets]),
    row(['（小計）', sa.sub, sb.sub]),
    row(['非積立型制度の退職給付債務', sa.unfunded, sb.unfunded]),
    row(['連結貸借対照表に計上された負債と資産の純額', sa.net, sb.net]),
    row(['退職給付に係る負債', sa.liability, sb.liability]),
    row(['退職給付に係る資産', sa.asset || '－', sb.asset || '－']),
  ]);
  yield ctx.table([
    '(4) 退職給付費用及びその内訳項目の金額　（単位：百万円）',
    row(['', prevSpan, curSpan]),
    row(['勤務費用', a.service, b.service]),
    row(['利息費用', a.interest, b.interest]),
    row(['期待運用収益', -a.expected, -b.expected]),
    row(['数理計算上の差異の費用処理額', a.amortization, b.amortization]),
    row(['確定給付制度に係る退職給付費用', a.cost, b.cost]),
  ]);
  yield ctx.table([
    '(5) 退職給付に係る調整額　退職給付に係る調整額に計上した項目（税効果控除前）の内訳は次のとおりであります。　（単位：百万円）',
    row(['', prevSpan, curSpan]),
    row(['数理計算上の差異', a.remeasure, b.remeasure]),
    row(['合計', a.remeasure, b.remeasure]),
  ]);
  yield ctx.table([
    '(6) 数理計算上の計算基礎に関する事項　主要な数理計算上の計算基礎',
    row(['', prevHead, curHead]),
    row(['割引率', `${a.y.discountRate.toFixed(1)}%`, `${b.y.discountRate.toFixed(1)}%`]),
    row(['長期期待運用収益率', `${expectedReturnRate(ctx.year - 1).toFixed(1)}%`, `${expectedReturnRate(ctx.year).toFixed(1)}%`]),
  ]);
  const move = b.y.discountRate - a.y.discountRate;
  yield ctx.para([
    ctx.once(() => ctx.say(`（注）{予想昇給率は、${ctx.calendar.firstYear - 3}年3月31日を基準日として算定した年齢別昇給指数を使用しております|昇給の見込みは、職能資格別のポイントの累積見込みにより算定しております}。`)),
    move === 0
      ? ctx.once(() => ctx.say('{当連結会計年度末の割引率は、前連結会計年度末から変更しておりません|割引率は前連結会計年度末と同率としております}。'))
      : ctx.once(() => ctx.say(`当連結会計年度末の割引率は、{国債の利回りの${move > 0 ? '上昇' : '低下'}|期末日における優良社債の利回りの${move > 0 ? '上昇' : '低下'}}を反映し、前連結会計年度末の${a.y.discountRate.toFixed(1)}%から${b.y.discountRate.toFixed(1)}%に${move > 0 ? '引き上げ' : '引き下げ'}ております。`)),
  ]);
  yield* renderPlanAssetMix(ctx, expectedReturnRate(ctx.year));
  yield ctx.heading('3．確定拠出制度');
  yield ctx.para([
    `当社及び連結子会社の確定拠出制度への要拠出額は、前連結会計年度${a.dc.toLocaleString('en-US')}百万円、当連結会計年度${b.dc.toLocaleString('en-US')}百万円であります。`,
  ]);
}
