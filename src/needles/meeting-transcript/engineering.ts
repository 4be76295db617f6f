// Transcript needles of engineering: a vendor shortlist's owner and date, a blocked ticket, an outage's root cause, a launch that slips.
import { MEETING_FACTS, type MeetingWorld } from '../../haystack/meeting-transcript/index.js';
import type { WorldTemplate } from '../template.js';
import { dateAfter, distinct, inKind, kindsOf, replyAt, rolesAt, teamAt, twoOffsets, type Where } from './place.js';

const SHORTLIST: Where = { 'sprint-planning': ['pm', 'eng-manager'], standup: ['pm', 'eng-manager'], 'operations-review': ['supply-chain', 'coo'] };
const BLOCKED: Where = { standup: ['engineer'], 'sprint-planning': ['engineer'] };
const OUTAGE: Where = { 'incident-review': ['engineer', 'eng-manager'], standup: ['engineer', 'eng-manager'], 'sprint-planning': ['engineer', 'eng-manager'] };
const LAUNCH: Where = { 'sprint-planning': ['pm', 'eng-manager'], standup: ['pm', 'eng-manager'], board: ['cto', 'ceo'], 'operations-review': ['coo', 'sales'], 'town-hall': ['ceo', 'cto'] };

/** Procurement's new owner of the vendor shortlist (somebody the meetings never named) and the date it goes to legal. */
export const actionItemOwner: WorldTemplate<MeetingWorld, { first: string; last: string; first2: string; last2: string; days: number; altDays: number }> = {
  id: 'mtg-action-item-owner',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.vendorShortlists],
  sections: kindsOf(SHORTLIST),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.reserved.people, 2);
    const [days, altDays] = twoOffsets(rng, 6, 24);
    return { first: a!.first, last: a!.last, first2: b!.first, last2: b!.last, days, altDays };
  },
  render({ first, last, first2, last2, days, altDays }, world, place) {
    const when = dateAfter(world, place, days);
    const alt = dateAfter(world, place, altDays);
    return {
      text: `Quick note from procurement: ${first} ${last} owns the revised vendor shortlist now, and it goes to legal by ${when}.`,
      lexical: 'Who owns the revised vendor shortlist, and by what date does it go to legal?',
      paraphrased: 'Which colleague is responsible for the updated roster of candidate suppliers, and when is it due with the lawyers?',
      answers: [last, when],
      distractors: [{ text: `And ${first2} ${last2} takes the pricing memo, due to finance by ${alt}.`, answers: [last2, alt] }],
      speakerRoles: rolesAt(SHORTLIST, place),
      reply: replyAt(place),
    };
  },
};

/** An engineer blocked on an older ticket of the team until API keys are rotated. */
export const blockedTicket: WorldTemplate<MeetingWorld, { back: number; back2: number }> = {
  id: 'mtg-blocked-ticket',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.keyRotation],
  sections: kindsOf(BLOCKED),
  draw(rng) {
    // Tickets older than any the meetings mention: numbers below the team's first.
    const [back, back2] = distinct(rng, 2, (r) => r.int(150, 1300));
    return { back: back!, back2: back2! };
  },
  render({ back, back2 }, world, place) {
    const team = teamAt(world, place);
    const id = `${team.prefix}-${team.firstTicket - back}`;
    const other = `${team.prefix}-${team.firstTicket - back2}`;
    return {
      text: `I'm blocked on ${id} until the platform team rotates the API keys.`,
      lexical: 'Which ticket is blocked until the platform team rotates the API keys?',
      paraphrased: 'What work item is stuck waiting for credentials to be replaced?',
      answers: [id],
      distractors: [{ text: `${other} is unblocked now that the staging database is back.`, answers: [other] }],
      speakerRoles: rolesAt(BLOCKED, place),
      reply: replyAt(place),
    };
  },
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** An outage caused by an expired certificate on a load balancer of one of the team's services. */
export const outageRootCause: WorldTemplate<MeetingWorld, { service: string; n: number; service2: string; n2: number; day: string; day2: string }> = {
  id: 'mtg-outage-root-cause',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.certificateOutages],
  sections: kindsOf(OUTAGE),
  draw(rng, world) {
    const services = world.org.teams.flatMap((t) => t.services);
    const [s1, s2] = rng.sample(services, 2);
    const [d1, d2] = rng.sample(WEEKDAYS, 2);
    return { service: s1!, n: rng.int(1, 9), service2: s2!, n2: rng.int(1, 9), day: d1!, day2: d2! };
  },
  render({ service, n, service2, n2, day, day2 }, _world, place) {
    const host = `${service}-lb${n}`;
    const other = `${service2}-db${n2}`;
    return {
      text: `Root cause for ${day}'s outage was an expired TLS certificate on the load balancer ${host}.`,
      lexical: `Which load balancer had the expired TLS certificate behind ${day}'s outage?`,
      paraphrased: 'On which traffic-distribution box did a lapsed security credential knock the service offline?',
      answers: [host],
      distractors: [{ text: `The slowdown on ${day2} was a full disk on ${other}, unrelated.`, answers: [other] }],
      speakerRoles: rolesAt(OUTAGE, place),
      reply: replyAt(place),
    };
  },
};

/** The launch of one of the company's new products slips by a few months. */
export const launchSlip: WorldTemplate<MeetingWorld, { launch: string; gloss: string; other: string; days: number; altDays: number }> = {
  id: 'mtg-launch-slip',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.launchDates],
  sections: kindsOf(LAUNCH),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.launches, 2);
    const [days, altDays] = twoOffsets(rng, 40, 120);
    return { launch: a![0], gloss: a![1], other: b![0], days, altDays };
  },
  render({ launch, gloss, other, days, altDays }, world, place) {
    const when = dateAfter(world, place, days);
    const alt = dateAfter(world, place, altDays);
    // Said in a team's own meeting, the slip is about that team's work on the launch; at the board, about the pilots.
    const engineering = inKind(place, 'standup', 'sprint-planning');
    return {
      text: `The ${launch} launch slips to ${when}${engineering ? ', so our integration work for it can wait two sprints' : '; the pilot customers need another round of testing'}.`,
      lexical: `To what date does the ${launch} launch slip?`,
      paraphrased: `When will ${gloss} now reach the market?`,
      answers: [when],
      distractors: [{ text: `The ${other} launch holds at ${alt}; marketing is ready.`, answers: [alt] }],
      speakerRoles: rolesAt(LAUNCH, place),
      reply: replyAt(place),
    };
  },
};
