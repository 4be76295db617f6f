// MD&A detail: fourth-quarter results, non-GAAP reconciliations, organic growth, credit facility and covenants, cash by region, capital allocation.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { marginTenths } from './change-sentence.js';
import { amount, cell, changeTenthsPct, dollars, money, pct, table } from './format.js';
import { driftWeights, splitBy, yearRng } from './profile.js';

/** Adjustments excluded from adjusted operating income in a fiscal year, in tenths. */
export function adjustments(ctx: ReportContext, l: YearLedger): { amort: number; restructuring: number; acquisition: number; total: number } {
  const acquisition = l.acquisition ? Math.max(1, Math.round(l.acquisition.price * yearRng(ctx.c, l.year, 'deal-costs').float(0.01, 0.03))) : 0;
  return { amort: l.amort, restructuring: l.restructuring, acquisition, total: l.amort + l.restructuring + acquisition };
}

/** Cash and cash equivalents by region at a fiscal year end, in tenths; they sum to balance-sheet cash. */
export function cashByRegion(ctx: ReportContext, l: YearLedger): number[] {
  return splitBy(l.bs.cash, driftWeights(ctx.c, l.year, 'cash-regions', [[3, 6], [1.5, 3], [1, 2.5], [0.3, 1]]));
}

/** The maximum net leverage ratio the credit agreement allows. */
export function covenantMax(ctx: ReportContext): number {
  return [3.5, 3.75, 4, 4.25][ctx.pr.creditAgreementYear % 4]!;
}

/** Net leverage ratio and interest coverage ratio of a fiscal year. */
export function ratios(l: YearLedger): { ebitda: number; leverage: number; coverage: number } {
  const ebitda = l.oi + l.cf.da + l.amort + l.restructuring;
  return { ebitda, leverage: (l.bs.curDebt + l.bs.ltDebt - l.bs.cash) / ebitda, coverage: ebitda / Math.max(1, l.interest) };
}

const Q4 = (l: YearLedger) => l.quarters[3]!;

