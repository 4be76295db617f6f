// Further report detail: operating income bridges, cost of sales by component, stock compensation cost, purchase commitments, equity plans, governance, environmental spending.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, dollars, money, pct, table } from './format.js';
import { driftWeights, splitBy, yearRng } from './profile.js';

/** Operating income bridge from `prev` to `cur`: [volume and mix, price, cost inflation, productivity, currency, acquisitions, other], in tenths; they sum to the change. */
export function oiBridge(ctx: ReportContext, cur: YearLedger, prev: YearLedger): number[] {
  const r = yearRng(ctx.c, cur.year, 'oi-bridge');
  const w = (f: (i: number) => number) => cur.seg.reduce((a, _, i) => a + f(i) * prev.seg[i]!.sales, 0) / 1000;
  const margin = prev.gross / prev.sales;
  const volume = Math.round(w((i) => cur.seg[i]!.volume) * margin);
  const price = Math.round(w((i) => cur.seg[i]!.price));
  const fx = Math.round(w((i) => cur.seg[i]!.fx) * (prev.oi / prev.sales));
  const acq = Math.round(w((i) => cur.seg[i]!.acquisition) * 0.08);
  const inflation = -Math.round(prev.cogs * r.float(0.015, 0.045));
  const productivity = Math.round(prev.cogs * r.float(0.01, 0.03));
  return [volume, price, inflation, productivity, fx, acq, cur.oi - prev.oi - volume - price - inflation - productivity - fx - acq];
}

const BRIDGE = ['Volume and mix', 'Pricing', 'Cost inflation', 'Productivity and sourcing savings', 'Foreign currency', 'Acquisitions', 'Other, including incentive compensation and restructuring'];

/** Operating income bridge table and sentence for one comparison (MD&A). */
export function* renderOiBridge(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const b = oiBridge(ctx, cur, prev);
  yield ctx.table(table(`Operating income bridge, fiscal ${prev.year} to fiscal ${cur.year} (in millions)`, ['', 'Amount'], [
    [`Operating income, fiscal ${prev.year}`, amount(prev.oi)], ...BRIDGE.map((lab, k) => [lab, cell(b[k]!)]), [`Operating income, fiscal ${cur.year}`, amount(cur.oi)],
  ]));
  yield ctx.para([ctx.say(`Pricing ${b[1]! >= 0 ? 'added' : 'cost'} ${money(b[1]!)} and productivity ${money(b[3]!)}, {against|while} cost inflation {took|absorbed} ${money(b[2]!)}{, so net price less inflation was ${b[1]! + b[2]! >= 0 ? 'positive' : 'negative'} by ${money(b[1]! + b[2]!)}|}.`)]);
}

/** Cost of sales by component for a year: [materials, labor, overhead, freight and distribution], in tenths; they sum to cost of sales. */
export function costOfSalesParts(ctx: ReportContext, l: YearLedger): number[] {
  return splitBy(l.cogs, driftWeights(ctx.c, l.year, 'cogs-parts', [[0.5, 0.62], [0.14, 0.2], [0.14, 0.22], [0.05, 0.09]]));
}

/** Cost of sales by component for a comparison (MD&A). */
export function* renderCostOfSales(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const a = costOfSalesParts(ctx, cur);
  const b = costOfSalesParts(ctx, prev);
  const labels = ['Materials and purchased components', 'Direct labor', 'Manufacturing overhead', 'Freight and distribution'];
  yield ctx.table(table(`Cost of sales by component (in millions)`, ['', `Fiscal ${cur.year}`, `Fiscal ${prev.year}`], [
    ...labels.map((lab, k) => [lab, amount(a[k]!), amount(b[k]!)]), ['Cost of sales', amount(cur.cogs), amount(prev.cogs)],
  ]));
  const share = (x: number, l: YearLedger) => pct(Math.round((x / l.sales) * 1000));
  yield ctx.para([ctx.say(`Materials {cost|costs} {equaled|were} ${share(a[0]!, cur)} of net sales in fiscal ${cur.year}, {compared with|against} ${share(b[0]!, prev)}, and freight {ran at|was} ${share(a[3]!, cur)}{, versus ${share(b[3]!, prev)}|}.`)]);
}

