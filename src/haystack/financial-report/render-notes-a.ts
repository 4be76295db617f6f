// Notes 1–10 to the financial statements: policies, revenue, acquisitions, goodwill, inventories, PP&E, debt, leases, fair value, derivatives.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { acquisitionProForma } from './render-more-e.js';
import { debtFairValues, receivablesTable } from './render-more-d.js';
import { notesProse } from './render-more-c.js';
import { goodwillRollBySegment, productLineNote } from './render-more.js';
import { amount, cell, dollars, table } from './format.js';
import { debtDetail, derivativeDetail, derivativeNotionals, fairValueDetail, goodwillDetail, notesFairValue, revenueDetail } from './notes-detail-a.js';
import { regionSales } from './notes-detail-b.js';
import { warrantyReserve } from './render-notes-c.js';
import { renderPolicies } from './notes-policies.js';
import { leaseDetail } from './notes-detail-c.js';
import { hedgeGains, obligorGroup } from './render-extra.js';
import { creditAllowance } from './render-exhibits.js';

/** Notes 1 to 10 of one year's report. */
export function* renderNotesA(ctx: ReportContext): Generator<Block> {
  const { c, y, p, rng } = ctx;
  const note = (n: number, title: string) => ctx.heading(`Note ${n}. ${title}`);
  ctx.section = 'Notes to Consolidated Financial Statements';
  yield ctx.heading('Notes to Consolidated Financial Statements', true);
  yield note(1, 'Summary of Significant Accounting Policies');
  const pv = { fyMonth: c.fyEndMonth, fyDay: c.fyEndDay, allowM: amount(creditAllowance(ctx, y)), rndM: amount(y.rnd), advM: amount(Math.round(y.sales * rng.float(0.003, 0.012))), warrantyM: amount(warrantyReserve(ctx, y)) };
  for (const [title, list, n] of [['Basis of Presentation', 'policy_basis', 3], ['Use of Estimates', 'policy_estimates', 2], ['Cash Equivalents and Receivables', 'policy_cash', 2], ['Inventories', 'policy_inventory', 2], ['Property and Equipment Policy', 'policy_ppe', 2], ['Revenue Recognition', 'policy_revenue', 3], ['Other Policies', 'policy_other', 3]] as const) {
    yield ctx.heading(title);
    yield ctx.fromList(list, n, pv);
  }
  yield* receivablesTable(ctx);
  yield* renderPolicies(ctx);

  yield note(2, 'Revenue');
  yield ctx.fromList('revenue', 2, { contractM: amount(Math.round(y.sales * rng.float(0.005, 0.02))) });
  const regions = ['United States', 'Europe', 'Asia Pacific', 'Other Americas'];
  const regionRows: string[][] = [];
  const splits = regionSales(ctx, y);
  regions.forEach((r, k) => regionRows.push([r, ...splits.map((sp) => amount(sp[k]!)), amount(splits.reduce((t, sp) => t + sp[k]!, 0))]));
  regionRows.push(['Total net sales', ...y.seg.map((s) => amount(s.sales)), amount(y.sales)]);
  yield ctx.table(table(`Net sales by region and segment, fiscal ${y.year} (in millions)`, ['Region', ...c.segments.map((s) => s.name), 'Total'], regionRows));
  yield* revenueDetail(ctx);
  yield* productLineNote(ctx);

  yield note(3, 'Acquisitions');
  const acq = y.acquisition ?? p.acquisition;
  if (acq) {
    const year = y.acquisition ? y.year : p.year;
    yield ctx.fromList('acq', 4, { month: acq.month, year, target: acq.target, priceM: `$${amount(acq.price)} million`, segment: acq.segment });
    yield ctx.table(table(`Allocation of the ${acq.target} purchase price (in millions)`, ['', 'Amount'], [
      ['Goodwill', amount(acq.goodwill)], ['Intangible assets', amount(acq.intangibles)], ['Net tangible assets acquired', amount(acq.netOther)], ['Total purchase price', amount(acq.price)],
    ]));
    yield* acquisitionProForma(ctx);
  } else {
    yield ctx.para([ctx.say(`{We did not complete|There were no} {any |}{material |}acquisitions in fiscal ${y.year} or fiscal ${p.year}{, although we continue to evaluate opportunities in <segment>|}.`.replace('{any |}', ''))]);
  }

  yield note(4, 'Goodwill and Intangible Assets');
  yield ctx.fromList('goodwill', 2);
  const gwFx = (l: typeof y, prev: typeof p) => l.bs.goodwill - prev.bs.goodwill - (l.acquisition?.goodwill ?? 0);
  yield ctx.table(table('Changes in goodwill (in millions)', ['', `Fiscal ${y.year}`, `Fiscal ${p.year}`], [
    ['Balance at beginning of year', amount(p.bs.goodwill), amount(ctx.pp.bs.goodwill)],
    ['Acquisitions', cell(y.acquisition?.goodwill ?? 0), cell(p.acquisition?.goodwill ?? 0)],
    ['Foreign currency translation', cell(gwFx(y, p)), cell(gwFx(p, ctx.pp))],
    ['Balance at end of year', amount(y.bs.goodwill), amount(p.bs.goodwill)],
  ]));
  yield* goodwillDetail(ctx);
  yield* goodwillRollBySegment(ctx);
  const nextAmort = [1, 2, 3, 4, 5].map((k) => Math.round(y.amort * Math.pow(0.93, k)));
  yield ctx.para([ctx.say(`Amortization expense was ${'$' + amount(y.amort)} million in fiscal ${y.year}, and {we expect|estimated} amortization {expense |}for the next five fiscal years {is|will be} ${nextAmort.map((a) => '$' + amount(a) + ' million').join(', ')}{, respectively|}.`)]);

  yield note(5, 'Inventories');
  const invSplit = (inv: number, seed: number) => {
    const raw = Math.round(inv * (0.33 + (seed % 7) / 100));
    const wip = Math.round(inv * (0.14 + (seed % 5) / 100));
    return [raw, wip, inv - raw - wip];
  };
  const iy = invSplit(y.bs.inv, y.year);
  const ip = invSplit(p.bs.inv, p.year);
  yield ctx.table(table('(in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Raw materials', amount(iy[0]!), amount(ip[0]!)], ['Work in process', amount(iy[1]!), amount(ip[1]!)], ['Finished goods', amount(iy[2]!), amount(ip[2]!)], ['Total inventories', amount(y.bs.inv), amount(p.bs.inv)],
  ]));

  yield ctx.para(notesProse(ctx, 'inventory'));

  yield note(6, 'Property, Plant and Equipment');
  const gross = (ppe: number, k: number) => { const g = Math.round(ppe * (2.1 + k * 0.01)); return [Math.round(g * 0.04), Math.round(g * 0.27), Math.round(g * 0.6), g - Math.round(g * 0.04) - Math.round(g * 0.27) - Math.round(g * 0.6), g - ppe]; };
  const gy = gross(y.bs.ppe, y.year % 9);
  const gp = gross(p.bs.ppe, p.year % 9);
  yield ctx.table(table('(in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Land', amount(gy[0]!), amount(gp[0]!)], ['Buildings and improvements', amount(gy[1]!), amount(gp[1]!)], ['Machinery and equipment', amount(gy[2]!), amount(gp[2]!)],
    ['Construction in progress', amount(gy[3]!), amount(gp[3]!)], ['Less accumulated depreciation', `(${amount(gy[4]!)})`, `(${amount(gp[4]!)})`], ['Property, plant and equipment, net', amount(y.bs.ppe), amount(p.bs.ppe)],
  ]));
  yield ctx.para([ctx.say(`Depreciation expense was $${amount(y.cf.da)} million, $${amount(p.cf.da)} million and $${amount(ctx.pp.cf.da)} million in fiscal ${y.year}, ${p.year} and ${ctx.pp.year}{, respectively|}.`)]);

  yield ctx.para(notesProse(ctx, 'ppe'));

  yield note(7, 'Debt');
  const revolver = y.debt.find((d) => d.kind === 'revolver');
  yield ctx.table(table('(in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...y.debt.map((d) => [d.kind === 'term' ? `Term loan due ${d.maturity}` : d.kind === 'revolver' ? 'Revolving credit facility' : d.name, amount(d.principal), amount(p.debt.find((q) => q.name === d.name && q.kind === d.kind)?.principal ?? 0)]),
    ['Total debt', amount(y.bs.curDebt + y.bs.ltDebt), amount(p.bs.curDebt + p.bs.ltDebt)],
    ['Less current portion', `(${amount(y.bs.curDebt)})`, `(${amount(p.bs.curDebt)})`], ['Long-term debt', amount(y.bs.ltDebt), amount(p.bs.ltDebt)],
  ]));
  yield ctx.fromList('debt', 4, { revolverM: amount(y.revolverCapacity), revolverYear: y.year + rng.int(2, 5), margin: rng.int(100, 175) });
  if (revolver) yield ctx.para([ctx.say(`{At|As of} ${ctx.fyEnd(y.year)}, $${amount(revolver.principal)} million was outstanding under the revolving credit facility at a weighted-average interest rate of ${revolver.rate.toFixed(2)}%.`)]);
  yield* debtDetail(ctx);
  yield* obligorGroup(ctx);

  yield note(8, 'Leases');
  yield ctx.fromList('leases', 2, { leaseYears: rng.int(10, 25), leaseCostM: amount(y.leaseCost), leaseRate: (rng.int(380, 560) / 100).toFixed(2) });
  const payments = y.leasePayments;
  const totalPay = payments.reduce((a, b) => a + b, 0);
  const leasePv = y.bs.curLease + y.bs.ltLease;
  yield ctx.table(table('Maturities of operating lease liabilities (in millions)', ['Fiscal year', 'Amount'], [
    ...payments.slice(0, 5).map((v, i) => [String(y.year + 1 + i), amount(v)]), ['Thereafter', amount(payments[5]!)], ['Total lease payments', amount(totalPay)],
    ['Less imputed interest', `(${amount(totalPay - leasePv)})`], ['Present value of lease liabilities', amount(leasePv)],
  ]));
  yield* leaseDetail(ctx);

  yield note(9, 'Fair Value Measurements');
  yield ctx.fromList('fairvalue', 3, { fvDebtM: amount(notesFairValue(ctx, y)) });
  yield* fairValueDetail(ctx);
  yield* debtFairValues(ctx);
  yield note(10, 'Derivative Instruments and Hedging Activities');
  yield ctx.fromList('derivatives', 3, { fwdM: amount(derivativeNotionals(ctx, y)[0]!) });
  yield* derivativeDetail(ctx);
  yield* hedgeGains(ctx);
  void dollars;
}
