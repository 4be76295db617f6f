// 合并财务报表项目注释 for each line of the statements: balance at both dates, a change sentence, expense breakdowns.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { change, money, pct, yuan } from '../format.js';
import { split, type ZhYear } from '../ledger.js';
import { noteExtras } from './details.js';
import { yearRng } from './asset-movements.js';

type Getter = (y: ZhYear) => number;

/** Balance-sheet lines noted one by one (期末/期初), then income-statement lines (本期/上期). */
const BALANCE_ITEMS: Array<[string, Getter, string[]]> = [
  ['交易性金融资产', (y) => y.balance.tradingAssets, ['银行理财产品', '结构性存款']],
  ['应收票据', (y) => y.balance.notesReceivable, ['银行承兑汇票', '商业承兑汇票']],
  ['预付款项', (y) => y.balance.prepayments, ['1年以内', '1至2年', '2年以上']],
  ['其他流动资产', (y) => y.balance.otherCurrent, ['待抵扣进项税额', '预缴企业所得税', '其他']],
  ['长期股权投资', (y) => y.balance.longTermInvest, ['对联营企业投资', '对合营企业投资']],
  ['固定资产', (y) => y.balance.fixedAssets, ['固定资产']],
  ['在建工程', (y) => y.balance.construction, ['厂房建设工程', '待安装设备', '信息化系统工程']],
  ['无形资产', (y) => y.balance.intangibles, ['无形资产']],
  ['商誉', (y) => y.balance.goodwill, ['收购子公司形成']],
  ['递延所得税资产', (y) => y.balance.deferredTaxAssets, ['资产减值准备', '递延收益', '可抵扣亏损', '内部交易未实现利润']],
  ['应付票据', (y) => y.balance.notesPayable, ['银行承兑汇票']],
  ['应付账款', (y) => y.balance.payables, ['货款', '工程及设备款', '其他']],
  ['合同负债', (y) => y.balance.contractLiab, ['预收货款']],
  ['应付职工薪酬', (y) => y.balance.payroll, ['短期薪酬', '离职后福利-设定提存计划']],
  ['应交税费', (y) => y.balance.taxesPayable, ['企业所得税', '增值税', '个人所得税', '其他']],
  ['其他应付款', (y) => y.balance.otherPayables, ['保证金及押金', '预提费用', '往来款及其他']],
  ['一年内到期的非流动负债', (y) => y.balance.currentPortion, ['一年内到期的长期借款', '一年内到期的租赁负债']],
  ['长期借款', (y) => y.balance.longLoans, ['信用借款', '抵押借款', '保证借款']],
  ['递延收益', (y) => y.balance.deferredIncome, ['与资产相关的政府补助', '与收益相关的政府补助']],
  ['资本公积', (y) => y.balance.capitalReserve, ['股本溢价', '其他资本公积']],
  ['盈余公积', (y) => y.balance.surplusReserve, ['法定盈余公积']],
];

/** Lines whose parts do not move from year to year (see `parts`). */
const FIXED_SPLIT = new Set(['资本公积']);

const INCOME_ITEMS: Array<[string, Getter, string[]]> = [
  ['税金及附加', (y) => y.taxes, ['城市维护建设税', '教育费附加', '房产税', '土地使用税', '印花税']],
  ['销售费用', (y) => y.selling, ['职工薪酬', '业务宣传费', '差旅费', '业务招待费', '售后服务费', '其他']],
  ['管理费用', (y) => y.admin, ['职工薪酬', '折旧与摊销', '中介机构服务费', '办公费', '差旅费', '其他']],
  ['研发费用', (y) => y.rd, ['直接投入', '职工薪酬', '折旧与摊销', '委托外部研发', '其他']],
  ['财务费用', (y) => y.finance, ['利息支出', '减：利息收入', '汇兑损益', '手续费及其他']],
  ['其他收益', (y) => y.otherIncome, ['政府补助', '增值税加计抵减', '代扣个人所得税手续费']],
  ['投资收益', (y) => y.investIncome, ['权益法核算的长期股权投资收益', '理财产品收益']],
  ['信用减值损失', (y) => y.creditLoss, ['应收账款坏账损失', '其他应收款坏账损失']],
  ['资产减值损失', (y) => y.assetLoss, ['存货跌价损失']],
  ['营业外收入', (y) => y.nonOpIncome, ['非流动资产报废利得', '赔偿收入', '其他']],
  ['营业外支出', (y) => y.nonOpExpense, ['对外捐赠', '非流动资产报废损失', '其他']],
  ['所得税费用', (y) => y.incomeTax, ['当期所得税费用', '递延所得税费用']],
];

/** 交易性金融资产 at a year's end as its note splits it (银行理财产品, 结构性存款): 重要事项's 委托理财 table lists the same. */
export function tradingAssetParts(ctx: ZhReportContext, y: ZhYear, year: number): Array<[string, number]> {
  const [label, get, names] = BALANCE_ITEMS[0]!;
  return parts(ctx, label, get(y), names, year).map((v, i) => [names[i]!, v]);
}

