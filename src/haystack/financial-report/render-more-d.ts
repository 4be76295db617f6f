// Yet more ledger-tied detail: segment sales drivers in MD&A, receivables aging, debt fair values, employees by country, other noncurrent balances.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, money, pct, table } from './format.js';
import { creditAllowance } from './render-exhibits.js';
import { driftWeights, splitBy, yearRng } from './profile.js';
import { notesFairValue } from './notes-detail-a.js';
import { riskHeading } from './render-risks.js';

/** Sales-change drivers of every segment for one comparison, with a sentence on each segment's biggest plant and customer (MD&A). */
export function* segmentDrivers(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const { c, pr } = ctx;
  yield ctx.table(table(`Drivers of the change in segment net sales, fiscal ${cur.year} compared with fiscal ${prev.year}`, ['Segment', 'Volume and mix', 'Price', 'Foreign currency', 'Acquisitions', 'Total change'], c.segments.map((s, i) => {
    const d = cur.seg[i]!;
    return [s.name, pct(d.volume, true), pct(d.price, true), pct(d.fx, true), pct(d.acquisition, true), pct(d.volume + d.price + d.fx + d.acquisition, true)];
  })));
  yield ctx.para(c.segments.map((s, i) => {
    const plant = c.properties.map((x, k) => ({ x, k })).filter(({ x }) => x.segment === s.name).sort((a, b) => b.x.sqft - a.x.sqft)[0];
    const d = cur.seg[i]!;
    const where = plant ? `{output at|production at} our ${plant.x.city} ${plant.x.use}` : 'production across the segment';
    return ctx.say(`In ${s.name}, ${d.volume >= 0 ? 'higher' : 'lower'} volume {moved|changed} ${where} {accordingly|in step}, and orders from ${pr.keyCustomers[i]![(cur.year + i) % 3]} ${d.volume >= 0 ? '{were stronger|increased}' : '{were softer|declined}'} in fiscal ${cur.year}.`);
  }));
}

/** Accounts receivable by age at a year end: [current, 1–30, 31–90, over 90 days past due], in tenths of gross receivables. */
export function receivableAging(ctx: ReportContext, l: YearLedger): number[] {
  return splitBy(l.bs.ar + creditAllowance(ctx, l), driftWeights(ctx.c, l.year, 'aging', [[0.78, 0.86], [0.08, 0.12], [0.03, 0.06], [0.01, 0.03]]));
}

/** Receivables aging and allowance (Note 1 supplement). */
export function* receivablesTable(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  const a = receivableAging(ctx, y);
  const b = receivableAging(ctx, p);
  yield ctx.table(table('Accounts receivable by age (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...['Current', '1 to 30 days past due', '31 to 90 days past due', 'More than 90 days past due'].map((lab, k) => [lab, amount(a[k]!), amount(b[k]!)]),
    ['Less allowance for credit losses', `(${amount(creditAllowance(ctx, y))})`, `(${amount(creditAllowance(ctx, p))})`], ['Accounts receivable, net', amount(y.bs.ar), amount(p.bs.ar)],
  ]));
}

/** Carrying amount and fair value of each fixed-rate note (Note 9); the fair values sum to the total disclosed. */
export function* debtFairValues(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const notes = y.debt.filter((d) => d.kind === 'notes');
  if (!notes.length) return;
  const fv = notesFairValue(ctx, y);
  const parts = splitBy(fv, notes.map((d) => d.principal * (1 + (d.rate - 4.5) / 40)));
  yield ctx.table(table(`Carrying amount and fair value of senior notes at ${ctx.fyEnd(y.year)} (in millions)`, ['', 'Carrying amount', 'Fair value (Level 2)'], [
    ...notes.map((d, k) => [d.name, amount(d.principal), amount(parts[k]!)]), ['Total senior notes', amount(notes.reduce((a, d) => a + d.principal, 0)), amount(fv)],
  ]));
}

