// Writes Notes 20 (Accumulated Other Comprehensive Loss) and 21 (Supplemental Balance Sheet and Cash Flow Information).
import { ACCRUED_LABELS, accruedComponents, otherIncomeParts, warrantyReserve, warrantySettled } from '../figures/balances.js';
import { aociPension, pensionOci } from '../figures/earnings.js';
import { driftWeights, splitBy, yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, money, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

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

const paren = (t: number) => (t === 0 ? '—' : `(${amount(Math.abs(t))})`);

/** Note 20. */
export function* noteAoci(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  yield ctx.note(20, 'Accumulated Other Comprehensive Loss');
  const begin = p.bs.aoci;
  const pen = pensionOci(y);
  const reclass = Math.round(Math.abs(y.pensionPbo) * yearRng(c, y.year, 'aoci-reclass').float(0.001, 0.004));
  const cols = (fx: number, pension: number) => [cell(fx), cell(pension), cell(fx + pension)];
  yield ctx.table(table(`Changes in accumulated other comprehensive loss, fiscal ${y.year} (in millions)`, ['', 'Foreign currency translation', 'Pension and postretirement benefits', 'Total'], [
    [`Balance at ${ctx.fyEnd(p.year)}`, ...cols(begin - aociPension(begin), aociPension(begin))],
    ['Other comprehensive income (loss) before reclassifications', ...cols(y.oci - pen, pen - reclass)],
    ['Amounts reclassified to net income', ...cols(0, reclass)],
    [`Balance at ${ctx.fyEnd(y.year)}`, ...cols(y.bs.aoci - aociPension(y.bs.aoci), aociPension(y.bs.aoci))],
  ]));
  yield ctx.para([
    ctx.say(`{Amounts reclassified from|Reclassifications out of} accumulated other comprehensive loss {consisted of|were} the amortization of net actuarial losses{, recorded in other income (expense), net,| included in other income (expense), net} of $${amount(reclass)} million before tax.`),
    ctx.say(`Foreign currency translation {contributed|accounted for} ${y.oci - pen >= 0 ? 'a gain' : 'a loss'} of $${amount(Math.abs(y.oci - pen))} million in fiscal ${y.year}{, reflecting movements in <currency> against the dollar|}.`, { currency: ['the euro', 'the Canadian dollar', 'the Mexican peso', 'the Chinese renminbi'] }),
  ]);

}

/** Note 21. */
export function* noteSupplemental(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  yield ctx.note(21, 'Supplemental Balance Sheet and Cash Flow Information');
  yield* otherIncomeNote(ctx);
  yield* otherNoncurrent(ctx);
  const ay = accruedComponents(ctx, y);
  const ap = accruedComponents(ctx, p);
  yield ctx.table(table('Accrued liabilities (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...ACCRUED_LABELS.map((lab, k) => [lab, cell(ay[k]!), cell(ap[k]!)]), ['Total accrued liabilities', amount(y.bs.accrued), amount(p.bs.accrued)],
  ]));
  const prepaid = (l: YearLedger) => splitBy(l.bs.prepaid, driftWeights(c, l.year, 'prepaid', [[0.2, 0.35], [0.15, 0.3], [0.1, 0.2], [0.2, 0.3]]));
  const py = prepaid(y);
  const pp2 = prepaid(p);
  yield ctx.table(table('Prepaid expenses and other current assets (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...['Prepaid income taxes', 'Value-added and other tax receivables', 'Derivative assets and other receivables', 'Prepaid insurance, software and other'].map((lab, k) => [lab, amount(py[k]!), amount(pp2[k]!)]),
    ['Total prepaid expenses and other current assets', amount(y.bs.prepaid), amount(p.bs.prepaid)],
  ]));
  const wBegin = warrantyReserve(ctx, p);
  const wEnd = warrantyReserve(ctx, y);
  const settled = warrantySettled(ctx, y, wBegin);
  yield ctx.table(table(`Product warranty reserve, fiscal ${y.year} (in millions)`, ['', 'Amount'], [
    ['Balance at beginning of year', amount(wBegin)], ['Provisions for warranties issued', amount(wEnd - wBegin + settled)], ['Settlements made', paren(settled)], ['Balance at end of year', amount(wEnd)],
  ]));
  const y3 = [y, p, pp];
  const supp = (l: YearLedger) => { const r = yearRng(c, l.year, 'supplemental'); return [Math.round(l.interest * r.float(0.94, 1.04)), Math.max(0, Math.round((l.tax - l.cf.deferredTax) * r.float(0.9, 1.1))), Math.round(-l.cf.capex * r.float(0.04, 0.09)), Math.round(l.bs.rou * r.float(0.1, 0.22))]; };
  const sv = y3.map(supp);
  yield ctx.table(table('Supplemental cash flow information (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ...['Interest paid', 'Income taxes paid, net of refunds', 'Capital expenditures in accounts payable at year end', 'Right-of-use assets obtained for new operating leases'].map((lab, k) => [lab, ...sv.map((v) => amount(v[k]!))]),
  ]));
}
