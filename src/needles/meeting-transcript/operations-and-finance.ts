// Meeting-transcript needle templates: safety, people, finance, code names and escalations (adapted to WorldTemplate in index.ts).
import type { LegacyTemplate } from './adapt.js';
import { cents, cities, codeWord, date, distinct, dollars, firstName, millions, percent, place, segments, surname } from '../vocab.js';

const recordableInjuries: LegacyTemplate = {
  id: 'mtg-recordable-injuries',
  kind: 'meeting-transcript',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [n, m] = distinct(rng, 2, (r) => String(r.int(11, 140)));
    return {
      text: `There were ${n} recordable injuries at the ${a!.city} mill this quarter, mostly hand lacerations.`,
      lexical: `How many recordable injuries were there at the ${a!.city} mill this quarter?`,
      paraphrased: `How many workers got hurt seriously enough to be logged at the ${a!.adj} factory lately?`,
      answers: [n!],
      distractors: [{ text: `The ${b!.city} mill had ${m} recordable injuries over the same stretch.`, answers: [m!] }],
    };
  },
};

const marathonSponsorship: LegacyTemplate = {
  id: 'mtg-marathon-sponsorship',
  kind: 'meeting-transcript',
  build(rng) {
    const [town, other] = distinct(rng, 2, place);
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 40_000, 260_000, 500));
    return {
      text: `We agreed to sponsor the ${town} marathon for ${amt}, with our logo on the finish banner.`,
      lexical: `For how much did we agree to sponsor the ${town} marathon?`,
      paraphrased: 'What is the firm paying to back the long-distance running race?',
      answers: [amt!],
      distractors: [{ text: `We'll sponsor the ${other} jazz festival for ${alt} again this year.`, answers: [alt!] }],
    };
  },
};

const interimController: LegacyTemplate = {
  id: 'mtg-interim-controller',
  kind: 'meeting-transcript',
  build(rng) {
    const [who, other] = distinct(rng, 2, surname);
    const when = date(rng, [2026]);
    return {
      text: `Effective ${when}, ${firstName(rng)} ${who} takes over as interim controller while Dana is on leave.`,
      lexical: 'Who takes over as interim controller while Dana is on leave?',
      paraphrased: 'Which person is temporarily running the accounting books during the absence?',
      answers: [who!],
      distractors: [{ text: `${firstName(rng)} ${other} stays on as assistant treasurer through the transition.`, answers: [other!] }],
    };
  },
};

const rentReduction: LegacyTemplate = {
  id: 'mtg-rent-reduction',
  kind: 'meeting-transcript',
  build(rng) {
    const town = place(rng);
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 18_000, 96_000, 100));
    return {
      text: `Good news, the landlord agreed to cut our ${town} office rent to ${amt} a month.`,
      lexical: `To what did the landlord agree to cut our ${town} office rent a month?`,
      paraphrased: 'After the building owner conceded, what will the monthly payment be for that workspace?',
      answers: [amt!],
      distractors: [{ text: `Before that concession, the ${town} office rent had been ${alt} a month.`, answers: [alt!] }],
    };
  },
};

const canopyGrant: LegacyTemplate = {
  id: 'mtg-canopy-grant',
  kind: 'meeting-transcript',
  build(rng) {
    const [hood, other] = distinct(rng, 2, place);
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 15_000, 90_000, 250));
    return {
      text: `The council awards ${amt} from the tree canopy fund to the ${hood} Neighborhood Association.`,
      lexical: `How much does the council award from the tree canopy fund to the ${hood} Neighborhood Association?`,
      paraphrased: "What money for planting greenery went to the residents' group?",
      answers: [amt!],
      distractors: [{ text: `The ${other} Little League receives ${alt} from the parks improvement fund.`, answers: [alt!] }],
    };
  },
};

const rfpExtension: LegacyTemplate = {
  id: 'mtg-rfp-extension',
  kind: 'meeting-transcript',
  build(rng) {
    const town = place(rng);
    const [when, alt] = distinct(rng, 2, (r) => date(r, [2026]));
    return {
      text: `We'll extend the bid deadline for the ${town} water treatment RFP to ${when}.`,
      lexical: `To what date will we extend the bid deadline for the ${town} water treatment RFP?`,
      paraphrased: "By when must proposals for purifying the town's drinking supply now be submitted?",
      answers: [when!],
      distractors: [{ text: `The street paving RFP closes on ${alt} as advertised.`, answers: [alt!] }],
    };
  },
};

const epsGuidance: LegacyTemplate = {
  id: 'mtg-eps-guidance',
  kind: 'meeting-transcript',
  build(rng) {
    const [now, before] = distinct(rng, 2, (r) => cents(r, 180, 690));
    return {
      text: `We are raising our full-year adjusted EPS guidance to ${now}, at the top of the range.`,
      lexical: 'To what are we raising our full-year adjusted EPS guidance?',
      paraphrased: 'What per-stock profit outlook does management currently expect for the twelve months?',
      answers: [now!],
      distractors: [{ text: `Back in February, we had guided adjusted EPS to ${before}.`, answers: [before!] }],
    };
  },
};

