// Writes Notes 13 (Shareholders' Equity), 14 (Earnings Per Share) and 15 (Stock-Based Compensation).
import { epsBasic, epsDiluted, repurchasedShares, rsuGrantPrice, sharesRepurchasedThousands } from '../figures/earnings.js';
import { splitBy, yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, dollars, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

/** Restricted stock units outstanding at a year end, in thousands (moves with the share count). */
function rsuOutstanding(ctx: ReportContext, l: YearLedger): number {
  return Math.round(l.basicShares * 1.1 * yearRng(ctx.c, l.year, 'rsu-out').float(0.97, 1.03));
}

/** RSU activity table (Note 15). */
export function* stockCompDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const r = yearRng(c, y.year, 'rsu');
  const begin = rsuOutstanding(ctx, p);
  const end = rsuOutstanding(ctx, y);
  // Whole thousands, like every other line of the table (the ledger keeps a tenth).
  const granted = Math.round(y.rsuGranted);
  const forfeited = Math.round(granted * r.float(0.03, 0.08));
  const vested = begin + granted - forfeited - end;
  const fv = (k: number) => dollars(y.price * (0.8 + k * 0.07) * r.float(0.95, 1.05));
  yield ctx.table(table(`Restricted stock unit activity, fiscal ${y.year}`, ['', 'Units (thousands)', 'Weighted-average grant-date fair value'], [
    [`Outstanding at ${ctx.fyEnd(p.year)}`, begin.toLocaleString('en-US'), fv(0)], ['Granted', granted.toLocaleString('en-US'), dollars(rsuGrantPrice(ctx, y))], ['Vested', `(${vested.toLocaleString('en-US')})`, fv(1)],
    ['Forfeited', `(${forfeited.toLocaleString('en-US')})`, fv(1)], [`Outstanding at ${ctx.fyEnd(y.year)}`, end.toLocaleString('en-US'), fv(1)],
  ]));
  yield ctx.para([ctx.say(`{Unrecognized compensation cost|Compensation cost not yet recognized} for unvested awards {was|totaled} $${amount(Math.round(y.cf.sbc * r.float(1.1, 1.8)))} million at <fyEnd>{, which we expect to recognize over a weighted-average period of ${r.float(1.4, 2.6).toFixed(1)} years|}.`)]);
}

const QUARTERS = ['First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter'];

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
    ['Shares repurchased (thousands)', ...y3.map((l) => (sharesRepurchasedThousands(l) ? sharesRepurchasedThousands(l).toLocaleString('en-US') : '—'))],
    ['Cost of shares repurchased (in millions)', ...y3.map((l) => cell(-l.cf.buybacks))],
    ['Average price paid per share', ...y3.map((l) => (sharesRepurchasedThousands(l) ? dollars((-l.cf.buybacks * 100) / sharesRepurchasedThousands(l)) : '—'))],
  ]));
}

function ordinal(n: number): string {
  const k = Math.max(2, Math.min(60, n));
  const s = k % 100 >= 11 && k % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][k % 10] ?? 'th';
  return `${k}${s}`;
}

/** Performance share units outstanding at a year end, in thousands. */
function psuOutstanding(ctx: ReportContext, l: YearLedger): number {
  return Math.round(l.basicShares * 0.35 * yearRng(ctx.c, l.year, 'psu-out').float(0.95, 1.05));
}

