// The meeting-transcript haystack: an endless series of one fictional company's meetings, dates advancing, as a HaystackGenerator.
import type { Block } from '../../types.js';
import type { GenerateOptions, HaystackGenerator } from '../generator.js';
import { MEETING_FACT_KEYS } from './model/facts.js';
import { createWorld, type MeetingWorld } from './model/world.js';
import { seriesBlocks } from './series.js';

export type { MeetingWorld } from './model/world.js';
export type { MeetingKind } from './model/calendar.js';
export type { Organization, Person, Site, Team, Segment, ProductLine, Account } from './model/organization.js';
export { MEETING_FACTS, MEETING_FACT_KEYS } from './model/facts.js';

/** The meeting-transcript generator: its world, its blocks (each with its MeetingPlace), and the facts it can leave out. */
export const meetingTranscriptGenerator: HaystackGenerator<MeetingWorld> = {
  kind: 'meeting-transcript',
  world: createWorld,
  blocks(seed: number, options?: GenerateOptions): Generator<Block> {
    return seriesBlocks(createWorld(seed), options?.omit ?? new Set());
  },
  facts: MEETING_FACT_KEYS,
};

/** Endless, deterministic blocks of meeting transcripts of the seed's organization (every fact stated). */
export function meetingTranscriptBlocks(seed: number): Generator<Block> {
  return meetingTranscriptGenerator.blocks(seed);
}
