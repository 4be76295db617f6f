// The end of a 有価証券報告書: 株式事務の概要, 参考情報, 第二部, the auditor's reports (with this year's key audit matters), 内部統制報告書 and 確認書.
import type { Block } from '../../../../types.js';
import { loadHaystackData } from '../../../data.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { businessDay, cell, jaDate } from '../format.js';
import { agmDay, auditFirm, deferredTaxes, drawn, filingDay, writeDown } from './draws.js';
import { REGIONS, salesByRegion } from './splits.js';
import { parentKeyMatter } from './related-parties-and-schedules.js';

interface AuditText {
  意見: string[];
  根拠: string[];
  主要な検討事項: string[];
  その他の記載内容: string[];
  経営者の責任: string[];
  監査人の責任: string[];
  グループ監査旧: string;
  グループ監査新: string;
  報告: string[];
  内部統制意見: string[];
  内部統制根拠: string[];
  内部統制経営者: string[];
  内部統制監査人: string[];
  報酬関連情報: string;
  利害関係: string;
  内部統制報告書: { 枠組み: string; 範囲: string[] };
}

const text = () => loadHaystackData<AuditText>('ja/financial-report/audit.json');

/**
 * 「該当事項はありません。」 as a paragraph of its own: the sentence the no-subsequent-events fact reads as, so it is
 * printed only when no needle competes with that fact (its needle counts every such sentence as a contradiction).
 */
function none(ctx: JaReportContext): Block {
  return ctx.para([ctx.may(JA_REPORT_FACTS.noSubsequentEvents) ? '該当事項はありません。' : ''], [JA_REPORT_FACTS.noSubsequentEvents]);
}

/** ISO date `days` after `iso`. */
function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 第6【提出会社の株式事務の概要】, 第7【提出会社の参考情報】, 第二部. */
function* shareAdministration(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const y0 = ctx.year - 1;
  yield ctx.heading('第6【提出会社の株式事務の概要】', '株式事務の概要');
  const domain = c.english.split(' ')[0]!.toLowerCase();
  yield ctx.table([
    `| 事業年度 | 4月1日から3月31日まで |`,
    `| 定時株主総会 | 6月中 |`,
    `| 基準日 | 3月31日 |`,
    `| 剰余金の配当の基準日 | 9月30日　3月31日 |`,
    `| 1単元の株式数 | 100株 |`,
    `| 単元未満株式の買取り　取扱場所 | ${c.transferAgent}　証券代行部 |`,
    `| 単元未満株式の買取り　株主名簿管理人 | ${c.transferAgent} |`,
    `| 単元未満株式の買取り　買取手数料 | 株式の売買の委託に係る手数料相当額として別途定める金額 |`,
    `| 公告掲載方法 | 電子公告（ただし、事故その他やむを得ない事由によって電子公告による公告をすることができない場合は、日本経済新聞に掲載）　公告掲載URL　https://www.${domain}.co.jp/ |`,
    `| 株主に対する特典 | ${drawn(ctx, ctx.calendar.firstYear, 'perk', 0, 1) < 0.4 ? `毎年3月31日現在の株主名簿に記載された${drawn(ctx, ctx.calendar.firstYear, 'perk-lots', 0, 1) < 0.5 ? '1単元' : '3単元'}以上保有の株主に対し、当社グループ製品の詰め合わせを贈呈` : 'ありません'} |`,
  ]);
  yield ctx.heading('第7【提出会社の参考情報】', '参考情報');
  yield ctx.heading('1【提出会社の親会社等の情報】');
  yield ctx.para(['当社には、金融商品取引法第24条の7第1項に規定する親会社等はありません。']);
  yield ctx.heading('2【その他の参考情報】');
  const filed = ctx.calendar.filedOn(y0);
  const lines = [
    `(1) 有価証券報告書及びその添付書類並びに確認書　事業年度（第${ctx.calendar.term(y0)}期）（自　${y0 - 1}年4月1日　至　${y0}年3月31日）　${jaDate(filed)}${c.bureau}に提出`,
    `(2) 内部統制報告書及びその添付書類　${jaDate(filed)}${c.bureau}に提出`,
  ];
  if (ctx.year >= 2025) {
    lines.push(`(3) 半期報告書及び確認書　（第${ctx.term}期中）（自　${y0}年4月1日　至　${y0}年9月30日）　${jaDate(filingDay(y0, 11, ctx.year))}${c.bureau}に提出`);
  } else {
    lines.push(
      `(3) 四半期報告書及び確認書　（第${ctx.term}期第1四半期）（自　${y0}年4月1日　至　${y0}年6月30日）　${jaDate(filingDay(y0, 8, ctx.year))}${c.bureau}に提出`,
      `（第${ctx.term}期第2四半期）（自　${y0}年7月1日　至　${y0}年9月30日）　${jaDate(filingDay(y0, 11, ctx.year))}${c.bureau}に提出`,
      `（第${ctx.term}期第3四半期）（自　${y0}年10月1日　至　${y0}年12月31日）　${jaDate(filingDay(ctx.year, 2, ctx.year))}${c.bureau}に提出`,
    );
  }
  lines.push(`(4) 臨時報告書　企業内容等の開示に関する内閣府令第19条第2項第9号の2（株主総会における議決権行使の結果）の規定に基づく臨時報告書　${jaDate(businessDay(shift(filed, 2), 1))}${c.bureau}に提出`);
  yield ctx.meta(lines);
  yield ctx.heading('第二部【提出会社の保証会社等の情報】', '保証会社等の情報');
  yield none(ctx);
}

