// Extra tables and prose for Notes 2–10: revenue by channel, goodwill by segment, intangibles, debt maturities, fair-value hierarchy, derivatives.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, table } from './format.js';
import { CHANNELS, channelSales } from './render-business-detail.js';
import { splitBy, yearRng } from './profile.js';

/** Net sales by channel and segment, with contract balances (Note 2). */
export function* revenueDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const bySeg = c.segments.map((_, i) => channelSales(ctx, i, y));
  yield ctx.table(table(`Net sales by channel and segment, fiscal ${y.year} (in millions)`, ['Channel', ...c.segments.map((s) => s.name), 'Total'], [
    ...CHANNELS.map((name, k) => [name, ...bySeg.map((ch) => amount(ch[k]!)), amount(bySeg.reduce((a, ch) => a + ch[k]!, 0))]),
    ['Total net sales', ...y.seg.map((s) => amount(s.sales)), amount(y.sales)],
  ]));
  const contract = (l: YearLedger) => { const r = yearRng(c, l.year, 'contract'); return [Math.round(l.sales * r.float(0.004, 0.012)), Math.round(l.sales * r.float(0.008, 0.02))]; };
  const [ca, cl] = contract(y);
  const [pca, pcl] = contract(p);
  yield ctx.table(table('Contract balances (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Contract assets', amount(ca!), amount(pca!)], ['Contract liabilities (customer deposits and deferred revenue)', amount(cl!), amount(pcl!)],
  ]));
  yield ctx.para([
    ctx.say(`{We recognized|Revenue recognized} ${'$' + amount(Math.round(pcl! * 0.86))} million {of revenue in fiscal ${y.year} that was|in fiscal ${y.year} had been} included in contract liabilities at the beginning of the year.`),
    ctx.say(`{Remaining performance obligations|Unsatisfied performance obligations} on contracts with an original duration of more than one year {were|totaled} ${'$' + amount(Math.round(y.backlog * 0.35))} million at <fyEnd>{, of which we expect to recognize about ${60 + (y.year % 25)}% within twelve months|}.`),
  ]);
}

/** Goodwill of each segment at a fiscal year end, in tenths; the parts sum to balance-sheet goodwill. */
export function goodwillBySegment(ctx: ReportContext, l: YearLedger): number[] {
  const base = yearRng(ctx.c, 0, 'goodwill-weights');
  const r = yearRng(ctx.c, l.year, 'goodwill');
  return splitBy(l.bs.goodwill, ctx.c.segments.map(() => base.float(0.5, 2) * r.float(0.97, 1.03)));
}

/** Goodwill by segment and intangible assets by class (Note 4). */
export function* goodwillDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const gy = goodwillBySegment(ctx, y);
  const gp = goodwillBySegment(ctx, p);
  yield ctx.table(table('Goodwill by segment (in millions)', ['Segment', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...c.segments.map((s, i) => [s.name, amount(gy[i]!), amount(gp[i]!)]), ['Total goodwill', amount(y.bs.goodwill), amount(p.bs.goodwill)],
  ]));
  const classes = ['Customer relationships', 'Developed technology', 'Trade names', 'Other'];
  const lives = ['10 to 20 years', '7 to 15 years', '15 to 25 years', '3 to 10 years'];
  const net = splitBy(y.bs.intang, [0.55, 0.25, 0.15, 0.05].map((w) => w * yearRng(c, y.year, 'intang').float(0.9, 1.1)));
  const acc = net.map((n, k) => Math.round(n * (0.6 + k * 0.15 + (y.year - c.firstYear) * 0.04)));
  yield ctx.table(table(`Intangible assets at ${ctx.fyEnd(y.year)} (in millions)`, ['Class', 'Useful lives', 'Gross carrying amount', 'Accumulated amortization', 'Net carrying amount'], [
    ...classes.map((name, k) => [name, lives[k]!, amount(net[k]! + acc[k]!), `(${amount(acc[k]!)})`, amount(net[k]!)]),
    ['Total', '', amount(y.bs.intang + acc.reduce((a, b) => a + b, 0)), `(${amount(acc.reduce((a, b) => a + b, 0))})`, amount(y.bs.intang)],
  ]));
}

/** Debt maturities, as printed in Note 7 and the contractual obligations table. */
export function debtMaturities(l: YearLedger): { years: number[]; later: number; total: number } {
  const total = l.bs.curDebt + l.bs.ltDebt;
  const years = [1, 2, 3, 4, 5].map((k) => l.debt.filter((d) => d.maturity === l.year + k).reduce((a, d) => a + d.principal, 0));
  return { years, later: total - years.reduce((a, b) => a + b, 0), total };
}

const MONTH_PAIRS = ['March 15 and September 15', 'April 1 and October 1', 'May 15 and November 15', 'June 1 and December 1', 'January 15 and July 15', 'February 1 and August 1'];

