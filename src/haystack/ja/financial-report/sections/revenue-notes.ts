// （収益認識関係） in full: what each segment sells and when its revenue is recognized, contract balances, and sales by product (関連情報).
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import type { JaSegment } from '../company.js';
import { cell, row } from '../format.js';
import { drawn, periods } from './draws.js';
import { productSales } from './splits.js';

/** The sentences on one segment's performance obligations, in the words its kind of revenue calls for. */
function obligations(ctx: JaReportContext, seg: JaSegment): string[] {
  const products = seg.products.slice(0, 3).join('、');
  const intro = ctx.once(() => ctx.say(`${seg.label}においては、{主に|主として}${seg.customers}を顧客として、${products}等の{製造及び販売|開発、製造及び販売}を行っております。`));
  switch (seg.revenue) {
    case 'install':
      return [intro,
        ctx.once(() => ctx.say('据付を要する製品については、{顧客の検収が完了した時点|据付及び試運転が完了し顧客の検収を受けた時点}で{製品の支配が顧客に移転し|履行義務が充足されると判断し}、収益を認識しております。')),
        ctx.once(() => ctx.say('据付を要しない部品及び消耗品の販売については、{出荷時から当該製品の支配が顧客に移転される時までの期間が通常の期間であるため|国内の販売において出荷時から顧客への引渡しまでの期間が通常の期間であるため}、出荷時点で収益を認識しております。')),
        ctx.once(() => ctx.say('{保守契約|保守サービス}については、契約期間にわたり{履行義務が充足される|顧客が便益を享受する}ことから、{期間の経過に応じて|契約期間にわたり均等に}収益を認識しております。')),
      ];
    case 'service':
      return [intro,
        ctx.once(() => ctx.say('{役務の提供|運営支援サービス}については、{サービスの提供に応じて|契約期間にわたり}履行義務が充足されることから、{役務の提供が完了した時点|一定の期間にわたり}で収益を認識しております。')),
        ctx.once(() => ctx.say('{業務用食材|食材}の販売については、顧客の店舗等に納品した時点で{支配が顧客に移転する|履行義務が充足される}と判断し、収益を認識しております。')),
      ];
    case 'rebate':
      return [intro,
        ctx.once(() => ctx.say('{国内の販売については|製品の販売については}、出荷時から当該製品の支配が顧客に移転される時までの期間が通常の期間であるため、出荷時点で収益を認識しております。')),
        ctx.once(() => ctx.say('{顧客に支払われるリベート及び販売促進費の一部|販売数量等に応じて支払うリベート}は、{変動対価として|顧客に支払われる対価として}取引価格から減額しており、{過去の実績等に基づく最頻値法|契約条件や過去の実績に基づく期待値}により見積っております。')),
      ];
    default:
      return [intro,
        ctx.once(() => ctx.say('{国内の販売については|国内向けの製品販売については}、出荷時から当該製品の支配が顧客に移転される時までの期間が通常の期間であるため、出荷時点で収益を認識しております。')),
        ctx.once(() => ctx.say('{輸出販売については|海外の顧客への販売については}、{主にインコタームズ等で定められた貿易条件に基づきリスク負担が顧客に移転した時点|貿易条件に基づき製品の支配が顧客に移転した時点}で収益を認識しております。')),
        ctx.once(() => ctx.say('{有償支給取引については|原材料等を有償で支給する取引については}、{支給先から受け取る対価を収益として認識しておりません|支給品の譲渡に係る収益を認識しておりません}。')),
      ];
  }
}

/** Contract liabilities (前受金) at the end of `year`, and contract assets for segments that install equipment. */
function contractBalances(ctx: JaReportContext, year: number): { assets: number; liabilities: number } {
  const b = ctx.books(year);
  const installed = ctx.company.segments.reduce((a, s, i) => a + (s.revenue === 'install' ? b.segments[i]!.sales : 0), 0);
  return {
    assets: Math.round(installed * drawn(ctx, year, 'contract-assets', 0.01, 0.03)),
    liabilities: Math.round(b.sales * drawn(ctx, year, 'contract-liab', 0.004, 0.012)),
  };
}

