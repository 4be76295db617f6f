// 第4【提出会社の状況】: shares and major shareholders, dividend policy, corporate governance, officers and their pay.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { jaDate, row } from '../format.js';
import { outsideKind, type OutsideKind } from './officers.js';
import { worldVars } from './vars.js';
import { filingDay } from './draws.js';

const HOLDERS = ['日本マスタートラスト信託銀行株式会社（信託口）', '株式会社日本カストディ銀行（信託口）', '<customer>', '<bank>', '明治安田生命保険相互会社', '<社名>取引先持株会', '<社名>従業員持株会', 'STATE STREET BANK AND TRUST COMPANY 505001', '東京海上日動火災保険株式会社', 'JP MORGAN CHASE BANK 385781'];

/** 1【株式等の状況】 to 3【配当政策】. */
function* shares(ctx: JaReportContext, extra?: ShareDetails): Generator<Block> {
  const { y, company: c } = ctx;
  const v = worldVars(ctx);
  yield ctx.heading('第4【提出会社の状況】', '提出会社の状況');
  yield ctx.heading('1【株式等の状況】', '株式等の状況');
  yield ctx.table([
    '① 発行済株式',
    row(['種類', `事業年度末現在発行数（株）（${ctx.year}年3月31日）`, '上場金融商品取引所名', '内容']),
    row(['普通株式', c.shares.toLocaleString('en-US'), '東京証券取引所プライム市場', '単元株式数　100株']),
  ]);
  // 所有者別状況: shareholders by kind, drifting a little each year.
  const kinds = ['政府及び地方公共団体', '金融機関', '金融商品取引業者', 'その他の法人', '外国法人等', '個人その他'];
  const kr = ctx.rng.fork('owners');
  const w = [0, kr.float(28, 36), kr.float(2, 5), kr.float(12, 22), kr.float(18, 30), kr.float(14, 24)];
  const wsum = w.reduce((a, b) => a + b, 0);
  const units = Math.floor(c.shares / 100);
  const holders = [0, 40 + kr.int(0, 25), 25 + kr.int(0, 15), 150 + kr.int(0, 80), 180 + kr.int(0, 90), 9_000 + kr.int(0, 9_000)];
  yield ctx.table([
    `(5) 所有者別状況　（${ctx.year}年3月31日現在）`,
    row(['区分', '株主数（人）', '所有株式数（単元）', '所有株式数の割合（%）']),
    // Ratios on the 0.05 grid like every two-decimal figure of the report (needle ratios use the other hundredths).
    ...kinds.map((k, i) => {
      const pct = i === kinds.length - 1 ? 100 - w.slice(0, -1).reduce((a, x) => a + Math.round((x / wsum) * 2000) / 20, 0) : Math.round((w[i]! / wsum) * 2000) / 20;
      return row([k, holders[i]!.toLocaleString('en-US'), Math.round((units * pct) / 100).toLocaleString('en-US'), pct.toFixed(2)]);
    }),
    row(['計', holders.reduce((a, b) => a + b, 0).toLocaleString('en-US'), units.toLocaleString('en-US'), '100.00']),
  ]);
  // Holdings of the ten largest shareholders, fixed per company and drifting a little each year; all below 10%.
  const rng = ctx.rng.fork('holders');
  const order = ctx.rng.fork('holders-order');
  const names = order.shuffle(HOLDERS.map((h) => ctx.say(h, v)));
  // Printed in steps of 0.05 (needle ratios use the other hundredths, so no needle value is a holder's stake).
  const ratios = names.map((_, i) => Math.round((9.4 - i * 0.8 - rng.float(0, 0.5)) * 20) / 20).sort((a, b) => b - a);
  yield ctx.table([
    `(6) 大株主の状況　（${ctx.year}年3月31日現在）`,
    row(['氏名又は名称', '所有株式数（千株）', '発行済株式（自己株式を除く）の総数に対する所有株式数の割合（%）']),
    ...names.map((n, i) => row([n, Math.round((c.shares * ratios[i]!) / 100_000).toLocaleString('en-US'), ratios[i]!.toFixed(2)])),
  ]);
  if (extra) yield* extra.voting(ctx);
  yield ctx.heading('2【自己株式の取得等の状況】', '自己株式の取得等の状況');
  yield ctx.para([ctx.once(() => ctx.say('当事業年度における取得自己株式は、{単元未満株式の買取請求によるものであります|単元未満株式の買取りによる取得であり、重要なものはありません}。'))]);
  if (extra) yield* extra.treasury(ctx);
  yield ctx.heading('3【配当政策】', '配当政策');
  yield ctx.para([ctx.once(() => ctx.from('配当方針', v)), ctx.once(() => ctx.from('配当方針', v)), ctx.once(() => ctx.from('配当方針', v)),
    `当事業年度の期末配当金につきましては、1株当たり${y.dividend - y.interimDividend}円とし、中間配当金（1株当たり${y.interimDividend}円）と合わせて年間配当金は1株当たり${y.dividend}円となりました。`]);
  const interimTotal = Math.round((y.interimDividend * c.shares) / 1e6);
  const finalTotal = Math.round(((y.dividend - y.interimDividend) * c.shares) / 1e6);
  yield ctx.table([
    '基準日が当事業年度に属する剰余金の配当は、以下のとおりであります。',
    row(['決議年月日', '配当金の総額（百万円）', '1株当たり配当額（円）']),
    row([`${jaDate(filingDay(ctx.year - 1, 11, ctx.year))} 取締役会決議`, interimTotal.toLocaleString('en-US'), `${y.interimDividend}`]),
    row([`${ctx.year}年6月 定時株主総会決議`, finalTotal.toLocaleString('en-US'), `${y.dividend - y.interimDividend}`]),
  ]);
}

