// Extra tables for Notes 8, 11, 13 and 17: segment results by quarter and segment expenses, lease costs, tax-rate drivers, dividends and repurchases.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, dollars, pct, table } from './format.js';
import { splitBy, yearRng } from './profile.js';

const QUARTERS = ['First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter'];

/** Segment net sales and operating income by quarter, in tenths: each segment's quarters sum to its year, and each quarter's segments (plus corporate) sum to the consolidated quarter. */
export function segmentQuarters(ctx: ReportContext, l: YearLedger): { sales: number[][]; oi: number[][]; corporate: number[] } {
  const r = yearRng(ctx.c, l.year, 'segment-quarters');
  const n = l.seg.length;
  const shares = l.quarters.map((q) => q.sales / l.sales);
  const spread = (total: number, target: (k: number) => number, others: number[][], last: boolean): number[] => {
    const q = [0, 1, 2].map((k) => (last ? target(k) - others.reduce((a, o) => a + o[k]!, 0) : Math.round(total * shares[k]! * r.float(0.97, 1.03))));
    return [...q, total - q.reduce((a, b) => a + b, 0)];
  };
  const sales: number[][] = [];
  for (let i = 0; i < n; i++) sales.push(spread(l.seg[i]!.sales, (k) => l.quarters[k]!.sales, sales, i === n - 1));
  const corporate = splitBy(l.corporate, [1, 1, 1, 1].map(() => r.float(0.9, 1.1)));
  const oi: number[][] = [];
  for (let i = 0; i < n; i++) oi.push(spread(l.seg[i]!.oi, (k) => l.quarters[k]!.oi - corporate[k]!, oi, i === n - 1));
  return { sales, oi, corporate };
}

/** Segment results by quarter for the current and prior year (Note 17). */
export function* segmentQuarterTables(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  for (const l of [y, p]) {
    const q = segmentQuarters(ctx, l);
    const line = (label: string, v: number[], total: number) => [label, ...v.map(cell), cell(total)];
    yield ctx.table(table(`Segment net sales and operating income by quarter, fiscal ${l.year} (in millions)`, ['', ...QUARTERS, 'Fiscal year'], [
      ['Net sales:', '', '', '', '', ''],
      ...c.segments.map((s, i) => line(s.name, q.sales[i]!, l.seg[i]!.sales)),
      line('Total net sales', l.quarters.map((x) => x.sales), l.sales),
      ['Operating income:', '', '', '', '', ''],
      ...c.segments.map((s, i) => line(s.name, q.oi[i]!, l.seg[i]!.oi)),
      line('Corporate and unallocated', q.corporate, l.corporate),
      line('Total operating income', l.quarters.map((x) => x.oi), l.oi),
    ]));
  }
  const q = segmentQuarters(ctx, y);
  const best = c.segments.map((s, i) => ({ s, k: q.sales[i]!.indexOf(Math.max(...q.sales[i]!)) }));
  const names = ['first', 'second', 'third', 'fourth'];
  yield ctx.para([
    ctx.say(`{Quarterly segment results|Segment results by quarter} {are unaudited|have not been audited} and {reflect|follow} the same {segment measure|definition of segment operating income} used for the annual {figures|amounts}.`),
    ...best.slice(0, 3).map(({ s, k }, i) => ctx.say(`${s.name} {recorded|posted} its {highest|largest} quarterly net sales in the ${names[k]} quarter of fiscal ${y.year}, ${money(q.sales[i]!.at(k)!)}{, when operating income in the segment was ${money(q.oi[i]!.at(k)!)}|}.`)),
  ]);
}

const money = (t: number) => `$${amount(Math.abs(t))} million`;

/** Significant segment expenses regularly provided to the chief operating decision maker: [cost of sales, SG&A, R&D] per segment, in tenths. */
export function segmentExpenses(ctx: ReportContext, l: YearLedger): number[][] {
  const r = yearRng(ctx.c, l.year, 'segment-expenses');
  const rnd = splitBy(l.rnd, l.seg.map((s) => s.sales * r.float(0.8, 1.2)));
  return l.seg.map((s, i) => {
    const sga = Math.round(s.sales * (l.sga / l.sales) * r.float(0.85, 1.05));
    return [s.sales - sga - rnd[i]! - s.oi, sga, rnd[i]!];
  });
}

/** Segment expense table of the current year (Note 17). */
export function* segmentExpenseTable(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const e = segmentExpenses(ctx, y);
  yield ctx.para([ctx.say(`{The table below|The following table} {presents|shows} the significant expense categories {regularly provided to|reviewed by} the chief operating decision maker for each segment in fiscal ${y.year}{; segment cost of sales excludes amortization of acquired intangible assets, which is not allocated|}.`)]);
  yield ctx.table(table(`Significant segment expenses, fiscal ${y.year} (in millions)`, ['', ...c.segments.map((s) => s.name)], [
    ['Net sales', ...y.seg.map((s) => amount(s.sales))],
    ['Cost of sales', ...e.map((x) => amount(x[0]!))], ['Selling, general and administrative expenses', ...e.map((x) => amount(x[1]!))],
    ['Research and development expenses', ...e.map((x) => amount(x[2]!))], ['Segment operating income', ...y.seg.map((s) => amount(s.oi))],
  ]));
}

/** Lease cost by component for a fiscal year: [operating, short-term, variable], in tenths; they sum to `leaseCost`. */
export function leaseCosts(ctx: ReportContext, l: YearLedger): number[] {
  return splitBy(l.leaseCost, [0.78, 0.12, 0.1].map((w) => w * yearRng(ctx.c, l.year, 'lease-cost').float(0.9, 1.1)));
}