/** The rest of the revenue note after the disaggregation tables, and sales by product. */
export function* renderRevenueNotes(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  yield ctx.heading('2．顧客との契約から生じる収益を理解するための基礎となる情報', '収益認識');
  for (const seg of c.segments) yield ctx.para(obligations(ctx, seg));
  yield ctx.para([
    ctx.once(() => ctx.say('{取引の対価は、履行義務を充足してから|製品の販売に係る対価は、顧客への引渡し後、}{概ね1年以内|主として4か月以内}に受領しており、重要な金融要素は含まれておりません。')),
  ]);
  yield ctx.heading('3．顧客との契約に基づく履行義務の充足と当該契約から生じるキャッシュ・フローとの関係並びに当連結会計年度末において存在する顧客との契約から翌連結会計年度以降に認識すると見込まれる収益の金額及び時期に関する情報');
  const p = contractBalances(ctx, ctx.year - 1);
  const q = contractBalances(ctx, ctx.year);
  const o = contractBalances(ctx, ctx.year - 2);
  const [prevHead, curHead] = periods(ctx);
  const hasAssets = q.assets > 0 || p.assets > 0;
  yield ctx.table([
    '(1) 契約資産及び契約負債の残高等　（単位：百万円）',
    row(['', '前連結会計年度期首', prevHead, curHead]),
    row(['顧客との契約から生じた債権', ctx.books(ctx.year - 2).receivables, ctx.p.receivables, ctx.y.receivables]),
    ...(hasAssets ? [row(['契約資産', o.assets, p.assets, q.assets])] : []),
    row(['契約負債', o.liabilities, p.liabilities, q.liabilities]),
  ]);
  const recognized = Math.round(p.liabilities * drawn(ctx, ctx.year, 'contract-released', 0.82, 0.97));
  yield ctx.para([
    hasAssets ? ctx.once(() => ctx.say(`契約資産は、{据付を要する製品の販売契約について、期末日時点で履行義務を充足しているが未請求の対価に対する権利|顧客の検収済みで未請求の対価に対する当社グループの権利}に関するものであり、{対価に対する権利が無条件になった時点|請求時点}で顧客との契約から生じた債権に振り替えられます。`)) : '',
    ctx.once(() => ctx.say(`契約負債は、{主に製品の引渡し前に顧客から受け取った前受金|主に顧客からの前受金及び保守契約に係る前受収益}であり、{収益の認識に伴い取り崩されます|履行義務の充足に伴い取り崩されます}。`)),
    `当連結会計年度に認識された収益の額のうち期首現在の契約負債残高に含まれていた額は、${cell(recognized)}百万円であります。`,
  ]);
  yield ctx.heading('(2) 残存履行義務に配分した取引価格');
  yield ctx.para([
    ctx.once(() => ctx.say('当社グループにおいては、{当初に予想される契約期間が1年を超える重要な取引がないため|個別の予想契約期間が1年を超える重要な取引がないため}、実務上の便法を適用し、残存履行義務に関する情報の記載を省略しております。')),
  ]);
  yield ctx.heading('製品及びサービスごとの情報', 'セグメント情報');
  const rows: string[] = [];
  c.segments.forEach((seg, i) => {
    const prev = productSales(ctx.withYear(ctx.year - 1), i, ctx.year - 1);
    const cur = productSales(ctx, i, ctx.year);
    seg.products.forEach((prod, k) => rows.push(row([`${seg.label}　${prod}`, prev[k]!, cur[k]!])));
  });
  yield ctx.table([
    '外部顧客への売上高　（単位：百万円）',
    row(['製品', `前連結会計年度（自 ${ctx.year - 2}年4月1日 至 ${ctx.year - 1}年3月31日）`, `当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`]),
    ...rows,
    row(['合計', ctx.p.sales, ctx.y.sales]),
  ]);
}
