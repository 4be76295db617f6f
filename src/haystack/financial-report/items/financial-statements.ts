// Writes Item 8's opening: the auditor's report and the primary financial statements, rendered from the ledger.
import { goodwillBySegment, rebateAccrual } from '../figures/balances.js';
import { longDate } from '../calendar.js';
import { epsBasic, epsDiluted, pensionOci } from '../figures/earnings.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, dollars, money, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

/** Basis for opinion of the auditor's report. */
export function* auditorBasis(ctx: ReportContext): Generator<Block> {
  yield ctx.heading('Basis for Opinion');
  yield ctx.para([
    ctx.say(`These financial statements are the responsibility of the Company's management, and our responsibility is to express an opinion on them based on our audits.`),
    ctx.say(`We are a public accounting firm registered with the Public Company Accounting Oversight Board (United States) and are required to be independent with respect to the Company in accordance with the federal securities laws and the applicable rules and regulations of the Securities and Exchange Commission.`),
    ctx.say(`Our audits included {performing procedures to assess the risks of material misstatement|assessing the risks of material misstatement of the financial statements}, whether due to error or fraud, {and performing procedures that respond to those risks|and responding to those risks}, including examining, on a test basis, evidence regarding the amounts and disclosures in the financial statements.`),
  ]);
}

/** The customer-rebate critical audit matter of the auditor's report. */
export function* rebateCam(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const rebates = rebateAccrual(ctx, y);
  yield ctx.heading('Critical Audit Matter: Customer Rebate and Incentive Accruals');
  yield ctx.para([
    ctx.say(`{As described in Note 1|As discussed in Note 1 to the financial statements}, the Company reduces net sales for customer rebates and incentives, and {accrued rebates|the related accrual} totaled ${money(rebates)} at <fyEnd>.`),
    ctx.say(`{Auditing the accrual|Our audit of these accruals} was {challenging|complex} because {it depends on|management's estimate depends on} {forecast purchase volumes by customer and the tiered terms of ${c.segments.length > 3 ? 'several hundred' : 'many'} rebate agreements|projected customer purchases against tiered rebate thresholds}.`),
    ctx.say(`{Our procedures included {testing controls over the rebate process|testing the design and operating effectiveness of controls over the accrual}, {comparing prior-year estimates with amounts later paid|evaluating the historical accuracy of management's estimates} and {confirming rebate terms with selected customers|recalculating the accrual for a sample of agreements}|Among other procedures, we {tested controls over the rebate process|tested the design and operating effectiveness of controls over the accrual}, {compared prior-year estimates with amounts later paid|evaluated the historical accuracy of management's estimates} and {confirmed rebate terms with selected customers|recalculated the accrual for a sample of agreements}}.`),
  ]);
}

type Row = [string, (l: YearLedger) => number];

function rows(years: YearLedger[], spec: Row[]): string[][] {
  return spec.map(([label, f]) => [label, ...years.map((l) => cell(f(l)))]);
}

/** Income statement rows shared with MD&A. */
export const INCOME_ROWS: Row[] = [
  ['Net sales', (l) => l.sales], ['Cost of sales', (l) => l.cogs], ['Gross profit', (l) => l.gross],
  ['Selling, general and administrative expenses', (l) => l.sga], ['Research and development expenses', (l) => l.rnd],
  ['Amortization of intangible assets', (l) => l.amort], ['Restructuring charges', (l) => l.restructuring], ['Operating income', (l) => l.oi],
  ['Interest expense', (l) => l.interest], ['Other income (expense), net', (l) => l.otherIncome], ['Income before income taxes', (l) => l.pretax],
  ['Provision for income taxes', (l) => l.tax], ['Net income', (l) => l.ni],
];