/** Fourth-quarter commentary and the non-GAAP section of Item 7. */
export function* renderMdnaQuarterAndNonGaap(ctx: ReportContext, drivers: (cur: YearLedger, prev: YearLedger) => number[]): Generator<Block> {
  const { c, y, p, rng } = ctx;
  yield ctx.heading(`Fourth Quarter of Fiscal ${y.year}`);
  const a = Q4(y);
  const b = Q4(p);
  const line = (label: string, x: number, z: number) => [label, amount(x), amount(z), pct(changeTenthsPct(x, z), true)];
  yield ctx.table(table(null, ['(in millions, except per-share amounts)', `Fourth quarter ${y.year}`, `Fourth quarter ${p.year}`, '% change'], [
    line('Net sales', a.sales, b.sales), line('Gross profit', a.gross, b.gross), line('Operating income', a.oi, b.oi), line('Net income', a.ni, b.ni),
    ['Diluted earnings per share', dollars(a.ni / y.dilutedShares), dollars(b.ni / p.dilutedShares), ''],
  ]));
  const up = (x: number, z: number) => (x >= z ? '{rose|increased|grew}' : '{declined|decreased|fell}');
  yield ctx.para([
    ctx.say(`Fourth-quarter net sales ${up(a.sales, b.sales)} ${pct(changeTenthsPct(a.sales, b.sales))} to ${money(a.sales)} from ${money(b.sales)} in the fourth quarter of fiscal ${p.year}{, reflecting ${a.sales >= b.sales ? '<volUp>' : '<volDown>'}|}.`, { volUp: c.industry.volumeUp, volDown: c.industry.volumeDown }),
    ctx.say(`Gross margin in the quarter was ${pct(marginTenths(a.gross, a.sales))}, {compared with|against} ${pct(marginTenths(b.gross, b.sales))} a year earlier, and operating income was ${money(a.oi)}{, or ${pct(marginTenths(a.oi, a.sales))} of net sales|}.`),
    ctx.say(`Net income for the quarter was ${money(a.ni)}, or ${dollars(a.ni / y.dilutedShares)} per diluted share, {compared with|versus} ${money(b.ni)}, or ${dollars(b.ni / p.dilutedShares)} per diluted share, in the {prior-year quarter|fourth quarter of fiscal ${p.year}}.`),
  ]);

  yield ctx.heading('Non-GAAP Financial Measures');
  yield ctx.para([
    ctx.say('{We supplement|In addition to} {our GAAP results|results reported under GAAP}{ with|, we present} adjusted operating income, adjusted net income, adjusted diluted earnings per share, adjusted EBITDA, organic sales growth and free cash flow{, which are not measures defined by GAAP|}.'),
    ctx.say('{Management uses these measures|These measures are used by management} {to evaluate segment performance and to set incentive compensation targets|in planning, in evaluating performance and in determining incentive compensation}{, and we believe they help investors compare results across periods|}.'),
    ctx.say('{They should be considered in addition to, not as a substitute for,|They are not a substitute for} {the most directly comparable GAAP measures|measures prepared in accordance with GAAP}{, and our definitions may differ from those used by other companies|}.'),
  ]);
  const ys = [y, p];
  const adj = ys.map((l) => adjustments(ctx, l));
  const taxRate = (l: YearLedger) => l.tax / Math.max(1, l.pretax);
  const adjTax = ys.map((l, k) => Math.round(adj[k]!.total * taxRate(l)));
  const adjNi = ys.map((l, k) => l.ni + adj[k]!.total - adjTax[k]!);
  const hdr = ['(in millions, except per-share amounts)', `Fiscal ${y.year}`, `Fiscal ${p.year}`];
  yield ctx.table(table('Reconciliation of operating income to adjusted operating income', hdr, [
    ['Operating income (GAAP)', amount(y.oi), amount(p.oi)], ['Amortization of intangible assets', ...adj.map((x) => cell(x.amort))],
    ['Restructuring charges', ...adj.map((x) => cell(x.restructuring))], ['Acquisition and integration costs', ...adj.map((x) => cell(x.acquisition))],
    ['Adjusted operating income (non-GAAP)', ...ys.map((l, k) => amount(l.oi + adj[k]!.total))],
    ['Adjusted operating margin', ...ys.map((l, k) => pct(marginTenths(l.oi + adj[k]!.total, l.sales)))],
  ]));
  yield ctx.table(table('Reconciliation of net income to adjusted net income and adjusted diluted earnings per share', hdr, [
    ['Net income (GAAP)', amount(y.ni), amount(p.ni)], ['Pre-tax adjustments', ...adj.map((x) => cell(x.total))],
    ['Income tax effect of adjustments', ...adjTax.map((t) => cell(-t))], ['Adjusted net income (non-GAAP)', ...adjNi.map((n) => amount(n))],
    ['Weighted-average diluted shares', amount(y.dilutedShares), amount(p.dilutedShares)],
    ['Adjusted diluted earnings per share (non-GAAP)', ...ys.map((l, k) => dollars(adjNi[k]! / l.dilutedShares))],
  ]));
  const ebitda = ys.map((l) => l.ni + l.interest + l.tax + l.cf.da + l.amort);
  yield ctx.table(table('Reconciliation of net income to adjusted EBITDA', hdr, [
    ['Net income (GAAP)', amount(y.ni), amount(p.ni)], ['Interest expense', amount(y.interest), amount(p.interest)], ['Provision for income taxes', amount(y.tax), amount(p.tax)],
    ['Depreciation', amount(y.cf.da), amount(p.cf.da)], ['Amortization of intangible assets', amount(y.amort), amount(p.amort)], ['EBITDA (non-GAAP)', ...ebitda.map((e) => amount(e))],
    ['Restructuring and acquisition costs', ...adj.map((x) => cell(x.restructuring + x.acquisition))], ['Stock-based compensation', amount(y.cf.sbc), amount(p.cf.sbc)],
    ['Adjusted EBITDA (non-GAAP)', ...ys.map((l, k) => amount(ebitda[k]! + adj[k]!.restructuring + adj[k]!.acquisition + l.cf.sbc))],
  ]));
  const adjEps = adjNi[0]! / y.dilutedShares;
  yield ctx.para([
    ctx.say(`Adjusted operating income was ${money(y.oi + adj[0]!.total)} in fiscal ${y.year}, {compared with|versus} ${money(p.oi + adj[1]!.total)} in fiscal ${p.year}, and adjusted operating margin {was|came in at} ${pct(marginTenths(y.oi + adj[0]!.total, y.sales))}.`),
    ctx.say(`Adjusted diluted earnings per share were ${dollars(adjEps)}{, ${adjEps >= adjNi[1]! / p.dilutedShares ? 'up' : 'down'} from ${dollars(adjNi[1]! / p.dilutedShares)} in fiscal ${p.year}|}{, and exclude ${money(adj[0]!.total)} of pre-tax adjustments| after excluding ${money(adj[0]!.total)} of pre-tax items|}.`),
  ]);
  yield ctx.heading('Organic Sales Growth');
  const segRows = c.segments.map((s, i) => {
    const d = y.seg[i]!;
    return [s.name, pct(changeTenthsPct(d.sales, p.seg[i]!.sales), true), pct(d.fx, true), pct(d.acquisition, true), pct(d.volume + d.price, true)];
  });
  const [vol, price, fx, acq] = drivers(y, p);
  yield ctx.table(table(`Net sales growth, fiscal ${y.year} compared with fiscal ${p.year}`, ['', 'Reported change', 'Foreign currency', 'Acquisitions', 'Organic change'], [
    ...segRows, ['Consolidated', pct(changeTenthsPct(y.sales, p.sales), true), pct(fx!, true), pct(acq!, true), pct(vol! + price!, true)],
  ]));
  yield ctx.para([ctx.say(`{Organic sales|Organic net sales}, which exclude the effects of foreign currency and acquisitions, ${vol! + price! >= 0 ? '{grew|increased}' : '{declined|decreased}'} ${pct(vol! + price!)} in fiscal ${y.year}{, with pricing ${price! >= 0 ? 'adding' : 'subtracting'} ${pct(price!)} and volume ${vol! >= 0 ? 'adding' : 'subtracting'} ${pct(vol!)}|, as ${price! >= 0 ? 'higher' : 'lower'} prices ${price! >= 0 ? 'added' : 'took away'} ${pct(price!)} and ${vol! >= 0 ? 'higher' : 'lower'} volume ${vol! >= 0 ? 'added' : 'took away'} ${pct(vol!)}|}.`)]);
  const fcf = ys.map((l) => l.cf.cfo + l.cf.capex);
  yield ctx.table(table('Free cash flow', hdr, [
    ['Net cash provided by operating activities', amount(y.cf.cfo), amount(p.cf.cfo)], ['Capital expenditures', amount(y.cf.capex), amount(p.cf.capex)],
    ['Free cash flow (non-GAAP)', ...fcf.map((f) => amount(f))], ['Free cash flow as a percentage of net income', ...ys.map((l, k) => pct(marginTenths(fcf[k]!, l.ni)))],
  ]));
  void rng;
}

