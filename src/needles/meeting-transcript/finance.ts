// Transcript needles of finance: EPS guidance, a segment's margin, an interim controller, rent, per-diem caps, the cyber premium.
import { MEETING_FACTS, type MeetingWorld } from '../../haystack/meeting-transcript/index.js';
import type { WorldTemplate } from '../template.js';
import { dateAfter, distinct, dollars, dollarText, inKind, kindsOf, replyAt, rolesAt, type Where } from './place.js';

const EPS: Where = { 'earnings-call': ['cfo', 'ceo'], board: ['cfo', 'ceo'], 'town-hall': ['cfo'] };
const MARGIN: Where = { 'earnings-call': ['cfo', 'ceo'], board: ['cfo'], 'town-hall': ['cfo'] };
const CONTROLLER: Where = { 'audit-committee': ['cfo', 'treasurer'], board: ['cfo'], 'operations-review': ['cfo', 'coo'], 'town-hall': ['cfo', 'chro'] };
const RENT: Where = { board: ['cfo', 'coo', 'gc'], 'audit-committee': ['cfo', 'gc'], 'operations-review': ['coo', 'cfo'] };
const PER_DIEM: Where = { 'audit-committee': ['cfo', 'treasurer'], 'town-hall': ['cfo', 'chro'], board: ['cfo'], 'operations-review': ['coo', 'cfo'], 'sprint-planning': ['eng-manager'], standup: ['eng-manager'] };
const CYBER: Where = { 'audit-committee': ['cfo', 'treasurer', 'gc'], board: ['cfo', 'gc', 'cto'] };

/** Adjusted EPS for the fiscal year the series opens in: the book's four quarters. */
function yearEps(world: MeetingWorld): number {
  const q0 = world.book.results(0).quarter.q;
  let eps = 0;
  for (let k = 1 - q0; k <= 4 - q0; k++) eps += world.book.results(k).eps;
  return eps;
}

/** Full-year EPS guidance raised on the call, a few percent above what the year's quarters add up to. */
export const epsGuidance: WorldTemplate<MeetingWorld, { now: string; before: string }> = {
  id: 'mtg-eps-guidance',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.epsGuidance],
  sections: kindsOf(EPS),
  draw(rng, world) {
    const base = yearEps(world);
    const [now, before] = distinct(rng, 2, (r) => (base * r.float(0.96, 1.09)).toFixed(2));
    return { now: `$${now}`, before: `$${before}` };
  },
  render({ now, before }, _world, place) {
    return {
      text: `We are raising our full-year adjusted EPS guidance to ${now}, at the top of the range.`,
      lexical: 'To what are we raising our full-year adjusted EPS guidance?',
      paraphrased: 'What per-stock profit outlook does management now expect for the twelve months?',
      answers: [now],
      distractors: [{ text: `At the start of the year, we had guided adjusted EPS to ${before}.`, answers: [before] }],
      speakerRoles: rolesAt(EPS, place),
      reply: replyAt(place),
    };
  },
};

/** A segment's gross margin for the quarter. */
export const segmentMargin: WorldTemplate<MeetingWorld, { segment: string; gloss: string; pct: string; other: string; alt: string }> = {
  id: 'mtg-segment-margin',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.segmentMargins],
  sections: kindsOf(MARGIN),
  draw(rng, world) {
    const [s, t] = rng.sample(world.org.segments, 2);
    const [pct, alt] = distinct(rng, 2, (r) => `${r.int(21, 47)}.${r.int(1, 9)}`);
    return { segment: s!.name, gloss: rng.pick(s!.productLines).gloss, pct: `${pct}%`, other: t!.name, alt: `${alt}%` };
  },
  render({ segment, gloss, pct, other, alt }, _world, place) {
    return {
      text: `Gross margin in the ${segment} segment came in at ${pct}, up 120 basis points.`,
      lexical: `What did gross margin in the ${segment} segment come in at?`,
      paraphrased: `After the cost of goods, what fraction of sales did the business behind ${gloss} keep?`,
      answers: [pct],
      distractors: [{ text: `${other} gross margin came in at ${alt}.`, answers: [alt] }],
      speakerRoles: rolesAt(MARGIN, place),
      reply: replyAt(place),
    };
  },
};

