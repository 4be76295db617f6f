// Further report detail: segment results by quarter in MD&A, key metrics, fixed-rate debt by maturity, goodwill by segment, legal matters, cybersecurity specifics.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, changeTenthsPct, money, pct, table } from './format.js';
import { goodwillBySegment, notesFairValue } from './notes-detail-a.js';
import { segmentQuarters } from './notes-detail-c.js';
import { yearRng } from './profile.js';
import { lineSales } from './render-mdna-detail.js';

const Q = ['first', 'second', 'third', 'fourth'];

/** Segment sales and operating income by quarter against the prior-year quarter (MD&A). */
export function* segmentQuarterDiscussion(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = segmentQuarters(ctx, y);
  const b = segmentQuarters(ctx, p);
  yield ctx.heading('Segment Results by Quarter');
  for (const [i, s] of c.segments.entries()) {
    const parts = [0, 1, 2, 3].map((k) => {
      const d = changeTenthsPct(a.sales[i]![k]!, b.sales[i]![k]!);
      return `${Q[k]}-quarter sales ${d >= 0 ? '{rose|grew|increased}' : '{fell|declined|decreased}'} ${pct(d)} to ${money(a.sales[i]![k]!)}`;
    });
    const best = a.oi[i]!.indexOf(Math.max(...a.oi[i]!));
    yield ctx.para([
      ctx.say(`{In|For} ${s.name}, ${parts[0]} and ${parts[1]}{, while|; then} ${parts[2]} and ${parts[3]}.`),
      ctx.say(`Segment operating income {peaked|was highest} in the ${Q[best]} quarter at ${money(a.oi[i]![best]!)}{, against ${money(b.oi[i]![best]!)} in the same quarter of fiscal ${p.year}|}.`),
    ]);
  }
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

/** Fixed-rate debt by expected maturity with average rates (Item 7A). */
export function* debtByMaturity(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const notes = y.debt.filter((d) => d.kind === 'notes').sort((a, b) => a.maturity - b.maturity);
  if (!notes.length) return;
  const total = notes.reduce((a, d) => a + d.principal, 0);
  const avg = notes.reduce((a, d) => a + d.principal * d.rate, 0) / total;
  yield ctx.table(table(`Fixed-rate debt by expected maturity at ${ctx.fyEnd(y.year)} (in millions)`, ['Instrument', 'Maturity (fiscal year)', 'Principal', 'Interest rate'], [
    ...notes.map((d) => [d.name, String(d.maturity), amount(d.principal), `${d.rate.toFixed(3).replace(/0$/, '')}%`]),
    ['Total fixed-rate debt', '', amount(total), `${avg.toFixed(2)}% (weighted average)`],
  ]));
  yield ctx.para([ctx.say(`The fair value of {these notes|our fixed-rate notes} was ${money(notesFairValue(ctx, y))} at <fyEnd>, {against|compared with} a carrying amount of ${money(total)}.`)]);
}

/** Changes in goodwill by segment (Note 4): each segment's year-end balance is the next year's opening balance. */
export function* goodwillRollBySegment(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = goodwillBySegment(ctx, y);
  const b = goodwillBySegment(ctx, p);
  const acq = c.segments.map((s) => (y.acquisition?.segment === s.name ? y.acquisition.goodwill : 0));
  yield ctx.table(table(`Changes in goodwill by segment, fiscal ${y.year} (in millions)`, ['Segment', 'Beginning of year', 'Acquisitions', 'Currency translation and other', 'End of year'], [
    ...c.segments.map((s, i) => [s.name, amount(b[i]!), cell(acq[i]!), cell(a[i]! - b[i]! - acq[i]!), amount(a[i]!)]),
    ['Total', amount(p.bs.goodwill), cell(y.acquisition?.goodwill ?? 0), cell(y.bs.goodwill - p.bs.goodwill - (y.acquisition?.goodwill ?? 0)), amount(y.bs.goodwill)],
  ]));
}

/** Net sales by product line for three years (Note 2). */
export function* productLineNote(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  const ys = [y, p, pp];
  const rows: string[][] = [];
  c.segments.forEach((s, i) => {
    const v = ys.map((l) => lineSales(ctx, i, l));
    pr.lines[i]!.forEach((l, k) => rows.push([`${s.name}: ${l.brand} ${l.product}`, ...v.map((x) => amount(x[k]!))]));
  });
  rows.push(['Total net sales', ...ys.map((l) => amount(l.sales))]);
  yield ctx.table(table('Net sales by segment and product line (in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], rows));
}

/** Pending legal matters with claims and accruals (Note 18), matching Item 3. */
export function* legalTable(ctx: ReportContext): Generator<Block> {
  const { c, y, pr } = ctx;
  const active = pr.matters.filter((m) => m.filed <= y.year && m.resolved > y.year);
  if (!active.length) return;
  yield ctx.table(table(`Significant pending legal matters at ${ctx.fyEnd(y.year)} (in millions)`, ['Matter', 'Court', 'Filed', 'Damages sought', 'Amount accrued'], active.map((m) => [
    m.caption, m.court, `${m.filedMonth} ${m.filed}`, amount(m.claimM), amount(Math.round(m.claimM * yearRng(c, y.year, m.docket).float(0.04, 0.25))),
  ])));
}

/** Cybersecurity program specifics for Item 1C, fixed per company and varying by year where they would. */
export function* cyberDetail(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const base = yearRng(c, 0, 'cyber');
  const r = yearRng(c, y.year, 'cyber');
  const cto = c.officers.find((o) => o.title.includes('Technology'))!;
  const framework = base.pick(['the NIST Cybersecurity Framework', 'ISO/IEC 27001', 'the Center for Internet Security Critical Security Controls']);
  yield ctx.para([
    ctx.say(`{Our program is aligned with|We measure our program against} ${framework}{, and an outside firm assesses our maturity against it every ${base.int(2, 3)} years|}.`),
    ctx.say(`In fiscal ${y.year}, we ran ${r.int(8, 24)} phishing simulations{ across the workforce|}, {and the click rate fell to|with a click rate of} ${r.float(1.5, 6).toFixed(1)}%{, and we completed ${r.int(2, 6)} tabletop exercises with the executive team|}.`),
    ctx.say(`{Our Chief Information Security Officer reports to|The head of our security team reports to} ${cto.name}, our ${cto.title.replace('Senior Vice President and ', '')}, {who|and ${cto.name.split(' ')[0]}} {briefs|updates} the Audit Committee {each quarter|at every regular meeting}.`),
  ]);
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
