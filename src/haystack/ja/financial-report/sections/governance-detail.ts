// コーポレート・ガバナンスの状況等 in detail: the internal control system, the audits and their fees, the pay policy.
import type { Block } from '../../../../types.js';
import { createRng, hash32 } from '../../../../util/rng.js';
import type { JaReportContext } from '../context.js';
import { auditFirm } from './draws.js';
import { row } from '../format.js';
import { personName } from '../world.js';
import { worldVars } from './vars.js';

/** Every item of a phrase list in order, each said once. */
function each(ctx: JaReportContext, list: string): string[] {
  const v = worldVars(ctx);
  return ctx.list(list).map((t) => ctx.once(() => ctx.say(t, v)));
}

/** 内部統制システムの整備の状況. */
export function* renderInternalControls(ctx: JaReportContext): Generator<Block> {
  yield ctx.heading('③ 企業統治に関するその他の事項');
  const items = each(ctx, '内部統制');
  const maxDirectors = [10, 12, 15][hash32(ctx.company.name) % 3]!;
  yield ctx.para([ctx.once(() => ctx.say('当社は、{会社法及び会社法施行規則に基づき|取締役会において}「内部統制システムの基本方針」を{定めており|決議しており}、その概要は{次のとおりであります|以下のとおりであります}。')), ...items.slice(0, 4)]);
  yield ctx.para(items.slice(4));
  yield ctx.para([
    ctx.once(() => ctx.say('当社と社外取締役及び社外監査役は、会社法第427条第1項の規定に基づき、同法第423条第1項の損害賠償責任を限定する契約を締結しており、当該契約に基づく損害賠償責任の限度額は、{法令が定める額|同法第425条第1項に定める最低責任限度額}としております。')),
    // The articles fix the board's maximum once: the same figure every year.
    ctx.once(() => ctx.say(`{当社の取締役は${maxDirectors}名以内とする旨を定款に定めております|当社は、定款において取締役の員数を${maxDirectors}名以内と定めております|当社の定款では、取締役の員数を${maxDirectors}名以内とする旨を定めております}。`)),
    ctx.once(() => ctx.say('当社は、取締役の選任決議は、議決権を行使することができる株主の議決権の3分の1以上を有する株主が出席し、その議決権の過半数をもって行う旨{及び累積投票によらない旨|}を定款に定めております。')),
  ]);
}

/** (3) 監査の状況: the statutory auditors, internal audit, the external auditor and its fees. */
export function* renderAudit(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  yield ctx.heading('(3) 監査の状況', '監査の状況');
  const meetings = 13 + (ctx.year % 4);
  yield ctx.para([...each(ctx, '監査役監査'), `当事業年度において当社は監査役会を${meetings}回開催しており、個々の監査役の出席状況は全員が${meetings}回中${meetings}回であります。`]);
  const { since, partners } = auditFirm(ctx);
  yield ctx.para([
    ctx.once(() => ctx.say(`内部監査につきましては、社長直属の内部監査室（${3 + (ctx.year % 3)}名）が、{年間の内部監査計画に基づき|リスクアプローチに基づき}{当社及びグループ会社の業務監査を実施しております|各部門の業務執行状況を監査しております}。`)),
    `会計監査人の名称は${c.auditor}であり、継続監査期間は${ctx.year - since}年間であります。`,
    `当事業年度において業務を執行した公認会計士は${partners.map((n) => n.replace('　', '')).join('氏及び')}氏であり、会計監査業務に係る補助者は、公認会計士${8 + ((ctx.year * 7) % 9)}名、その他${12 + ((ctx.year * 5) % 13)}名であります。`,
    ctx.once(() => ctx.say('監査役会は、{会計監査人の品質管理体制、独立性及び専門性等を総合的に評価し|日本監査役協会が公表する実務指針を踏まえ}、{同監査法人を再任することが適当であると判断しております|会計監査人の再任の適否を判断しております}。')),
  ]);
  const fee = (y: number) => 48 + ((c.shares / 100_000 + y * 3) % 30);
  const non = (y: number) => (y % 3 === 0 ? 0 : 2 + (y % 5));
  yield ctx.table([
    '監査公認会計士等に対する報酬　（単位：百万円）',
    row(['区分', '前連結会計年度 監査証明業務に基づく報酬', '前連結会計年度 非監査業務に基づく報酬', '当連結会計年度 監査証明業務に基づく報酬', '当連結会計年度 非監査業務に基づく報酬']),
    row(['提出会社', fee(ctx.year - 1), non(ctx.year - 1), fee(ctx.year), non(ctx.year)]),
    row(['連結子会社', Math.round(fee(ctx.year - 1) / 4), 0, Math.round(fee(ctx.year) / 4), 0]),
    row(['計', fee(ctx.year - 1) + Math.round(fee(ctx.year - 1) / 4), non(ctx.year - 1), fee(ctx.year) + Math.round(fee(ctx.year) / 4), non(ctx.year)]),
  ]);
}
