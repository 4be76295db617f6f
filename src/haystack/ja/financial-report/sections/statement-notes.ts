// The notes to each consolidated statement (連結貸借対照表関係, 連結損益計算書関係, 連結株主資本等変動計算書関係, 連結キャッシュ・フロー計算書関係), from the ledger.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { renderSgaItems } from './facility-and-detail-tables.js';
import { cell, jaDate, row } from '../format.js';
import { agmDay, drawn, filingDay, interimPaidDay, periods, spans, treasuryShares, writeDown } from './draws.js';

/** 有形固定資産の減価償却累計額 at the end of `year` (grows with the depreciable base). */
function accumulated(ctx: JaReportContext, year: number): number {
  const b = ctx.books(year);
  return Math.round((b.ppe - b.land - b.construction) * drawn(ctx, ctx.calendar.firstYear, 'accum', 1.35, 1.75) * (1 + (year - ctx.calendar.firstYear) * 0.012));
}

/** Pledged buildings and land of one plant, and the long-term debt they secure, at the end of `year`. */
function pledged(ctx: JaReportContext, year: number): { buildings: number; land: number; debt: number } {
  const b = ctx.books(year);
  const k = drawn(ctx, ctx.calendar.firstYear, 'pledge', 0.02, 0.05);
  const debt = Math.round((b.longBorrow + b.currentLongDebt) * drawn(ctx, year, 'pledge-debt', 0.08, 0.16));
  return { buildings: Math.round(b.buildings * k), land: Math.round(b.land * k * 1.4), debt };
}

/** 当座貸越契約: the lines' total and what is drawn on them at the end of `year`. */
function overdraft(ctx: JaReportContext, year: number): { limit: number; used: number } {
  const b = ctx.books(year);
  const limit = Math.ceil(Math.max(b.shortBorrow * 1.25, b.sales * 0.06) / 1000) * 1000;
  return { limit, used: Math.round(b.shortBorrow * drawn(ctx, year, 'overdraft', 0.35, 0.7)) };
}

/** 受取手形, 電子記録債権 and 売掛金 within the receivables at the end of `year`. */
function receivableParts(ctx: JaReportContext, year: number): [number, number, number] {
  const r = ctx.books(year).receivables;
  const notes = Math.round(r * drawn(ctx, year, 'recv-notes', 0.04, 0.09));
  const electronic = Math.round(r * drawn(ctx, year, 'recv-el', 0.08, 0.17));
  return [notes, electronic, r - notes - electronic];
}

/** 固定資産除却損 of `year` by kind of asset (sums to the ledger's loss). */
function disposalParts(ctx: JaReportContext, year: number): number[] {
  const loss = ctx.books(year).disposalLoss;
  const w = [drawn(ctx, year, 'disp-b', 0.15, 0.35), drawn(ctx, year, 'disp-m', 0.3, 0.5), drawn(ctx, year, 'disp-t', 0.04, 0.1)];
  const parts = w.map((x) => Math.round(loss * x));
  return [...parts, loss - parts.reduce((a, b) => a + b, 0)];
}

/** 固定資産売却益 of `year`: land and machinery (sums to the ledger's gain). */
function saleParts(ctx: JaReportContext, year: number): [number, number] {
  const gain = ctx.books(year).assetSaleGain;
  const land = Math.round(gain * drawn(ctx, year, 'sale-land', 0.5, 0.9));
  return [land, gain - land];
}