/** Debt maturity schedule and terms of each instrument (Note 7). */
export function* debtDetail(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const m = debtMaturities(y);
  yield ctx.table(table('Scheduled principal payments of debt (in millions)', ['Fiscal year', 'Amount'], [
    ...m.years.map((v, k) => [String(y.year + 1 + k), cell(v)]), ['Thereafter', cell(m.later)], ['Total debt', amount(m.total)],
  ]));
  const sentences = y.debt.filter((d) => d.kind !== 'revolver').map((d) => {
    if (d.kind === 'term') return ctx.say(`The term loan {bears interest at|carries} a {floating rate|variable rate} {that averaged|averaging} ${d.rate.toFixed(2)}% in fiscal ${y.year}, {amortizes in quarterly installments|is repayable in quarterly installments} and matures in ${d.maturity}{, with $${amount(d.principal)} million outstanding at <fyEnd>|}.`);
    const months = MONTH_PAIRS[Math.round(d.rate * 100) % MONTH_PAIRS.length]!;
    return ctx.say(`{The|Our} ${d.name} {pay interest semiannually on|carry interest payable each} ${months}{, are unsecured and rank equally with our other senior debt| and are senior unsecured obligations|}{, and may be redeemed at any time at a make-whole premium| and are redeemable at par within three months of maturity|}; $${amount(d.principal)} million was outstanding at <fyEnd>.`);
  });
  if (sentences.length) yield ctx.para(sentences);
}

/** Fair values of a year end: rows of [label, level1, level2, level3] in tenths (assets positive). */
export function fairValueRows(ctx: ReportContext, l: YearLedger): Array<[string, number, number, number]> {
  const r = yearRng(ctx.c, l.year, 'fair-value');
  const rows: Array<[string, number, number, number]> = [
    ['Money market funds', Math.round(l.bs.cash * r.float(0.15, 0.4)), 0, 0],
    ['Deferred compensation plan assets', Math.round(l.sales * r.float(0.001, 0.003)), 0, 0],
    ['Foreign currency forward contracts, assets', 0, Math.max(1, Math.round(l.sales * r.float(0.0003, 0.0015))), 0],
    ['Commodity swaps, assets', 0, Math.round(l.sales * r.float(0, 0.0008)), 0],
    ['Foreign currency forward contracts, liabilities', 0, -Math.max(1, Math.round(l.sales * r.float(0.0002, 0.0012))), 0],
    ['Interest rate swaps, liabilities', 0, -Math.round(l.sales * r.float(0, 0.001)), 0],
  ];
  if (l.acquisition) rows.push(['Contingent consideration', 0, 0, -Math.max(1, Math.round(l.acquisition.price * r.float(0.02, 0.08)))]);
  return rows;
}

/** Fair-value hierarchy (Note 9) and derivative notionals (Note 10, after its prose). */
export function* fairValueDetail(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const rows = fairValueRows(ctx, y);
  yield ctx.table(table(`Assets and liabilities measured at fair value on a recurring basis at ${ctx.fyEnd(y.year)} (in millions)`, ['', 'Level 1', 'Level 2', 'Level 3', 'Total'],
    rows.map(([label, a, b, d]) => [label, cell(a), cell(b), cell(d), cell(a + b + d)])));
  yield ctx.para([
    ctx.say('{Level 1 inputs are|Level 1 measurements use} quoted prices in active markets for identical instruments; Level 2 {inputs are|measurements rely on} observable {forward rates, commodity curves and yield curves|market data other than quoted prices}; Level 3 {inputs are unobservable|measurements use unobservable inputs}{ and are used only for contingent consideration|}.'),
    ...(y.acquisition ? [ctx.say(`{The contingent consideration relates to|Contingent consideration arises from} the ${y.acquisition.target} acquisition and {depends on|is payable upon} {revenue targets|the achievement of sales milestones} {through fiscal ${y.year + 2}|over the next two fiscal years}.`)] : []),
  ]);
}

/** Notional amounts of currency forwards, commodity swaps and interest-rate swaps at a year end, in tenths. */
export function derivativeNotionals(ctx: ReportContext, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'notional');
  return [Math.round(l.sales * r.float(0.04, 0.12)), Math.round(l.cogs * r.float(0, 0.03)), Math.round((l.bs.curDebt + l.bs.ltDebt) * r.float(0, 0.25))];
}

/** Fair value of the fixed-rate notes at a year end, in tenths. */
export function notesFairValue(ctx: ReportContext, l: YearLedger): number {
  const fixed = l.debt.filter((d) => d.kind === 'notes').reduce((a, d) => a + d.principal, 0);
  return Math.round(fixed * yearRng(ctx.c, l.year, 'notes-fv').float(0.9, 1.03));
}

/** Notional amounts of derivatives (Note 10). */
export function* derivativeDetail(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  const notional = (l: YearLedger) => derivativeNotionals(ctx, l);
  const ny = notional(y);
  const np = notional(p);
  yield ctx.table(table('Notional amounts of outstanding derivatives (in millions)', ['Instrument', 'Hedge designation', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Foreign currency forward contracts', 'Cash flow hedges', amount(ny[0]!), amount(np[0]!)], ['Commodity swaps', 'Cash flow hedges', cell(ny[1]!), cell(np[1]!)],
    ['Interest rate swaps', 'Fair value hedges', cell(ny[2]!), cell(np[2]!)],
  ]));
}
