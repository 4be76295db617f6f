// Operating figures of a year outside the ledger: ERP rollout, suppliers, patents, sustainability metrics, market-risk sensitivities.
import type { Company } from '../company.js';
import { yearRng } from '../streams.js';
import type { ReportYear } from './report-year.js';
import type { YearLedger } from '../year-ledger.js';
import type { Rng } from '../../../util/rng.js';

/** Properties (indexes into `Company.properties`, headquarters excluded) in the order they move to the new ERP system, three per fiscal year from `firstYear`. */
export function erpOrder(c: Company): number[] {
  return yearRng(c, 0, 'erp').shuffle(c.properties.map((_, k) => k).slice(1));
}

/** Properties that moved to the new ERP system during a fiscal year (empty once the rollout is done). */
export function erpWave(c: Company, year: number): number[] {
  const k = year - c.firstYear;
  return k < 0 ? [] : erpOrder(c).slice(3 * k, 3 * k + 3);
}

const SUPPLIER_ROOTS = ['Acadia', 'Bergen', 'Calloway', 'Dorset', 'Eldridge', 'Foxhall', 'Gantry', 'Holloway', 'Ingram', 'Juniper', 'Kessler', 'Lindell', 'Moraine', 'Norwell', 'Orchard', 'Prescott', 'Ramsgate', 'Selby', 'Thornton', 'Upland', 'Vantage', 'Westmark'];

const SUPPLIER_WORDS = ['Metals', 'Materials', 'Chemical', 'Components', 'Supply', 'Resources', 'Industrial', 'Polymers'];

/** The principal supplier of a raw material, fixed for the company. */
export function supplierOf(c: Company, material: string): string {
  const r = yearRng(c, 0, `supplier-${material}`);
  return `${r.pick(SUPPLIER_ROOTS)} ${r.pick(SUPPLIER_WORDS)}`;
}

/** Issued and pending patents by jurisdiction [United States, Europe, China and Japan, other] at a year end. */
export function patentCounts(c: Company, l: YearLedger): number[][] {
  const r = yearRng(c, l.year, 'patents');
  const base = Math.round(l.rnd / 3);
  return [0.46, 0.28, 0.18, 0.08].map((f) => [Math.round(base * f * r.float(0.9, 1.1)), Math.round(base * f * r.float(0.2, 0.4))]);
}

/** Sustainability metrics of a year: Scope 1, Scope 2 (thousand tons), energy (GWh), water (million gallons), waste diverted (%), recordable incident rate. */
export function esgMetrics(c: Company, l: YearLedger): number[] {
  const r = yearRng(c, l.year, 'esg');
  const k = l.sales / 1000;
  return [k * r.float(0.9, 1.1) * 0.21, k * r.float(0.9, 1.1) * 0.34, k * r.float(0.9, 1.1) * 1.6, k * r.float(0.9, 1.1) * 2.4, r.float(48, 86), r.float(0.3, 1.5)];
}

export const CURRENCIES = ['Euro', 'Canadian dollar', 'Mexican peso', 'Chinese renminbi', 'British pound', 'Japanese yen', 'Brazilian real', 'Polish zloty'];

/** Figures of Item 7A drawn from the year's stream, in draw order: duration of fixed-rate debt, currency sensitivities, hedge cover and commodity sensitivity. */
export function marketRiskFigures(ctx: ReportYear): { r: Rng; dur: number; fxSens: number; fxOi: number; weights: number[]; hedged: number; comm: number } {
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

/** The plant the company's restructuring program consolidates into its other plants: fixed for the company, never the headquarters. */
export function restructuringSite(c: Company): Company['properties'][number] {
  const plants = c.properties.slice(1).filter((x) => /plant|factory|works|mill|foundry|assembly|machining|fabrication|manufactur/i.test(x.use));
  return yearRng(c, 0, 'restructuring-site').pick(plants.length > 0 ? plants : c.properties.slice(1));
}