/** 4【コーポレート・ガバナンスの状況等】: governance prose, officers, pay, policy shareholdings. */
function* governance(ctx: JaReportContext): Generator<Block> {
  const v = worldVars(ctx);
  yield ctx.heading('4【コーポレート・ガバナンスの状況等】', 'コーポレート・ガバナンスの状況等');
  // The overview in the order real reports give it, each point once: the basic view, then the bodies (board, its
  // committee, the auditors, internal audit, the external auditor). 執行役員制度 is left to the officers' notes.
  const [basic, board, meets, _executives, committee, auditors, internal, external] = ctx.list('ガバナンス');
  const directors = ctx.officers.filter((o) => !o.role.includes('auditor'));
  const gv = { ...v, 取締役数: String(directors.length), 社外取締役数: String(directors.filter((o) => o.role === 'outside').length) };
  yield ctx.heading('(1) 【コーポレート・ガバナンスの概要】');
  yield ctx.heading('① コーポレート・ガバナンスに関する基本的な考え方');
  yield ctx.para([ctx.once(() => ctx.say(basic!, gv))]);
  yield ctx.heading('② 企業統治の体制の概要及び当該体制を採用する理由');
  yield ctx.para([board!, meets!, committee!].map((t) => ctx.once(() => ctx.say(t, gv))));
  yield ctx.para([auditors!, internal!, external!].map((t) => ctx.once(() => ctx.say(t, gv))));
}

/** (2) 役員の状況: the list of officers and why each outside officer was chosen. */
export function* renderOfficerList(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const men = ctx.officers.filter((o) => !o.female).length;
  yield ctx.heading('(2) 役員の状況', '役員の状況');
  yield ctx.table([
    `① 役員一覧　男性${men}名　女性${ctx.officers.length - men}名　（役員のうち女性の比率${(((ctx.officers.length - men) / ctx.officers.length) * 100).toFixed(1)}%）`,
    row(['役職名', '氏名', '生年月日', '任期', '所有株式数（千株）']),
    ...ctx.officers.map((o, i) => row([
      `${o.title}${o.charge ? `　${o.charge}` : ''}${o.role === 'outside' ? '（社外）' : ''}`,
      o.name,
      jaDate(`${o.born.year}-${String(o.born.month).padStart(2, '0')}-${String(o.born.day).padStart(2, '0')}`) + '生',
      o.role.includes('auditor') ? '（注）4' : '（注）3',
      String(o.role === 'outside' || o.role === 'outside-auditor' ? 0 : 5 + ((i * 37 + c.shares / 100_000) % 90)),
    ])),
  ]);
  const outside = ctx.officers.filter((o) => o.role === 'outside' || o.role === 'outside-auditor');
  // Why each was chosen follows from the career 略歴 prints, and a director advises while an auditor audits.
  const why: Record<OutsideKind, string> = {
    lawyer: '弁護士としての専門的な知識と経験',
    cpa: '公認会計士としての{専門的な知識|財務及び会計に関する相当程度の知見}',
    finance: '金融機関における長年の{経験|経験と財務に関する知見}',
    executive: '{企業経営者としての豊富な経験と幅広い見識|事業会社の経営に携わった豊富な経験}',
  };
  yield ctx.para(outside.map((o) => ctx.once(() => ctx.say(`社外${o.role === 'outside' ? '取締役' : '監査役'}${o.name.replace('　', '')}氏は、${why[outsideKind(c, o)]}を有しており、${o.role === 'outside' ? '{当社の経営に対する助言と監督|業務執行に対する監督と有益な助言}' : '{独立した立場からの監査|客観的かつ中立的な立場からの監査}'}を期待して選任しております。`))));
}

