// Transcript needles of board governance: an off-cycle review date, a recusal, the shareholder meeting's venue.
import { MEETING_FACTS, type MeetingWorld } from '../../haystack/meeting-transcript/index.js';
import type { WorldTemplate } from '../template.js';
import { dateAfter, inKind, kindsOf, replyAt, rolesAt, twoOffsets, type Where } from './place.js';

const OFF_CYCLE: Where = { board: ['cfo', 'chair'], 'audit-committee': ['cfo', 'committee-chair'], 'operations-review': ['coo'], 'sprint-planning': ['eng-manager'], 'town-hall': ['cfo', 'ceo'] };
const RECUSAL: Where = { board: ['director'], 'governance-committee': ['director'], 'audit-committee': ['director'] };
const VENUE: Where = { 'governance-committee': ['gc', 'committee-chair'], board: ['gc', 'chair'], 'town-hall': ['ceo', 'chro'] };

/** The budget review moves off its cycle to a date a few weeks after the meeting. */
export const offCycleReview: WorldTemplate<MeetingWorld, { days: number; altDays: number }> = {
  id: 'mtg-off-cycle-review',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.budgetReview],
  sections: kindsOf(OFF_CYCLE),
  draw(rng) {
    const [days, altDays] = twoOffsets(rng, 18, 60);
    return { days, altDays };
  },
  render({ days, altDays }, world, place) {
    const when = dateAfter(world, place, days);
    const other = dateAfter(world, place, altDays);
    // In the board or its audit committee, management announces it; elsewhere, somebody passes finance's news on.
    const formal = inKind(place, 'board', 'audit-committee');
    return {
      text: formal
        ? `Heads up: we're pulling the budget review off its usual cycle and holding it on ${when}, because the auditors need the numbers early.`
        : `Heads up from finance: they're pulling the budget review off its usual cycle and holding it on ${when}, because the auditors need the numbers early.`,
      lexical: 'On what date is the budget review being held now that it has been pulled off its usual cycle?',
      paraphrased: 'When will the spending plan now be examined, given the change to the schedule?',
      answers: [when],
      distractors: [{ text: `The capital committee stays on its normal rhythm, so that one is still on ${other}.`, answers: [other] }],
      speakerRoles: rolesAt(OFF_CYCLE, place),
      reply: replyAt(place),
    };
  },
};

/** A director recuses from the vote on a parcel next to a plant that family owns. */
export const parcelRecusal: WorldTemplate<MeetingWorld, { street: string; other: string; plant: string }> = {
  id: 'mtg-rezoning-recusal',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.recusals],
  sections: kindsOf(RECUSAL),
  draw(rng, world) {
    const [street, other] = rng.sample(world.org.reserved.streets, 2);
    const plant = rng.pick(world.org.sites.filter((s) => s.kind === 'plant'));
    return { street: street!, other: other!, plant: plant.city };
  },
  render({ street, other, plant }, _world, place) {
    return {
      text: `For the record, I'm recusing myself from the vote on rezoning the ${street} Street parcel next to the ${plant} plant, because my sister-in-law owns that parcel.`,
      lexical: 'From which rezoning vote is the speaker recusing, because a sister-in-law owns the parcel?',
      paraphrased: 'Which piece of land did a director step aside on, owing to a family conflict of interest?',
      answers: [`${street} Street`],
      distractors: [{ text: `I have no conflict on the ${other} Avenue easement, for what it's worth.`, answers: [`${other} Avenue`] }],
      speakerRoles: rolesAt(RECUSAL, place),
      reply: replyAt(place),
    };
  },
};

/** The annual meeting moves to a city where the company has no site. */
export const shareholderMeetingVenue: WorldTemplate<MeetingWorld, { city: string; state: string; other: string }> = {
  id: 'mtg-shareholder-meeting-venue',
  kind: 'meeting-transcript',
  competes: [MEETING_FACTS.annualMeeting],
  sections: kindsOf(VENUE),
  draw(rng, world) {
    const [a, b] = rng.sample(world.org.reserved.cities, 2);
    return { city: a![0], state: a![1], other: b![0] };
  },
  render({ city, state, other }, _world, place) {
    return {
      text: `This year's annual shareholder meeting will be held in ${city}, ${state}, not at headquarters.`,
      lexical: "Where will this year's annual shareholder meeting be held?",
      paraphrased: 'In what town do stockholders gather for their yearly assembly?',
      answers: [city],
      distractors: [{ text: `Investor day stays in ${other} like last time.`, answers: [other] }],
      speakerRoles: rolesAt(VENUE, place),
      reply: replyAt(place),
    };
  },
};