/** The key audit matters of the year: the deferred tax assets every year, and one of overseas cut-off or inventories. */
function keyMatters(ctx: JaReportContext): Array<{ title: string; why: string[]; how: string[] }> {
  const { y, company: c } = ctx;
  const dt = deferredTaxes(y);
  const weakest = y.segments.map((s, i) => ({ i, m: s.op / s.sales })).sort((a, b) => a.m - b.m)[0]!.i;
  const seg = c.segments[weakest]!;
  const material = c.materials[ctx.year % c.materials.length]!;
  const out = [{
    title: '繰延税金資産の回収可能性',
    why: [
      `注記事項（税効果会計関係）に記載のとおり、当連結会計年度末において、繰延税金負債と相殺前の繰延税金資産${cell(dt.assets)}百万円が計上されており、繰延税金資産の総額${cell(dt.gross)}百万円から評価性引当額${cell(-dt.allowance)}百万円が控除されている。`,
      ctx.once(() => ctx.say('会社は、将来減算一時差異等に対して、{将来の課税所得の見積額|中期経営計画を基礎とした将来の課税所得の見積額}に基づき{繰延税金資産の回収可能性を判断している|回収が見込まれる金額を繰延税金資産として計上している}。')),
      ctx.once(() => ctx.say(`将来の課税所得の見積りの基礎となる事業計画には、${seg.label}の{販売数量の見通し|主要顧客の需要見通し}及び${material}{価格の見通し|の調達価格の推移}といった主要な仮定が含まれており、これらは不確実性を伴い経営者の判断が課税所得の見積額に重要な影響を及ぼす。`)),
      'このため、当監査法人は、当該事項を監査上の主要な検討事項に該当するものと判断した。',
    ],
    how: [
      '当監査法人は、繰延税金資産の回収可能性を検討するため、主に以下の監査手続を実施した。',
      '・一時差異等の解消スケジュールについて、その網羅性及び解消見込年度の妥当性を検討した。',
      '・将来の課税所得の見積りの基礎となる事業計画について、取締役会で承認された中期経営計画との整合性を確かめた。',
      ctx.once(() => ctx.say(`・過年度の事業計画と実績を比較し、{乖離の要因を分析することにより|差異の原因を把握することにより}、経営者による見積りの精度を評価した。`)),
      ctx.once(() => ctx.say(`・${seg.label}の販売数量の見通しについて、{外部機関が公表している市場予測|主要顧客の生産計画に関する公表情報}と比較した。`)),
    ],
  }];
  if (ctx.year % 2 === 0) {
    const regions = salesByRegion(ctx)[0]!;
    const abroad = regions.slice(1).reduce((a, b) => a + b, 0);
    out.push({
      title: `${c.segments[0]!.label}における海外向け売上高の期間帰属`,
      why: [
        `注記事項（収益認識関係）に記載のとおり、${c.segments[0]!.label}の外部顧客への売上高のうち、${REGIONS.slice(1, 4).join('、')}等の海外における売上高は${cell(abroad)}百万円である。`,
        ctx.once(() => ctx.say('{海外の顧客との取引は|輸出取引は}、貿易条件により{支配が顧客に移転する時点|収益の認識時点}が異なり、{期末日前後の出荷について|決算期末の出荷について}収益が誤った期間に計上される{リスクがある|可能性がある}。')),
      ],
      how: [
        ctx.once(() => ctx.say('当監査法人は、海外向け売上高の期間帰属の適切性を検討するため、{主に以下の監査手続を実施した|以下の監査手続を実施した}。')),
        '・販売プロセスに関連する内部統制の整備及び運用状況の有効性を評価した。',
        ctx.once(() => ctx.say('・期末日前後の{一定期間|一定金額以上}の売上取引について、船荷証券等の証憑と照合し、貿易条件に基づく収益認識時点の妥当性を確かめた。')),
        '・期末日後の売上の取消し及び返品の有無を確かめた。',
      ],
    });
  } else {
    out.push({
      title: '棚卸資産の評価',
      why: [
        `連結貸借対照表に計上されている棚卸資産は${cell(y.inventories)}百万円であり、注記事項（連結損益計算書関係）に記載のとおり、売上原価に含まれる棚卸資産評価損は${cell(writeDown(ctx, ctx.year))}百万円である。`,
        ctx.once(() => ctx.say(`会社は、{収益性の低下した|滞留している}棚卸資産について、{正味売却価額まで帳簿価額を切り下げる|一定の回転期間を超える場合に規則的に帳簿価額を切り下げる}方法により評価している。`)),
        ctx.once(() => ctx.say(`${seg.label}の製品は{需要の変動|顧客の仕様変更}の影響を受けやすく、正味売却価額の見積りには経営者の判断を伴う。`)),
      ],
      how: [
        '当監査法人は、棚卸資産の評価の妥当性を検討するため、主に以下の監査手続を実施した。',
        '・棚卸資産の評価に関する内部統制の整備及び運用状況の有効性を評価した。',
        ctx.once(() => ctx.say('・{滞留在庫の判定に用いる回転期間|正味売却価額の算定に用いる販売単価}について、{過去の販売実績|期末日後の販売実績}と比較した。')),
        `・主要な事業拠点の実地棚卸に立ち会い、{長期滞留品及び陳腐化品の有無|滞留品の保管状況}を確かめた。`,
      ],
    });
  }
  return out;
}

