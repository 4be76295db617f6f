// Series assembly: walks the calendar month by month and has each meeting kind's module write its meeting, endlessly.
import type { Block } from '../../../types.js';
import type { FactKey } from '../../place-context.js';
import { monthMeetings, ymd, type JaMeetingKind, type JaScheduledMeeting } from './model/calendar.js';
import { worldRng, type JaMeetingWorld } from './model/world.js';
import { assemblyMeeting } from './meetings/assembly.js';
import { boardMeeting } from './meetings/board.js';
import { earningsCall } from './meetings/earnings-call.js';
import { engineeringMeeting } from './meetings/engineering.js';
import { JaMeetingContext, type JaSeriesState } from './talk/context.js';
import { JaMemory } from './talk/memory.js';
import type { JaSession } from './talk/session.js';

const MEETINGS: Record<JaMeetingKind, (mc: JaMeetingContext) => JaSession> = {
  board: boardMeeting,
  'earnings-call': earningsCall,
  engineering: engineeringMeeting,
  assembly: assemblyMeeting,
};

/** The series' meetings in date order, from the world's first day, endlessly. */
export function* jaSchedule(world: JaMeetingWorld): Generator<JaScheduledMeeting> {
  let { year, month } = ymd(world.start);
  let index = 0;
  for (;;) {
    for (const m of monthMeetings(year, month, world.teams.length)) yield { ...m, index: index++ };
    month++;
    if (month > 12) (month = 1), year++;
  }
}

/** Blocks of the world's meetings in order; facts in `omit` are never stated. */
export function* jaSeriesBlocks(world: JaMeetingWorld, omit: ReadonlySet<FactKey>): Generator<Block> {
  const series: JaSeriesState = { world, omit, memory: new JaMemory(), boards: [], homework: new Map(), items: new Map(), tickets: new Map(), counts: new Map() };
  const root = worldRng(world.seed);
  for (const meeting of jaSchedule(world)) {
    const mc = new JaMeetingContext(series, meeting, root.fork(`meeting-${meeting.index}`));
    yield* MEETINGS[meeting.kind](mc).blocks();
  }
}
