// Governance details a full 有価証券報告書 prints: the audit board's work, the restricted stock granted this year, and the policy shareholdings counted.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { holdingCount } from './holdings.js';
import { jaDate, row } from '../format.js';
import { agmDay, drawn } from './draws.js';

const n = (v: number) => v.toLocaleString('en-US');

/** 監査役会の活動: each auditor's attendance, what the board examined, and the full-time auditor's work. */
export function* renderAuditBoard(ctx: JaReportContext): Generator<Block> {
  const meetings = 13 + (ctx.year % 4);
  const auditors = ctx.officers.filter((o) => o.role === 'auditor' || o.role === 'outside-auditor');
  yield ctx.heading('監査役会の活動状況');
  yield ctx.table([
    row(['役職', '氏名', '開催回数', '出席回数']),
    ...auditors.map((o) => {
      const joined = o.since === ctx.year;
      const held = joined ? meetings - 3 - (ctx.year % 2) : meetings;
      return row([o.role === 'auditor' ? '常勤監査役' : '社外監査役', o.name, `${held}回`, `${held}回`]);
    }),
  ]);
  const newcomer = auditors.find((o) => o.since === ctx.year);
  const themes = ctx.rng.fork('audit-board').sample([
    '監査方針及び監査計画の策定',
    '会計監査人の監査計画及び監査報酬の同意',
    '会計監査人の評価及び再任の決定',
    '内部統制システムの整備及び運用状況',
    '監査上の主要な検討事項に関する会計監査人との協議',
    'グループ会社におけるコンプライアンス体制の運用状況',
    '海外子会社の管理体制',
    '情報セキュリティ対策の実施状況',
  ], 5);
  yield ctx.para([
    newcomer ? `（注）${newcomer.name.replace('　', '')}氏は、${ctx.year - 1}年6月の就任以降に開催された監査役会への出席状況を記載しております。` : '',
    `監査役会における主な検討事項は、${themes.join('、')}等であります。`,
    ctx.once(() => ctx.say(`常勤監査役は、{取締役会、経営会議その他の重要な会議に出席し|取締役会のほか経営会議等の重要な会議に出席して}、{重要な決裁書類等を閲覧するとともに|稟議書等の重要書類を閲覧し}、{本社及び主要な事業所|国内外の主要な拠点}において業務及び財産の状況を調査しております。`)),
    ctx.once(() => ctx.say(`{また、|さらに、}常勤監査役は{内部監査室と月次で情報交換を行い|内部監査部門から監査計画及び監査結果の報告を受け}、{会計監査人とは四半期ごとに|会計監査人とは定期的に}{意見交換|協議}を行っております。`)),
    ctx.once(() => ctx.say(`{社外監査役は、|社外監査役は、それぞれの専門的知見に基づき、}{取締役会及び監査役会において|監査役会等において}{独立した立場から|客観的な立場から}意見を述べております。`)),
  ]);
}

/** The restricted stock granted to executive directors after this year's general meeting of shareholders. */
export function* renderRestrictedStock(ctx: JaReportContext): Generator<Block> {
  const agm = agmDay(ctx, ctx.year - 1);
  const pay = new Date(`${agm}T00:00:00Z`);
  pay.setUTCDate(pay.getUTCDate() + 28);
  const price = Math.round(ctx.p.price * drawn(ctx, ctx.year, 'rs-price', 0.92, 1.08));
  const directors = ctx.officers.filter((o) => o.role === 'president' || o.role === 'senior' || o.role === 'director').length;
  const executives = 6 + Math.round(drawn(ctx, ctx.year, 'rs-execs', 0, 5));
  const perDirector = Math.round(drawn(ctx, ctx.year, 'rs-dir', 18, 45)) * 100;
  const perExec = Math.round(drawn(ctx, ctx.year, 'rs-exec', 6, 15)) * 100;
  const shares = directors * perDirector + executives * perExec;
  yield ctx.heading('譲渡制限付株式の付与状況', '役員の報酬等');
  yield ctx.table([
    `当事業年度における譲渡制限付株式報酬としての自己株式の処分`,
    row(['項目', '内容']),
    row(['取締役会決議日', jaDate(agm)]),
    row(['払込期日', jaDate(pay.toISOString().slice(0, 10))]),
    row(['処分する株式の種類及び数', `当社普通株式　${n(shares)}株`]),
    row(['処分価額', `1株につき${n(price)}円`]),
    row(['処分総額', `${n(Math.round((shares * price) / 1e6))}百万円`]),
    row(['割当予定先', `当社の取締役（社外取締役を除く）${directors}名　${n(directors * perDirector)}株、当社の執行役員${executives}名　${n(executives * perExec)}株`]),
    row(['譲渡制限期間', '払込期日から当社の取締役又は執行役員その他当社取締役会で定める地位を退任又は退職する日までの期間']),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('{処分価額は、|1株当たりの処分価額は、}{恣意性を排除した価額とするため、|}{取締役会決議日の前営業日の東京証券取引所における当社普通株式の終値|取締役会決議日の前営業日における東京証券取引所プライム市場の当社普通株式の終値}としております。')),
  ]);
}

/** 保有目的が純投資目的以外の目的である投資株式: counts and amounts, and what changed this year. */
export function* renderHoldingCounts(ctx: JaReportContext): Generator<Block> {
  const k = (label: string, lo: number, hi: number) => Math.round(drawn(ctx, ctx.year, label, lo, hi));
  const unlisted = k('hold-unlisted', 8, 22);
  const unlistedAmt = Math.round(ctx.y.securities * drawn(ctx, ctx.year, 'hold-unlisted-amt', 0.04, 0.09));
  const listed = Math.max(holdingCount(ctx), k('hold-listed', 16, 34)) + k('hold-listed-small', 0, 4);
  const listedAmt = Math.round(ctx.y.securities * drawn(ctx, ctx.year, 'hold-listed-amt', 0.7, 0.85));
  const added = k('hold-added', 1, 3);
  yield ctx.table([
    '保有目的が純投資目的以外の目的である投資株式　銘柄数及び貸借対照表計上額',
    row(['区分', '銘柄数（銘柄）', '貸借対照表計上額の合計額（百万円）']),
    row(['非上場株式', unlisted, unlistedAmt]),
    row(['非上場株式以外の株式', listed, listedAmt]),
  ]);
  yield ctx.table([
    '（当事業年度において株式数が増加した銘柄）',
    row(['区分', '銘柄数（銘柄）', '株式数の増加に係る取得額の合計額（百万円）', '株式数の増加の理由']),
    row(['非上場株式', '－', '－', '－']),
    row(['非上場株式以外の株式', added, k('hold-added-amt', 3, 60), ctx.say('{取引先持株会を通じた株式の取得|取引関係の維持・強化のため}')]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('保有目的が純投資目的である投資株式　{該当する投資株式は保有しておりません|当事業年度末において、保有目的が純投資目的である投資株式は保有しておりません}。')),
  ]);
}
