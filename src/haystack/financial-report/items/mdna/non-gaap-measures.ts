// Writes MD&A's fourth-quarter results, non-GAAP reconciliations, organic growth and free cash flow.
import { adjustments } from '../../figures/earnings.js';
import { marginTenths } from '../../writing/change-sentence.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, cell, changeTenthsPct, dollars, money, pct, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';

const Q4 = (l: YearLedger) => l.quarters[3]!;

/** Fourth-quarter commentary and the non-GAAP section of Item 7. */
export function* renderMdnaQuarterAndNonGaap(ctx: ReportContext, drivers: (cur: YearLedger, prev: YearLedger) => number[]): Generator<Block> {
  const { c, y, p, rng } = ctx;
  yield ctx.subsection(`Fourth Quarter of Fiscal ${y.year}`, 'Fourth Quarter');
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

  yield ctx.subsection('Non-GAAP Financial Measures');
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

/** Organic growth by segment for the prior-year comparison (MD&A). */
export function* priorOrganic(ctx: ReportContext): Generator<Block> {
  const { c, p, pp } = ctx;
  yield ctx.table(table(`Net sales growth, fiscal ${p.year} compared with fiscal ${pp.year}`, ['', 'Reported change', 'Foreign currency', 'Acquisitions', 'Organic change'], c.segments.map((s, i) => {
    const d = p.seg[i]!;
    return [s.name, pct(changeTenthsPct(d.sales, pp.seg[i]!.sales), true), pct(d.fx, true), pct(d.acquisition, true), pct(d.volume + d.price, true)];
  })));
}