/** Somebody nobody in the meetings has named takes over the controller's office while the controller is away. */
export const interimController: WorldTemplate<MeetingWorld, { first: string; last: string; days: number; first2: string; last2: string }> = {
  id: 'mtg-interim-controller',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.controller],
  sections: kindsOf(CONTROLLER),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.reserved.people, 2);
    return { first: a!.first, last: a!.last, first2: b!.first, last2: b!.last, days: rng.int(5, 30) };
  },
  render({ first, last, days, first2, last2 }, world, place) {
    const when = dateAfter(world, place, days);
    const away = world.org.controller.first;
    // Outside finance's own meetings, the news is passed on.
    const relay = inKind(place, 'operations-review', 'town-hall') ? 'Finance asked me to pass this on: ' : '';
    return {
      text: `${relay}Effective ${when}, ${first} ${last} takes over as interim controller while ${away} is on leave.`.replace(/: Effective/, ': effective'),
      lexical: `Who takes over as interim controller while ${away} is on leave?`,
      paraphrased: 'Which person is temporarily running the accounting books during the absence?',
      answers: [last],
      distractors: [{ text: `${first2} ${last2} stays on as assistant treasurer through the transition.`, answers: [last2] }],
      speakerRoles: rolesAt(CONTROLLER, place),
      reply: replyAt(place),
    };
  },
};

/** The landlord of one of the offices cuts the rent. */
export const rentReduction: WorldTemplate<MeetingWorld, { city: string; amt: number; alt: number }> = {
  id: 'mtg-rent-reduction',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.leases],
  sections: kindsOf(RENT),
  draw(rng, world) {
    const office = rng.pick(world.org.sites.filter((s) => s.kind === 'office'));
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 18_000, 96_000, 100));
    return { city: office.city, amt: amt!, alt: alt! };
  },
  render({ city, amt, alt }, _world, place) {
    return {
      text: `Good news: the landlord agreed to cut our ${city} office rent to ${dollarText(amt)} a month.`,
      lexical: `To what did the landlord agree to cut our ${city} office rent a month?`,
      paraphrased: 'After the building owner conceded, what will the monthly payment be for that workspace?',
      answers: [dollarText(amt)],
      distractors: [{ text: `Before that concession, the ${city} office rent had been ${dollarText(alt)} a month.`, answers: [dollarText(alt)] }],
      speakerRoles: rolesAt(RENT, place),
      reply: replyAt(place),
    };
  },
};

/** A new per-diem cap for trips to a city abroad where the company has a site. */
export const perDiemCap: WorldTemplate<MeetingWorld, { city: string; country: string; other: string; amt: number; alt: number }> = {
  id: 'mtg-per-diem-cap',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.travelPolicy],
  sections: kindsOf(PER_DIEM),
  draw(rng, world) {
    const abroad = world.org.sites.filter((s) => !s.domestic);
    const a = rng.pick(abroad);
    const b = rng.pick(world.org.sites.filter((s) => s.city !== a.city));
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 95, 495, 5));
    return { city: a.city, country: a.country, other: b.city, amt: amt!, alt: alt! };
  },
  render({ city, country, other, amt, alt }, _world, place) {
    return {
      text: `Starting next quarter, the per-diem cap for ${city} trips goes to ${dollarText(amt)}.`,
      lexical: `What does the per-diem cap for ${city} trips go to starting next quarter?`,
      paraphrased: `What is the daily spending allowance for business travel to ${country}?`,
      answers: [dollarText(amt)],
      distractors: [{ text: `The per-diem cap for ${other} trips stays at ${dollarText(alt)}.`, answers: [dollarText(alt)] }],
      speakerRoles: rolesAt(PER_DIEM, place),
      reply: replyAt(place),
    };
  },
};

/** The cyber insurance renewal. */
export const cyberPremium: WorldTemplate<MeetingWorld, { amt: number; alt: number }> = {
  id: 'mtg-cyber-premium',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.insurance],
  sections: kindsOf(CYBER),
  draw(rng) {
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 140_000, 980_000, 1_000));
    return { amt: amt!, alt: alt! };
  },
  render({ amt, alt }, _world, place) {
    return {
      text: `Our cyber insurance premium renews at ${dollarText(amt)}, which is up sharply from last year.`,
      lexical: 'At what does our cyber insurance premium renew?',
      paraphrased: 'What will coverage against hacking cost for the coming policy term?',
      answers: [dollarText(amt)],
      distractors: [{ text: `The property insurance premium renews at ${dollarText(alt)}, roughly flat.`, answers: [dollarText(alt)] }],
      speakerRoles: rolesAt(CYBER, place),
      reply: replyAt(place),
    };
  },
};
