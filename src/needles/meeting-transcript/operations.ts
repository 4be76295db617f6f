// Transcript needles of operations: safety, a distribution center kept open, a roof, a carrier, an RFP deadline, a code-named consolidation.
import { MEETING_FACTS, type MeetingWorld } from '../../haystack/meeting-transcript/index.js';
import type { WorldTemplate } from '../template.js';
import { dateAfter, distinct, dollars, dollarText, inKind, kindsOf, replyAt, rolesAt, twoOffsets, type Where } from './place.js';

const INJURIES: Where = { 'operations-review': ['ehs', 'coo', 'site-manager'], board: ['ehs', 'coo'], 'town-hall': ['coo', 'ceo'] };
const DEPOT: Where = { board: ['coo', 'ceo'], 'operations-review': ['coo', 'supply-chain'], 'town-hall': ['ceo', 'coo'] };
const ROOF: Where = { board: ['coo', 'cfo'], 'operations-review': ['coo', 'site-manager'] };
const CARRIER: Where = { 'operations-review': ['supply-chain', 'coo'], board: ['coo'] };
const RFP: Where = { 'operations-review': ['coo', 'supply-chain'], board: ['coo', 'cfo'], 'audit-committee': ['cfo'] };
const CONSOLIDATION: Where = { board: ['coo', 'cfo', 'ceo'], 'operations-review': ['coo'] };

/** A plant's recordable injury rate for the quarter. */
export const recordableInjuries: WorldTemplate<MeetingWorld, { city: string; adjective: string; other: string; rate: string; alt: string; injury: string }> = {
  id: 'mtg-recordable-injuries',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.injuries],
  sections: kindsOf(INJURIES),
  draw(rng, world) {
    const plants = world.org.sites.filter((s) => s.kind === 'plant');
    const a = rng.pick(plants);
    const b = rng.pick(world.org.sites.filter((s) => s !== a && s.kind !== 'office'));
    const [rate, alt] = distinct(rng, 2, (r) => `${r.int(0, 2)}.${r.int(1, 9)}${r.int(1, 9)}`);
    return { city: a.city, adjective: a.adjective, other: b.city, rate: rate!, alt: alt!, injury: rng.pick(world.org.injuries) };
  },
  render({ city, adjective, other, rate, alt, injury }, _world, place) {
    return {
      text: `Our recordable injury rate at the ${city} plant came in at ${rate} for the quarter, mostly ${injury}.`,
      lexical: `What did the recordable injury rate at the ${city} plant come in at for the quarter?`,
      paraphrased: `How often were workers hurt badly enough to be logged at the ${adjective} factory lately?`,
      answers: [rate],
      distractors: [{ text: `${other} came in at ${alt} over the same stretch.`, answers: [alt] }],
      speakerRoles: rolesAt(INJURIES, place),
      reply: replyAt(place),
    };
  },
};

/** A distribution center slated to close stays open after all. */
export const depotReversal: WorldTemplate<MeetingWorld, { city: string; other: string; days: number; altDays: number }> = {
  id: 'mtg-depot-reversal',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.siteClosures, MEETING_FACTS.consolidations],
  sections: kindsOf(DEPOT),
  draw(rng, world) {
    const dcs = world.org.sites.filter((s) => s.kind === 'distribution center');
    const a = rng.pick(dcs);
    const b = rng.pick(world.org.reserved.cities);
    const [days, altDays] = twoOffsets(rng, 60, 150);
    return { city: a.city, other: b[0], days, altDays };
  },
  render({ city, other, days, altDays }, world, place) {
    const until = dateAfter(world, place, days);
    const alt = dateAfter(world, place, altDays);
    return {
      text: inKind(place, 'town-hall')
        ? `We've reversed the plan we announced earlier: we are not closing the ${city} distribution center after all; it stays open through ${until}.`
        : `I want to reverse the plan we announced earlier: we are not closing the ${city} distribution center after all; it stays open through ${until}.`,
      lexical: `Through what date does the ${city} distribution center stay open now that we are not closing it?`,
      paraphrased: 'Until when will that warehouse keep operating, now that the earlier decision has been undone?',
      answers: [until],
      distractors: [{ text: `The overflow warehouse we lease in ${other} still closes on ${alt}, as planned.`, answers: [alt] }],
      speakerRoles: rolesAt(DEPOT, place),
      reply: replyAt(place),
    };
  },
};

/** The approved budget for a roof replacement at one of the sites. */
export const roofBudget: WorldTemplate<MeetingWorld, { city: string; building: string; amt: number; alt: number }> = {
  id: 'mtg-roof-budget',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.facilityRepairs],
  sections: kindsOf(ROOF),
  draw(rng, world) {
    const site = rng.pick(world.org.sites.filter((s) => s.kind !== 'office'));
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 180_000, 940_000, 500));
    return { city: site.city, building: site.kind === 'plant' ? 'plant' : 'warehouse', amt: amt!, alt: alt! };
  },
  render({ city, building, amt, alt }, _world, place) {
    return {
      text: `The final number we're approving for the ${city} ${building} roof replacement is ${dollarText(amt)}.`,
      lexical: `What final number are we approving for the ${city} ${building} roof replacement?`,
      paraphrased: 'What sum was ultimately signed off for putting a new top on that building?',
      answers: [dollarText(amt)],
      distractors: [{ text: `The original proposal for the ${city} ${building} roof replacement was ${dollarText(alt)}.`, answers: [dollarText(alt)] }],
      speakerRoles: rolesAt(ROOF, place),
      reply: replyAt(place),
    };
  },
};

