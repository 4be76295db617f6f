// Tables every year prints anew from the ledger: subsidiaries' facilities, plant capacity, assets by region, SG&A breakdown, repayment schedule, plan assets.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { row } from '../format.js';
import { hash32, type Rng } from '../../../../util/rng.js';
import { REGIONS, segmentProduction } from './splits.js';

/** 第3 2 (2)(3): the facilities of domestic and overseas subsidiaries, and the plants' capacity and utilization. */
export function* renderSubsidiaryFacilities(ctx: JaReportContext): Generator<Block> {
  const { y, company: c } = ctx;
  const rng = ctx.rng.fork('sub-facilities');
  yield ctx.table([
    `(2) 国内子会社及び(3) 在外子会社　（${ctx.year}年3月31日現在）`,
    row(['会社名', '所在地', 'セグメントの名称', '設備の内容', '建物及び構築物（百万円）', '機械装置及び運搬具（百万円）', '合計（百万円）', '従業員数（名）']),
    ...c.subsidiaries.map((s, i) => {
      const b = Math.round(y.buildings * (0.015 + i * 0.004) * rng.float(0.95, 1.05));
      const m = Math.round(y.machinery * (0.02 + i * 0.005) * rng.float(0.95, 1.05));
      return row([s.name, s.location, c.segments[s.segment]!.label, s.business.includes('製造') ? '生産設備' : '販売設備', b, m, b + m, Math.round(y.segments[s.segment]!.employees * (0.05 + i * 0.02))]);
    }),
  ]);
  const plants = c.sites.filter((s) => s.kind === 'plant');
  yield ctx.table([
    '主要な工場の生産能力及び稼働率',
    row(['工場名', 'セグメントの名称', '年間生産能力（百万円相当）', '当期生産高（百万円）', '稼働率（%）']),
    ...plants.map((s) => {
      // The parent's plants make a fixed share of the segment's 生産実績 (subsidiaries make the rest), split among the
      // segment's plants by a weight of their own; each plant's utilization is its own and moves from year to year.
      const mates = plants.filter((x) => x.segment === s.segment);
      const weight = (x: typeof s) => 0.8 + (hash32(x.name) % 40) / 100;
      const parentShare = 0.72 + (hash32(`${c.name}-${s.segment}`) % 14) / 100;
      const out = Math.round((segmentProduction(ctx, s.segment, ctx.year) * parentShare * weight(s)) / mates.reduce((a, x) => a + weight(x), 0));
      const util = Math.round(ctx.rng.fork(`utilization-${s.name}`).float(71, 93) * 10) / 10;
      return row([s.name, c.segments[s.segment]!.label, Math.round(out / (util / 100)), out, util.toFixed(1)]);
    }),
  ]);
}

/** ※ 販売費及び一般管理費のうち主要な費目, the last table of （連結損益計算書関係）. */
export function* renderSgaItems(ctx: JaReportContext): Generator<Block> {
  const { y, p } = ctx;
  const sga = (b: typeof y, r: Rng) => {
    const items = [r.float(0.3, 0.36), r.float(0.05, 0.07), r.float(0.02, 0.03), r.float(0.1, 0.14), r.float(0.04, 0.06)].map((k) => Math.round(b.sga * k));
    return [...items, b.rnd];
  };
  const cur = sga(y, ctx.rng.fork(`sga-${ctx.year}`));
  const prev = sga(p, ctx.withYear(ctx.year - 1).rng.fork(`sga-${ctx.year - 1}`));
  yield ctx.table([
    '販売費及び一般管理費のうち主要な費目及び金額　（単位：百万円）',
    row(['費目', `前連結会計年度（自 ${ctx.year - 2}年4月1日 至 ${ctx.year - 1}年3月31日）`, `当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`]),
    ...['給料及び手当', '賞与引当金繰入額', '退職給付費用', '運賃及び荷造費', '減価償却費', '研究開発費'].map((n, i) => row([n, prev[i]!, cur[i]!])),
  ]);
}

/** 長期借入金の連結決算日後5年間の返済予定額, after the borrowings' schedule in （借入金等関係）. */
export function* renderDebtSchedule(ctx: JaReportContext): Generator<Block> {
  const rng = ctx.rng.fork('detail-notes');
  const sched = [0.28, 0.24, 0.2, 0.16].map((k) => Math.round(ctx.y.longBorrow * k * rng.float(0.9, 1.1)));
  yield ctx.table([
    '長期借入金（1年以内に返済予定のものを除く）の連結決算日後5年間の返済予定額　（単位：百万円）',
    row(['区分', '1年超2年以内', '2年超3年以内', '3年超4年以内', '4年超5年以内']),
    row(['長期借入金', ...sched]),
  ]);
}

/** 年金資産の主な内訳 and the expected return, the end of （退職給付関係）'s defined-benefit part. */
export function* renderPlanAssetMix(ctx: JaReportContext, expectedReturn: number): Generator<Block> {
  const rng = ctx.rng.fork('plan-asset-mix');
  const alloc = [rng.float(30, 45), rng.float(20, 32), rng.float(15, 25)];
  const rest = 100 - alloc.reduce((a, b) => a + b, 0);
  yield ctx.table([
    `(7) 年金資産に関する事項　年金資産の主な内訳（${ctx.year}年3月31日）`,
    row(['債券（%）', '株式（%）', '一般勘定（%）', 'その他（%）', '合計（%）']),
    row([...alloc.map((x) => x.toFixed(1)), rest.toFixed(1), '100.0']),
  ]);
  // The rate itself is in (6)'s table; here how it is set.
  yield ctx.para([ctx.once(() => ctx.say(`長期期待運用収益率（${expectedReturn.toFixed(1)}%）の設定にあたっては、{現在及び予想される年金資産の配分と、年金資産を構成する多様な資産からの現在及び将来期待される長期の収益率を考慮しております|年金資産の配分計画と各資産の過去の運用実績及び将来の見通しを勘案しております}。`))]);
}