/** Splits a line into its parts with shares drawn once per line and year (the parts of both years add up to each total). */
function parts(ctx: ZhReportContext, label: string, total: number, names: string[], y: number): number[] {
  // 资本公积 moves only through an event the report states (a share issue, a buyback, share-based pay), and the company
  // has none of them: its split between 股本溢价 and 其他资本公积 is the company's, the same at every year end.
  const rng = FIXED_SPLIT.has(label) ? yearRng(ctx.world, `parts-${label}`, 0) : ctx.fork(`parts-${ctx.world.company.code + label + y}`);
  // Parts are listed largest first, as a real note lists them: trade payables before 其他, short-term pay before pensions;
  // an ageing table's first bucket (1年以内) holds most of the balance.
  // Deferred tax is a small part of the tax charge (a tenth or so, not four in ten).
  const decay = /^1年以内$/.test(names[0] ?? '') || label === '所得税费用' ? 0.12 : 0.5;
  return split(total, names.map((_, i) => rng.float(0.6, 1) * decay ** i));
}

/**
 * Where the note prints a line's parts, its change is explained by the part that moved most the same way
 * (递延所得税资产 rose 主要系递延收益增加, never by a part the table shows falling); undefined when none did.
 */
function driver(label: string, names: string[], cur: number[], prev: number[], up: boolean): string | undefined {
  if (names.length < 2 || label === '财务费用' || /^1年以内/.test(names[0]!)) return undefined;
  let best = -1;
  names.forEach((_, i) => {
    const moved = (cur[i]! - prev[i]!) * (up ? 1 : -1);
    if (moved > 0 && (best < 0 || moved > (cur[best]! - prev[best]!) * (up ? 1 : -1))) best = i;
  });
  if (best < 0) return undefined;
  const name = names[best]!.replace(/^其他$/, '其他项目');
  return `${name}${up ? '增加' : '减少'}`;
}

/**
 * The causes that explain a change of a line item in the direction it moved (notes.json `itemReasonsUp_<item>` /
 * `itemReasonsDown_<item>`); the general list is the fallback for an item that has none.
 */
export function itemReasons(ctx: ZhReportContext, label: string, up: boolean): readonly string[] {
  const key = `itemReasons${up ? 'Up' : 'Down'}_${label}`;
  return ctx.grammar.list(ctx.grammar.has(key) ? key : 'itemReasons');
}

/**
 * The one cause of a line's change in a year: the MD&A and the note give the same reason for the same change. A move of
 * more than half the opening balance takes a structural cause where the item has one (`itemReasons<Up|Down>Large_<item>`:
 * a new associate, not the year's equity-method income, explains long-term investments tripling).
 */
export function itemReason(ctx: ZhReportContext, label: string, up: boolean, cur?: number, prev?: number): string {
  const large = `itemReasons${up ? 'Up' : 'Down'}Large_${label}`;
  const big = cur !== undefined && prev !== undefined && prev !== 0 && Math.abs(cur - prev) / Math.abs(prev) > 0.5;
  return yearRng(ctx.world, `reason-${label}`, ctx.year).pick(big && ctx.grammar.has(large) ? ctx.grammar.list(large) : itemReasons(ctx, label, up));
}

/** The line-item notes after 短期借款/营业收入 notes, numbered from `from`. */
export function* renderLineItems(ctx: ZhReportContext, from: number): Generator<Block, number> {
  const { cur, prev } = ctx;
  const r = ctx.fork('line-items');
  let n = from;
  const note = function* (label: string, get: Getter, names: string[], income: boolean): Generator<Block> {
    const c = get(cur);
    const p = get(prev);
    yield ctx.heading(`${n++}、${label}`, '合并财务报表项目注释');
    const cp = parts(ctx, label, c, names, ctx.year);
    const pp = parts(ctx, label, p, names, ctx.year - 1);
    const rows = names.length > 1 ? names.map((name, i) => [name, yuan(cp[i]!), yuan(pp[i]!)]) : [];
    yield ctx.table('单位：元', [label, income ? '本期发生额' : '期末余额', income ? '上期发生额' : '期初余额'], [...rows, ['合计', yuan(c), yuan(p)]]);
    if (p !== 0 && Math.abs(c - p) / Math.abs(p) > 0.15) {
      // A loss printed as a negative figure (信用减值损失 −770万 against −1,659万) shrank: its change is read on the size of the loss.
      const loss = c <= 0 && p <= 0;
      const [mc, mp] = loss ? [-c, -p] : [c, p];
      const text = ctx.paragraph(() => ctx.fill(r, income ? ctx.grammar.list('itemChange')[2]! : r.pick(ctx.grammar.list('itemChange').slice(0, 2)), {
        item: label, cur: money(c), prev: money(p), change: change(mc, mp, '增加', '减少'),
        reason: driver(label, names, loss ? cp.map((x) => -x) : cp, loss ? pp.map((x) => -x) : pp, mc > mp) ?? itemReason(ctx, label, mc > mp, mc, mp),
      }));
      if (text) yield ctx.para(text);
    }
    if (names.length > 1 && c > 0 && label !== '财务费用') {
      const top = cp.indexOf(Math.max(...cp));
      const text = ctx.paragraph(() => ctx.fill(r, income ? '<itemMixIncome>' : '<itemMix>', { item: label, part: names[top]!, partAmount: money(cp[top]!), partShare: pct(cp[top]! / c), n: String(names.length) }));
      if (text) yield ctx.para(text);
    }
    yield* noteExtras(ctx, label);
  };
  for (const [label, get, names] of BALANCE_ITEMS) yield* note(label, get, names, false);
  for (const [label, get, names] of INCOME_ITEMS) yield* note(label, get, names, true);
  return n;
}