/** （連結貸借対照表関係）. */
function* balanceSheetNotes(ctx: JaReportContext): Generator<Block> {
  const [prevHead, curHead] = periods(ctx);
  const y0 = ctx.year - 1;
  const y1 = ctx.year;
  yield ctx.heading('（連結貸借対照表関係）', '連結貸借対照表関係');
  const [pn, pe, ps] = receivableParts(ctx, y0);
  const [cn, ce, cs] = receivableParts(ctx, y1);
  yield ctx.table([
    '※1 受取手形及び売掛金のうち、顧客との契約から生じた債権の金額は、以下のとおりであります。　（単位：百万円）',
    row(['', prevHead, curHead]),
    row(['受取手形', pn, cn]),
    row(['電子記録債権', pe, ce]),
    row(['売掛金', ps, cs]),
  ]);
  // 期末日満期手形等: when 3月31日 falls on a bank holiday, the notes and electronic claims due that day are still in the year-end balances.
  const holiday = (year: number) => [0, 6].includes(new Date(Date.UTC(year, 2, 31)).getUTCDay());
  if (holiday(y0) || holiday(y1)) {
    const due = (year: number, notes: number, electronic: number) => {
      if (!holiday(year)) return ['－', '－', '－'];
      const pay = ctx.books(year).payables;
      return [Math.round(notes * drawn(ctx, year, 'due-notes', 0.06, 0.14)), Math.round(electronic * drawn(ctx, year, 'due-el', 0.05, 0.12)), Math.round(pay * drawn(ctx, year, 'due-pay-notes', 0.004, 0.012))];
    };
    const d0 = due(y0, pn, pe);
    const d1 = due(y1, cn, ce);
    const which = holiday(y1) ? '当連結会計年度' : '前連結会計年度';
    yield ctx.table([
      `※2 期末日満期手形等の会計処理については、手形交換日をもって決済処理をしております。なお、${which}の末日は金融機関の休日であったため、次の期末日満期手形等が期末残高に含まれております。　（単位：百万円）`,
      row(['', prevHead, curHead]),
      row(['受取手形', d0[0]!, d1[0]!]),
      row(['電子記録債権', d0[1]!, d1[1]!]),
      row(['支払手形', d0[2]!, d1[2]!]),
    ]);
  }
  const inv = (year: number) => {
    const v = ctx.books(year).inventories;
    const goods = Math.round(v * drawn(ctx, year, 'inv-goods', 0.45, 0.58));
    const wip = Math.round(v * drawn(ctx, year, 'inv-wip', 0.14, 0.22));
    return [goods, wip, v - goods - wip];
  };
  const [ig0, iw0, ir0] = inv(y0);
  const [ig1, iw1, ir1] = inv(y1);
  yield ctx.table([
    '※ 棚卸資産の内訳は、次のとおりであります。　（単位：百万円）',
    row(['', prevHead, curHead]),
    row(['商品及び製品', ig0, ig1]),
    row(['仕掛品', iw0, iw1]),
    row(['原材料及び貯蔵品', ir0, ir1]),
    row(['計', ctx.books(y0).inventories, ctx.books(y1).inventories]),
  ]);
  yield ctx.table([
    '※2 有形固定資産の減価償却累計額　（単位：百万円）',
    row(['', prevHead, curHead]),
    row(['減価償却累計額', accumulated(ctx, y0), accumulated(ctx, y1)]),
  ]);
  const plants = ctx.company.sites.filter((s) => s.kind === 'plant');
  const plant = plants[Math.floor(drawn(ctx, ctx.calendar.firstYear, 'pledge-site', 0, plants.length))]!;
  const a = pledged(ctx, y0);
  const b = pledged(ctx, y1);
  yield ctx.table([
    `※3 担保資産及び担保付債務　担保に供している資産は、次のとおりであります。　（単位：百万円）`,
    row(['', prevHead, curHead]),
    row(['建物及び構築物', a.buildings, b.buildings]),
    row(['土地', a.land, b.land]),
    row(['計', a.buildings + a.land, b.buildings + b.land]),
    row(['担保付債務　長期借入金（1年内返済予定額を含む）', a.debt, b.debt]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say(`上記の担保に供している資産は、${plant.name}（${plant.prefecture}${plant.city}）の{工場財団|建物及び土地}であり、{同工場の建設資金|同工場の設備資金}として{借り入れた|調達した}長期借入金の担保{に供しております|となっております}。`)),
  ]);
  const o0 = overdraft(ctx, y0);
  const o1 = overdraft(ctx, y1);
  yield ctx.para([
    ctx.once(() => ctx.say(`※4 当社及び{一部の|国内}連結子会社は、運転資金の効率的な調達を行うため、${ctx.company.banks.length}行と当座貸越契約を締結しております。{これらの契約に基づく|当連結会計年度末における}当座貸越契約に係る借入未実行残高は次のとおりであります。`)),
  ]);
  yield ctx.table([
    '（単位：百万円）',
    row(['', prevHead, curHead]),
    row(['当座貸越極度額の総額', o0.limit, o1.limit]),
    row(['借入実行残高', o0.used, o1.used]),
    row(['差引額', o0.limit - o0.used, o1.limit - o1.used]),
  ]);
}