/** (4) 役員の報酬等 and (5) 株式の保有状況's policy. */
export function* renderPayAndHoldingPolicy(ctx: JaReportContext, afterPay?: (ctx: JaReportContext) => Generator<Block>): Generator<Block> {
  const c = ctx.company;
  const v = worldVars(ctx);
  const outside = ctx.officers.filter((o) => o.role === 'outside' || o.role === 'outside-auditor');
  yield ctx.heading('(4) 役員の報酬等', '役員の報酬等');
  const bonus = ctx.may(JA_REPORT_FACTS.officerBonus);
  const y = ctx.y;
  const base = Math.round(y.sales * 0.0011);
  const inside = ctx.officers.filter((o) => o.role === 'president' || o.role === 'senior' || o.role === 'director').length;
  const bonusAmt = bonus ? Math.max(20, Math.round(y.parentIncome * 0.006)) : 0;
  const stock = Math.round(base * 0.15);
  yield ctx.para([
    ctx.once(() => ctx.say(`取締役の報酬は、{固定報酬である基本報酬|月額の基本報酬}${bonus ? '、業績連動報酬としての賞与' : ''}及び{譲渡制限付株式報酬|株式報酬}で構成されております。`)),
    ctx.once(() => ctx.say('{社外取締役及び監査役の報酬は|社外取締役及び監査役については}、{その職務に鑑み|独立性の観点から}、基本報酬のみとしております。')),
  ], bonus ? [JA_REPORT_FACTS.officerBonus] : undefined);
  yield ctx.para(ctx.list('報酬方針').map((t) => ctx.once(() => ctx.say(t, v))));
  const header = bonus ? ['役員区分', '報酬等の総額（百万円）', '基本報酬', '業績連動報酬（賞与）', '株式報酬', '対象となる役員の員数（名）'] : ['役員区分', '報酬等の総額（百万円）', '基本報酬', '株式報酬', '対象となる役員の員数（名）'];
  const line = (label: string, b: number, bo: number, st: number, n: number) => row(bonus ? [label, b + bo + st, b, bo, st, n] : [label, b + st, b, st, n]);
  yield ctx.table([
    '① 役員区分ごとの報酬等の総額、報酬等の種類別の総額及び対象となる役員の員数',
    row(header),
    line('取締役（社外取締役を除く）', base, bonusAmt, stock, inside),
    line('監査役（社外監査役を除く）', Math.round(base * 0.12), 0, 0, 1),
    line('社外役員', Math.round(base * 0.18), 0, 0, outside.length),
  ], bonus ? [JA_REPORT_FACTS.officerBonus] : undefined);
  if (afterPay) yield* afterPay(ctx);
  yield ctx.heading('(5) 株式の保有状況', '株式の保有状況');
  yield ctx.para([0, 1, 2].map(() => ctx.once(() => ctx.from('政策保有方針', v))));
}

/** Tables the caller adds to 株式等の状況: voting rights after the major shareholders, treasury-share details after the purchases. */
export interface ShareDetails {
  voting: (ctx: JaReportContext) => Generator<Block>;
  treasury: (ctx: JaReportContext) => Generator<Block>;
}

/** 第4【提出会社の状況】 up to the governance overview. */
export function* renderCompanyStatus(ctx: JaReportContext, extra?: ShareDetails): Generator<Block> {
  yield* shares(ctx, extra);
  yield* governance(ctx);
}
