// Notes 20–22: accumulated other comprehensive loss, supplemental balance-sheet and cash-flow information, subsequent events.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { otherNoncurrent } from './render-more-d.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, table } from './format.js';
import { restructuringLiability } from './notes-detail-b.js';
import { otherIncomeNote } from './notes-detail-d.js';
import { driftWeights, splitBy, yearRng } from './profile.js';
import { renderSubsequentEvents } from './render-notes-b.js';
import { aociPension, pensionOci } from './render-statements.js';

const paren = (t: number) => (t === 0 ? '—' : `(${amount(Math.abs(t))})`);

/** Product warranty reserve at a year end, in tenths. */
export function warrantyReserve(ctx: ReportContext, l: YearLedger): number {
  const base = yearRng(ctx.c, 0, 'warranty').float(0.003, 0.006);
  return Math.round(l.sales * base * yearRng(ctx.c, l.year, 'warranty').float(0.97, 1.03));
}

/** Warranty settlements of a fiscal year, in tenths (Note 21 and Schedule II). */
export function warrantySettled(ctx: ReportContext, l: YearLedger, begin: number): number {
  return Math.round(begin * yearRng(ctx.c, l.year, 'warranty-paid').float(0.55, 0.85));
}

/** Accrued liabilities by component at a year end, in tenths; they sum to the balance-sheet amount. */
export function accruedComponents(ctx: ReportContext, l: YearLedger): number[] {
  const fixed = [warrantyReserve(ctx, l), restructuringLiability(ctx, l)];
  const rest = splitBy(l.bs.accrued - fixed[0]! - fixed[1]!, driftWeights(ctx.c, l.year, 'accrued', [[0.3, 0.4], [0.15, 0.25], [0.08, 0.14], [0.04, 0.08], [0.1, 0.2]]));
  return [rest[0]!, rest[1]!, fixed[0]!, fixed[1]!, rest[2]!, rest[3]!, rest[4]!];
}

/** Labels of `accruedComponents`, in order. */
export const ACCRUED_LABELS = ['Compensation and benefits', 'Customer rebates and allowances', 'Product warranties', 'Restructuring', 'Taxes other than income taxes', 'Accrued interest', 'Other'];

/** Notes 20 to 22 of one year's report. */
export function* renderNotesC(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  yield ctx.heading('Note 20. Accumulated Other Comprehensive Loss');
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

  yield ctx.heading('Note 21. Supplemental Balance Sheet and Cash Flow Information');
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
  yield* renderSubsequentEvents(ctx, 22);
}