/** Auditor's report and the five primary statements. */
export function* renderStatements(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const y3 = [y, p, pp];
  const hdr3 = ['(in millions, except per-share amounts)', ...y3.map((l) => `Fiscal ${l.year}`)];
  yield ctx.heading('Item 8. Financial Statements and Supplementary Data', true);
  yield ctx.heading('Report of Independent Registered Public Accounting Firm');
  yield ctx.meta(`To the Shareholders and Board of Directors of ${c.name}`);
  yield ctx.para([
    ctx.say(`We have audited the accompanying consolidated balance sheets of ${c.name} and subsidiaries (the Company) as of ${ctx.fyEnd(y.year)} and ${ctx.fyEnd(p.year)}, the related consolidated statements of operations, comprehensive income, shareholders' equity and cash flows for each of the three years in the period ended ${ctx.fyEnd(y.year)}, and the related notes.`),
    ctx.say('In our opinion, the financial statements {present fairly|fairly present}, in all material respects, the financial position of the Company {at|as of} <fyEnd> and <prevEnd>, and the results of its operations and its cash flows for each of the three years{ then ended| in the period ended <fyEnd>}, in conformity with {generally accepted accounting principles in the United States|accounting principles generally accepted in the United States of America}.', { prevEnd: ctx.fyEnd(p.year) }),
  ]);
  yield* auditorBasis(ctx);
  yield ctx.heading('Critical Audit Matter: Goodwill Impairment Assessment');
  const goodwill = goodwillBySegment(ctx, y);
  const camSeg = c.segments[goodwill.indexOf(Math.max(...goodwill))]!.name;
  yield ctx.para([
    ctx.say('{Critical audit matters are matters arising from the current-period audit that were communicated to the Audit Committee and that involved|A critical audit matter is a matter arising from the current-period audit that was communicated to the Audit Committee and that involves} {especially challenging, subjective or complex|difficult or subjective} auditor judgments.'),
    ctx.say(`{As described in Note 4|As discussed in Note 4 to the financial statements}, the Company's goodwill {balance|balance at year end} was $${amount(y.bs.goodwill)} million, of which the ${camSeg} reporting unit {accounted for the largest portion|represented the largest share}.`),
    ctx.say("{Auditing|Our audit of} {management's|the Company's} {impairment test|goodwill impairment assessment} {was complex|required significant judgment} {because of|due to} {the sensitivity of fair value to|the estimation uncertainty in} {revenue growth rates, operating margins and discount rates|projected cash flows and the discount rate}."),
  ]);
  yield* rebateCam(ctx);
  yield ctx.para([ctx.say(`We have served as the Company's auditor since ${ctx.pr.auditorSince}.`)]);
  yield ctx.meta(`/s/ ${c.auditor}\n${c.hqCity}, ${c.hqState}\n${longDate(ctx.cal.filedOn(y.year))}`);

  yield ctx.heading('Consolidated Statements of Operations');
  yield ctx.table(table(null, hdr3, [
    ...rows(y3, INCOME_ROWS),
    ['Earnings per share, basic', ...y3.map((l) => dollars(epsBasic(l)))],
    ['Earnings per share, diluted', ...y3.map((l) => dollars(epsDiluted(l)))],
    ['Weighted-average shares outstanding, basic', ...y3.map((l) => amount(l.basicShares))],
    ['Weighted-average shares outstanding, diluted', ...y3.map((l) => amount(l.dilutedShares))],
    ['Cash dividends declared per share', ...y3.map((l) => dollars(l.dps))],
  ]));
  yield ctx.heading('Consolidated Statements of Comprehensive Income');
  yield ctx.table(table(null, ['(in millions)', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ['Net income', ...y3.map((l) => cell(l.ni))],
    ['Foreign currency translation adjustments', ...y3.map((l) => cell(l.oci - pensionOci(l)))],
    ['Pension and postretirement adjustments, net of tax', ...y3.map((l) => cell(pensionOci(l)))],
    ['Other comprehensive income (loss)', ...y3.map((l) => cell(l.oci))],
    ['Comprehensive income', ...y3.map((l) => cell(l.ni + l.oci))],
  ]));
  yield ctx.heading('Consolidated Balance Sheets');
  const y2 = [y, p];
  // A balance that turned positive is no longer a "loss": the caption reads "income (loss)" as filers print it.
  const aociLabel = [pp, p, y].some((l) => l.bs.aoci >= 0 || l.bs.aoci - l.oci >= 0) ? 'Accumulated other comprehensive income (loss)' : 'Accumulated other comprehensive loss';
  yield ctx.table(table(null, ['(in millions)', ...y2.map((l) => ctx.fyEnd(l.year))], rows(y2, [
    ['Cash and cash equivalents', (l) => l.bs.cash], ['Accounts receivable, net', (l) => l.bs.ar], ['Inventories', (l) => l.bs.inv],
    ['Prepaid expenses and other current assets', (l) => l.bs.prepaid], ['Total current assets', (l) => l.bs.tca],
    ['Property, plant and equipment, net', (l) => l.bs.ppe], ['Goodwill', (l) => l.bs.goodwill], ['Intangible assets, net', (l) => l.bs.intang],
    ['Operating lease right-of-use assets', (l) => l.bs.rou], ['Other noncurrent assets', (l) => l.bs.otherNca], ['Total assets', (l) => l.bs.ta],
    ['Accounts payable', (l) => l.bs.ap], ['Accrued liabilities', (l) => l.bs.accrued], ['Current portion of long-term debt', (l) => l.bs.curDebt],
    ['Current operating lease liabilities', (l) => l.bs.curLease], ['Total current liabilities', (l) => l.bs.tcl], ['Long-term debt', (l) => l.bs.ltDebt],
    ['Noncurrent operating lease liabilities', (l) => l.bs.ltLease], ['Pension and postretirement obligations', (l) => l.bs.pension],
    ['Deferred income taxes', (l) => l.bs.deferredTax], ['Other noncurrent liabilities', (l) => l.bs.otherLtl], ['Total liabilities', (l) => l.bs.tl],
    ['Common stock and additional paid-in capital', (l) => l.bs.apic], ['Retained earnings', (l) => l.bs.retained],
    [aociLabel, (l) => l.bs.aoci], ['Treasury stock, at cost', (l) => l.bs.treasury],
    ["Total shareholders' equity", (l) => l.bs.te], ["Total liabilities and shareholders' equity", (l) => l.bs.tle],
  ])));
  yield ctx.heading('Consolidated Statements of Cash Flows');
  yield ctx.table(table(null, ['(in millions)', ...y3.map((l) => `Fiscal ${l.year}`)], rows(y3, [
    ['Net income', (l) => l.cf.ni], ['Depreciation', (l) => l.cf.da], ['Amortization of intangible assets', (l) => l.cf.amort],
    ['Stock-based compensation', (l) => l.cf.sbc], ['Deferred income taxes', (l) => l.cf.deferredTax], ['Other non-cash items, net', (l) => l.cf.otherOp],
    ['Change in accounts receivable', (l) => l.cf.dAr], ['Change in inventories', (l) => l.cf.dInv], ['Change in prepaid expenses and other assets', (l) => l.cf.dPrepaid],
    ['Change in accounts payable', (l) => l.cf.dAp], ['Change in accrued liabilities', (l) => l.cf.dAccrued],
    ['Net cash provided by operating activities', (l) => l.cf.cfo],
    ['Capital expenditures', (l) => l.cf.capex], ['Acquisitions, net of cash acquired', (l) => l.cf.acquisitions],
    ['Proceeds from sales of assets', (l) => l.cf.assetSales], ['Other investing activities, net', (l) => l.cf.otherInv],
    ['Net cash used in investing activities', (l) => l.cf.cfi],
    ['Proceeds from borrowings', (l) => l.cf.borrowings], ['Repayments of debt', (l) => l.cf.repayments], ['Dividends paid', (l) => l.cf.dividends],
    ['Repurchases of common stock', (l) => l.cf.buybacks], ['Proceeds from stock option exercises', (l) => l.cf.optionProceeds],
    ['Taxes paid on vested equity awards and other', (l) => l.cf.otherFin], ['Net cash provided by (used in) financing activities', (l) => l.cf.cff],
    ['Effect of exchange rate changes on cash', (l) => l.cf.fx], ['Net increase (decrease) in cash and cash equivalents', (l) => l.cf.change],
    ['Cash and cash equivalents, beginning of year', (l) => l.cf.begin], ['Cash and cash equivalents, end of year', (l) => l.cf.end],
  ])));
  yield ctx.heading("Consolidated Statements of Shareholders' Equity");
  const eqRows: string[][] = [];
  for (const l of [pp, p, y]) {
    const dApic = l.cf.sbc + l.cf.optionProceeds + l.cf.otherFin;
    const begin = [l.bs.apic - dApic, l.bs.retained - l.ni - l.cf.dividends, l.bs.aoci - l.oci, l.bs.treasury - l.cf.buybacks];
    const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
    const line = (label: string, v: number[]) => eqRows.push([label, ...v.map(cell), cell(sum(v))]);
    if (l === pp) line(`Balance at beginning of fiscal ${l.year}`, begin);
    line('Net income', [0, l.ni, 0, 0]);
    line('Other comprehensive income (loss)', [0, 0, l.oci, 0]);
    line(`Dividends declared (${dollars(l.dps)} per share)`, [0, l.cf.dividends, 0, 0]);
    line('Repurchases of common stock', [0, 0, 0, l.cf.buybacks]);
    line('Stock-based compensation and option exercises, net', [dApic, 0, 0, 0]);
    line(`Balance at end of fiscal ${l.year}`, [l.bs.apic, l.bs.retained, l.bs.aoci, l.bs.treasury]);
  }
  yield ctx.table(table(null, ['(in millions)', 'Common stock and paid-in capital', 'Retained earnings', aociLabel, 'Treasury stock', 'Total'], eqRows));
}