/** Lease cost components, terms and rates (Note 8). */
export function* leaseDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const y3 = [y, p, pp];
  const lc = y3.map((l) => leaseCosts(ctx, l));
  yield ctx.table(table('Components of lease cost (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ...['Operating lease cost', 'Short-term lease cost', 'Variable lease cost'].map((lab, k) => [lab, ...lc.map((v) => amount(v[k]!))]),
    ['Total lease cost', ...y3.map((l) => amount(l.leaseCost))],
  ]));
  const r = yearRng(c, y.year, 'lease-terms');
  const term = r.float(5.5, 9.5);
  const rate = r.float(3.6, 5.4);
  const leased = c.properties.filter((x) => !x.owned);
  const big = leased.reduce((a, b) => (b.sqft > a.sqft ? b : a), leased[0] ?? c.properties[0]!);
  yield ctx.para([
    ctx.say(`At <fyEnd>, the weighted-average remaining lease term of our operating leases was ${term.toFixed(1)} years and the weighted-average discount rate was ${rate.toFixed(2)}%.`),
    ctx.say(`{Our largest lease|The largest property we lease} is the ${big.use} in ${big.city}, ${big.region}, {covering|with} ${big.sqft.toLocaleString('en-US')} square feet{, under a lease that runs through fiscal ${y.year + 4 + (big.sqft % 9)}| and renewal options of up to ${5 + (big.sqft % 3) * 5} years|}.`),
    ctx.say(`Operating lease cost ${lc[0]![0]! >= lc[1]![0]! ? '{rose|increased}' : '{fell|decreased}'} to ${money(lc[0]![0]!)} from ${money(lc[1]![0]!)} in fiscal ${p.year}{, as new warehouse and office leases more than offset expirations|, reflecting lease renewals at current market rents|}.`),
  ]);
}

/** Effective-tax-rate change between two years, explained by the reconciliation lines that moved most (figures as in the rate table). */
export function taxRateChange(cur: YearLedger, prev: YearLedger): string {
  const keys = [['state', 'state income taxes'], ['foreign', 'the foreign rate differential'], ['credits', 'tax credits'], ['other', 'other items']] as const;
  const eff = (l: YearLedger) => l.taxRec.statutory + l.taxRec.state + l.taxRec.foreign + l.taxRec.credits + l.taxRec.other;
  const a = eff(cur);
  const b = eff(prev);
  const moves = keys.map(([k, label]) => ({ label, d: cur.taxRec[k] - prev.taxRec[k], from: prev.taxRec[k], to: cur.taxRec[k] })).sort((x, z) => Math.abs(z.d) - Math.abs(x.d));
  const pts = (t: number) => `${(Math.abs(t) / 10).toFixed(1)} point${Math.abs(t) === 10 ? '' : 's'}`;
  const part = (t: number) => (t >= 0 ? `added ${pts(t)}` : `lowered the rate by ${pts(t)}`);
  const desc = (x: (typeof moves)[number]) => `${x.label} ${part(x.to)}{, compared with| after} ${x.from >= 0 === x.to >= 0 ? pts(x.from) : part(x.from).replace('lowered the rate by', 'a reduction of').replace('added', 'an addition of')} in fiscal ${prev.year}`;
  const dir = a > b ? `{rose|increased} to ${pct(a)} from ${pct(b)}` : a < b ? `{fell|declined|decreased} to ${pct(a)} from ${pct(b)}` : `was unchanged at ${pct(a)}`;
  return `The effective tax rate ${dir} in fiscal ${cur.year}{, mainly because|; the largest change was that|, chiefly because} ${desc(moves[0]!)}, while ${desc(moves[1]!)}.`;
}

/** Dividends declared by quarter and share repurchases over three years (Note 13). */
export function* equityDetail(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const y3 = [y, p, pp];
  const quarterDps = (l: YearLedger) => { const cents = Math.round(l.dps * 100); const q = Math.floor(cents / 4); return [q, q, q, cents - 3 * q]; };
  yield ctx.table(table('Cash dividends declared per share', ['', ...QUARTERS, 'Fiscal year'], [y, p].map((l) => [`Fiscal ${l.year}`, ...quarterDps(l).map((x) => dollars(x / 100)), dollars(l.dps)])));
  const qd = quarterDps(y);
  yield ctx.para([qd[3] !== qd[0]
    ? ctx.say(`{The board raised|Our board of directors increased} the quarterly dividend to ${dollars(qd[3]! / 100)} per share {in the fourth quarter of fiscal ${y.year}|for the final quarter of fiscal ${y.year}}{, the ${ordinal(y.year - ctx.c.founded - 20)} consecutive annual increase|, after holding it at ${dollars(qd[0]! / 100)} for the first three quarters|}.`)
    : ctx.say(`{We paid|The board declared} ${dollars(qd[0]! / 100)} per share in each quarter of fiscal ${y.year}{, and fiscal ${y.year} marked the ${ordinal(y.year - ctx.c.founded - 20)} consecutive year of higher annual dividends|}.`)]);
  yield ctx.table(table('Share repurchases', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ['Shares repurchased (millions)', ...y3.map((l) => (l.sharesRepurchased / 10).toFixed(1))],
    ['Cost of shares repurchased (in millions)', ...y3.map((l) => cell(-l.cf.buybacks))],
    ['Average price paid per share', ...y3.map((l) => (l.sharesRepurchased ? dollars(-l.cf.buybacks / l.sharesRepurchased) : '—'))],
  ]));
}

function ordinal(n: number): string {
  const k = Math.max(2, Math.min(60, n));
  const s = k % 100 >= 11 && k % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][k % 10] ?? 'th';
  return `${k}${s}`;
}