/** A carrier the meetings never named takes over a region's freight. */
export const carrierSelection: WorldTemplate<MeetingWorld, { carrier: string; other: string; region: string; gloss: string; otherRegion: string }> = {
  id: 'mtg-carrier-selection',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.carriers],
  sections: kindsOf(CARRIER),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.reserved.roots, 2);
    const [r, s] = rng.sample(world.org.regions.length > 1 ? world.org.regions : [...world.org.regions, ...world.org.regions], 2);
    return { carrier: `${a} ${rng.pick(['Freight', 'Transport', 'Carriers'])}`, other: `${b} Logistics`, region: r!.name, gloss: r!.gloss, otherRegion: s!.name };
  },
  render({ carrier, other, region, gloss, otherRegion }, _world, place) {
    return {
      text: `We've picked ${carrier} as the new carrier for the ${region} region; the contract starts next quarter.`,
      lexical: `Which new carrier did we pick for the ${region} region?`,
      // No word of a carrier's name ("… Trucking", "… Freight") in the paraphrase: it would hand the question the answer's words.
      paraphrased: `Which firm will move our shipments around ${gloss}?`,
      answers: [carrier],
      distractors: [{ text: `${other} stays on as the carrier for the ${otherRegion} lanes.`, answers: [other] }],
      speakerRoles: rolesAt(CARRIER, place),
      reply: replyAt(place),
    };
  },
};

/** The bid deadline of a plant's wastewater treatment RFP moves out. */
export const rfpExtension: WorldTemplate<MeetingWorld, { city: string; days: number; altDays: number }> = {
  id: 'mtg-rfp-extension',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.rfpDeadlines],
  sections: kindsOf(RFP),
  draw(rng, world) {
    const plant = rng.pick(world.org.sites.filter((s) => s.kind === 'plant'));
    const [days, altDays] = twoOffsets(rng, 20, 60);
    return { city: plant.city, days, altDays };
  },
  render({ city, days, altDays }, world, place) {
    const when = dateAfter(world, place, days);
    const alt = dateAfter(world, place, altDays);
    return {
      text: `We'll extend the bid deadline for the ${city} wastewater treatment RFP to ${when}.`,
      lexical: `To what date will we extend the bid deadline for the ${city} wastewater treatment RFP?`,
      paraphrased: "By when must proposals for cleaning up the factory's discharge now be submitted?",
      answers: [when],
      distractors: [{ text: `The parking lot repaving RFP closes on ${alt} as advertised.`, answers: [alt] }],
      speakerRoles: rolesAt(RFP, place),
      reply: replyAt(place),
    };
  },
};

/** Two-hop: a code name for folding one site into another, then its cost. */
export const codeNameConsolidation: WorldTemplate<MeetingWorld, { code: string; other: string; from: string; into: string; adjectives: string; amt: string; alt: string }> = {
  id: 'mtg-code-name-consolidation',
  kind: 'meeting-transcript',
  twoHop: true,
  competes: [MEETING_FACTS.consolidations, MEETING_FACTS.siteClosures],
  sections: kindsOf(CONSOLIDATION),
  draw(rng, world) {
    const [code, other] = rng.sample(world.org.reserved.codeWords, 2);
    const [a, b] = rng.sample(world.org.sites.filter((s) => s.kind !== 'office'), 2);
    const name = (s: typeof a) => `${s!.city} ${s!.kind === 'plant' ? 'plant' : 'distribution center'}`;
    const adjectives = a!.adjective === b!.adjective ? `two ${a!.adjective}` : `${a!.adjective} and ${b!.adjective}`;
    // Two decimals in the tens of millions: a figure the meetings' own money never takes.
    const [amt, alt] = distinct(rng, 2, (r) => `$${r.int(11, 59)}.${r.int(1, 9)}${r.int(1, 9)} million`);
    return { code: code!, other: other!, from: name(a), into: name(b), adjectives, amt: amt!, alt: alt! };
  },
  render({ code, other, from, into, adjectives, amt, alt }, _world, place) {
    return {
      companions: [`Just so everyone's clear, Project ${code} is our name for folding the ${from} into the ${into}.`],
      text: `Project ${code} comes in at ${amt} all in, including severance.`,
      lexical: `What does Project ${code} come in at all in, including severance?`,
      paraphrased: `What is the total price tag for merging the ${adjectives} facilities?`,
      answers: [amt],
      distractors: [{ text: `Project ${other} is smaller, ${alt} all in.`, answers: [alt] }],
      speakerRoles: rolesAt(CONSOLIDATION, place),
      reply: replyAt(place),
    };
  },
};