/** Credit facility, covenants, cash by region and capital allocation in the liquidity section. */
export function* renderLiquidityDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr, rng } = ctx;
  yield ctx.heading('Credit Facilities and Covenants');
  const lenders = pr.lenders;
  const r = ratios(y);
  const rp = ratios(p);
  const max = covenantMax(ctx);
  yield ctx.para([
    ctx.say(`Our $${amount(y.revolverCapacity)} million revolving credit facility {is provided under|is governed by} a credit agreement dated ${c.fyEndMonth} ${12 + (pr.creditAgreementYear % 15)}, ${pr.creditAgreementYear}, {with|among us,} ${c.bank} as administrative agent{ and ${lenders.slice(0, 3).join(', ')} and ${lenders[3]} as co-syndication agents| and a syndicate of ${rng.int(9, 16)} lenders that includes ${lenders.slice(0, 2).join(' and ')}|}.`),
    ctx.say(`Borrowings bear interest at {the secured overnight financing rate|term SOFR} plus a margin of ${100 + (pr.creditAgreementYear % 6) * 12.5} basis points{ that varies with our credit ratings|, adjusted by a pricing grid tied to our leverage|}, and we pay a facility fee of ${10 + (pr.creditAgreementYear % 4) * 2.5} basis points on the {full commitment|unused commitment}.`),
    ctx.say(`The agreement {limits|restricts} our net leverage ratio to ${max.toFixed(2)} to 1.0 and requires an interest coverage ratio of at least 3.00 to 1.0; at <fyEnd> {these ratios were|we reported ratios of} ${r.leverage.toFixed(2)} and ${r.coverage.toFixed(2)}{, respectively|}{, and we were in compliance with all covenants|}.`),
  ]);
  yield ctx.table(table('Financial covenants under the credit agreement', ['Covenant', 'Requirement', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Net leverage ratio (net debt to EBITDA)', `No more than ${max.toFixed(2)}`, r.leverage.toFixed(2), rp.leverage.toFixed(2)],
    ['Interest coverage ratio (EBITDA to interest expense)', 'At least 3.00', r.coverage.toFixed(2), rp.coverage.toFixed(2)],
    ['EBITDA, as defined (in millions)', '', amount(r.ebitda), amount(rp.ebitda)],
  ]));
  yield ctx.heading('Cash Held by Region');
  const regions = ['United States', 'Europe', 'Asia Pacific', 'Latin America and Canada'];
  const cy = cashByRegion(ctx, y);
  const cp = cashByRegion(ctx, p);
  yield ctx.table(table('Cash and cash equivalents by region (in millions)', ['Region', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...regions.map((name, k) => [name, amount(cy[k]!), amount(cp[k]!)]), ['Total cash and cash equivalents', amount(y.bs.cash), amount(p.bs.cash)],
  ]));
  const abroad = y.bs.cash - cy[0]!;
  yield ctx.para([
    ctx.say(`{Of our cash and cash equivalents|Of the cash we held} at <fyEnd>, ${money(abroad)} was held by {subsidiaries outside the United States|foreign subsidiaries}{, most of it in Europe and Asia Pacific|}.`),
    ctx.say(`{We could repatriate most of this cash without material incremental tax|Repatriating most of these balances would trigger withholding taxes of about ${money(Math.round(abroad * 0.02))}}{, and we periodically bring excess foreign cash home to fund dividends and debt service|}.`),
  ]);
  yield ctx.heading('Capital Allocation');
  const y3 = [y, p, pp];
  yield ctx.table(table('Uses of cash (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ['Capital expenditures', ...y3.map((l) => amount(-l.cf.capex))], ['Acquisitions, net of cash acquired', ...y3.map((l) => cell(-l.cf.acquisitions))],
    ['Dividends paid', ...y3.map((l) => amount(-l.cf.dividends))], ['Repurchases of common stock', ...y3.map((l) => cell(-l.cf.buybacks))],
    ['Total', ...y3.map((l) => amount(-l.cf.capex - l.cf.acquisitions - l.cf.dividends - l.cf.buybacks))],
  ]));
  yield ctx.para([
    ctx.say(`{We returned|Returns to shareholders totaled} ${money(-y.cf.dividends - y.cf.buybacks)}{ to shareholders| in fiscal ${y.year}}, {compared with|versus} ${money(-p.cf.dividends - p.cf.buybacks)} in fiscal ${p.year}{, including ${money(-y.cf.buybacks)} of share repurchases|}.`),
    ctx.say(`{Our board raised the quarterly dividend|The quarterly dividend was increased} ${pct(changeTenthsPct(Math.round(y.dps * 100), Math.round(p.dps * 100)))} {in fiscal ${y.year}|during the year}, and ${dollars(y.dps)} per share was declared for the year.`),
  ]);
}