const segmentMargin: LegacyTemplate = {
  id: 'mtg-segment-margin',
  kind: 'meeting-transcript',
  build(rng) {
    const [s, t] = segments(rng, 2);
    const [pct, alt] = distinct(rng, 2, (r) => percent(r, 21, 48));
    return {
      text: `Gross margin in the ${s!.name} segment came in at ${pct}, up 120 basis points.`,
      lexical: `What did gross margin in the ${s!.name} segment come in at?`,
      paraphrased: `After the cost of goods, what fraction of sales did the ${s!.gloss} business keep?`,
      answers: [pct!],
      distractors: [{ text: `${t!.name} gross margin came in at ${alt}.`, answers: [alt!] }],
    };
  },
};

const codeNameConsolidation: LegacyTemplate = {
  id: 'mtg-code-name-consolidation',
  kind: 'meeting-transcript',
  twoHop: true,
  build(rng) {
    const [a] = cities(rng, 1);
    const [code, other] = distinct(rng, 2, codeWord);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 4, 60));
    return {
      companions: [`Just so everyone's clear, Project ${code} is our name for the ${a!.city} site consolidation.`],
      text: `Project ${code} comes in at ${amt} all in, including severance.`,
      lexical: `What does Project ${code} come in at all in, including severance?`,
      paraphrased: `What is the total price tag for merging the ${a!.adj} locations?`,
      answers: [amt!],
      distractors: [{ text: `Project ${other} is smaller, ${alt} all in.`, answers: [alt!] }],
    };
  },
};

const codeNameDealClose: LegacyTemplate = {
  id: 'mtg-code-name-deal-close',
  kind: 'meeting-transcript',
  twoHop: true,
  build(rng) {
    const [a] = cities(rng, 1);
    const [code, other] = distinct(rng, 2, codeWord);
    const [when, alt] = distinct(rng, 2, (r) => date(r, [2026, 2027]));
    return {
      companions: [`In all emails, please call the purchase of that battery startup in ${a!.city} Project ${code}.`],
      text: `Project ${code} has to close by ${when} or the financing lapses.`,
      lexical: `By what date does Project ${code} have to close before the financing lapses?`,
      paraphrased: `What is the cutoff for completing the buyout of the ${a!.adj} energy-storage newcomer?`,
      answers: [when!],
      distractors: [{ text: `Project ${other} can wait, nothing happens there before ${alt}.`, answers: [alt!] }],
    };
  },
};

const airlineEscalation: LegacyTemplate = {
  id: 'mtg-airline-escalation',
  kind: 'meeting-transcript',
  build(rng) {
    const [air, rail] = distinct(rng, 2, surname);
    const [when, alt] = distinct(rng, 2, (r) => date(r, [2026]));
    return {
      text: `${air} Airlines is threatening to leave unless we fix the baggage-scanner firmware by ${when}.`,
      lexical: `By what date must we fix the baggage-scanner firmware before ${air} Airlines leaves?`,
      paraphrased: 'What deadline did the carrier that flies passengers give before it would walk away over the luggage-reading device?',
      answers: [when!],
      distractors: [{ text: `${rail} Rail wants the ticket-kiosk patch by ${alt}.`, answers: [alt!] }],
    };
  },
};

const shareholderMeetingVenue: LegacyTemplate = {
  id: 'mtg-shareholder-meeting-venue',
  kind: 'meeting-transcript',
  build(rng) {
    const [venue, other] = distinct(rng, 2, place);
    return {
      text: `This year's annual shareholder meeting will be held in ${venue}, not at headquarters.`,
      lexical: "Where will this year's annual shareholder meeting be held?",
      paraphrased: 'In what town do stockholders gather for their yearly assembly?',
      answers: [venue!],
      distractors: [{ text: `Investor day stays in ${other} like last time.`, answers: [other!] }],
    };
  },
};

const cyberPremium: LegacyTemplate = {
  id: 'mtg-cyber-premium',
  kind: 'meeting-transcript',
  build(rng) {
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 140_000, 980_000, 1_000));
    return {
      text: `Our cyber insurance premium renews at ${amt}, which is up sharply from last year.`,
      lexical: 'At what does our cyber insurance premium renew?',
      paraphrased: 'What will coverage against hacking cost for the coming policy term?',
      answers: [amt!],
      distractors: [{ text: `The property insurance premium renews at ${alt}, roughly flat.`, answers: [alt!] }],
    };
  },
};

/** Transcript templates, part two. */
export const TRANSCRIPT_TEMPLATES_B: LegacyTemplate[] = [
  recordableInjuries,
  marathonSponsorship,
  interimController,
  rentReduction,
  canopyGrant,
  rfpExtension,
  epsGuidance,
  segmentMargin,
  codeNameConsolidation,
  codeNameDealClose,
  airlineEscalation,
  shareholderMeetingVenue,
  cyberPremium,
];
