// More note tables: other income by component, pension assets by fair-value level, tax carryforwards, performance share units, defined contribution plans.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, dollars, money, table } from './format.js';
import { splitBy, yearRng } from './profile.js';

/** Other income (expense), net by component for a year: [interest income, pension non-service, currency, other], in tenths; they sum to the income-statement line. */
export function otherIncomeParts(ctx: ReportContext, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'other-income');
  const interest = Math.round(l.cf.begin * r.float(0.01, 0.035));
  const pension = -Math.round(l.pensionPbo * r.float(0.002, 0.008));
  const fx = Math.round(l.sales * r.float(-0.002, 0.001));
  return [interest, pension, fx, l.otherIncome - interest - pension - fx];
}

/** Other income (expense), net (a note of its own). */
export function* otherIncomeNote(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const y3 = [y, p, pp];
  const parts = y3.map((l) => otherIncomeParts(ctx, l));
  yield ctx.table(table('Other income (expense), net (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ...['Interest income', 'Non-service components of net periodic benefit cost', 'Foreign currency transaction gains (losses)', 'Other, net'].map((lab, k) => [lab, ...parts.map((v) => cell(v[k]!))]),
    ['Other income (expense), net', ...y3.map((l) => cell(l.otherIncome))],
  ]));
  const [i, , fx] = parts[0]!;
  yield ctx.para([
    ctx.say(`Interest income {was|came to} ${money(i!)} in fiscal ${y.year}{, earned mainly on bank deposits and money market funds|, mostly on cash held outside the United States|}.`),
    ctx.say(`{Currency transaction|Foreign currency transaction} ${fx! >= 0 ? 'gains' : 'losses'} of ${money(fx!)} {arose mainly from|reflected} {intercompany balances|receivables and payables} {denominated in|held in} {euros and Mexican pesos|currencies other than the entity's functional currency}.`),
  ]);
}

/** Pension plan assets by class and fair-value level at a year end: rows [Level 1, Level 2, NAV] per class, in tenths; all cells sum to plan assets. */
export function pensionAssetLevels(ctx: ReportContext, l: YearLedger): number[][] {
  const r = yearRng(ctx.c, l.year, 'plan-asset-levels');
  const classes = splitBy(l.pensionAssets, [r.float(0.2, 0.4), r.float(0.4, 0.6), r.float(0.05, 0.15), r.float(0.01, 0.04)]);
  const [eq, fi, alt, cash] = classes as [number, number, number, number];
  const eq1 = Math.round(eq * r.float(0.5, 0.8));
  const fi1 = Math.round(fi * r.float(0.1, 0.3));
  return [[eq1, eq - eq1, 0], [fi1, fi - fi1, 0], [0, 0, alt], [cash, 0, 0]];
}

/** Plan asset fair values and the defined contribution plans (Note 12). */
export function* pensionAssetDetail(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const rows = pensionAssetLevels(ctx, y);
  const labels = ['Equity securities and equity funds', 'Fixed income securities and funds', 'Real estate and other alternatives', 'Cash and short-term investments'];
  const col = (k: number) => rows.reduce((a, r) => a + r[k]!, 0);
  yield ctx.table(table(`Fair value of pension plan assets at ${ctx.fyEnd(y.year)} (in millions)`, ['Asset class', 'Level 1', 'Level 2', 'Measured at net asset value', 'Total'], [
    ...labels.map((lab, k) => [lab, cell(rows[k]![0]!), cell(rows[k]![1]!), cell(rows[k]![2]!), amount(rows[k]![0]! + rows[k]![1]! + rows[k]![2]!)]),
    ['Total plan assets', cell(col(0)), cell(col(1)), cell(col(2)), amount(y.pensionAssets)],
  ]));
  const r = yearRng(c, y.year, 'dc-plan');
  const dc = Math.round(y.headcount * r.float(0.002, 0.004) * 10) / 10;
  yield ctx.para([
    ctx.say(`Investments measured at net asset value {are|consist of} {private real estate funds and hedge funds|commingled real estate and infrastructure funds} {that can be redeemed quarterly with ${r.int(30, 90)} days' notice|with quarterly redemption rights}{ and are not classified in the fair value hierarchy|}.`),
    ctx.say(`{We also sponsor|The Company also sponsors} defined contribution plans{ for most United States and many international employees|}, and {our contributions to them|expense for these plans} {were|was} $${dc.toFixed(1)} million in fiscal ${y.year}.`),
  ]);
}

