// Writes Notes 9 (Fair Value Measurements) and 10 (Derivative Instruments and Hedging Activities).
import { fairValueRows } from '../figures/balances.js';
import { derivativeNotionals, notesFairValue } from '../figures/debt.js';
import { splitBy, yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, money, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

/** Fair-value hierarchy (Note 9) and derivative notionals (Note 10, after its prose). */
export function* fairValueDetail(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const rows = fairValueRows(ctx, y);
  yield ctx.table(table(`Assets and liabilities measured at fair value on a recurring basis at ${ctx.fyEnd(y.year)} (in millions)`, ['', 'Level 1', 'Level 2', 'Level 3', 'Total'],
    rows.map(([label, a, b, d]) => [label, cell(a), cell(b), cell(d), cell(a + b + d)])));
  yield ctx.para([
    ctx.say('{Level 1 inputs are|Level 1 measurements use} quoted prices in active markets for identical instruments; Level 2 {inputs are|measurements rely on} observable {forward rates, commodity curves and yield curves|market data other than quoted prices}; Level 3 {inputs are unobservable|measurements use unobservable inputs}{ and are used only for contingent consideration|}.'),
    ...(y.acquisition ? [ctx.say(`{The contingent consideration relates to|Contingent consideration arises from} the ${y.acquisition.target} acquisition and {depends on|is payable upon} {revenue targets|the achievement of sales milestones} {through fiscal ${y.year + 2}|over the next two fiscal years}.`)] : []),
  ]);
}

/** Notional amounts of derivatives (Note 10). */
export function* derivativeDetail(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  const notional = (l: YearLedger) => derivativeNotionals(ctx, l);
  const ny = notional(y);
  const np = notional(p);
  yield ctx.table(table('Notional amounts of outstanding derivatives (in millions)', ['Instrument', 'Hedge designation', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Foreign currency forward contracts', 'Cash flow hedges', amount(ny[0]!), amount(np[0]!)], ['Commodity swaps', 'Cash flow hedges', cell(ny[1]!), cell(np[1]!)],
    ['Interest rate swaps', 'Fair value hedges', cell(ny[2]!), cell(np[2]!)],
  ]));
}

/** Gains and losses on cash flow hedges recognized in other comprehensive income and reclassified (Note 10). */
export function* hedgeGains(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const g = (l: YearLedger) => { const r = yearRng(c, l.year, 'hedge-gains'); const s = l.sales; return [Math.round(s * r.float(-0.002, 0.002)), Math.round(s * r.float(-0.001, 0.001)), Math.round(s * r.float(-0.0015, 0.0015)), Math.round(s * r.float(-0.0008, 0.0008))]; };
  const a = g(y);
  const b = g(p);
  yield ctx.table(table('Pre-tax gains (losses) on cash flow hedges (in millions)', ['', `Fiscal ${y.year}`, `Fiscal ${p.year}`], [
    ['Foreign currency forwards, recognized in other comprehensive income', cell(a[0]!), cell(b[0]!)], ['Commodity swaps, recognized in other comprehensive income', cell(a[1]!), cell(b[1]!)],
    ['Foreign currency forwards, reclassified to cost of sales', cell(a[2]!), cell(b[2]!)], ['Commodity swaps, reclassified to cost of sales', cell(a[3]!), cell(b[3]!)],
  ]));
  yield ctx.para([ctx.say(`{We expect to reclassify|Approximately} ${money(Math.max(1, Math.abs(a[0]! + a[1]!) / 2 | 0))} of {net ${a[0]! + a[1]! >= 0 ? 'gains' : 'losses'}|deferred hedge results} {from accumulated other comprehensive loss into earnings within the next twelve months|will be reclassified into cost of sales over the next twelve months}{, as the hedged purchases and sales occur|}.`)]);
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

/** Note 9. */
export function* noteFairValue(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  yield ctx.note(9, 'Fair Value Measurements');
  yield ctx.fromList('fairvalue', 3, { fvDebtM: amount(notesFairValue(ctx, y)) });
  yield* fairValueDetail(ctx);
  yield* debtFairValues(ctx);
}

/** Note 10. */
export function* noteDerivatives(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  yield ctx.note(10, 'Derivative Instruments and Hedging Activities');
  yield ctx.fromList('derivatives', 3, { fwdM: amount(derivativeNotionals(ctx, y)[0]!) });
  yield* derivativeDetail(ctx);
  yield* hedgeGains(ctx);
}