/** （連結損益計算書関係）: inventory write-downs, research costs, gains on sales and losses on disposals of fixed assets. */
function* incomeStatementNotes(ctx: JaReportContext): Generator<Block> {
  const [prevSpan, curSpan] = spans(ctx);
  const y0 = ctx.year - 1;
  const y1 = ctx.year;
  yield ctx.heading('（連結損益計算書関係）', '連結損益計算書関係');
  yield ctx.table([
    '※1 期末棚卸高は収益性の低下に伴う簿価切下後の金額であり、次の棚卸資産評価損（△は戻入益）が売上原価に含まれております。　（単位：百万円）',
    row(['', prevSpan, curSpan]),
    row(['売上原価', writeDown(ctx, y0), writeDown(ctx, y1)]),
  ]);
  yield ctx.table([
    '※2 一般管理費及び当期製造費用に含まれる研究開発費の総額　（単位：百万円）',
    row(['', prevSpan, curSpan]),
    row(['研究開発費', ctx.p.rnd, ctx.y.rnd]),
  ]);
  if (ctx.p.assetSaleGain > 0 || ctx.y.assetSaleGain > 0) {
    const [pl, pm] = saleParts(ctx, y0);
    const [cl, cm] = saleParts(ctx, y1);
    yield ctx.table([
      '※3 固定資産売却益の内容は、次のとおりであります。　（単位：百万円）',
      row(['', prevSpan, curSpan]),
      row(['土地', pl || '－', cl || '－']),
      row(['機械装置及び運搬具', pm || '－', cm || '－']),
      row(['計', ctx.p.assetSaleGain || '－', ctx.y.assetSaleGain || '－']),
    ]);
    if (ctx.y.assetSaleGain > 0) {
      const site = ctx.company.sites.find((s) => s.name.endsWith('物流センター')) ?? ctx.company.sites[0]!;
      yield ctx.para([ctx.once(() => ctx.say(`当連結会計年度の固定資産売却益は、{主に${site.city}に保有していた遊休土地の売却|${site.name}の旧倉庫用地の売却及び生産設備の入替え}によるものであります。`))]);
    }
  }
  const pd = disposalParts(ctx, y0);
  const cd = disposalParts(ctx, y1);
  yield ctx.table([
    '※4 固定資産除却損の内容は、次のとおりであります。　（単位：百万円）',
    row(['', prevSpan, curSpan]),
    ...['建物及び構築物', '機械装置及び運搬具', '工具、器具及び備品', '撤去費用'].map((n, i) => row([n, pd[i]!, cd[i]!])),
    row(['計', ctx.p.disposalLoss, ctx.y.disposalLoss]),
  ]);
  yield* renderSgaItems(ctx);
}

