// Writes Item 7A: interest-rate, currency and commodity sensitivities computed from the ledger, with tables by currency and material.
import { list } from '../writing/english.js';
import { derivativeNotionals, notesFairValue } from '../figures/debt.js';
import { CURRENCIES, marketRiskFigures } from '../figures/operations.js';
import { splitBy } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, pct, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

const EURO = new Set(['Germany', 'France', 'Italy', 'Spain', 'Portugal', 'the Netherlands', 'Belgium', 'Ireland', 'Finland']);

/** Item 7A of one year's report. */
export function* renderMarketRisk(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  const { r, dur, fxSens, fxOi, weights, hedged, comm } = marketRiskFigures(ctx);
  yield ctx.heading('Item 7A. Quantitative and Qualitative Disclosures About Market Risk', true);
  yield ctx.fromList('mr_intro', 2);
  const total = y.bs.curDebt + y.bs.ltDebt;
  const fixed = y.debt.filter((d) => d.kind === 'notes').reduce((a, d) => a + d.principal, 0);
  const variable = total - fixed;
  const fv = notesFairValue(ctx, y);
  yield ctx.heading('Interest Rate Risk');
  yield ctx.fromList('mr_interest', 3, { fixedShare: !total || fixed >= total ? 'all' : Math.round((fixed / total) * 100) >= 100 ? 'substantially all' : [`approximately ${Math.round((fixed / total) * 100)}%`, `${Math.round((fixed / total) * 100)}%`], rateSens: Math.round(variable / 100) > 0 ? [`approximately ${money(Math.round(variable / 100))}`, money(Math.round(variable / 100))] : 'less than $0.1 million', fvDebtM: amount(fv), cvDebtM: amount(fixed) });
  yield ctx.table(table(`Interest rate sensitivity at ${ctx.fyEnd(y.year)} (in millions)`, ['Change in interest rates', 'Effect on annual interest expense', 'Effect on fair value of fixed-rate debt'],
    [-100, -50, 50, 100].map((bp) => [`${bp > 0 ? '+' : ''}${bp} basis points`, Math.round((variable * Math.abs(bp)) / 10000) === 0 ? '—' : `${bp < 0 ? '(' : ''}${amount(Math.round((variable * Math.abs(bp)) / 10000))}${bp < 0 ? ')' : ''}`, `${bp > 0 ? '(' : ''}${amount(Math.round((fv * dur * Math.abs(bp)) / 10000))}${bp > 0 ? ')' : ''}`])));
  yield* debtByMaturity(ctx);
  yield ctx.heading('Foreign Currency Risk');
  const cur = CURRENCIES.slice(0, 5);
  const salesSplit = splitBy(fxSens, weights);
  const oiSplit = splitBy(fxOi, weights);
  const ranked = cur.map((name, k) => ({ name, v: salesSplit[k]! })).sort((a, b) => b.v - a.v).slice(0, 3).map((x) => `the ${x.name === 'Euro' ? 'euro' : x.name}`);
  yield ctx.fromList('mr_fx', 3, { fxSensM: amount(fxSens), fxOiSensM: amount(fxOi), fwdM: amount(derivativeNotionals(ctx, y)[0]!), fxList: list(ranked) });
  yield ctx.table(table(`Effect of a 10% strengthening of the dollar, fiscal ${y.year} (in millions)`, ['Currency', 'Share of net sales', 'Net sales', 'Operating income'], [
    ...cur.map((name, k) => [name, pct(Math.round((salesSplit[k]! * 10 * 1000) / y.sales)), `(${amount(salesSplit[k]!)})`, `(${amount(oiSplit[k]!)})`]),
    ['Total', pct(Math.round((fxSens * 10 * 1000) / y.sales)), `(${amount(fxSens)})`, `(${amount(fxOi)})`],
  ]));
  const euroSites = c.properties.filter((x) => EURO.has(x.region)).map((x) => x.city);
  const where = euroSites.length ? `{, reflecting our operations in ${list(euroSites.slice(0, 3))}|, mainly from our ${euroSites.length > 1 ? 'sites' : 'site'} in ${list(euroSites.slice(0, 3))}|}` : '{, mainly from sales to customers in Europe|}';
  yield ctx.para([ctx.say(`{The euro|Our euro exposure} {accounted for|represented} ${money(salesSplit[0]!)} of the {hypothetical|estimated} sales effect${where}, and {net investment hedges|our hedging program} {offset|covered} {about|roughly} ${hedged}% of the translation exposure.`)]);
  yield ctx.heading('Commodity Price Risk');
  // The inputs the prose names are two of the table's own.
  const mats = rng.sample(c.industry.rawMaterials, 4);
  yield ctx.fromList('mr_commodity', 2, { commSensM: amount(comm), commA: mats[0]!, commB: mats[1]! });
  const commSplit = splitBy(comm, mats.map(() => r.float(0.5, 2)));
  yield ctx.table(table(`Effect of a 10% increase in input costs on fiscal ${y.year} cost of sales (in millions)`, ['Input', 'Increase in cost of sales', 'Share hedged or under fixed-price contracts'], [
    ...mats.map((m, k) => [m.charAt(0).toUpperCase() + m.slice(1), amount(commSplit[k]!), `${r.int(0, 70)}%`]), ['Total', amount(comm), ''],
  ]));
}

function money(t: number): string {
  return `$${amount(t)} million`;
}

/** Fixed-rate debt by expected maturity with average rates (Item 7A). */
export function* debtByMaturity(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const notes = y.debt.filter((d) => d.kind === 'notes').sort((a, b) => a.maturity - b.maturity);
  if (!notes.length) return;
  const total = notes.reduce((a, d) => a + d.principal, 0);
  const avg = notes.reduce((a, d) => a + d.principal * d.rate, 0) / total;
  yield ctx.table(table(`Fixed-rate debt by expected maturity at ${ctx.fyEnd(y.year)} (in millions)`, ['Instrument', 'Maturity (fiscal year)', 'Principal', 'Interest rate'], [
    ...notes.map((d) => [d.name, String(d.maturity), amount(d.principal), `${d.rate.toFixed(3).replace(/0$/, '')}%`]),
    ['Total fixed-rate debt', '', amount(total), `${avg.toFixed(2)}% (weighted average)`],
  ]));
  yield ctx.para([ctx.say(`The fair value of {these notes|our fixed-rate notes} was ${money(notesFairValue(ctx, y))} at <fyEnd>, {against|compared with} a carrying amount of ${money(total)}.`)]);
}
