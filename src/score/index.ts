// Public face of the scoring folder: matching, outcomes, intervals, summaries.
export { normalizeText } from './normalize.js';
export { extractValues, parseValue, valueMatches } from './values.js';
export type { FoundValue, Value } from './values.js';
export { findAnswer } from './match.js';
export { saysNotFound } from './not-found.js';
export { scoreResponse } from './score.js';
export type { ScoreResult } from './score.js';
export { wilson } from './interval.js';
export { effectiveLength, groupStats, summarize } from './stats.js';
