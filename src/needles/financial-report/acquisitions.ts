// Annual-report needles on deals: an acquisition closed after the year end, a code-named acquisition under negotiation.
import { loadHaystackData } from '../../haystack/data.js';
import type { Names } from '../../haystack/financial-report/company.js';
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { codeWord, distinct, millions } from '../vocab.js';
import { monthAfterYearEnd, reportTime, segmentsOf, type SegmentRef } from './report-world.js';

const ROOTS = ['Halvorsen', 'Brightwater', 'Castellan', 'Dunmere', 'Everly', 'Foxley', 'Garrick', 'Hartwell', 'Islington', 'Jessop', 'Kilbride', 'Lomax', 'Merrow', 'Norcott', 'Oakridge', 'Penrose', 'Quarry Hill', 'Redfern', 'Stoneleigh', 'Thackeray', 'Upton Vale', 'Verran', 'Wexley', 'Yarrow'];
const WORDS = ['Technologies', 'Systems', 'Industries', 'Engineering', 'Products', 'Manufacturing'];

interface Target {
  name: string;
  product: string;
  segment: SegmentRef;
}

function target(rng: import('../../util/rng.js').Rng, world: ReportWorld, used: Set<string>): Target {
  const segment = rng.pick(segmentsOf(world));
  for (;;) {
    const name = `${rng.pick(ROOTS)} ${rng.pick(WORDS)}`;
    if (used.has(name)) continue;
    used.add(name);
    return { name, product: rng.pick(world.company.segments[segment.index]!.products), segment };
  }
}

const acquisitionPrice: WorldTemplate<ReportWorld, { deals: Target[]; amounts: string[]; when: number }> = {
  id: 'fin-acquisition-price',
  kind: 'financial-report',
  competes: ['subsequent.acquisition', 'acquisitions.none', 'subsequent.no-other-events'],
  sections: ['subsequent events', 'note 3', 'overview', 'general', 'results of operations', 'risks related to our business and industry'],
  draw: (rng, world) => {
    const used = new Set<string>();
    return { deals: [target(rng, world, used), target(rng, world, used)], amounts: distinct(rng, 2, (r) => millions(r, 40, 600)), when: rng.next() };
  },
  render({ deals: [a, b], amounts: [amt, alt], when }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `In ${monthAfterYearEnd(t, when)}, after the end of fiscal ${t.year}, the Company completed its acquisition of ${a!.name}, a maker of ${a!.product} for our ${a!.segment.name} segment, for a purchase price of ${amt} in cash.`,
      lexical: `What purchase price did the Company pay in cash for its acquisition of ${a!.name}?`,
      paraphrased: 'What was paid to take over the business bought once the books closed?',
      answers: [amt!],
      distractors: [{ text: `The Company has also agreed to acquire ${b!.name}, a distributor of ${b!.product}, for ${alt}, subject to regulatory approval.`, answers: [alt!] }],
    };
  },
  rivals: () => [/(after|subsequent to|following) (the end of|year end|the fiscal year).{0,160}acqui|acqui\w*.{0,160}(after|subsequent to) (the end of|year end)/i],
  contradicts: () => [/no (material )?acquisitions|not completed an acquisition|did not complete .{0,20}acquisitions/i],
};

const codeNameAcquisition: WorldTemplate<ReportWorld, { deal: Target; city: [string, string]; codes: string[]; amounts: string[] }> = {
  id: 'fin-code-name-acquisition',
  kind: 'financial-report',
  twoHop: true,
  competes: ['subsequent.acquisition'],
  sections: ['subsequent events', 'overview', 'general', 'results of operations', 'note 3', 'risks related to our business and industry'],
  draw: (rng, world) => {
    const names = loadHaystackData<Names>('financial-report/names.json');
    const adjectives = loadHaystackData<{ countryAdjective: Record<string, string> }>('financial-report/paraphrase.json').countryAdjective;
    const cities = names.citiesWorld.filter(([c, k]) => adjectives[k] && c !== k);
    return { deal: target(rng, world, new Set()), city: rng.pick(cities), codes: distinct(rng, 2, (r) => `Project ${codeWord(r)}`), amounts: distinct(rng, 2, (r) => millions(r, 120, 900)) };
  },
  render({ deal, city: [city, country], codes: [code, other], amounts: [amt, alt] }) {
    const adjective = loadHaystackData<{ countryAdjective: Record<string, string> }>('financial-report/paraphrase.json').countryAdjective[country]!;
    return {
      companions: [`The proposed acquisition of ${deal.name}, a ${city}-based maker of ${deal.product}, is referred to in board materials as ${code}.`],
      text: `${code} carries an expected purchase price of ${amt}, subject to regulatory approval.`,
      lexical: `What expected purchase price, subject to regulatory approval, does the proposed acquisition of ${deal.name} carry?`,
      paraphrased: `How much would it cost to buy the ${adjective} company under consideration?`,
      answers: [amt!],
      distractors: [{ text: `${other}, a smaller bolt-on deal, carries an expected purchase price of ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/(proposed|pending|agree\w* to) acqui/i],
};

/** Acquisition needles. */
export const ACQUISITIONS = [acquisitionPrice, codeNameAcquisition];
