// Meeting-transcript needle templates: schedule changes, commitments, reversals, recusals, budgets (adapted to WorldTemplate in index.ts).
import type { LegacyTemplate } from './adapt.js';
import { cities, date, distinct, dollars, firstName, percent, place, surname, ticket } from '../vocab.js';

const offCycleReview: LegacyTemplate = {
  id: 'mtg-off-cycle-review',
  kind: 'meeting-transcript',
  build(rng) {
    const [when, other] = distinct(rng, 2, (r) => date(r, [2026]));
    return {
      text: `Heads up, we're pulling the budget review off its usual cycle and holding it on ${when}, because the auditors need the numbers early.`,
      lexical: 'On what date are we holding the budget review pulled off its usual cycle for the auditors?',
      paraphrased: 'When will the spending plan now be examined, given that the schedule was changed?',
      answers: [when!],
      distractors: [{ text: `The capital committee stays on its normal rhythm, so that one is still ${other}.`, answers: [other!] }],
    };
  },
};

const actionItemOwner: LegacyTemplate = {
  id: 'mtg-action-item-owner',
  kind: 'meeting-transcript',
  build(rng) {
    const [owner, other] = distinct(rng, 2, surname);
    const [when, alt] = distinct(rng, 2, (r) => date(r, [2026]));
    const first = firstName(rng);
    return {
      text: `Okay, action item: ${first} ${owner} owns the revised vendor shortlist and will get it to legal by ${when}.`,
      lexical: 'Who owns the revised vendor shortlist action item, and by what date will it get to legal?',
      paraphrased: 'Which colleague promised to hand the updated roster of candidate suppliers to the lawyers, and what is the deadline?',
      answers: [owner!, when!],
      distractors: [
        { text: `And ${firstName(rng)} ${other} takes the pricing memo, due to finance by ${alt}.`, answers: [other!, alt!] },
      ],
    };
  },
};

const depotReversal: LegacyTemplate = {
  id: 'mtg-depot-reversal',
  kind: 'meeting-transcript',
  build(rng) {
    const [depot, other] = distinct(rng, 2, place);
    const [until, alt] = distinct(rng, 2, (r) => date(r, [2027]));
    return {
      text: `I want to reverse what we decided last month: we are not closing the ${depot} depot after all, it stays open through ${until}.`,
      lexical: `Through what date does the ${depot} depot stay open now that we are reversing what we decided about closing it?`,
      paraphrased: 'Now that the earlier call has been undone, until when will that warehouse keep operating?',
      answers: [until!],
      distractors: [{ text: `The ${other} depot still closes on ${alt}, as planned.`, answers: [alt!] }],
    };
  },
};

const rezoningRecusal: LegacyTemplate = {
  id: 'mtg-rezoning-recusal',
  kind: 'meeting-transcript',
  build(rng) {
    const [street, other] = distinct(rng, 2, place);
    return {
      text: `For the record, I'm recusing myself from the vote on the ${street} Street rezoning, because my sister-in-law owns the parcel.`,
      lexical: 'Which rezoning vote is the speaker recusing from because a sister-in-law owns the parcel?',
      paraphrased: 'On which land-use decision did someone step aside owing to a family conflict of interest?',
      answers: [`${street} Street`],
      distractors: [
        { text: `I'm recusing myself from the ${other} Avenue liquor license, since I used to manage that bar.`, answers: [`${other} Avenue`] },
      ],
    };
  },
};

const roofBudget: LegacyTemplate = {
  id: 'mtg-roof-budget',
  kind: 'meeting-transcript',
  build(rng) {
    const site = place(rng);
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 180_000, 940_000, 1_000));
    return {
      text: `The final number we're approving for the ${site} warehouse roof replacement is ${amt}.`,
      lexical: `What final number are we approving for the ${site} warehouse roof replacement?`,
      paraphrased: 'What sum was ultimately signed off for putting a new top on the storage building?',
      answers: [amt!],
      distractors: [{ text: `The original proposal for the ${site} warehouse roof replacement was ${alt}.`, answers: [alt!] }],
    };
  },
};

const hiringFreezeException: LegacyTemplate = {
  id: 'mtg-hiring-freeze-exception',
  kind: 'meeting-transcript',
  build(rng) {
    const [lead, other] = distinct(rng, 2, surname);
    return {
      text: `We'll grant exactly one exception to the hiring freeze: ${firstName(rng)} ${lead}'s team can fill three data engineer roles.`,
      lexical: 'Whose team gets the exception to the hiring freeze to fill data engineer roles?',
      paraphrased: 'Which group leader was allowed to bring on staff despite the recruitment pause?',
      answers: [lead!],
      distractors: [
        { text: `${firstName(rng)} ${other} asked to backfill two analyst seats, but that request is denied.`, answers: [other!] },
      ],
    };
  },
};

