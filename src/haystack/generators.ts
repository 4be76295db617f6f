// The built-in haystack generators by kind: each knows its world, its endless blocks and the facts it can leave out.
import type { HaystackKind } from '../types.js';
import { financialReportGenerator } from './financial-report/index.js';
import type { HaystackGenerator } from './generator.js';
import { meetingTranscriptGenerator } from './meeting-transcript/index.js';

/** Built-in generators by kind. */
export const GENERATORS: Record<HaystackKind, HaystackGenerator> = {
  'financial-report': financialReportGenerator as HaystackGenerator,
  'meeting-transcript': meetingTranscriptGenerator as HaystackGenerator,
};

/** True when the spec names a built-in generator. */
export function isHaystackKind(spec: string): spec is HaystackKind {
  return Object.hasOwn(GENERATORS, spec);
}
