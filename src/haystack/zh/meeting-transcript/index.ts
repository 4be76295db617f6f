// The Chinese meeting-transcript haystack: one fictional listed company's 董事会, 业绩说明会 and 周例会, dates advancing, endlessly.
import type { Block } from '../../../types.js';
import type { GenerateOptions, HaystackGenerator } from '../../generator.js';
import { ZH_MEETING_FACT_KEYS } from './model/facts.js';
import { createWorld, type ZhMeetingWorld } from './model/world.js';
import { seriesBlocks } from './series.js';

export type { ZhMeetingWorld } from './model/world.js';
export type { ZhMeetingKind } from './model/calendar.js';
export type { Company, Person, Segment, Team } from './model/organization.js';
export { ZH_MEETING_FACTS, ZH_MEETING_FACT_KEYS } from './model/facts.js';

/** The Chinese meeting-transcript generator: its world, its blocks (each with its MeetingPlace), and the facts it can leave out. */
export const zhMeetingTranscriptGenerator: HaystackGenerator<ZhMeetingWorld> = {
  kind: 'meeting-transcript',
  lang: 'zh',
  world: createWorld,
  blocks(seed: number, options?: GenerateOptions): Generator<Block> {
    return seriesBlocks(createWorld(seed), options?.omit ?? new Set());
  },
  facts: ZH_MEETING_FACT_KEYS,
};