/** 独立監査人の監査報告書及び内部統制監査報告書, and the parent's audit report. */
function* auditReports(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const t = text();
  const end = jaDate(ctx.calendar.periodEnd(ctx.year));
  const vars = { 会社名: c.name, 期首: jaDate(ctx.calendar.periodStart(ctx.year)), 期末日: end };
  const dated = jaDate(businessDay(shift(ctx.calendar.filedOn(ctx.year), -Math.round(drawn(ctx, ctx.year, 'audit-date', 3, 6))), -1));
  const [a, b] = auditFirm(ctx).partners;
  const office = c.hq.prefecture === '東京都' ? '東京事務所' : `${c.hq.city.replace(/市$/, '')}事務所`;
  const say = (lines: string[]) => lines.map((l) => ctx.say(l, vars));
  yield ctx.heading('独立監査人の監査報告書及び内部統制監査報告書', '監査報告書');
  yield ctx.meta([dated, c.name, '取締役会　御中', c.auditor, office, `指定有限責任社員 業務執行社員　公認会計士　${a}`, `指定有限責任社員 業務執行社員　公認会計士　${b}`]);
  yield ctx.heading('＜連結財務諸表監査＞');
  yield ctx.heading('監査意見');
  yield ctx.para(say(t.意見));
  yield ctx.heading('監査意見の根拠');
  yield ctx.para(say(t.根拠));
  yield ctx.heading('監査上の主要な検討事項');
  yield ctx.para(say(t.主要な検討事項));
  for (const m of keyMatters(ctx)) {
    yield ctx.heading(`${m.title}`);
    yield ctx.heading('監査上の主要な検討事項の内容及び決定理由');
    yield ctx.para(m.why);
    yield ctx.heading('監査上の対応');
    yield ctx.para(m.how);
  }
  yield ctx.heading('その他の記載内容');
  yield ctx.para(say(t.その他の記載内容));
  yield ctx.heading('連結財務諸表に対する経営者並びに監査役及び監査役会の責任');
  yield ctx.para(say(t.経営者の責任));
  yield ctx.heading('連結財務諸表監査における監査人の責任');
  yield ctx.para([...say(t.監査人の責任), ctx.year >= 2025 ? t.グループ監査新 : t.グループ監査旧]);
  yield ctx.para(say(t.報告));
  yield ctx.heading('＜内部統制監査＞');
  yield ctx.heading('監査意見');
  yield ctx.para(say(t.内部統制意見));
  yield ctx.heading('監査意見の根拠');
  yield ctx.para(say(t.内部統制根拠));
  yield ctx.heading('内部統制報告書に対する経営者並びに監査役及び監査役会の責任');
  yield ctx.para(say(t.内部統制経営者));
  yield ctx.heading('内部統制監査における監査人の責任');
  yield ctx.para(say(t.内部統制監査人));
  if (ctx.year >= 2024) {
    yield ctx.heading('＜報酬関連情報＞');
    yield ctx.para([t.報酬関連情報]);
  }
  yield ctx.heading('利害関係');
  yield ctx.para([t.利害関係]);
  yield ctx.meta(['以　上']);
  yield ctx.meta(['（注）1．上記の監査報告書の原本は当社（有価証券報告書提出会社）が別途保管しております。', '2．XBRLデータは監査の対象には含まれていません。']);

  yield ctx.heading('独立監査人の監査報告書', '監査報告書');
  yield ctx.meta([dated, c.name, '取締役会　御中', c.auditor, office, `指定有限責任社員 業務執行社員　公認会計士　${a}`, `指定有限責任社員 業務執行社員　公認会計士　${b}`]);
  yield ctx.heading('監査意見');
  yield ctx.para([
    `当監査法人は、金融商品取引法第193条の2第1項の規定に基づく監査証明を行うため、「経理の状況」に掲げられている${c.name}の${vars.期首}から${end}までの第${ctx.term}期事業年度の財務諸表、すなわち、貸借対照表、損益計算書、株主資本等変動計算書、重要な会計方針、その他の注記及び附属明細表について監査を行った。`,
    `当監査法人は、上記の財務諸表が、我が国において一般に公正妥当と認められる企業会計の基準に準拠して、${c.name}の${end}現在の財政状態及び同日をもって終了する事業年度の経営成績を、全ての重要な点において適正に表示しているものと認める。`,
  ]);
  yield ctx.heading('監査上の主要な検討事項');
  yield ctx.para([ctx.once(() => ctx.say('{繰延税金資産の回収可能性|当社の繰延税金資産の回収可能性}　連結財務諸表の監査報告書に記載されている監査上の主要な検討事項（繰延税金資産の回収可能性）と同一内容であるため、記載を省略している。'))]);
  const pm = parentKeyMatter(ctx);
  yield ctx.heading(pm.title);
  yield ctx.heading('監査上の主要な検討事項の内容及び決定理由');
  yield ctx.para(pm.why);
  yield ctx.heading('監査上の対応');
  yield ctx.para(pm.how);
  yield ctx.heading('利害関係');
  yield ctx.para([t.利害関係]);
  yield ctx.meta(['以　上']);
}

