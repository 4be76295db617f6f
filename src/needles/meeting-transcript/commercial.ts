// Transcript needles of customers and deals: a price increase, an account's discount, a customer threatening to leave, a code-named acquisition.
import { MEETING_FACTS, type MeetingWorld } from '../../haystack/meeting-transcript/index.js';
import type { WorldTemplate } from '../template.js';
import { dateAfter, inKind, kindsOf, replyAt, rolesAt, twoOffsets, type Where } from './place.js';

const PRICE: Where = { 'operations-review': ['sales', 'coo'], board: ['sales', 'ceo', 'cfo'], 'earnings-call': ['ceo', 'cfo'], 'town-hall': ['ceo', 'cfo'], 'sprint-planning': ['pm'], standup: ['pm'] };
const DISCOUNT: Where = { 'operations-review': ['sales', 'coo'], board: ['sales', 'ceo'], 'sprint-planning': ['pm'] };
const ESCALATION: Where = { 'operations-review': ['sales', 'coo'], board: ['sales', 'ceo', 'coo'] };
const DEAL: Where = { board: ['ceo', 'cfo', 'gc'], 'audit-committee': ['cfo', 'gc'] };

/** Tenths between `lo` and `hi`, never a whole number: enough values that no one guess hits more than 1 time in 50. */
const tenths = (lo: number, hi: number): string[] => Array.from({ length: (hi - lo) * 10 + 1 }, (_, i) => lo * 10 + i).filter((n) => n % 10 !== 0).map((n) => (n / 10).toFixed(1));
const PRICE_STEPS = tenths(9, 24);

/** A list-price increase on one of the company's product lines. */
export const priceIncrease: WorldTemplate<MeetingWorld, { product: string; gloss: string; other: string; pct: string; alt: string; days: number }> = {
  id: 'mtg-price-increase',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.pricing],
  sections: kindsOf(PRICE),
  draw(rng, world) {
    const [p, q] = rng.sample(world.org.segments.flatMap((s) => s.productLines), 2);
    const [pct, alt] = rng.sample(PRICE_STEPS, 2);
    return { product: p!.name, gloss: p!.gloss, other: q!.name, pct: `${pct}%`, alt: `${alt}%`, days: rng.int(30, 90) };
  },
  render({ product, gloss, other, pct, alt, days }, world, place) {
    const when = dateAfter(world, place, days);
    // A product team hears of it because its pricing has to change.
    const team = inKind(place, 'sprint-planning', 'standup') ? ', so the price tables have to be ready before then' : '';
    return {
      text: `Effective ${when}, list prices on our ${product} go up ${pct}${team}.`,
      lexical: `By how much do list prices on our ${product} go up?`,
      paraphrased: `How steep is the upcoming markup on ${gloss}?`,
      answers: [pct],
      distractors: [{ text: `List prices on ${other} go up ${alt} at the same time.`, answers: [alt] }],
      speakerRoles: rolesAt(PRICE, place),
      reply: replyAt(place),
    };
  },
};

const DISCOUNTS = tenths(8, 30);

/** A discount for one named account, on condition of a long contract. */
export const accountDiscount: WorldTemplate<MeetingWorld, { account: string; type: string; other: string; pct: string; alt: string }> = {
  id: 'mtg-account-discount',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.accountDiscounts],
  sections: kindsOf(DISCOUNT),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.segments.flatMap((s) => s.accounts), 2);
    const [pct, alt] = rng.sample(DISCOUNTS, 2);
    return { account: a!.name, type: a!.type, other: b!.name, pct: `${pct}%`, alt: `${alt}%` };
  },
  render({ account, other, pct, alt }, _world, place) {
    return {
      text: inKind(place, 'sprint-planning')
        ? `Sales approved a ${pct} discount for ${account}, but only if they sign for three years, so the quote builder needs that rule.`
        : `I'll approve a ${pct} discount for ${account}, but only if they sign for three years.`,
      lexical: `What discount will be approved for ${account} if they sign for three years?`,
      paraphrased: 'What markdown was okayed for that customer, conditional on a long commitment?',
      answers: [pct],
      distractors: [{ text: `${other} gets ${alt} off, with no term requirement.`, answers: [alt] }],
      speakerRoles: rolesAt(DISCOUNT, place),
      reply: replyAt(place),
    };
  },
};

/** A named account threatens to leave unless a product problem is fixed by a date. */
export const customerEscalation: WorldTemplate<MeetingWorld, { account: string; product: string; other: string; days: number; altDays: number }> = {
  id: 'mtg-customer-escalation',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.escalations],
  sections: kindsOf(ESCALATION),
  draw(rng, world) {
    const all = world.org.segments.flatMap((s) => s.accounts);
    const a = rng.pick(all);
    const seg = world.org.segments.find((s) => s.name === a.segment)!;
    const other = rng.pick(all.filter((x) => x.name !== a.name));
    const [days, altDays] = twoOffsets(rng, 14, 45);
    return { account: a.name, product: rng.pick(seg.productLines).name, other: other.name, days, altDays };
  },
  render({ account, product, other, days, altDays }, world, place) {
    const when = dateAfter(world, place, days);
    const alt = dateAfter(world, place, altDays);
    return {
      text: `${account} is threatening to leave unless we fix the quality problem on their ${product} orders by ${when}.`,
      lexical: `By what date must we fix the quality problem on the ${product} orders before ${account} leaves?`,
      paraphrased: 'What deadline did that customer give before it would walk away?',
      answers: [when],
      distractors: [{ text: `${other} wants the replacement shipments by ${alt}.`, answers: [alt] }],
      speakerRoles: rolesAt(ESCALATION, place),
      reply: replyAt(place),
    };
  },
};

/** Two-hop: a code name for buying a small company in a city the meetings never mention, then the date it must close. */
export const codeNameDealClose: WorldTemplate<MeetingWorld, { code: string; other: string; target: string; city: string; state: string; days: number; altDays: number }> = {
  id: 'mtg-code-name-deal-close',
  kind: 'meeting-transcript',
  twoHop: true,
  competes: [MEETING_FACTS.acquisitions],
  sections: kindsOf(DEAL),
  draw(rng, world) {
    const [code, other] = rng.sample(world.org.reserved.codeWords, 2);
    const root = rng.pick(world.org.reserved.roots);
    const [city, state] = rng.pick(world.org.reserved.cities);
    const [days, altDays] = twoOffsets(rng, 30, 90);
    return { code: code!, other: other!, target: `${root} ${rng.pick(['Sensors', 'Controls', 'Robotics', 'Analytics', 'Instruments'])}`, city, state, days, altDays };
  },
  render({ code, other, target, city, state, days, altDays }, world, place) {
    const when = dateAfter(world, place, days);
    const alt = dateAfter(world, place, altDays);
    return {
      companions: [`In all emails, please call the purchase of ${target} in ${city} Project ${code}.`],
      text: `Project ${code} has to close by ${when} or the financing lapses.`,
      lexical: `By what date does Project ${code} have to close before the financing lapses?`,
      paraphrased: `What is the cutoff for completing the buyout of the ${state} company?`,
      answers: [when],
      distractors: [{ text: `Project ${other} can wait; nothing happens there before ${alt}.`, answers: [alt] }],
      speakerRoles: rolesAt(DEAL, place),
      reply: replyAt(place),
    };
  },
};
