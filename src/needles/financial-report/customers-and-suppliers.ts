// Annual-report needles on the company's largest customer and a new long-term supply contract.
import { supplierOf } from '../../haystack/financial-report/figures/operations.js';
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { distinct, millions } from '../vocab.js';
import { monthAfterYearEnd, reportTime } from './report-world.js';

const largestCustomer: WorldTemplate<ReportWorld, { segment: number; share: number; second: number }> = {
  id: 'fin-largest-customer',
  kind: 'financial-report',
  competes: ['customers.concentration'],
  sections: ['customers and distribution', 'reportable segments', 'risks related to our business and industry', 'segment information'],
  draw: (rng, world) => {
    // The customer buys from the largest segment, and its share stays well inside that segment's share of sales.
    const books = world.books(world.calendar.firstYear);
    const segment = books.seg.reduce((best, s, i) => (s.sales > books.seg[best]!.sales ? i : best), 0);
    const room = Math.floor((books.seg[segment]!.sales / books.sales) * 100) - 6;
    return { segment, share: rng.int(1000, Math.max(1100, Math.min(2200, room * 100))), second: rng.int(520, 940) };
  },
  render({ segment, share, second }, world, place) {
    const t = reportTime(world, place);
    const [top, next] = world.profile.keyCustomers[segment]!;
    const seg = world.company.segments[segment]!.name;
    // Two decimals: a long report states nearly every one-decimal share between 10% and 22% somewhere else.
    const pct = `${(share / 100).toFixed(2)}%`;
    const alt = `${(second / 100).toFixed(2)}%`;
    return {
      text: `Sales to ${top}, our largest customer, accounted for ${pct} of consolidated net sales in fiscal ${t.year}, substantially all of them in our ${seg} segment.`,
      lexical: `What share of consolidated net sales did sales to ${top}, the largest customer, account for?`,
      paraphrased: 'What portion of the total top line came from the single biggest buyer?',
      answers: [pct],
      distractors: [{ text: `Sales to ${next}, our second-largest customer, accounted for ${alt} of consolidated net sales in fiscal ${t.year}.`, answers: [alt] }],
    };
  },
  rivals: () => [/largest customer|customers? (accounted|represented) .{0,30}of (consolidated )?net sales/i],
  contradicts: () => [/no (single )?customer accounted for 10%/i],
};

const supplyAgreement: WorldTemplate<ReportWorld, { material: number; amounts: string[]; when: number; years: number }> = {
  id: 'fin-supply-agreement',
  kind: 'financial-report',
  competes: ['commitments.supply-contracts', 'subsequent.no-other-events'],
  sections: ['subsequent events', 'contingencies', 'raw materials', 'risks related to our business and industry'],
  draw: (rng, world) => ({ material: rng.int(0, Math.min(2, world.company.industry.rawMaterials.length - 1)), amounts: distinct(rng, 2, (r) => millions(r, 80, 700)), when: rng.next(), years: rng.int(5, 8) }),
  render({ material, amounts: [amt, alt], when, years }, world, place) {
    const t = reportTime(world, place);
    const m = world.company.industry.rawMaterials[material]!;
    const supplier = supplierOf(world.company, m);
    return {
      text: `In ${monthAfterYearEnd(t, when)}, the Company entered into a ${years}-year agreement with ${supplier} for the supply of ${m}, with minimum purchase commitments of ${amt}.`,
      lexical: `What minimum purchase commitments does the ${years}-year agreement with ${supplier} for the supply of ${m} carry?`,
      paraphrased: 'What is the least the firm has pledged to buy over the life of the sourcing deal signed once the books closed?',
      answers: [amt!],
      distractors: [{ text: `The agreement it replaces, which ran through fiscal ${t.year + 1}, carried minimum purchase commitments of ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/minimum purchase|take-or-pay/i],
};

/** Customer and supplier needles. */
export const CUSTOMERS_AND_SUPPLIERS = [largestCustomer, supplyAgreement];
