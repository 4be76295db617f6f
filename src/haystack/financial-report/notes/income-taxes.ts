// Writes Note 11, Income Taxes: rate reconciliation, provision, deferred taxes, unrecognized benefits, carryforwards, open years.
import { taxProvision, utb } from '../figures/taxes.js';
import { splitBy, yearRng } from '../streams.js';
import { taxRateChange } from '../writing/change-sentence.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, pct, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

const paren = (t: number) => `(${amount(Math.abs(t))})`;

/** Tax provision components, deferred tax balances and the unrecognized-benefit roll-forward (Note 11). */
export function* taxDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const y3 = [y, p, pp];
  const tp = y3.map((l) => taxProvision(ctx, l));
  const jur = ['Federal', 'State', 'Foreign'];
  yield ctx.table(table('Components of the provision for income taxes (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ...jur.map((j, k) => [`Current: ${j.toLowerCase()}`, ...tp.map((t) => cell(t.current[k]!))]),
    ...jur.map((j, k) => [`Deferred: ${j.toLowerCase()}`, ...tp.map((t) => cell(t.deferred[k]!))]),
    ['Provision for income taxes', ...y3.map((l) => amount(l.tax))],
  ]));
  const dt = (l: YearLedger) => {
    const r = yearRng(c, l.year, 'deferred-tax');
    const dta = [l.bs.accrued * r.float(0.04, 0.07), l.bs.pension * 0.22, l.sales * r.float(0.002, 0.006), (l.bs.curLease + l.bs.ltLease) * 0.23, l.cf.sbc * r.float(0.3, 0.6), l.sales * r.float(0.001, 0.004)].map(Math.round);
    const va = -Math.round(dta[2]! * r.float(0.3, 0.7));
    const netDta = dta.reduce((a, b) => a + b, 0) + va;
    const dtl = splitBy(l.bs.deferredTax + netDta, [l.bs.ppe * 0.06, l.bs.intang * 0.2, l.bs.rou * 0.05, l.sales * 0.002]);
    return { dta, va, dtl };
  };
  const a = dt(y);
  const b = dt(p);
  const dtaLabels = ['Accrued liabilities and reserves', 'Pension and postretirement benefits', 'Net operating loss and credit carryforwards', 'Operating lease liabilities', 'Stock-based compensation', 'Other'];
  const dtlLabels = ['Property, plant and equipment', 'Goodwill and intangible assets', 'Operating lease right-of-use assets', 'Other'];
  yield ctx.table(table('Deferred tax assets and liabilities (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...dtaLabels.map((lab, k) => [lab, amount(a.dta[k]!), amount(b.dta[k]!)]), ['Valuation allowance', paren(a.va), paren(b.va)],
    ...dtlLabels.map((lab, k) => [lab, paren(a.dtl[k]!), paren(b.dtl[k]!)]), ['Net deferred tax liability', paren(y.bs.deferredTax), paren(p.bs.deferredTax)],
  ]));
  const r = yearRng(c, y.year, 'utb');
  const begin = utb(p);
  const end = utb(y);
  const addCur = Math.round(end * r.float(0.12, 0.25));
  const addPrior = Math.round(end * r.float(0.02, 0.08));
  const settle = Math.round(begin * r.float(0.02, 0.08));
  const lapse = begin + addCur + addPrior - settle - end;
  yield ctx.table(table('Unrecognized tax benefits (in millions)', ['', `Fiscal ${y.year}`], [
    ['Balance at beginning of year', amount(begin)], ['Additions for tax positions of the current year', amount(addCur)], ['Additions for tax positions of prior years', amount(addPrior)],
    ['Settlements with tax authorities', paren(settle)], ['Lapse of statutes of limitations and other', lapse <= 0 ? amount(-lapse) : paren(lapse)], ['Balance at end of year', amount(end)],
  ]));
  yield ctx.para([ctx.say(`{The valuation allowance|Our valuation allowance} of $${amount(-a.va)} million {relates mainly to|covers primarily} {foreign net operating losses|tax loss carryforwards in certain foreign jurisdictions} {that begin to expire in|with expirations starting in} fiscal ${y.year + 3 + (y.year % 5)}.`)]);
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

/** Tax years open to examination by jurisdiction (Note 11). */
export function* openTaxYears(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const regions = [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))].slice(0, 5);
  const r = yearRng(c, 0, 'tax-years');
  const rows = [['United States (federal)', `Fiscal ${y.year - r.int(2, 4)} and later`], ['United States (states)', `Fiscal ${y.year - r.int(3, 6)} and later`], ...regions.map((g) => [g.replace(/^the /, 'The '), `Fiscal ${y.year - r.int(3, 8)} and later`])];
  yield ctx.table(table('Major tax jurisdictions and years open to examination', ['Jurisdiction', 'Open tax years'], rows));
}

/** Note 11. */
export function* noteIncomeTaxes(ctx: ReportContext): Generator<Block> {
  const { y, p, pp, rng } = ctx;
  const y3 = [y, p, pp];
  const hdr3 = ['(in millions)', ...y3.map((l) => `Fiscal ${l.year}`)];

  yield ctx.note(11, 'Income Taxes');
  yield ctx.fromList('taxes', 3, { utbM: amount(utb(y)), utbRateM: amount(Math.round(utb(y) * 0.73)), auditYear: y.year - rng.int(3, 6) });
  const recRow = (label: string, f: (l: YearLedger) => number) => [label, ...y3.map((l) => pct(f(l), true))];
  const sum = (l: YearLedger) => l.taxRec.statutory + l.taxRec.state + l.taxRec.foreign + l.taxRec.credits + l.taxRec.other;
  yield ctx.table(table('Reconciliation of the statutory rate to the effective tax rate', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    recRow('Federal statutory rate', (l) => l.taxRec.statutory), recRow('State income taxes, net of federal benefit', (l) => l.taxRec.state),
    recRow('Foreign rate differential', (l) => l.taxRec.foreign), recRow('Tax credits', (l) => l.taxRec.credits), recRow('Other, net', (l) => l.taxRec.other),
    recRow('Effective tax rate', sum),
  ]));
  yield ctx.table(table('Components of income before income taxes', hdr3, [
    ['Domestic', ...y3.map((l) => amount(Math.round(l.pretax * 0.62)))], ['Foreign', ...y3.map((l) => amount(l.pretax - Math.round(l.pretax * 0.62)))], ['Income before income taxes', ...y3.map((l) => amount(l.pretax))],
  ]));
  yield* taxDetail(ctx);
  yield* carryforwardDetail(ctx);
  yield* openTaxYears(ctx);
  yield ctx.para([ctx.say(taxRateChange(y, p)), ctx.say(taxRateChange(p, pp))]);

}
