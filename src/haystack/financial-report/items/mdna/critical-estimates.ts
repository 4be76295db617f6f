// Writes MD&A critical accounting estimates (goodwill, taxes, pensions, revenue, inventory, warranties, business combinations) and their sensitivities.
import { inventoryReserve, warrantyReserve } from '../../figures/balances.js';
import { goodwillHeadroom } from '../../figures/earnings.js';
import { yearRng } from '../../streams.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, money, pct, table } from '../../writing/format.js';
import type { Block } from '../../../../types.js';

/** Inventory, warranty and business-combination estimates added to MD&A's critical estimates. */
export function* moreEstimates(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const r = yearRng(c, y.year, 'estimates-more');
  const invRes = inventoryReserve(ctx, y);
  yield ctx.heading('Inventory Valuation');
  yield ctx.para([
    ctx.say(`{We reduce|Inventories are reduced} to net realizable value for excess and obsolete {items|stock} based on {usage over the past ${r.int(12, 24)} months and forecast demand|historical usage and demand forecasts by product line}${ctx.states('inventory.obsolescence-reserve') ? `; {the reserve|this reserve} was ${money(invRes)}, or ${pct(Math.round((invRes / (y.bs.inv + invRes)) * 1000))} of gross inventories, at <fyEnd>` : ''}.`),
    ctx.say(`{Product transitions in ${c.segments[y.year % c.segments.length]!.name} are the main source of uncertainty|The launch of new product generations in ${c.segments[y.year % c.segments.length]!.name} creates most of the judgment} in this estimate{, because demand for superseded models can fall faster than planned|}.`),
  ]);
  yield ctx.heading('Product Warranty Obligations');
  const w = warrantyReserve(ctx, y);
  yield ctx.para([ctx.say(`The warranty reserve of ${money(w)} at <fyEnd> ${w >= warrantyReserve(ctx, p) ? 'rose' : 'fell'} from ${money(warrantyReserve(ctx, p))}; a 10% change in expected claim rates would {change|move} the reserve by about ${money(Math.max(1, Math.round(w / 10)))}{, and claims on products in their first year in the field are the hardest to predict|}.`)]);
  if (y.acquisition) {
    yield ctx.heading('Business Combinations');
    yield ctx.para([ctx.say(`{We allocated the purchase price of ${y.acquisition.target}|The purchase price of ${y.acquisition.target} was allocated} to identifiable assets and liabilities at fair value, including ${money(y.acquisition.intangibles)} of intangible assets valued {using projected cash flows, customer attrition rates and royalty rates|with an excess-earnings method for customer relationships and a relief-from-royalty method for trade names}; {a one-point change in the discount rate would have changed the intangible asset values by about ${money(Math.max(1, Math.round(y.acquisition.intangibles * 0.05)))}|the remaining ${money(y.acquisition.goodwill)} was recorded as goodwill}.`)]);
  }
}

/** Sensitivities of the critical accounting estimates to their key assumptions. */
export function* renderEstimateSensitivities(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  const r = yearRng(c, y.year, 'sensitivity');
  const pbo = y.pensionPbo;
  const cost = Math.max(5, Math.round(pbo * r.float(0.01, 0.025)));
  const headroomAfter = r.int(4, 30);
  const rebate = Math.round(y.sales * r.float(0.001, 0.003));
  const impairmentTest = ctx.states('goodwill.impairment-test');
  yield ctx.table(table('Sensitivity of critical estimates to changes in key assumptions (in millions)', ['Assumption', 'Change', 'Effect on fiscal ' + (y.year + 1) + ' pre-tax income', 'Effect on year-end balance'], [
    ['Pension discount rate', '50 basis point decrease', `(${amount(Math.round(cost * 0.12))})`, `${amount(Math.round(pbo * 0.052))} increase in obligation`],
    ['Expected return on plan assets', '50 basis point decrease', `(${amount(Math.round(y.pensionAssets * 0.005))})`, '—'],
    ...(impairmentTest ? [['Goodwill discount rate', '100 basis point increase', '—', `Headroom of the tightest reporting unit falls to ${headroomAfter}%`]] : []),
    ['Customer rebate accrual', '10% increase in estimated payout', `(${amount(rebate)})`, `${amount(rebate)} increase in accrued rebates`],
    ['Inventory reserve', '1 percentage point increase in reserve rate', `(${amount(Math.round(y.bs.inv / 100))})`, `${amount(Math.round(y.bs.inv / 100))} decrease in inventories`],
    ['Effective tax rate', '1 percentage point increase', `(${amount(Math.round(y.pretax / 100))})`, '—'],
  ]));
  if (!impairmentTest) return;
  const units = goodwillHeadroom(ctx);
  const tight = units.reduce((a, b) => (b[1] < a[1] ? b : a));
  ctx.states('goodwill.impairment-test');
  yield ctx.para([
    ctx.say(`In our {annual|most recent annual} goodwill impairment test{, performed as of the first day of the fourth quarter|}, the estimated fair value of each reporting unit exceeded its carrying value; ${units.map(([n, h]) => `${n} by ${h}%`).join(', ')}.`),
    ctx.say(`The ${tight[0]} reporting unit had the {smallest|narrowest} {cushion|margin}{, and a ${rng.pick([10, 15, 20])}% decline in its projected cash flows would not have resulted in an impairment| and is the unit we monitor most closely|}.`),
  ]);
}

/** Critical accounting estimates and recently issued standards (end of Item 7). */
export function* renderCriticalEstimates(ctx: ReportContext): Generator<Block> {
  const { y, rng } = ctx;
  yield ctx.subsection('Critical Accounting Estimates');
  yield ctx.fromList('cae_intro', 2);
  const tight = goodwillHeadroom(ctx).reduce((a, b) => (b[1] < a[1] ? b : a));
  yield ctx.fromList('cae_goodwill', 3, { headroom: tight[1], bps: rng.pick([50, 100]), segment: tight[0], sensPct: rng.int(3, 9) });
  yield ctx.fromList('cae_tax', 3, { taxSensM: amount(Math.round(y.pretax / 100)) });
  yield ctx.fromList('cae_pension', 3, { discount: (rng.int(430, 590) / 100).toFixed(2), ror: (rng.int(550, 725) / 100).toFixed(2), pbo25M: amount(Math.round(y.pensionPbo * 0.028)) });
  yield ctx.fromList('cae_revenue', 2, { rebateM: amount(Math.round(y.sales * rng.float(0.01, 0.03))) });
  yield* renderEstimateSensitivities(ctx);
  yield* moreEstimates(ctx);
  yield ctx.heading('Recently Issued Accounting Standards');
  yield ctx.para([ctx.say(`{See|Refer to} Note 1 to the consolidated financial statements for {accounting standards adopted in fiscal ${y.year} and those issued but not yet effective|recently issued and adopted accounting standards and their expected effect on our disclosures}.`)]);
}