/** Goodwill headroom of each reporting unit (segment) in the year's impairment test, in percent. */
export function goodwillHeadroom(ctx: ReportContext): Array<readonly [string, number]> {
  const r = yearRng(ctx.c, ctx.y.year, 'goodwill-headroom');
  return ctx.c.segments.map((s) => [s.name, r.int(9, 160)] as const);
}

/** Sensitivities of the critical accounting estimates to their key assumptions. */
export function* renderEstimateSensitivities(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  const r = yearRng(c, y.year, 'sensitivity');
  const pbo = y.pensionPbo;
  const cost = Math.max(5, Math.round(pbo * r.float(0.01, 0.025)));
  yield ctx.table(table('Sensitivity of critical estimates to changes in key assumptions (in millions)', ['Assumption', 'Change', 'Effect on fiscal ' + (y.year + 1) + ' pre-tax income', 'Effect on year-end balance'], [
    ['Pension discount rate', '50 basis point decrease', `(${amount(Math.round(cost * 0.12))})`, `${amount(Math.round(pbo * 0.052))} increase in obligation`],
    ['Expected return on plan assets', '50 basis point decrease', `(${amount(Math.round(y.pensionAssets * 0.005))})`, '—'],
    ['Goodwill discount rate', '100 basis point increase', '—', `Headroom of the tightest reporting unit falls to ${r.int(4, 30)}%`],
    ['Customer rebate accrual', '10% increase in estimated payout', `(${amount(Math.round(y.sales * r.float(0.001, 0.003)))})`, `${amount(Math.round(y.sales * r.float(0.001, 0.003)))} increase in accrued rebates`],
    ['Inventory reserve', '1 percentage point increase in reserve rate', `(${amount(Math.round(y.bs.inv / 100))})`, `${amount(Math.round(y.bs.inv / 100))} decrease in inventories`],
    ['Effective tax rate', '1 percentage point increase', `(${amount(Math.round(y.pretax / 100))})`, '—'],
  ]));
  const units = goodwillHeadroom(ctx);
  const tight = units.reduce((a, b) => (b[1] < a[1] ? b : a));
  yield ctx.para([
    ctx.say(`In our {annual|most recent annual} goodwill impairment test{, performed as of the first day of the fourth quarter|}, the estimated fair value of each reporting unit exceeded its carrying value; ${units.map(([n, h]) => `${n} by ${h}%`).join(', ')}.`),
    ctx.say(`The ${tight[0]} reporting unit had the {smallest|narrowest} {cushion|margin}{, and a ${rng.pick([10, 15, 20])}% decline in its projected cash flows would not have resulted in an impairment| and is the unit we monitor most closely|}.`),
  ]);
}