/** Employees by country at the year end (Item 1); the rows sum to the headcount. */
export function* employeesByCountry(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const countries = ['United States', ...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region.replace(/^the /, 'The ')))].slice(0, 7);
  const w = countries.map((name, k) => (k === 0 ? 6 : 1) * yearRng(c, 0, `emp-${name}`).float(0.5, 1.5) * yearRng(c, y.year, `emp-${name}`).float(0.95, 1.05));
  const parts = splitBy(y.headcount, [...w, 0.6]);
  yield ctx.table(table(`Employees by country at ${ctx.fyEnd(y.year)}`, ['Country', 'Employees'], [...countries.map((n, k) => [n, parts[k]!.toLocaleString('en-US')]), ['All other countries', parts[countries.length]!.toLocaleString('en-US')], ['Total', y.headcount.toLocaleString('en-US')]]));
}

/** Other noncurrent assets and liabilities by component (Note 21); each sums to its balance-sheet line. */
export function* otherNoncurrent(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const assets = (l: YearLedger) => splitBy(l.bs.otherNca, driftWeights(c, l.year, 'other-nca', [[0.2, 0.35], [0.15, 0.3], [0.1, 0.2], [0.2, 0.4]]));
  const liabs = (l: YearLedger) => splitBy(l.bs.otherLtl, driftWeights(c, l.year, 'other-ltl', [[0.2, 0.35], [0.15, 0.25], [0.1, 0.2], [0.1, 0.2], [0.1, 0.25]]));
  const [a, b, e, f] = [assets(y), assets(p), liabs(y), liabs(p)];
  yield ctx.table(table('Other noncurrent assets (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...['Capitalized software, net', 'Deferred compensation plan assets', 'Deferred income taxes', 'Other'].map((lab, k) => [lab, amount(a[k]!), amount(b[k]!)]), ['Total other noncurrent assets', amount(y.bs.otherNca), amount(p.bs.otherNca)],
  ]));
  yield ctx.table(table('Other noncurrent liabilities (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...['Uncertain tax positions', 'Deferred compensation', 'Environmental and asset retirement obligations', 'Self-insurance reserves', 'Other'].map((lab, k) => [lab, amount(e[k]!), amount(f[k]!)]), ['Total other noncurrent liabilities', amount(y.bs.otherLtl), amount(p.bs.otherLtl)],
  ]));
  yield ctx.para([ctx.say(`{Self-insurance reserves|Reserves for self-insured risks} {cover|relate to} workers' compensation, product liability and employee medical claims{ up to our stop-loss limits|}, and {totaled|were} ${money(e[3]!)} at <fyEnd>.`)]);
}

/** Item 1A risks specific to each segment, built from its share of sales, margin, customers, plants and competitors. */
export function* segmentRisks(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pr } = ctx;
  yield ctx.heading('Risks Related to Our Segments');
  for (const [i, s] of c.segments.entries()) {
    const d = y.seg[i]!;
    const sites = c.properties.filter((x) => x.segment === s.name);
    const biggest = sites.sort((a, b) => b.sqft - a.sqft)[0];
    const m = Math.round((d.oi / d.sales) * 1000);
    const pm = Math.round((p.seg[i]!.oi / p.seg[i]!.sales) * 1000);
    const market = s.markets[(y.year + i) % s.markets.length]!;
    yield ctx.heading(riskHeading(ctx, `{Our|The} ${s.name} {segment|business} {depends on|is exposed to} {conditions|demand} in ${market}{ and on a small number of plants|, which can change quickly|}`));
    yield ctx.para([
      ctx.say(`${s.name} {generated|contributed} ${Math.round((d.sales / y.sales) * 100)}% of fiscal ${y.year} net sales at an operating margin of ${pct(m)}, {compared with|against} ${pct(pm)} in fiscal ${p.year}.`),
      biggest ? ctx.say(`{Much of its output|A large part of its production} comes from ${biggest.city}, ${biggest.region}, {so|and} {a disruption there|an outage at that site} would {be hard to offset|affect the segment more than the Company as a whole}.`) : '',
      ctx.say(`{Its customers include|The segment sells to} ${pr.keyCustomers[i]!.slice(0, 2).join(' and ')}{, and it competes with ${pr.competitors[i]![0]} and ${pr.competitors[i]![1]}|}; {a downturn in ${market}|weaker spending by ${s.customers[0]}} {would reduce|could cut} {volume|its sales} {faster than we could reduce costs|before we could adjust capacity}.`),
    ]);
  }
}
