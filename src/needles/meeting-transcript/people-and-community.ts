// Transcript needles of people and community: an exception to the hiring freeze, a race sponsorship, a foundation's tree-planting grant.
import { MEETING_FACTS, type MeetingWorld } from '../../haystack/meeting-transcript/index.js';
import type { WorldTemplate } from '../template.js';
import { distinct, dollars, dollarText, inKind, kindsOf, replyAt, rolesAt, type Where } from './place.js';

const FREEZE: Where = { 'compensation-committee': ['chro', 'ceo'], board: ['chro', 'ceo'], 'town-hall': ['chro', 'ceo'], 'operations-review': ['coo'], 'sprint-planning': ['eng-manager'] };
const MARATHON: Where = { 'town-hall': ['ceo', 'chro'], board: ['ceo'], 'operations-review': ['coo'] };
const CANOPY: Where = { 'town-hall': ['ceo', 'chro'], 'governance-committee': ['gc', 'committee-chair'], board: ['ceo', 'gc'], 'operations-review': ['coo', 'ehs'] };

/** One manager (somebody the meetings never named) may hire despite the freeze. */
export const hiringFreezeException: WorldTemplate<MeetingWorld, { first: string; last: string; first2: string; last2: string; city: string }> = {
  id: 'mtg-hiring-freeze-exception',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.hiringFreeze],
  sections: kindsOf(FREEZE),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.reserved.people, 2);
    return { first: a!.first, last: a!.last, first2: b!.first, last2: b!.last, city: rng.pick(world.org.sites).city };
  },
  render({ first, last, first2, last2, city }, _world, place) {
    // Those who decide it grant it; elsewhere the decision is passed on.
    const decides = inKind(place, 'compensation-committee', 'board', 'town-hall');
    return {
      text: decides
        ? `We'll grant exactly one exception to the hiring freeze: ${first} ${last}'s team in ${city} can fill three data engineer roles.`
        : `Heads up on hiring: leadership granted exactly one exception to the freeze, and it's ${first} ${last}'s team in ${city}, which can fill three data engineer roles.`,
      lexical: 'Whose team gets the exception to the hiring freeze to fill data engineer roles?',
      paraphrased: 'Which group leader was allowed to bring on staff despite the recruitment pause?',
      answers: [last],
      distractors: [{ text: `${first2} ${last2} asked to backfill two analyst seats, but that request is denied.`, answers: [last2] }],
      speakerRoles: rolesAt(FREEZE, place),
      reply: replyAt(place),
    };
  },
};

/** The company sponsors the marathon of a city where it operates. */
export const marathonSponsorship: WorldTemplate<MeetingWorld, { city: string; other: string; amt: number; alt: number }> = {
  id: 'mtg-marathon-sponsorship',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.sponsorships],
  sections: kindsOf(MARATHON),
  draw(rng, world) {
    const [a, b] = rng.sample([world.org.hq.city, ...world.org.sites.filter((s) => s.domestic).map((s) => s.city)], 2);
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 40_000, 260_000, 500));
    return { city: a!, other: b!, amt: amt!, alt: alt! };
  },
  render({ city, other, amt, alt }, _world, place) {
    return {
      text: `We agreed to sponsor the ${city} marathon for ${dollarText(amt)}, with our logo on the finish banner.`,
      lexical: `For how much did we agree to sponsor the ${city} marathon?`,
      paraphrased: 'What is the firm paying to back the long-distance running race?',
      answers: [dollarText(amt)],
      distractors: [{ text: `We'll sponsor the ${other} jazz festival for ${dollarText(alt)} again this year.`, answers: [dollarText(alt)] }],
      speakerRoles: rolesAt(MARATHON, place),
      reply: replyAt(place),
    };
  },
};

/** The company foundation funds tree planting around one of its plants. */
export const canopyGrant: WorldTemplate<MeetingWorld, { city: string; building: string; other: string; amt: number; alt: number }> = {
  id: 'mtg-canopy-grant',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.foundationGrants],
  sections: kindsOf(CANOPY),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.sites.filter((s) => s.kind !== 'office'), 2);
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 15_000, 90_000, 250));
    return { city: a!.city, building: a!.kind === 'plant' ? 'plant' : 'distribution center', other: b!.city, amt: amt!, alt: alt! };
  },
  render({ city, building, other, amt, alt }, _world, place) {
    return {
      text: `The foundation is giving ${dollarText(amt)} from its tree canopy fund to replant the streets around our ${city} ${building}.`,
      lexical: `How much is the foundation giving from its tree canopy fund for the streets around the ${city} ${building}?`,
      paraphrased: 'What money for planting greenery went to the neighborhood near that factory?',
      answers: [dollarText(amt)],
      distractors: [{ text: `The ${other} food bank receives ${dollarText(alt)} from the community fund.`, answers: [dollarText(alt)] }],
      speakerRoles: rolesAt(CANOPY, place),
      reply: replyAt(place),
    };
  },
};
