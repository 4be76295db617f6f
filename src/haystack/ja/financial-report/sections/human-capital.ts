// サステナビリティ: 人的資本 — the policies on developing people and the workplace, and indicators with targets that move year by year.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { row } from '../format.js';
import { diversityOf, drawn } from './draws.js';

/** The three figures 従業員の状況 (4) prints for the parent in `year` (女性管理職比率, 男性育休取得率, 男女の賃金の差異), as numbers. */
export function diversity(ctx: JaReportContext, year: number): { female: number; leave: number; gap: number } {
  return diversityOf(ctx.company.shares, ctx.calendar.firstYear, year);
}

/** The other indicators of `year`: paid leave taken, training hours, employment of people with disabilities, engagement. */
function indicators(ctx: JaReportContext, year: number): { leaveTaken: number; training: number; disability: number; engagement: number } {
  const t = year - ctx.calendar.firstYear;
  return {
    leaveTaken: drawn(ctx, ctx.calendar.firstYear, 'hc-paid-leave', 58, 70) + t * drawn(ctx, year, 'hc-paid-step', 0.5, 2.5),
    training: drawn(ctx, ctx.calendar.firstYear, 'hc-training', 16, 26) + t * drawn(ctx, year, 'hc-training-step', 0.4, 2.2),
    disability: drawn(ctx, year, 'hc-disability', 2.1, 2.9),
    engagement: drawn(ctx, ctx.calendar.firstYear, 'hc-engagement', 52, 64) + t * drawn(ctx, year, 'hc-engagement-step', -0.8, 1.6),
  };
}

const f1 = (n: number) => `${n.toFixed(1)}%`;

/** 人的資本に関する戦略 and 指標及び目標, printed after the sustainability section's own four parts. */
export function* renderHumanCapital(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const lab = c.sites.find((s) => s.kind === 'lab')!;
  const abroad = c.subsidiaries.slice(2).map((s) => s.location.replace(/^(タイ|中国|ベトナム|インドネシア|米国|メキシコ|ドイツ|インド|マレーシア|台湾).*/, '$1'));
  yield ctx.heading('(5) 人的資本に関する戦略');
  yield ctx.para([
    ctx.once(() => ctx.say(`当社グループは、{「人」を最も重要な経営資源と位置付け|従業員一人ひとりの成長が企業価値の源泉であると考え}、{中期経営計画の達成に必要な人材の確保と育成|事業ポートフォリオの変革を担う人材の育成}に取り組んでおります。`)),
    ctx.once(() => ctx.say(`{人材育成方針として|人材の育成に関しては}、{階層別研修に加え|新入社員から管理職までの階層別研修とあわせて}、${lab.name}を中心とした{技術者の専門教育|技術伝承のための社内講座}や、${abroad.join('、')}の{拠点への海外トレーニー派遣|グループ会社との人材交流}を実施しております。`)),
    ctx.once(() => ctx.say(`{また、|さらに、}${c.segments[0]!.label}及び${c.segments[1]!.label}の{生産現場|製造部門}では、{多能工化を目的とした技能教育|技能検定の取得支援}を{継続しており|進めており}、{技能の底上げ|熟練技能の継承}を図っております。`)),
    ctx.once(() => ctx.say('{社内環境整備方針として|働きやすい職場環境の整備に向けて}、{フレックスタイム制度及び在宅勤務制度|時間単位の有給休暇制度及びテレワーク制度}の{活用を推進するとともに|定着を図るとともに}、{育児・介護と仕事の両立支援|男性従業員の育児参加の促進}に取り組んでおります。')),
    ctx.once(() => ctx.say('{多様性の確保については|ダイバーシティの推進に関しては}、{女性の管理職候補者を対象とした育成プログラム|キャリア採用者の管理職への登用}を{実施しており|拡充しており}、{意思決定層の多様化|多様な視点を経営に生かすこと}を目指しております。')),
  ]);
  const cur = diversity(ctx, ctx.year);
  const prev = diversity(ctx, ctx.year - 1);
  const hc = indicators(ctx, ctx.year);
  const hp = indicators(ctx, ctx.year - 1);
  const femaleTarget = Math.max(10, Math.ceil((cur.female + 2) / 5) * 5);
  const leaveTarget = cur.leave >= 85 ? 100 : 85;
  const paidTarget = hc.leaveTaken >= 75 ? 85 : 75;
  yield ctx.heading('(6) 人的資本に関する指標及び目標');
  yield ctx.table([
    '当社グループでは、上記において記載した人材の育成に関する方針及び社内環境整備に関する方針について、次の指標を用いております。当該指標に関する目標及び実績は、次のとおりであります。',
    row(['指標', '目標', '前事業年度実績', '当事業年度実績']),
    row(['管理職に占める女性労働者の割合', `2030年度までに${femaleTarget}.0%`, f1(prev.female), f1(cur.female)]),
    row(['男性労働者の育児休業取得率', `2030年度までに${leaveTarget}.0%`, f1(prev.leave), f1(cur.leave)]),
    row(['年次有給休暇取得率', `${paidTarget}.0%以上`, f1(hp.leaveTaken), f1(hc.leaveTaken)]),
    row(['従業員一人当たり研修時間', '年間30時間以上', `${hp.training.toFixed(1)}時間`, `${hc.training.toFixed(1)}時間`]),
    row(['障がい者雇用率', '法定雇用率以上', f1(hp.disability), f1(hc.disability)]),
    row(['エンゲージメントサーベイ肯定回答率', '2030年度までに70.0%', f1(hp.engagement), f1(hc.engagement)]),
  ]);
  const moved = cur.female - prev.female;
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{上記の指標は、提出会社のものであります|指標及び実績は、当社単体の数値を記載しております}。{連結グループにおける記載が困難であるため、|グループ全体での集計が困難であるため、}{当社単体の数値を記載しております|主要な事業を営む提出会社の数値としております}。')),
    Math.abs(moved) >= 0.1
      ? ctx.once(() => ctx.say(`管理職に占める女性労働者の割合は、前事業年度の${f1(prev.female)}から${f1(cur.female)}に${moved > 0 ? '上昇' : '低下'}しました。${moved > 0 ? '{育成プログラムの修了者が管理職に登用されたこと|女性の管理職登用が進んだこと}によるものであります' : '{女性管理職の退職及び管理職の人員増加|管理職全体の増員}によるものであります'}。`))
      : '',
  ]);
  const regular = cur.gap + drawn(ctx, ctx.year, 'gap-regular', 2, 8);
  const part = drawn(ctx, ctx.year, 'gap-part', 58, 88);
  yield ctx.table([
    '労働者の男女の賃金の差異（男性の賃金に対する女性の賃金の割合）',
    row(['全労働者', '正規雇用労働者', 'パート・有期労働者']),
    row([f1(cur.gap), f1(Math.min(99.5, regular)), f1(part)]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{男女の賃金の差異は、|賃金の差異が生じている主な要因は、}{同一の等級における賃金の差はなく、等級別の人員構成の差によるものであります|管理職層に占める男性の割合が高いことによるものであり、同一職務における処遇の差はありません}。')),
  ]);
}
