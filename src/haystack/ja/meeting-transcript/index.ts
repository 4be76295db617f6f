// The Japanese meeting-transcript haystack: an endless series of one company's 取締役会, 決算説明会 and engineering
// 定例会 and one city's assembly 会議録, dates advancing, as a HaystackGenerator (issue #14).
import type { Block } from '../../../types.js';
import type { GenerateOptions, HaystackGenerator } from '../../generator.js';
import { JA_MEETING_FACT_KEYS } from './model/facts.js';
import { createWorld, type JaMeetingWorld } from './model/world.js';
import { jaSeriesBlocks } from './series.js';

export type { JaMeetingWorld, JaSpeaker, JaPerson, JaCompany, JaCity, JaTeam, JaSegment, JaSite } from './model/world.js';
export type { JaMeetingKind } from './model/calendar.js';
export { JA_MEETING_FACTS, JA_MEETING_FACT_KEYS } from './model/facts.js';
export { jaSchedule } from './series.js';

/** The Japanese meeting-transcript generator: its world, its blocks (each with its MeetingPlace), and the facts it can leave out. */
export const jaMeetingTranscriptGenerator: HaystackGenerator<JaMeetingWorld> = {
  kind: 'meeting-transcript',
  lang: 'ja',
  world: createWorld,
  blocks(seed: number, options?: GenerateOptions): Generator<Block> {
    return jaSeriesBlocks(createWorld(seed), options?.omit ?? new Set());
  },
  facts: JA_MEETING_FACT_KEYS,
};
