// Writes Note 8, Leases: lease maturities, lease cost by component, terms and rates.
import { leaseCosts } from '../figures/balances.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

const money = (t: number) => `$${amount(Math.abs(t))} million`;

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

/** Note 8. */
export function* noteLeases(ctx: ReportContext): Generator<Block> {
  const { y, rng } = ctx;
  yield ctx.note(8, 'Leases');
  yield ctx.fromList('leases', 2, { leaseYears: rng.int(10, 25), leaseCostM: amount(y.leaseCost), leaseRate: (rng.int(380, 560) / 100).toFixed(2) });
  const payments = y.leasePayments;
  const totalPay = payments.reduce((a, b) => a + b, 0);
  const leasePv = y.bs.curLease + y.bs.ltLease;
  yield ctx.table(table('Maturities of operating lease liabilities (in millions)', ['Fiscal year', 'Amount'], [
    ...payments.slice(0, 5).map((v, i) => [String(y.year + 1 + i), amount(v)]), ['Thereafter', amount(payments[5]!)], ['Total lease payments', amount(totalPay)],
    ['Less imputed interest', `(${amount(totalPay - leasePv)})`], ['Present value of lease liabilities', amount(leasePv)],
  ]));
  yield* leaseDetail(ctx);

}