/** Performance share unit activity (Note 15). */
export function* psuDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const r = yearRng(c, y.year, 'psu');
  const begin = psuOutstanding(ctx, p);
  const end = psuOutstanding(ctx, y);
  const granted = Math.round(begin * r.float(0.3, 0.45));
  const adjust = Math.round(begin * r.float(-0.05, 0.08));
  const forfeited = Math.round(granted * r.float(0.02, 0.07));
  const vested = begin + granted + adjust - forfeited - end;
  const th = (n: number) => (n < 0 ? `(${(-n).toLocaleString('en-US')})` : n.toLocaleString('en-US'));
  yield ctx.table(table(`Performance share unit activity, fiscal ${y.year} (units in thousands)`, ['', 'Units', 'Weighted-average grant-date fair value'], [
    [`Outstanding at ${ctx.fyEnd(p.year)}`, th(begin), dollars(y.price * r.float(0.8, 0.95))], ['Granted', th(granted), dollars(y.price * r.float(0.95, 1.1))],
    ['Performance adjustment', th(adjust), '—'], ['Vested', th(-vested), dollars(y.price * r.float(0.75, 0.9))], ['Forfeited', th(-forfeited), dollars(y.price * r.float(0.85, 1))],
    [`Outstanding at ${ctx.fyEnd(y.year)}`, th(end), dollars(y.price * r.float(0.85, 1))],
  ]));
  const tsr = r.int(0, 1) ? 'relative total shareholder return against the S&P 400 Capital Goods Index' : 'three-year cumulative adjusted earnings per share and return on invested capital';
  yield ctx.para([
    ctx.say(`Performance share units vest after three years{, and the number of shares earned ranges from zero to 200% of target|, with payouts from 0% to 200% of the target award} based on ${tsr}.`),
    // The payout is the table's: the units that vested against their target before the performance adjustment.
    ctx.say(`{Units granted in fiscal ${y.year - 3}|The fiscal ${y.year - 3} grant} {vested|paid out} at ${payout(vested, adjust, r.int(60, 140))}% of target{ after the performance period ended|}.`),
  ]);
}

/** Stock compensation cost and its tax benefit for three years (Note 15). */
export function* sbcCostTable(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const ys = [y, p, pp];
  const parts = (l: YearLedger) => splitBy(l.cf.sbc, [0.15, 0.8, 0.05].map((w) => w * yearRng(ctx.c, l.year, 'sbc-lines').float(0.9, 1.1)));
  const v = ys.map(parts);
  yield ctx.table(table('Stock-based compensation expense (in millions)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ...['Cost of sales', 'Selling, general and administrative expenses', 'Research and development expenses'].map((lab, k) => [lab, ...v.map((x) => amount(x[k]!))]),
    ['Total stock-based compensation expense', ...ys.map((l) => amount(l.cf.sbc))], ['Related income tax benefit', ...ys.map((l) => amount(Math.round(l.cf.sbc * 0.23)))],
  ]));
}

/** Note 14 prose: antidilutive awards. */
export function epsProse(ctx: ReportContext): string[] {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'notes-prose-eps');
  return [ctx.say(`{Equity awards covering|Awards for} ${(r.float(0.2, 1.5)).toFixed(1)} million shares were excluded from diluted earnings per share in fiscal ${y.year} because their effect would have been antidilutive.`)];
}

/** Note 13. */
export function* noteShareholdersEquity(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  yield ctx.note(13, "Shareholders' Equity");
  yield ctx.fromList('equity', 3, { dpsText: dollars(y.dps), shares: repurchasedShares(y) ?? 'no', buybackM: amount(-y.cf.buybacks) });
  yield* equityDetail(ctx);

}

/** Note 14. */
export function* noteEarningsPerShare(ctx: ReportContext): Generator<Block> {
  const { y, p, pp } = ctx;
  const y3 = [y, p, pp];
  yield ctx.note(14, 'Earnings Per Share');
  yield ctx.table(table('(in millions, except per-share amounts)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ['Net income', ...y3.map((l) => amount(l.ni))], ['Weighted-average shares, basic', ...y3.map((l) => amount(l.basicShares))],
    ['Dilutive effect of equity awards', ...y3.map((l) => amount(l.dilutedShares - l.basicShares))], ['Weighted-average shares, diluted', ...y3.map((l) => amount(l.dilutedShares))],
    ['Basic earnings per share', ...y3.map((l) => dollars(epsBasic(l)))], ['Diluted earnings per share', ...y3.map((l) => dollars(epsDiluted(l)))],
  ]));

  yield ctx.para(epsProse(ctx));

}

/** Note 15. */
export function* noteStockCompensation(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.note(15, 'Stock-Based Compensation');
  yield ctx.fromList('stockcomp', 3, { sbcM: amount(y.cf.sbc), sbcPrevM: amount(p.cf.sbc), rsuM: (Math.round(y.rsuGranted) / 1000).toFixed(2), rsuPrice: dollars(rsuGrantPrice(ctx, y)) });
  yield* stockCompDetail(ctx);
  yield* psuDetail(ctx);
  yield* sbcCostTable(ctx);

}

/** Percent of target earned by the units that vested: vested over vested less the performance adjustment (a fallback when none vested). */
function payout(vested: number, adjust: number, fallback: number): number {
  return vested > 0 && vested - adjust > 0 ? Math.round((vested / (vested - adjust)) * 100) : fallback;
}