/** Stock compensation cost and its tax benefit for three years (Note 15). */
export function* sbcCostTable(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const ys = [y, p, pp];
  const parts = (l: YearLedger) => splitBy(l.cf.sbc, [0.15, 0.8, 0.05].map((w) => w * yearRng(ctx.c, l.year, 'sbc-lines').float(0.9, 1.1)));
  const v = ys.map(parts);
  yield ctx.table(table('Stock-based compensation expense (in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ...['Cost of sales', 'Selling, general and administrative expenses', 'Research and development expenses'].map((lab, k) => [lab, ...v.map((x) => amount(x[k]!))]),
    ['Total stock-based compensation expense', ...ys.map((l) => amount(l.cf.sbc))], ['Related income tax benefit', ...ys.map((l) => amount(Math.round(l.cf.sbc * 0.23)))],
  ]));
}

/** Unconditional purchase commitments by year (Note 18). */
export function* purchaseCommitments(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'purchase-commitments');
  const total = Math.round(y.cogs * r.float(0.04, 0.1));
  const parts = splitBy(total, [0.55, 0.2, 0.12, 0.08, 0.05].map((w) => w * r.float(0.9, 1.1)));
  yield ctx.table(table('Unconditional purchase obligations (in millions)', ['Fiscal year', 'Amount'], [...parts.map((v, k) => [String(y.year + 1 + k), amount(v)]), ['Total', amount(total)]]));
  yield ctx.para([ctx.say(`{These obligations|Purchase obligations} {cover|consist mainly of} {take-or-pay contracts for ${c.industry.rawMaterials[0]} and energy|supply agreements for ${c.industry.rawMaterials[0]}, natural gas and electricity}{ and information technology services|}; {purchases under them|amounts purchased under these agreements} {were|totaled} ${money(Math.round(total * r.float(0.8, 1.1)))} in fiscal ${y.year}.`)]);
}

/** Securities authorized for issuance under equity compensation plans (Item 5). */
export function* equityPlanTable(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'equity-plans');
  const out = Math.round(y.basicShares * r.float(1.2, 1.8)) / 1000;
  const avail = Math.round(y.basicShares * r.float(2, 5)) / 1000;
  yield ctx.table(table(`Equity compensation plan information at ${ctx.fyEnd(y.year)}`, ['Plan category', 'Securities to be issued on exercise or vesting (millions)', 'Weighted-average exercise price', 'Securities remaining available (millions)'], [
    ['Plans approved by shareholders', out.toFixed(2), dollars(y.price * r.float(0.6, 0.85)), avail.toFixed(2)], ['Plans not approved by shareholders', '—', '—', '—'], ['Total', out.toFixed(2), '', avail.toFixed(2)],
  ]));
}

/** Code of conduct, audit committee expert and other Item 10 statements. */
export function* governanceDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, pr } = ctx;
  const auditMembers = c.directors.filter((_, k) => pr.committees[k]!.includes('Audit'));
  const expert = auditMembers[0] ?? c.directors[1]!;
  yield ctx.para([
    ctx.say(`{We have adopted|The board has adopted} a Code of Business Conduct that applies to all directors, officers and employees, including ${c.officers[0]!.name}, ${c.officers[1]!.name} and ${c.officers[4]!.name}{, and it is posted on our website|}.`),
    ctx.say(`The board has determined that ${expert.name}{, who chairs the Audit Committee,| of the Audit Committee} is an audit committee financial expert{ and that all ${Math.max(3, auditMembers.length)} members of the committee are independent|}.`),
    ctx.say(`The board held ${yearRng(c, y.year, 'board-meetings').int(6, 11)} meetings in fiscal ${y.year}{, and each director attended at least 75% of the meetings of the board and the committees on which he or she served|}.`),
  ]);
}

/** Environmental spending for three years (Item 1). */
export function* environmentalSpending(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const ys = [y, p, pp];
  const v = ys.map((l) => { const r = yearRng(c, l.year, 'env-spend'); return [Math.round(l.sales * r.float(0.001, 0.003)), Math.round(l.sales * r.float(0.002, 0.004)), Math.round(l.sales * r.float(0.0002, 0.001))]; });
  yield ctx.table(table('Environmental expenditures (in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ...['Capital expenditures for environmental projects', 'Operating costs of environmental compliance', 'Remediation spending charged to accruals'].map((lab, k) => [lab, ...v.map((x) => amount(x[k]!))]),
    ['Total', ...v.map((x) => amount(x[0]! + x[1]! + x[2]!))],
  ]));
}
