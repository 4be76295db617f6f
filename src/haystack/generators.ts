// The built-in haystack generators by kind and language: each knows its world, its endless blocks and the facts it can leave out.
import type { HaystackKind, Lang } from '../types.js';
import { financialReportGenerator } from './financial-report/index.js';
import type { HaystackGenerator } from './generator.js';
import { meetingTranscriptGenerator } from './meeting-transcript/index.js';
import { jaFinancialReportGenerator } from './ja/financial-report/index.js';
import { jaMeetingTranscriptGenerator } from './ja/meeting-transcript/index.js';
import { zhFinancialReportGenerator } from './zh/financial-report/index.js';
import { zhMeetingTranscriptGenerator } from './zh/meeting-transcript/index.js';

/** Built-in English generators by kind (the default language). */
export const GENERATORS: Record<HaystackKind, HaystackGenerator> = {
  'financial-report': financialReportGenerator as HaystackGenerator,
  'meeting-transcript': meetingTranscriptGenerator as HaystackGenerator,
};

/**
 * Built-in generators by language, then kind (issue #14). A language's generators live under
 * `src/haystack/<lang>/<kind>/` and register here.
 */
export const GENERATORS_BY_LANG: Record<Lang, Partial<Record<HaystackKind, HaystackGenerator>>> = {
  en: GENERATORS,
  ja: {
    'financial-report': jaFinancialReportGenerator as HaystackGenerator,
    'meeting-transcript': jaMeetingTranscriptGenerator as HaystackGenerator,
  },
  zh: {
    'financial-report': zhFinancialReportGenerator as HaystackGenerator,
    'meeting-transcript': zhMeetingTranscriptGenerator as HaystackGenerator,
  },
};

/** True when the spec names a built-in generator. */
export function isHaystackKind(spec: string): spec is HaystackKind {
  return Object.hasOwn(GENERATORS, spec);
}

/** The generator of a kind in a language; throws a one-line error naming the languages that kind has. */
export function generatorFor(kind: HaystackKind, lang: Lang = 'en'): HaystackGenerator {
  const generator = GENERATORS_BY_LANG[lang]?.[kind];
  if (!generator) throw new Error(`no ${kind} generator for --lang ${lang} (available: ${langsOf(kind).join(', ')})`);
  return generator;
}

/** The languages a kind is generated in. */
export function langsOf(kind: HaystackKind): Lang[] {
  return (Object.keys(GENERATORS_BY_LANG) as Lang[]).filter((l) => GENERATORS_BY_LANG[l][kind] !== undefined);
}
