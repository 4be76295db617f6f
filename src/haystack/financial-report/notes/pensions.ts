// Writes Note 12, Pension and Postretirement Benefits: funded status, roll-forwards, assumptions, costs, plan assets, plans by country.
import { pensionAssetLevels } from '../figures/balances.js';
import { pensionAssumptions, pensionCost } from '../figures/pension.js';
import { splitBy, yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

const paren = (t: number) => `(${amount(Math.abs(t))})`;

/** Pension obligation and asset roll-forwards, costs, assumptions and allocation (Note 12). */
export function* pensionDetail(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const { r, service, interest, paid, contrib } = pensionCost(ctx, y, p);
  const actuarial = y.pensionPbo - p.pensionPbo - service - interest + paid;
  const ret = y.pensionAssets - p.pensionAssets - contrib + paid;
  yield ctx.table(table(`Changes in benefit obligation and plan assets, fiscal ${y.year} (in millions)`, ['', 'Amount'], [
    ['Benefit obligation at beginning of year', amount(p.pensionPbo)], ['Service cost', amount(service)], ['Interest cost', amount(interest)],
    ['Actuarial loss (gain)', cell(actuarial)], ['Benefits paid', paren(paid)], ['Benefit obligation at end of year', amount(y.pensionPbo)],
    ['Fair value of plan assets at beginning of year', amount(p.pensionAssets)], ['Actual return on plan assets', cell(ret)], ['Employer contributions', amount(contrib)],
    ['Benefits paid', paren(paid)], ['Fair value of plan assets at end of year', amount(y.pensionAssets)],
  ]));
  const ys = [y, p, pp];
  const as = ys.map((l) => pensionAssumptions(ctx, l));
  const h = (n: number) => `${(n / 100).toFixed(2)}%`;
  yield ctx.table(table('Weighted-average assumptions', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ['Discount rate', ...as.map((a) => h(a[0]!))], ['Expected long-term return on plan assets', ...as.map((a) => h(a[1]!))], ['Rate of compensation increase', ...as.map((a) => h(a[2]!))],
  ]));
  const years = ctx.older.length ? [[y, p], [p, pp], [pp, ctx.older[0]!]] as const : [[y, p]] as const;
  const costs = years.map(([l, prev]) => pensionCost(ctx, l, prev));
  yield ctx.table(table('Net periodic benefit cost (in millions)', ['Component', ...years.map(([l]) => `Fiscal ${l.year}`)], [
    ['Service cost', ...costs.map((k) => amount(k.service))], ['Interest cost', ...costs.map((k) => amount(k.interest))], ['Expected return on plan assets', ...costs.map((k) => paren(k.expRet))],
    ['Amortization of net actuarial loss', ...costs.map((k) => amount(k.amortLoss))], ['Net periodic benefit cost (income)', ...costs.map((k) => cell(k.service + k.interest - k.expRet + k.amortLoss))],
  ]));
  const eq = r.int(20, 45);
  const alt = r.int(5, 15);
  yield ctx.table(table('Plan asset allocation', ['Asset class', 'Target allocation', `Actual at ${ctx.fyEnd(y.year)}`], [
    ['Equity securities', `${eq}%`, `${eq + r.int(-3, 3)}%`], ['Fixed income securities', `${100 - eq - alt}%`, `${100 - eq - alt + r.int(-3, 3)}%`], ['Real estate and other alternatives', `${alt}%`, `${alt + r.int(-2, 2)}%`],
  ]));
  const pay = [1, 2, 3, 4, 5].map((k) => Math.round(paid * (1 + 0.02 * k)));
  yield ctx.table(table('Expected benefit payments (in millions)', ['Fiscal year', 'Amount'], [...pay.map((v, k) => [String(y.year + 1 + k), amount(v)]), [`${y.year + 6} to ${y.year + 10}`, amount(Math.round(paid * 5.6))]]));
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

/** Pension obligation and assets split between United States and international plans (Note 12); each pair sums to the funded-status table. */
export function* pensionByCountry(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const split = (l: YearLedger) => {
    const w = yearRng(c, 0, 'pension-us').float(0.55, 0.8) * yearRng(c, l.year, 'pension-us').float(0.98, 1.02);
    return [splitBy(l.pensionPbo, [w, 1 - w]), splitBy(l.pensionAssets, [w * 1.05, 1 - w * 1.05])];
  };
  const [oy, ay] = split(y);
  const [op, ap] = split(p);
  yield ctx.table(table('Pension obligations and assets by plan location (in millions)', ['', `United States, ${ctx.fyEnd(y.year)}`, `International, ${ctx.fyEnd(y.year)}`, `United States, ${ctx.fyEnd(p.year)}`, `International, ${ctx.fyEnd(p.year)}`], [
    ['Projected benefit obligation', amount(oy![0]!), amount(oy![1]!), amount(op![0]!), amount(op![1]!)],
    ['Fair value of plan assets', amount(ay![0]!), amount(ay![1]!), amount(ap![0]!), amount(ap![1]!)],
  ]));
  const intl = [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))].slice(0, 3);
  yield ctx.para([ctx.say(`{Our United States plans are|The domestic plans are} closed to new participants{ and frozen for salaried employees|}; {international plans cover employees mainly in|the international plans are concentrated in} ${intl.join(', ').replace(/, ([^,]*)$/, ' and $1') || 'Europe'}.`)]);
}

/** Note 12. */
export function* notePensions(ctx: ReportContext): Generator<Block> {
  const { y, p, rng } = ctx;
  yield ctx.note(12, 'Pension and Postretirement Benefits');
  yield ctx.fromList('pension', 3, { contribM: amount(Math.round(y.pensionPbo * rng.float(0.01, 0.03))), equityPct: rng.int(20, 45), discount: (pensionAssumptions(ctx, y)[0]! / 100).toFixed(2) });
  yield ctx.table(table('Funded status (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Projected benefit obligation', amount(y.pensionPbo), amount(p.pensionPbo)], ['Fair value of plan assets', amount(y.pensionAssets), amount(p.pensionAssets)],
    ['Funded status', amount(y.pensionAssets - y.pensionPbo), amount(p.pensionAssets - p.pensionPbo)],
  ]));
  yield* pensionDetail(ctx);
  yield* pensionAssetDetail(ctx);
  yield* pensionByCountry(ctx);

}
