// Writes Note 3, Acquisitions: the year's deal, its purchase price allocation and pro forma results.
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

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

/** Note 3. */
export function* noteAcquisitions(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  yield ctx.note(3, 'Acquisitions');
  const acq = y.acquisition ?? p.acquisition;
  if (acq) {
    const year = y.acquisition ? y.year : p.year;
    yield ctx.fromList('acq', 4, { month: acq.month, year, target: acq.target, priceM: `$${amount(acq.price)} million`, segment: acq.segment });
    yield ctx.table(table(`Allocation of the ${acq.target} purchase price (in millions)`, ['', 'Amount'], [
      ['Goodwill', amount(acq.goodwill)], ['Intangible assets', amount(acq.intangibles)], ['Net tangible assets acquired', amount(acq.netOther)], ['Total purchase price', amount(acq.price)],
    ]));
    yield* acquisitionProForma(ctx);
  } else {
    yield ctx.para([ctx.states('acquisitions.none')
      ? ctx.say(`{We did not complete|There were no} {material |}acquisitions in fiscal ${y.year} or fiscal ${p.year}{, although we continue to evaluate opportunities in <segment>|}.`)
      : ctx.say(`{We account for business combinations|Business combinations are accounted for} under the acquisition method: {the purchase price is allocated to the assets acquired and liabilities assumed at their fair values, and any excess is recorded as goodwill|identifiable assets and liabilities are recorded at fair value and the remainder of the price as goodwill}{, and acquisition costs are expensed as incurred|}.`)]);
  }

}