/** （連結株主資本等変動計算書関係）: shares issued and held, dividends paid this year and resolved after it. */
function* equityNotes(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const y0 = ctx.year - 1;
  const t0 = treasuryShares(ctx, y0);
  const t1 = treasuryShares(ctx, ctx.year);
  const n = (v: number) => v.toLocaleString('en-US');
  yield ctx.heading('（連結株主資本等変動計算書関係）', '連結株主資本等変動計算書関係');
  yield ctx.table([
    `1．発行済株式の種類及び総数並びに自己株式の種類及び株式数に関する事項　当連結会計年度（自 ${y0}年4月1日 至 ${ctx.year}年3月31日）`,
    row(['株式の種類', '当連結会計年度期首株式数（株）', '当連結会計年度増加株式数（株）', '当連結会計年度減少株式数（株）', '当連結会計年度末株式数（株）']),
    row(['発行済株式　普通株式', n(c.shares), '－', '－', n(c.shares)]),
    row(['自己株式　普通株式', n(t0.end), n(t1.bought), '－', n(t1.end)]),
  ]);
  yield ctx.para([`（変動事由の概要）自己株式の増加${n(t1.bought)}株は、単元未満株式の買取りによるものであります。`]);
  const total = (perShare: number) => n(Math.round((perShare * c.shares) / 1e6));
  const prevFinal = ctx.p.dividend - ctx.p.interimDividend;
  const final = ctx.y.dividend - ctx.y.interimDividend;
  const board = jaDate(filingDay(y0, 11, ctx.year));
  const paid = jaDate(interimPaidDay(y0, ctx.year));
  const after = (iso: string) => jaDate(iso);
  yield ctx.table([
    '2．配当に関する事項　(1) 配当金支払額',
    row(['決議', '株式の種類', '配当金の総額（百万円）', '1株当たり配当額（円）', '基準日', '効力発生日']),
    row([`${jaDate(agmDay(ctx, y0))} 定時株主総会`, '普通株式', total(prevFinal), prevFinal, `${y0}年3月31日`, after(ctx.calendar.filedOn(y0))]),
    row([`${board} 取締役会`, '普通株式', total(ctx.y.interimDividend), ctx.y.interimDividend, `${y0}年9月30日`, paid]),
  ]);
  yield ctx.table([
    '(2) 基準日が当連結会計年度に属する配当のうち、配当の効力発生日が翌連結会計年度となるもの',
    row(['決議', '株式の種類', '配当の原資', '配当金の総額（百万円）', '1株当たり配当額（円）', '基準日', '効力発生日']),
    row([`${jaDate(agmDay(ctx, ctx.year))} 定時株主総会`, '普通株式', '利益剰余金', total(final), final, `${ctx.year}年3月31日`, after(ctx.calendar.filedOn(ctx.year))]),
  ]);
}

/** （連結キャッシュ・フロー計算書関係）. */
function* cashFlowNotes(ctx: JaReportContext): Generator<Block> {
  const [prevSpan, curSpan] = spans(ctx);
  yield ctx.heading('（連結キャッシュ・フロー計算書関係）', '連結キャッシュ・フロー計算書関係');
  yield ctx.table([
    '※ 現金及び現金同等物の期末残高と連結貸借対照表に掲記されている科目の金額との関係　（単位：百万円）',
    row(['', prevSpan, curSpan]),
    row(['現金及び預金勘定', ctx.p.cash, ctx.y.cash]),
    row(['預入期間が3か月を超える定期預金', '－', '－']),
    row(['現金及び現金同等物', ctx.p.cash, ctx.y.cash]),
  ]);
  const capex = ctx.y.capex;
  const paid = -ctx.y.cf.capexPaid;
  if (capex !== paid) {
    yield ctx.para([ctx.once(() => ctx.say(`{当連結会計年度の|なお、}有形固定資産の取得による支出${cell(paid)}百万円と設備投資額${cell(capex)}百万円との差額は、{主に期末日に未払となっている設備代金|期末の設備関係未払金の増減}によるものであります。`))]);
  }
}

/** The notes to each statement, in the order the statements are printed. */
export function* renderStatementNotes(ctx: JaReportContext): Generator<Block> {
  yield* balanceSheetNotes(ctx);
  yield* incomeStatementNotes(ctx);
  yield* equityNotes(ctx);
  yield* cashFlowNotes(ctx);
}
