// Notes 11–20: taxes, pensions, equity, EPS, stock compensation, restructuring, segments, contingencies, quarters, subsequent events.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { notesProse } from './render-more-c.js';
import { pensionByCountry } from './render-more-c.js';
import { purchaseCommitments, sbcCostTable } from './render-more-b.js';
import { legalTable } from './render-more.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, dollars, pct, table } from './format.js';
import { epsBasic, epsDiluted } from './render-statements.js';
import { openTaxYears, segmentAssetTable } from './render-extra.js';
import { carryforwardDetail, pensionAssetDetail, psuDetail } from './notes-detail-d.js';
import { equityDetail, segmentExpenseTable, segmentQuarterTables, taxRateChange } from './notes-detail-c.js';
import { environmentalAccrual, environmentalDetail, geographyDetail, pensionAssumptions, pensionDetail, restructuringDetail, restructuringLiability, stockCompDetail, taxDetail, utb } from './notes-detail-b.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Notes 11 to 20 of one year's report. */
export function* renderNotesB(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, rng } = ctx;
  const note = (n: number, title: string) => ctx.heading(`Note ${n}. ${title}`);
  const y3 = [y, p, pp];
  const hdr3 = ['(in millions)', ...y3.map((l) => `Fiscal ${l.year}`)];

  yield note(11, 'Income Taxes');
  yield ctx.fromList('taxes', 3, { utbM: amount(utb(y)), utbRateM: amount(Math.round(utb(y) * 0.73)), auditYear: y.year - rng.int(3, 6) });
  const recRow = (label: string, f: (l: YearLedger) => number) => [label, ...y3.map((l) => pct(f(l), true))];
  const sum = (l: YearLedger) => l.taxRec.statutory + l.taxRec.state + l.taxRec.foreign + l.taxRec.credits + l.taxRec.other;
  yield ctx.table(table('Reconciliation of the statutory rate to the effective tax rate', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    recRow('Federal statutory rate', (l) => l.taxRec.statutory), recRow('State income taxes, net of federal benefit', (l) => l.taxRec.state),
    recRow('Foreign rate differential', (l) => l.taxRec.foreign), recRow('Tax credits', (l) => l.taxRec.credits), recRow('Other, net', (l) => l.taxRec.other),
    recRow('Effective tax rate', sum),
  ]));
  yield ctx.table(table('Components of income before income taxes', hdr3, [
    ['Domestic', ...y3.map((l) => amount(Math.round(l.pretax * 0.62)))], ['Foreign', ...y3.map((l) => amount(l.pretax - Math.round(l.pretax * 0.62)))], ['Income before income taxes', ...y3.map((l) => amount(l.pretax))],
  ]));
  yield* taxDetail(ctx);
  yield* carryforwardDetail(ctx);
  yield* openTaxYears(ctx);
  yield ctx.para([ctx.say(taxRateChange(y, p)), ctx.say(taxRateChange(p, pp))]);

  yield note(12, 'Pension and Postretirement Benefits');
  yield ctx.fromList('pension', 3, { contribM: amount(Math.round(y.pensionPbo * rng.float(0.01, 0.03))), equityPct: rng.int(20, 45), discount: (pensionAssumptions(ctx, y)[0]! / 100).toFixed(2) });
  yield ctx.table(table('Funded status (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Projected benefit obligation', amount(y.pensionPbo), amount(p.pensionPbo)], ['Fair value of plan assets', amount(y.pensionAssets), amount(p.pensionAssets)],
    ['Funded status', amount(y.pensionAssets - y.pensionPbo), amount(p.pensionAssets - p.pensionPbo)],
  ]));
  yield* pensionDetail(ctx);
  yield* pensionAssetDetail(ctx);
  yield* pensionByCountry(ctx);

  yield note(13, "Shareholders' Equity");
  yield ctx.fromList('equity', 3, { dpsText: dollars(y.dps), sharesM: (y.sharesRepurchased / 10).toFixed(1), buybackM: amount(-y.cf.buybacks) });
  yield* equityDetail(ctx);

  yield note(14, 'Earnings Per Share');
  yield ctx.table(table('(in millions, except per-share amounts)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ['Net income', ...y3.map((l) => amount(l.ni))], ['Weighted-average shares, basic', ...y3.map((l) => amount(l.basicShares))],
    ['Dilutive effect of equity awards', ...y3.map((l) => amount(l.dilutedShares - l.basicShares))], ['Weighted-average shares, diluted', ...y3.map((l) => amount(l.dilutedShares))],
    ['Basic earnings per share', ...y3.map((l) => dollars(epsBasic(l)))], ['Diluted earnings per share', ...y3.map((l) => dollars(epsDiluted(l)))],
  ]));

  yield ctx.para(notesProse(ctx, 'eps'));

  yield note(15, 'Stock-Based Compensation');
  yield ctx.fromList('stockcomp', 3, { sbcM: amount(y.cf.sbc), sbcPrevM: amount(p.cf.sbc), rsuM: (Math.round(y.rsuGranted) / 1000).toFixed(2), rsuPrice: dollars(y.price * rng.float(0.9, 1.05)) });
  yield* stockCompDetail(ctx);
  yield* psuDetail(ctx);
  yield* sbcCostTable(ctx);

  yield note(16, 'Restructuring');
  if (y.restructuring > 0) yield ctx.fromList('restructuring', 2, { restrM: amount(y.restructuring), restrLiabM: amount(restructuringLiability(ctx, y)) });
  else yield ctx.para([ctx.say(`{We did not record|No} restructuring charges {were recorded |}in fiscal ${y.year}{, and the remaining liability from prior programs was not material|}.`.replace('{were recorded |}', ''))]);

  yield* restructuringDetail(ctx);

  yield note(17, 'Segment Information');
  yield ctx.fromList('segments_note', 2);
  yield ctx.table(table('Segment net sales and operating income', hdr3, [
    ['Net sales:', '', '', ''],
    ...c.segments.map((s, i) => [s.name, ...y3.map((l) => amount(l.seg[i]!.sales))]),
    ['Total net sales', ...y3.map((l) => amount(l.sales))],
    ['Operating income:', '', '', ''],
    ...c.segments.map((s, i) => [s.name, ...y3.map((l) => amount(l.seg[i]!.oi))]),
    ['Corporate and unallocated', ...y3.map((l) => cell(l.corporate))],
    ['Total operating income', ...y3.map((l) => amount(l.oi))],
  ]));
  yield ctx.table(table('Depreciation and capital expenditures by segment', hdr3, [
    ...c.segments.map((s, i) => [`${s.name} depreciation`, ...y3.map((l) => amount(l.seg[i]!.da))]),
    ...c.segments.map((s, i) => [`${s.name} capital expenditures`, ...y3.map((l) => amount(l.seg[i]!.capex))]),
  ]));

  yield* segmentExpenseTable(ctx);
  yield* segmentAssetTable(ctx);
  yield* segmentQuarterTables(ctx);
  yield* geographyDetail(ctx);

  yield note(18, 'Commitments and Contingencies');
  yield ctx.fromList('contingencies', 4, { envAccrualM: amount(environmentalAccrual(ctx, y)), sites: rng.int(2, 9), locM: amount(Math.round(y.sales * rng.float(0.005, 0.015))) });
  yield* environmentalDetail(ctx);
  yield* legalTable(ctx);
  yield* purchaseCommitments(ctx);

  yield note(19, 'Quarterly Financial Data (Unaudited)');
  for (const l of [y, p]) {
    const q = l.quarters;
    const row = (label: string, f: (k: (typeof q)[number]) => number, total: number) => [label, ...q.map((k) => amount(f(k))), amount(total)];
    yield ctx.table(table(`Fiscal ${l.year} (in millions, except per-share amounts)`, ['', 'First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter', 'Fiscal year'], [
      row('Net sales', (k) => k.sales, l.sales), row('Gross profit', (k) => k.gross, l.gross), row('Operating income', (k) => k.oi, l.oi), row('Net income', (k) => k.ni, l.ni),
      ['Diluted earnings per share', ...q.map((k) => dollars(k.ni / l.dilutedShares)), dollars(epsDiluted(l))],
    ]));
  }
  yield ctx.para([ctx.say('{The sum of quarterly earnings per share|Quarterly earnings per share} may not equal {the annual amount|full-year earnings per share} {because of rounding and changes in share counts|due to rounding and differences in weighted-average shares}.')]);
}