/** 内部統制報告書 and 確認書, the documents filed with the report. */
function* controlReportAndConfirmation(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const t = text().内部統制報告書;
  const president = ctx.officers[0]!;
  const cfo = ctx.officers.find((o) => o.charge === '管理本部長') ?? ctx.officers[1]!;
  const end = jaDate(ctx.calendar.periodEnd(ctx.year));
  yield ctx.heading('【表紙】', '内部統制報告書');
  yield ctx.meta([
    '【提出書類】　内部統制報告書',
    '【根拠条文】　金融商品取引法第24条の4の4第1項',
    `【提出先】　${c.bureau}`,
    `【提出日】　${jaDate(ctx.calendar.filedOn(ctx.year))}`,
    `【会社名】　${c.name}`,
    `【英訳名】　${c.english}`,
    `【代表者の役職氏名】　${president.title}　${president.name}`,
    `【最高財務責任者の役職氏名】　${cfo.title}　${cfo.name}`,
  ]);
  yield ctx.heading('1【財務報告に係る内部統制の基本的枠組みに関する事項】');
  yield ctx.para([ctx.say(t.枠組み, { 代表者: `${president.title}${president.name.replace('　', '')}及び${cfo.title.replace(/^代表/, '')}${cfo.name.replace('　', '')}`, 意見書: ctx.year >= 2025 ? '改訂' : '設定' })]);
  yield ctx.heading('2【評価の範囲、基準日及び評価手続に関する事項】');
  const share = (66 + drawn(ctx, ctx.year, 'icfr-cover', 1, 12)).toFixed(1);
  const key = c.subsidiaries.filter((s, i) => i < 2 || s.ratio === 100).slice(0, 3).map((s) => s.name);
  const small = c.subsidiaries.length + 3 - 1 - key.length - Math.round(drawn(ctx, ctx.year, 'icfr-small', 1, 3));
  yield ctx.para([
    ...t.範囲.map((s) => ctx.say(s, { 期末日: end })),
    `財務報告に係る内部統制の評価の範囲は、当社並びに連結子会社について、財務報告の信頼性に及ぼす影響の重要性の観点から必要な範囲を決定した。なお、連結子会社${Math.max(1, c.subsidiaries.length + 2 - small)}社については、金額的及び質的重要性の観点から僅少であると判断し、全社的な内部統制の評価範囲に含めていない。`,
    ctx.once(() => ctx.say(`業務プロセスに係る内部統制の評価範囲については、各事業拠点の前連結会計年度の売上高（連結会社間取引消去後）の金額が高い拠点から合算していき、{前連結会計年度の連結売上高の概ね3分の2に達している|連結売上高の${share}%に達している}事業拠点を「重要な事業拠点」とした。`)),
    `当事業年度は、当社及び${key.join('、')}を重要な事業拠点として選定し、企業の事業目的に大きく関わる勘定科目として売上高、売掛金及び棚卸資産に至る業務プロセスを評価の対象とした。`,
    ctx.once(() => ctx.say('さらに、{選定した重要な事業拠点にかかわらず|重要な事業拠点以外の事業拠点も含めて}、重大な虚偽記載の発生可能性が高く、見積りや予測を伴う重要な勘定科目に係る業務プロセスを、財務報告への影響を勘案して重要性の大きい業務プロセスとして評価対象に追加している。')),
  ]);
  yield ctx.heading('3【評価結果に関する事項】');
  yield ctx.para([`上記の評価の結果、当事業年度末日時点において、当社グループの財務報告に係る内部統制は有効であると判断した。`]);
  yield ctx.heading('4【付記事項】');
  yield none(ctx);
  yield ctx.heading('5【特記事項】');
  yield none(ctx);
  yield ctx.heading('【表紙】', '確認書');
  yield ctx.meta([
    '【提出書類】　確認書',
    '【根拠条文】　金融商品取引法第24条の4の2第1項',
    `【提出先】　${c.bureau}`,
    `【提出日】　${jaDate(ctx.calendar.filedOn(ctx.year))}`,
    `【会社名】　${c.name}`,
    `【代表者の役職氏名】　${president.title}　${president.name}`,
    `【最高財務責任者の役職氏名】　${cfo.title}　${cfo.name}`,
  ]);
  yield ctx.heading('1【有価証券報告書の記載内容の適正性に関する事項】');
  yield ctx.para([`当社${president.title}${president.name.replace('　', '')}及び当社最高財務責任者${cfo.name.replace('　', '')}は、当社の第${ctx.term}期（自　${jaDate(ctx.calendar.periodStart(ctx.year))}　至　${end}）の有価証券報告書の記載内容が金融商品取引法令に基づき適正に記載されていることを確認いたしました。`]);
  yield ctx.heading('2【特記事項】');
  yield ctx.para(['確認に当たり、特記すべき事項はありません。']);
}

/** Everything after the financial statements. */
export function* renderClosing(ctx: JaReportContext): Generator<Block> {
  yield* shareAdministration(ctx);
  yield* auditReports(ctx);
  yield* controlReportAndConfirmation(ctx);
}
