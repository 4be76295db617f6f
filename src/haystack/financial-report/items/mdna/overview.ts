// Writes the MD&A overview tables: five-year summary, key performance metrics and segment EBITDA.
import { epsDiluted } from '../../figures/earnings.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, dollars, money, pct, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';

/** Five fiscal years of selected data, all read from the ledger. */
export function* renderFiveYear(ctx: ReportContext): Generator<Block> {
  const { y, p, pp, older } = ctx;
  const ys = [y, p, pp, ...older];
  if (ys.length < 5) return;
  yield ctx.heading('Five-Year Financial Summary');
  const row = (label: string, f: (l: YearLedger) => string) => [label, ...ys.map(f)];
  yield ctx.table(table('Selected financial data (in millions, except per-share amounts and employees)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    row('Net sales', (l) => amount(l.sales)), row('Gross profit', (l) => amount(l.gross)), row('Operating income', (l) => amount(l.oi)),
    row('Net income', (l) => amount(l.ni)), row('Diluted earnings per share', (l) => dollars(epsDiluted(l))), row('Cash dividends declared per share', (l) => dollars(l.dps)),
    row('Total assets at year end', (l) => amount(l.bs.ta)), row('Total debt at year end', (l) => amount(l.bs.curDebt + l.bs.ltDebt)), row("Total shareholders' equity", (l) => amount(l.bs.te)),
    row('Net cash provided by operating activities', (l) => amount(l.cf.cfo)), row('Capital expenditures', (l) => amount(-l.cf.capex)),
    row('Employees at year end', (l) => l.headcount.toLocaleString('en-US')),
  ]));
  const first = ys[4]!;
  const cagr = (Math.pow(y.sales / first.sales, 1 / 4) - 1) * 100;
  const best = ys.reduce((a, b) => (b.oi / b.sales > a.oi / a.sales ? b : a));
  yield ctx.para([
    ctx.say(`Over the four years since fiscal ${first.year}, net sales ${cagr >= 0 ? '{grew|increased}' : '{declined|decreased}'} at a compound annual rate of ${Math.abs(cagr).toFixed(1)}%{, from ${money(first.sales)} to ${money(y.sales)}|}.`),
    ctx.say(`{Operating margin peaked|Our operating margin was highest} in fiscal ${best.year}, at ${pct(Math.round((best.oi / best.sales) * 1000))}{, and the five-year average was ${pct(Math.round((ys.reduce((a, l) => a + l.oi / l.sales, 0) / 5) * 1000))}|}.`),
    ctx.say(`{Total debt|Debt outstanding} {stood at|was} ${money(y.bs.curDebt + y.bs.ltDebt)} at <fyEnd>, {compared with|against} ${money(first.bs.curDebt + first.bs.ltDebt)} at the end of fiscal ${first.year}.`),
  ]);
}

/** Key performance metrics for three years (MD&A overview). */
export function* keyMetrics(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const ys = [y, p, pp];
  const capital = (l: YearLedger) => l.bs.curDebt + l.bs.ltDebt + l.bs.te - l.bs.cash;
  const roic = (l: YearLedger) => Math.round(((l.oi * (1 - l.tax / Math.max(1, l.pretax))) / Math.max(1, capital(l))) * 1000);
  yield ctx.table(table('Key performance metrics', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ['Gross margin', ...ys.map((l) => pct(Math.round((l.gross / l.sales) * 1000)))], ['Operating margin', ...ys.map((l) => pct(Math.round((l.oi / l.sales) * 1000)))],
    ['Return on invested capital', ...ys.map((l) => pct(roic(l)))], ['Free cash flow conversion (free cash flow to net income)', ...ys.map((l) => pct(Math.round(((l.cf.cfo + l.cf.capex) / l.ni) * 1000)))],
    ['Trade working capital as a percentage of net sales', ...ys.map((l) => pct(Math.round(((l.bs.ar + l.bs.inv - l.bs.ap) / l.sales) * 1000)))],
  ]));
  yield ctx.para([ctx.say(`{We define|Return on invested capital is} {return on invested capital as|defined as} operating income after tax at the effective rate, divided by total debt plus shareholders' equity less cash{, measured at year end|}; it was ${pct(roic(y))} in fiscal ${y.year}, ${roic(y) >= roic(p) ? 'up' : 'down'} from ${pct(roic(p))}.`)]);
}

/** Adjusted EBITDA by segment (segment operating income plus depreciation) for three years (MD&A). */
export function* segmentEbitda(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const ys = [y, p, pp];
  yield ctx.table(table('Segment EBITDA (segment operating income plus depreciation, in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ...c.segments.map((s, i) => [s.name, ...ys.map((l) => amount(l.seg[i]!.oi + l.seg[i]!.da))]),
    ['Segment EBITDA margin, total of segments', ...ys.map((l) => pct(Math.round((l.seg.reduce((a, s) => a + s.oi + s.da, 0) / l.sales) * 1000)))],
  ]));
}