/** The last note: events after the balance-sheet date. */
export function* renderSubsequentEvents(ctx: ReportContext, n: number): Generator<Block> {
  const { y, rng } = ctx;
  yield ctx.heading(`Note ${n}. Subsequent Events`);
  const m = rng.int(0, 1) ? 'January' : 'February';
  const div = Math.round(y.dps * 100 * rng.float(1.02, 1.08) / 4) / 100;
  yield ctx.fromList('subsequent', rng.int(2, 4), {
    subDate: `${m} ${rng.int(5, 25)}, ${y.year + 1}`, divText: dollars(div), payDate: `${MONTHS[(MONTHS.indexOf(m) + 2) % 12]} ${rng.int(1, 28)}, ${y.year + 1}`,
    recordDate: `${MONTHS[(MONTHS.indexOf(m) + 1) % 12]} ${rng.int(1, 28)}, ${y.year + 1}`, subMonth: m,
    subTarget: `${rng.pick(['Harlow', 'Ebbtide', 'Cinder', 'Falkner', 'Grisham', 'Tamarind', 'Ludlow', 'Brisbane'])} ${rng.pick(['Controls', 'Fabrication', 'Polymers', 'Instruments', 'Services'])}`,
    subPriceM: amount(Math.round(y.sales * rng.float(0.01, 0.06))), revolverYear2: y.year + rng.int(5, 6), revolverNewM: amount(y.revolverCapacity + 2500),
  });
}
