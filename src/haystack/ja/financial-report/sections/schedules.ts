// The parent's schedules and detail tables: 製造原価明細書, 損益計算書, 有形固定資産等明細表, 引当金明細表, 主な資産及び負債の内容.
import type { Block } from '../../../../types.js';
import { createRng } from '../../../../util/rng.js';
import type { JaReportContext } from '../context.js';
import type { JaYear } from '../ledger.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { row } from '../format.js';
import { jaNames } from '../world.js';
import { parentShare } from './parent-tax.js';

const SUPPLIER_KINDS = ['鋼材', '商事', 'ケミカル', '金属', '産業', '資材', '物産', '興業'];

/** Suppliers of the company (fixed per company), for 買掛金の相手先別内訳. */
function suppliers(ctx: JaReportContext): string[] {
  const c = ctx.company;
  const rng = createRng(`${c.name}/suppliers`);
  const heads = rng.sample(jaNames().companyHeads.filter((h) => !c.short.includes(h) && !c.customers.some((x) => x.includes(h))), 6);
  return heads.map((h) => `${h}${rng.pick(SUPPLIER_KINDS)}株式会社`);
}

/** Splits `total` into parts with the given weights, the last part taking the rounding. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.round((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** 無形固定資産 rows of the parent's 有形固定資産等明細表 (its share of the group's intangibles, amortized over five years). */
function intangibleRows(ctx: JaReportContext, k: number): string[] {
  const r = ctx.rng.fork('parent-intangibles');
  const total = Math.round(ctx.y.intangibles * k);
  const software = Math.round(total * r.float(0.7, 0.85));
  const items: Array<[string, number, number]> = [['ソフトウエア', software, 0.2], ['ソフトウエア仮勘定', Math.round((total - software) * r.float(0.4, 0.7)), 0], ['その他', 0, 0.05]];
  items[2]![1] = total - items[0]![1] - items[1]![1];
  const rows = items.map(([name, end, rate]) => {
    const inc = Math.round(end * (rate === 0 ? r.float(0.5, 0.9) : r.float(0.15, 0.3)));
    const dec = rate === 0 ? Math.round(inc * r.float(0.6, 0.95)) : Math.round(end * r.float(0, 0.02));
    const depn = Math.round(end * rate);
    return { name, start: end - inc + dec + depn, inc, dec, end, depn };
  });
  const t = (f: (x: typeof rows[0]) => number) => rows.reduce((a, x) => a + f(x), 0);
  return [
    ...rows.map((x) => row([`無形固定資産　${x.name}`, x.start, x.inc, x.dec, x.end, '－', x.depn])),
    row(['無形固定資産計', t((x) => x.start), t((x) => x.inc), t((x) => x.dec), t((x) => x.end), '－', t((x) => x.depn)]),
  ];
}

/** （注） under 有形固定資産等明細表: the main additions and disposals of the year, at the company's own plants and laboratories. */
function* assetMovements(ctx: JaReportContext, assets: Array<{ name: string; inc: number; dec: number }>): Generator<Block> {
  const c = ctx.company;
  const r = ctx.rng.fork('asset-movements');
  const plants = c.sites.filter((s) => s.kind === 'plant');
  const lab = c.sites.find((s) => s.kind === 'lab');
  const of = (name: string) => assets.find((a) => a.name === name)!;
  const machinery = of('機械及び装置');
  const buildings = of('建物');
  const plant = r.pick(plants);
  const other = r.pick(plants.filter((s) => s !== plant).length > 0 ? plants.filter((s) => s !== plant) : plants);
  const seg = c.segments[plant.segment]!;
  const product = r.pick(seg.products);
  const m1 = Math.round(machinery.inc * r.float(0.25, 0.45));
  const m2 = Math.round(machinery.inc * r.float(0.1, 0.2));
  const b1 = Math.round(buildings.inc * r.float(0.2, 0.4));
  const lines = [
    '（注）1．当期増加額のうち主なものは、次のとおりであります。',
    row(['機械及び装置', plant.name, `${product}${r.pick(['製造ラインの増設', '生産設備の増強', '自動化設備の導入', '検査装置の更新'])}`, `${m1.toLocaleString('en-US')}百万円`]),
    row(['機械及び装置', other.name, `${r.pick(c.segments[other.segment]!.products)}${r.pick(['生産設備の更新', '省エネルギー設備の導入', '老朽化設備の更新'])}`, `${m2.toLocaleString('en-US')}百万円`]),
    row(['建物', lab ? lab.name : plant.name, lab ? r.pick(['評価棟の改修', '実験設備の拡充に伴う改修', '空調設備の更新']) : r.pick(['倉庫の増築', '耐震補強工事']), `${b1.toLocaleString('en-US')}百万円`]),
  ];
  if (machinery.dec > 0) {
    lines.push('2．当期減少額のうち主なものは、次のとおりであります。');
    lines.push(row(['機械及び装置', plant.name, `${r.pick(seg.products)}${r.pick(['旧製造ラインの除却', '老朽化設備の除却', '遊休設備の売却'])}`, `${Math.round(machinery.dec * r.float(0.4, 0.8)).toLocaleString('en-US')}百万円`]));
  }
  yield ctx.table(lines);
}

