// Series assembly: walks the calendar and has each meeting kind's module write its meeting, in date order, endlessly.
import type { Block } from '../../../types.js';
import type { FactKey } from '../../place-context.js';
import type { ZhMeetingKind } from './model/calendar.js';
import { schedule, worldRng, type ZhMeetingWorld } from './model/world.js';
import { boardMeeting } from './meetings/board.js';
import { earningsCall } from './meetings/earnings-call.js';
import { weekly } from './meetings/weekly.js';
import { ZhMemory } from './talk/memory.js';
import type { Session } from './talk/session.js';
import { Talk, type SeriesState } from './talk/talk.js';

/** The module that writes each kind of meeting. */
const MEETINGS: Record<ZhMeetingKind, (t: Talk) => Session> = {
  board: boardMeeting,
  'earnings-call': earningsCall,
  weekly,
};

/** Blocks of the world's meetings in order; facts in `omit` are never stated. */
export function* seriesBlocks(world: ZhMeetingWorld, omit: ReadonlySet<FactKey>): Generator<Block> {
  const series: SeriesState = { world, omit, memory: new ZhMemory(), boards: new Map() };
  const root = worldRng(world.seed);
  for (const meeting of schedule(world)) {
    yield* MEETINGS[meeting.kind](new Talk(series, meeting, root.fork(`meeting-${meeting.index}`))).blocks();
  }
}
