// Annual-report needles on write-downs and reserves: a goodwill impairment announced after the year end, a product line's warranty reserve, a recall write-down.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { distinct, millions, millionsFine } from '../vocab.js';
import { monthAfterYearEnd, productLines, reportTime, segmentsOf, type LineRef, type SegmentRef } from './report-world.js';

const goodwillImpairment: WorldTemplate<ReportWorld, { segs: SegmentRef[]; amounts: string[]; when: number }> = {
  id: 'fin-goodwill-impairment',
  kind: 'financial-report',
  competes: ['goodwill.impairment-test', 'subsequent.no-other-events'],
  sections: ['subsequent events', 'critical accounting', 'goodwill', 'results of operations', 'reportable segments', 'financial and tax risks'],
  draw: (rng, world) => ({ segs: rng.sample(segmentsOf(world), 2), amounts: distinct(rng, 2, (r) => millions(r, 10, 240)), when: rng.next() }),
  render({ segs: [s, u], amounts: [amt, alt], when }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `In ${monthAfterYearEnd(t, when)}, following the loss of a major contract, the Company concluded that goodwill of its ${s!.name} reporting unit was impaired and expects to record a non-cash impairment charge of approximately ${amt} in the first quarter of fiscal ${t.year + 1}.`,
      lexical: `What non-cash goodwill impairment charge does the Company expect to record for its ${s!.name} reporting unit?`,
      paraphrased: `How big a write-down of acquisition premium is coming for the ${s!.gloss} business?`,
      answers: [amt!],
      distractors: [{ text: `It also expects to write down a trade name in its ${u!.name} segment by approximately ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/impair/i],
  contradicts: () => [/fair value of each reporting unit (exceeded|was greater)/i, /no (goodwill )?impairment charges/i],
};

const warrantyReserve: WorldTemplate<ReportWorld, { lines: LineRef[]; amounts: string[] }> = {
  id: 'fin-warranty-reserve',
  kind: 'financial-report',
  competes: [],
  sections: ['critical accounting', 'note 21', 'results of operations', 'risks related to our operations', 'reportable segments'],
  draw: (rng, world) => ({ lines: rng.sample(productLines(world), 2), amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 25)) }),
  render({ lines: [a, b], amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `The warranty reserve for our ${a!.brand} ${a!.product} was increased to ${amt} at the end of fiscal ${t.year} after field failures of a sealing component.`,
      lexical: `To what amount was the warranty reserve for the ${a!.brand} ${a!.product} increased after the field failures?`,
      paraphrased: `How much is now held back to cover fixing faulty ${a!.segment.gloss} goods after a part kept breaking?`,
      answers: [amt!],
      distractors: [{ text: `The warranty reserve for our ${b!.brand} ${b!.product} was ${alt} at the end of fiscal ${t.year}.`, answers: [alt!] }],
    };
  },
  rivals: ({ lines: [a] }) => [new RegExp(`warrant.{0,80}${a!.brand}|${a!.brand}.{0,80}warrant`, 'i')],
};

const inventoryWritedown: WorldTemplate<ReportWorld, { lines: LineRef[]; amounts: string[] }> = {
  id: 'fin-inventory-writedown',
  kind: 'financial-report',
  competes: ['inventory.obsolescence-reserve'],
  sections: ['critical accounting', 'inventories', 'results of operations', 'reportable segments', 'risks related to our operations'],
  draw: (rng, world) => ({ lines: rng.sample(productLines(world), 2), amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 38)) }),
  render({ lines: [a, b], amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `The Company wrote down ${amt} of obsolete ${a!.brand} ${a!.product} inventory after a product recall in fiscal ${t.year}.`,
      lexical: `How much obsolete ${a!.brand} ${a!.product} inventory did the Company write down after the product recall?`,
      paraphrased: 'What loss was taken on unsellable stock once goods were called back from customers?',
      answers: [amt!],
      distractors: [{ text: `The Company wrote down ${alt} of slow-moving ${b!.brand} ${b!.product} inventory in fiscal ${t.year - 1}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/(wr(ote|ite|itten)[ -]down|written off).{0,60}(inventor|stock)|(inventor|stock).{0,60}(wr(ote|ite|itten)[ -]down|written off)/i],
};

/** Impairment and reserve needles. */
export const IMPAIRMENTS_AND_RESERVES = [goodwillImpairment, warrantyReserve, inventoryWritedown];