/** The parent's own income statement for `b`'s year (百万円), as its 損益計算書 prints it. */
export function parentIncome(ctx: JaReportContext, b: JaYear) {
  const k = parentShare(ctx);
  const sales = Math.round(b.sales * k);
  const cogs = Math.round(b.cogs * k * 1.01);
  const sga = Math.round(b.sga * k * 0.97);
  const op = sales - cogs - sga;
  const dividendsIn = Math.round(b.nonOpIncome * 0.9);
  const ordinary = op + dividendsIn - Math.round(b.nonOpExpense * 0.7);
  const extra = Math.round((b.securitiesGain + b.assetSaleGain - b.impairment - b.disposalLoss) * 0.8);
  const pretax = ordinary + extra;
  const tax = Math.round(pretax * 0.28);
  return { sales, cogs, gross: sales - cogs, sga, op, dividendsIn, ordinary, extra, pretax, tax, net: pretax - tax };
}

/** The parent's income statement, cost of manufacturing, its notes (given by the caller) and schedules. */
export function* renderSchedules(ctx: JaReportContext, notes?: (ctx: JaReportContext) => Generator<Block>): Generator<Block> {
  const { y, p, company: c } = ctx;
  const rng = ctx.rng.fork('schedules');
  const k = parentShare(ctx);
  const a = parentIncome(ctx, p);
  const b = parentIncome(ctx, y);
  yield ctx.table([
    '② 【損益計算書】　（単位：百万円）',
    row(['損益計算書の科目', `前事業年度（${ctx.year - 1}年3月31日）`, `当事業年度（${ctx.year}年3月31日）`]),
    row(['売上高', a.sales, b.sales]),
    row(['売上原価', a.cogs, b.cogs]),
    row(['売上総利益', a.gross, b.gross]),
    row(['販売費及び一般管理費', a.sga, b.sga]),
    row(['営業利益', a.op, b.op]),
    row(['受取配当金等の営業外収益', a.dividendsIn, b.dividendsIn]),
    row(['経常利益', a.ordinary, b.ordinary]),
    row(['特別損益（純額）', a.extra, b.extra]),
    row(['税引前当期純利益', a.pretax, b.pretax]),
    row(['法人税等合計', a.tax, b.tax]),
    row(['当期純利益', a.net, b.net]),
  ]);
  const mfg = (cogs: number, r: ReturnType<typeof ctx.rng.fork>) => split(cogs, [r.float(0.55, 0.65), r.float(0.14, 0.2), r.float(0.2, 0.27)]);
  const [m0, l0, e0] = mfg(a.cogs, ctx.rng.fork(`mfg-${ctx.year - 1}`));
  const [m1, l1, e1] = mfg(b.cogs, ctx.rng.fork(`mfg-${ctx.year}`));
  const pc = (x: number, t: number) => ((x / t) * 100).toFixed(1);
  yield ctx.table([
    '【製造原価明細書】　（単位：百万円）',
    row(['区分', '前事業年度 金額', '構成比（%）', '当事業年度 金額', '構成比（%）']),
    row(['Ⅰ 材料費', m0!, pc(m0!, a.cogs), m1!, pc(m1!, b.cogs)]),
    row(['Ⅱ 労務費', l0!, pc(l0!, a.cogs), l1!, pc(l1!, b.cogs)]),
    row(['Ⅲ 経費', e0!, pc(e0!, a.cogs), e1!, pc(e1!, b.cogs)]),
    row(['当期総製造費用', a.cogs, '100.0', b.cogs, '100.0']),
  ]);
  // 製造原価明細書's notes: how costs are computed, and the main items of 経費 (each year's split drawn once for that year).
  const expenseItems = ['外注加工費', '減価償却費', '電力料', '修繕費', '消耗品費'];
  const expenseSplit = (total: number, year: number) => {
    const r = ctx.withYear(year).rng.fork('parent-mfg-expenses');
    return split(total, [r.float(0.22, 0.34), r.float(0.18, 0.26), r.float(0.07, 0.13), r.float(0.05, 0.09), r.float(0.04, 0.07), r.float(0.15, 0.25)]).slice(0, expenseItems.length);
  };
  const x0 = expenseSplit(e0!, ctx.year - 1);
  const x1 = expenseSplit(e1!, ctx.year);
  yield ctx.table([
    '※ 経費の主な内訳は、次のとおりであります。　（単位：百万円）',
    row(['項目', '前事業年度', '当事業年度']),
    ...expenseItems.map((name, i) => row([name, x0[i]!, x1[i]!])),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say(`（原価計算の方法）　{当社の原価計算は、組別工程別総合原価計算によっており、|当社は、製品の種類ごとに組別工程別総合原価計算を採用しており、}{期中は予定原価を用い、期末に原価差額を調整して実際原価に修正しております|期中は標準原価により計算し、期末において原価差額を売上原価と棚卸資産に配賦しております}。`)),
    ...c.segments.filter((g) => g.revenue === 'install').slice(0, 1).map((g) => ctx.once(() => ctx.say(`ただし、${g.label}の{受注生産による|顧客の仕様に基づき個別に製作する}${g.products[0]}等については、個別原価計算によっております。`))),
  ]);
  // 販売費及び一般管理費のうち主要な費目: the parent's own, each year's mix drawn once for that year.
  const sgaItems = ['荷造運搬費', '広告宣伝費', '給料及び手当', '賞与引当金繰入額', '退職給付費用', '旅費交通費', '支払手数料', '減価償却費', '研究開発費'];
  const sgaSplit = (total: number, year: number) => {
    const r = ctx.withYear(year).rng.fork('parent-sga');
    const [freight, salaries, bonus, pension, depn, rnd, rest] = [r.float(0.06, 0.1), r.float(0.2, 0.28), r.float(0.04, 0.06), r.float(0.015, 0.03), r.float(0.03, 0.05), r.float(0.18, 0.26), r.float(0.3, 0.4)];
    const [ads, travel, fees] = [r.float(0.008, 0.02), r.float(0.012, 0.025), r.float(0.04, 0.07)];
    const parts = split(total, [freight, ads, salaries, bonus, pension, travel, fees, depn, rnd, rest - ads - travel - fees]);
    return { parts, sellingShare: Math.round(r.float(28, 45)) };
  };
  const s0 = sgaSplit(a.sga, ctx.year - 1);
  const s1 = sgaSplit(b.sga, ctx.year);
  yield ctx.table([
    '※ 販売費に属する費用のおおよその割合及び一般管理費に属する費用のおおよその割合並びに主要な費目及び金額　（単位：百万円）',
    row(['費目', `前事業年度（自 ${ctx.year - 2}年4月1日 至 ${ctx.year - 1}年3月31日）`, `当事業年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`]),
    ...sgaItems.map((name, i) => row([name, s0.parts[i]!, s1.parts[i]!])),
    row(['おおよその割合　販売費', `${s0.sellingShare}%`, `${s1.sellingShare}%`]),
    row(['おおよその割合　一般管理費', `${100 - s0.sellingShare}%`, `${100 - s1.sellingShare}%`]),
  ]);
  const classes: Array<[string, number, number]> = [['建物', y.buildings * 0.8, 0.06], ['構築物', y.buildings * 0.2, 0.05], ['機械及び装置', y.machinery * 0.9, 0.13], ['車両運搬具', y.machinery * 0.02, 0.2], ['工具、器具及び備品', y.machinery * 0.08, 0.22], ['土地', y.land, 0], ['建設仮勘定', y.construction, 0]];
  if (notes) yield* notes(ctx);
  yield ctx.heading('【附属明細表】');
  const assets = classes.map(([name, endRaw, rate]) => {
    const end = Math.round(endRaw * k);
    const inc = rate === 0 && name === '土地' ? rng.int(0, 40) : Math.round(end * rng.float(0.04, 0.14));
    const dec = Math.round(end * rng.float(0, 0.03));
    const depn = Math.round(end * rate);
    return { name, start: end - inc + dec + depn, inc, dec, end, accumulated: Math.round(end * rate * rng.float(6, 11)), depn };
  });
  const sum = (f: (a: typeof assets[0]) => number) => assets.reduce((t, a) => t + f(a), 0);
  yield ctx.table([
    '【有形固定資産等明細表】　（単位：百万円）',
    row(['資産の種類', '当期首残高', '当期増加額', '当期減少額', '当期末残高', '当期末減価償却累計額', '当期償却額']),
    ...assets.map((a) => row([a.name, a.start, a.inc, a.dec, a.end, a.accumulated, a.depn])),
    row(['有形固定資産計', sum((a) => a.start), sum((a) => a.inc), sum((a) => a.dec), sum((a) => a.end), sum((a) => a.accumulated), sum((a) => a.depn)]),
    ...intangibleRows(ctx, k),
  ]);
  yield* assetMovements(ctx, assets);
  const bonus = Math.round(y.sga * k * 0.05);
  const prevBonus = Math.round(p.sga * k * 0.05);
  yield ctx.table([
    '【引当金明細表】　（単位：百万円）',
    row(['科目', '当期首残高', '当期増加額', '当期減少額', '当期末残高']),
    row(['貸倒引当金', Math.round(p.receivables * 0.002), Math.round(y.receivables * 0.0008), Math.round(p.receivables * 0.002) + Math.round(y.receivables * 0.0008) - Math.round(y.receivables * 0.002), Math.round(y.receivables * 0.002)]),
    row(['賞与引当金', prevBonus, bonus, prevBonus, bonus]),
    ...(ctx.may(JA_REPORT_FACTS.officerBonus) ? [row(['役員賞与引当金', Math.round(prevBonus * 0.012) + 3, Math.round(bonus * 0.012) + 3, Math.round(prevBonus * 0.012) + 3, Math.round(bonus * 0.012) + 3])] : []),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{貸倒引当金の当期減少額は、一般債権の貸倒実績率による洗替額であります|貸倒引当金の「当期減少額」は、洗替による戻入額であります}。{賞与引当金の当期減少額は、前事業年度末の引当額の支給によるものであります|賞与引当金の当期減少額は、主に賞与の支給による取崩額であります}。')),
  ]);
  // 主な資産及び負債の内容: receivables by customer, payables by supplier, with turnover.
  const recv = Math.round(y.receivables * k);
  // The domestic sales subsidiary buys from the parent as its customers do; the other domestic subsidiary supplies it.
  const cust = split(recv, [rng.float(8, 14), rng.float(5, 9), rng.float(3, 6), rng.float(4, 8), rng.float(18, 30)]);
  const custNames = [...c.customers, c.subsidiaries[0]!.name, 'その他'];
  const billed = Math.round(b.sales * 1.1);
  const collected = Math.round(p.receivables * k) + billed - recv;
  yield ctx.heading('(2) 【主な資産及び負債の内容】');
  yield ctx.table([
    '売掛金　相手先別内訳　（単位：百万円）',
    row(['相手先', '金額']),
    ...custNames.map((n, i) => row([n, cust[i]!])),
    row(['合計', recv]),
    '売掛金の発生及び回収並びに滞留状況　（単位：百万円）',
    row(['当期首残高', '当期発生高', '当期回収高', '当期末残高', '回収率（%）', '滞留期間（日）']),
    row([Math.round(p.receivables * k), billed, collected, recv, ((collected / (Math.round(p.receivables * k) + billed)) * 100).toFixed(1), ((((Math.round(p.receivables * k) + recv) / 2) / billed) * 365).toFixed(1)]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{当期発生高には消費税等が含まれております|消費税等の会計処理は税抜方式を採用しておりますが、上記当期発生高には消費税等が含まれております}。')),
  ]);
  const pay = Math.round(y.payables * k);
  const sup = suppliers(ctx);
  const parts = split(pay, [...sup.map(() => rng.float(3, 9)), rng.float(4, 10), rng.float(20, 35)]);
  yield ctx.table([
    '買掛金　相手先別内訳　（単位：百万円）',
    row(['相手先', '金額']),
    ...[...sup, c.subsidiaries[1]!.name, 'その他'].map((n, i) => row([n, parts[i]!])),
    row(['合計', pay]),
  ]);
}