const priceIncrease: LegacyTemplate = {
  id: 'mtg-price-increase',
  kind: 'meeting-transcript',
  build(rng) {
    const [pct, alt] = distinct(rng, 2, (r) => percent(r, 3, 15));
    const when = date(rng, [2026]);
    return {
      text: `Effective ${when}, list prices on the industrial fastener line go up ${pct}.`,
      lexical: 'By how much do list prices on the industrial fastener line go up?',
      paraphrased: 'How steep is the upcoming markup on bolts and screws?',
      answers: [pct!],
      distractors: [{ text: `List prices on the hand tool line go up ${alt} at the same time.`, answers: [alt!] }],
    };
  },
};

const launchSlip: LegacyTemplate = {
  id: 'mtg-launch-slip',
  kind: 'meeting-transcript',
  build(rng) {
    const [when, alt] = distinct(rng, 2, (r) => date(r, [2026, 2027]));
    return {
      text: `The thermostat launch slips to ${when}; the firmware team needs two more sprints.`,
      lexical: 'To what date does the thermostat launch slip because the firmware team needs more sprints?',
      paraphrased: 'When will the temperature-control gadget now be released to the market?',
      answers: [when!],
      distractors: [{ text: `The doorbell camera launch holds at ${alt}; marketing is ready.`, answers: [alt!] }],
    };
  },
};

const carrierSelection: LegacyTemplate = {
  id: 'mtg-carrier-selection',
  kind: 'meeting-transcript',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [pick, other] = distinct(rng, 2, surname);
    return {
      text: `We've picked ${pick} Freight as the new carrier for the ${a!.city} region, contract starts next quarter.`,
      lexical: `Which new carrier did we pick for the ${a!.city} region?`,
      paraphrased: `Which shipping company will haul goods around the ${a!.adj} territory?`,
      answers: [`${pick} Freight`],
      distractors: [{ text: `${other} Freight stays on as the carrier for the ${b!.city} region.`, answers: [`${other} Freight`] }],
    };
  },
};

const perDiemCap: LegacyTemplate = {
  id: 'mtg-per-diem-cap',
  kind: 'meeting-transcript',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [amt, alt] = distinct(rng, 2, (r) => dollars(r, 120, 390));
    return {
      text: `Starting next quarter, the per-diem cap for ${a!.city} trips goes to ${amt}.`,
      lexical: `What does the per-diem cap for ${a!.city} trips go to starting next quarter?`,
      paraphrased: `What is the daily spending allowance for business travel to ${a!.country}?`,
      answers: [amt!],
      distractors: [{ text: `The per-diem cap for ${b!.city} trips stays at ${alt}.`, answers: [alt!] }],
    };
  },
};

const outageRootCause: LegacyTemplate = {
  id: 'mtg-outage-root-cause',
  kind: 'meeting-transcript',
  build(rng) {
    const [host, other] = distinct(rng, 2, (r) => `${place(r).toLowerCase()}-lb${r.int(1, 9)}`);
    return {
      text: `Root cause for Tuesday's outage was an expired TLS certificate on the load balancer ${host}.`,
      lexical: "Which load balancer had the expired TLS certificate behind Tuesday's outage?",
      paraphrased: 'On which traffic-distribution box did a lapsed security credential knock the service offline?',
      answers: [host!],
      distractors: [{ text: `The slowdown on Thursday was a full disk on ${other}, unrelated.`, answers: [other!] }],
    };
  },
};

const blockedTicket: LegacyTemplate = {
  id: 'mtg-blocked-ticket',
  kind: 'meeting-transcript',
  build(rng) {
    const [id, other] = distinct(rng, 2, ticket);
    return {
      text: `I'm blocked on ${id} until the platform team rotates the API keys.`,
      lexical: 'Which ticket is blocked until the platform team rotates the API keys?',
      paraphrased: 'What work item is stuck waiting for credentials to be replaced?',
      answers: [id!],
      distractors: [{ text: `${other} is unblocked now that the staging database is back.`, answers: [other!] }],
    };
  },
};

const hospitalDiscount: LegacyTemplate = {
  id: 'mtg-hospital-discount',
  kind: 'meeting-transcript',
  build(rng) {
    const [hosp, school] = distinct(rng, 2, surname);
    const [pct, alt] = distinct(rng, 2, (r) => percent(r, 8, 30));
    return {
      text: `I'll approve a ${pct} discount for ${hosp} Hospital, but only if they sign for three years.`,
      lexical: `What discount will be approved for ${hosp} Hospital if they sign for three years?`,
      paraphrased: 'What markdown was okayed for the medical center, conditional on a long commitment?',
      answers: [pct!],
      distractors: [{ text: `${school} School District gets ${alt} off, no term requirement.`, answers: [alt!] }],
    };
  },
};

/** Transcript templates, part one. */
export const TRANSCRIPT_TEMPLATES_A: LegacyTemplate[] = [
  offCycleReview,
  actionItemOwner,
  depotReversal,
  rezoningRecusal,
  roofBudget,
  hiringFreezeException,
  priceIncrease,
  launchSlip,
  carrierSelection,
  perDiemCap,
  outageRootCause,
  blockedTicket,
  hospitalDiscount,
];
