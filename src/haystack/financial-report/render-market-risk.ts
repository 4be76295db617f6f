// Item 7A: interest-rate, currency and commodity sensitivities computed from the ledger, with tables by currency and material.
import type { Block } from '../../types.js';
import type { Rng } from '../../util/rng.js';
import type { ReportContext } from './context.js';
import { debtByMaturity } from './render-more.js';
import { amount, pct, table } from './format.js';
import { derivativeNotionals, notesFairValue } from './notes-detail-a.js';
import { splitBy, yearRng } from './profile.js';

const CURRENCIES = ['Euro', 'Canadian dollar', 'Mexican peso', 'Chinese renminbi', 'British pound', 'Japanese yen', 'Brazilian real', 'Polish zloty'];

/** Figures of Item 7A drawn from the year's stream, in draw order: duration of fixed-rate debt, currency sensitivities, hedge cover and commodity sensitivity. */
export function marketRiskFigures(ctx: ReportContext): { r: Rng; dur: number; fxSens: number; fxOi: number; weights: number[]; hedged: number; comm: number } {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'market-risk');
  const dur = r.float(4, 8);
  const fxSens = Math.round(y.sales * r.float(0.03, 0.06));
  const fxOi = Math.round(y.oi * r.float(0.03, 0.06));
  const weights = CURRENCIES.slice(0, 5).map((_, k) => r.float(0.4, 1.6) / (k + 1));
  const hedged = r.int(10, 45);
  const comm = Math.round(y.cogs * r.float(0.02, 0.05));
  return { r, dur, fxSens, fxOi, weights, hedged, comm };
}

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
  yield ctx.fromList('mr_interest', 3, { fixedPct: total ? Math.round((fixed / total) * 100) : 100, rateSensM: amount(Math.round(variable / 100)), fvDebtM: amount(fv), cvDebtM: amount(fixed) });
  yield ctx.table(table(`Interest rate sensitivity at ${ctx.fyEnd(y.year)} (in millions)`, ['Change in interest rates', 'Effect on annual interest expense', 'Effect on fair value of fixed-rate debt'],
    [-100, -50, 50, 100].map((bp) => [`${bp > 0 ? '+' : ''}${bp} basis points`, `${bp < 0 ? '(' : ''}${amount(Math.round((variable * Math.abs(bp)) / 10000))}${bp < 0 ? ')' : ''}`, `${bp > 0 ? '(' : ''}${amount(Math.round((fv * dur * Math.abs(bp)) / 10000))}${bp > 0 ? ')' : ''}`])));
  yield* debtByMaturity(ctx);
  yield ctx.heading('Foreign Currency Risk');
  yield ctx.fromList('mr_fx', 3, { fxSensM: amount(fxSens), fxOiSensM: amount(fxOi), fwdM: amount(derivativeNotionals(ctx, y)[0]!) });
  const cur = CURRENCIES.slice(0, 5);
  const salesSplit = splitBy(fxSens, weights);
  const oiSplit = splitBy(fxOi, weights);
  yield ctx.table(table(`Effect of a 10% strengthening of the dollar, fiscal ${y.year} (in millions)`, ['Currency', 'Share of net sales', 'Net sales', 'Operating income'], [
    ...cur.map((name, k) => [name, pct(Math.round((salesSplit[k]! * 10 * 1000) / y.sales)), `(${amount(salesSplit[k]!)})`, `(${amount(oiSplit[k]!)})`]),
    ['Total', pct(Math.round((fxSens * 10 * 1000) / y.sales)), `(${amount(fxSens)})`, `(${amount(fxOi)})`],
  ]));
  yield ctx.para([ctx.say(`{The euro|Our euro exposure} {accounted for|represented} ${money(salesSplit[0]!)} of the {hypothetical|estimated} sales effect{, reflecting our plants in <worldCity>|, mainly from operations in <worldCity>|}, and {net investment hedges|our hedging program} {offset|covered} {about|roughly} ${hedged}% of the translation exposure.`)]);
  yield ctx.heading('Commodity Price Risk');
  yield ctx.fromList('mr_commodity', 2, { commSensM: amount(comm) });
  const mats = rng.sample(c.industry.rawMaterials, 4);
  const commSplit = splitBy(comm, mats.map(() => r.float(0.5, 2)));
  yield ctx.table(table(`Effect of a 10% increase in input costs on fiscal ${y.year} cost of sales (in millions)`, ['Input', 'Increase in cost of sales', 'Share hedged or under fixed-price contracts'], [
    ...mats.map((m, k) => [m, amount(commSplit[k]!), `${r.int(0, 70)}%`]), ['Total', amount(comm), ''],
  ]));
}

function money(t: number): string {
  return `$${amount(t)} million`;
}