/** Tax loss and credit carryforwards at the year end (Note 11). */
export function* carryforwardDetail(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'carryforwards');
  const rows: Array<[string, number, string]> = [
    ['Federal net operating losses', Math.round(y.sales * r.float(0.001, 0.005)), `Fiscal ${y.year + r.int(8, 15)}, or indefinite`],
    ['State net operating losses', Math.round(y.sales * r.float(0.004, 0.012)), `Fiscal ${y.year + 1} to ${y.year + r.int(15, 20)}`],
    ['Foreign net operating losses', Math.round(y.sales * r.float(0.005, 0.02)), `Indefinite, or fiscal ${y.year + r.int(3, 6)} and later`],
    ['Federal research and foreign tax credits', Math.round(y.sales * r.float(0.0005, 0.003)), `Fiscal ${y.year + r.int(5, 9)} to ${y.year + r.int(18, 20)}`],
  ];
  yield ctx.table(table(`Tax loss and credit carryforwards at ${ctx.fyEnd(y.year)} (in millions)`, ['', 'Amount', 'Expiration'], rows.map(([a, b, e]) => [a, amount(b), e])));
  yield ctx.para([ctx.say(`{Most of the foreign losses|The foreign losses} {arose in|relate to} {start-up operations|our newer operations} in ${c.properties.filter((x) => !x.domestic).slice(-2).map((x) => x.region).join(' and ')}{ and carry a valuation allowance|, where we have recorded a valuation allowance}.`)]);
}

/** Performance share units outstanding at a year end, in thousands. */
function psuOutstanding(ctx: ReportContext, l: YearLedger): number {
  return Math.round(l.basicShares * 0.35 * yearRng(ctx.c, l.year, 'psu-out').float(0.95, 1.05));
}

/** Performance share unit activity (Note 15). */
export function* psuDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const r = yearRng(c, y.year, 'psu');
  const begin = psuOutstanding(ctx, p);
  const end = psuOutstanding(ctx, y);
  const granted = Math.round(begin * r.float(0.3, 0.45));
  const adjust = Math.round(begin * r.float(-0.05, 0.08));
  const forfeited = Math.round(granted * r.float(0.02, 0.07));
  const vested = begin + granted + adjust - forfeited - end;
  const th = (n: number) => (n < 0 ? `(${(-n).toLocaleString('en-US')})` : n.toLocaleString('en-US'));
  yield ctx.table(table(`Performance share unit activity, fiscal ${y.year} (units in thousands)`, ['', 'Units', 'Weighted-average grant-date fair value'], [
    [`Outstanding at ${ctx.fyEnd(p.year)}`, th(begin), dollars(y.price * r.float(0.8, 0.95))], ['Granted', th(granted), dollars(y.price * r.float(0.95, 1.1))],
    ['Performance adjustment', th(adjust), '—'], ['Vested', th(-vested), dollars(y.price * r.float(0.75, 0.9))], ['Forfeited', th(-forfeited), dollars(y.price * r.float(0.85, 1))],
    [`Outstanding at ${ctx.fyEnd(y.year)}`, th(end), dollars(y.price * r.float(0.85, 1))],
  ]));
  const tsr = r.int(0, 1) ? 'relative total shareholder return against the S&P 400 Capital Goods Index' : 'three-year cumulative adjusted earnings per share and return on invested capital';
  yield ctx.para([
    ctx.say(`Performance share units vest after three years{, and the number of shares earned ranges from zero to 200% of target|, with payouts from 0% to 200% of the target award} based on ${tsr}.`),
    ctx.say(`{Units granted in fiscal ${y.year - 3}|The fiscal ${y.year - 3} grant} {vested|paid out} at ${r.int(0, 190)}% of target{ after the performance period ended|}.`),
  ]);
}
