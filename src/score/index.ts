// Public face of the scoring folder: reading answers, outcomes, intervals, summaries.
export { splitReasoning, stripReasoning } from './think.js';
export type { SplitResponse } from './think.js';
export { extractValues, parseValue, valueMatches } from './values.js';
export type { FoundValue, Value } from './values.js';
export { findAnswer } from './match.js';
export { saysNotFound } from './not-found.js';
export { scoreResponse } from './score.js';
export type { ScoreOptions, ScoreResult } from './score.js';
export { wilson } from './interval.js';
export { effectiveLength, groupStats, summarize } from './stats.js';
