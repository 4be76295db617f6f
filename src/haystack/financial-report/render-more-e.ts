// Final detail: fourth-quarter segment table, plant utilization by segment, cash requirements, legal procedural history, acquisition pro forma results.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { amount, changeTenthsPct, money, pct, table } from './format.js';
import type { LegalMatter } from './profile.js';
import { yearRng } from './profile.js';
import { segmentQuarters } from './notes-detail-c.js';
import { debtMaturities } from './notes-detail-a.js';

/** Fourth-quarter segment sales and operating income against the prior-year quarter (MD&A). */
export function* fourthQuarterSegments(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = segmentQuarters(ctx, y);
  const b = segmentQuarters(ctx, p);
  yield ctx.table(table(`Fourth-quarter segment results (in millions)`, ['Segment', `Net sales, Q4 ${y.year}`, `Net sales, Q4 ${p.year}`, '% change', `Operating income, Q4 ${y.year}`, `Operating income, Q4 ${p.year}`], c.segments.map((s, i) => [
    s.name, amount(a.sales[i]![3]!), amount(b.sales[i]![3]!), pct(changeTenthsPct(a.sales[i]![3]!, b.sales[i]![3]!), true), amount(a.oi[i]![3]!), amount(b.oi[i]![3]!),
  ])));
}

/** Average capacity utilization of each segment's principal sites, as printed site by site in Item 2. */
export function* utilizationBySegment(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const ys = [y, p, pp];
  const avg = (name: string, year: number) => {
    const ks = c.properties.map((x, k) => ({ x, k })).filter(({ x }) => x.segment === name);
    return ks.length ? Math.round(ks.reduce((a, { k }) => a + yearRng(c, year, `util-${k}`).int(55, 97), 0) / ks.length) : 0;
  };
  yield ctx.table(table('Average capacity utilization of principal sites by segment', ['Segment', ...ys.map((l) => `Fiscal ${l.year}`)], c.segments.filter((s) => avg(s.name, y.year) > 0).map((s) => [s.name, ...ys.map((l) => `${avg(s.name, l.year)}%`)])));
}

/** Cash requirements of the coming year (MD&A liquidity). */
export function* cashRequirements(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'cash-requirements');
  const m = debtMaturities(y);
  const contrib = Math.max(1, Math.round(y.pensionPbo * r.float(0.005, 0.02)));
  yield ctx.para([
    ctx.say(`{Our principal cash requirements for fiscal ${y.year + 1} are|In fiscal ${y.year + 1}, we expect to need cash for} capital expenditures, dividends of about ${money(Math.round(y.dps * y.basicShares * r.float(1.03, 1.08)))}, ${m.years[0] ? `debt maturities of ${money(m.years[0])}, ` : ''}and pension contributions of {about|approximately} ${money(contrib)}.`),
    ctx.say(`{We expect to fund these needs|These needs will be funded} from operating cash flow and cash on hand{, drawing on the revolving facility only for seasonal working capital|}.`),
  ]);
}

/** A procedural sentence for a pending matter, fixed by the matter and the year. */
export function legalHistory(ctx: ReportContext, m: LegalMatter): string {
  const r = yearRng(ctx.c, ctx.y.year, `legal-${m.docket}`);
  const age = ctx.y.year - m.filed;
  if (age <= 0) return '';
  return ctx.say(`{The parties exchanged|During fiscal ${ctx.y.year}, the parties exchanged} ${r.int(2, 40) * 1000} pages of documents and {took|completed} ${r.int(3, 14)} depositions{, and the plaintiff retained ${r.int(1, 3)} expert witnesses|}.`);
}

/** Unaudited pro forma results had the year's acquisition closed at the start of the prior year (Note 3). */
export function* acquisitionProForma(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  if (!y.acquisition) return;
  const r = yearRng(c, y.year, 'pro-forma');
  const addSales = Math.round(y.acquisition.price * r.float(0.4, 0.9));
  yield ctx.table(table('Unaudited pro forma results (in millions)', ['', `Fiscal ${y.year}`, `Fiscal ${p.year}`], [
    ['Net sales', amount(y.sales + Math.round(addSales * r.float(0.3, 0.8))), amount(p.sales + addSales)],
    ['Net income', amount(y.ni + Math.round(addSales * r.float(0.01, 0.04))), amount(p.ni + Math.round(addSales * r.float(0.02, 0.06)))],
  ]));
}
