// Series assembly: walks the calendar and has each meeting kind's module write its meeting, in date order, endlessly.
import type { Block } from '../../types.js';
import type { FactKey } from '../place-context.js';
import type { MeetingKind } from './model/calendar.js';
import { schedule, worldRng, type MeetingWorld } from './model/world.js';
import { auditCommitteeMeeting } from './meetings/audit-committee.js';
import { boardMeeting } from './meetings/board.js';
import { compensationCommitteeMeeting } from './meetings/compensation-committee.js';
import { earningsCall } from './meetings/earnings-call.js';
import { governanceCommitteeMeeting } from './meetings/governance-committee.js';
import { incidentReview } from './meetings/incident-review.js';
import { operationsReview } from './meetings/operations-review.js';
import { sprintPlanning } from './meetings/sprint-planning.js';
import { standup } from './meetings/standup.js';
import { townHall } from './meetings/town-hall.js';
import { MeetingContext, type SeriesState } from './talk/meeting-context.js';
import { Outsiders } from './talk/outsiders.js';
import { TurnMemory } from './talk/turn-memory.js';
import type { Session } from './talk/session.js';

/** The module that writes each kind of meeting. */
const MEETINGS: Record<MeetingKind, (mc: MeetingContext) => Session> = {
  board: boardMeeting,
  'audit-committee': auditCommitteeMeeting,
  'compensation-committee': compensationCommitteeMeeting,
  'governance-committee': governanceCommitteeMeeting,
  'earnings-call': earningsCall,
  'operations-review': operationsReview,
  'town-hall': townHall,
  standup,
  'sprint-planning': sprintPlanning,
  'incident-review': incidentReview,
};

/** Blocks of the world's meetings in order; facts in `omit` are never stated. */
export function* seriesBlocks(world: MeetingWorld, omit: ReadonlySet<FactKey>): Generator<Block> {
  const series: SeriesState = {
    world, omit, memory: new TurnMemory(), outsiders: new Outsiders(world.org), committeeNotes: new Map(), actionLog: new Map(), lastMet: new Map(),
    tickets: new Map(), sprints: new Map(), reviewed: new Set(), topics: new Map(), codeNames: new Set(), visits: new Map(), siteEvents: new Map(), boards: new Map(),
  };
  const root = worldRng(world.seed);
  for (const meeting of schedule(world)) {
    const mc = new MeetingContext(series, meeting, root.fork(`meeting-${meeting.index}`));
    yield* MEETINGS[meeting.kind](mc).blocks();
  }
}
