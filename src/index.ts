// The library's public API: run a sweep from code, and the types that describe it.

export { runSweep } from './run/run-sweep.js';
export type { SweepEvent, SweepHooks, SweepResult } from './run/run-sweep.js';
export { SWEEP_DEFAULTS, NEEDLE_SETS, defineSweep } from './config/sweep-options.js';
export type { SweepOptions, NeedleSetName } from './config/sweep-options.js';
export { parseLength, resolveDepths, resolveLengths } from './config/parse-values.js';
export { createModel } from './models/registry.js';
export type { Model, ChatRequest, ChatResult } from './models/model.js';
export { createTiktokenTokenizer } from './tokenize/tiktoken-tokenizer.js';
export { generateDocument, prepareHaystack } from './haystack/prepare-haystack.js';
export { planSweep } from './prompt/plan.js';
export type { Plan, Trial, TrialNeedles } from './prompt/plan.js';
export { scoreResponse } from './score/score.js';
export { summarize, effectiveLength } from './score/stats.js';
export { readResults, readManifest, RUN_FILES, RUN_FORMAT } from './run/results-store.js';
export { buildResults } from './report/results-json.js';
export { RESULTS_FORMAT, resultsSchema } from './report/results-schema.js';
export type { ResultsFile } from './report/results-schema.js';
export { loadConfig } from './config/load-config.js';
export { configSchema } from './config/config-schema.js';
export { SWEEP_FLAGS } from './config/sweep-flags.js';
export type { SweepFlags, SweepFlagSpec } from './config/sweep-flags.js';
export { parseShard } from './config/parse-shard.js';
export type { ShardSpec } from './config/parse-shard.js';
export { NeedleError, UsageError, EndpointError, ContextOverflowError, RequestError, EXIT } from './errors.js';
export type * from './types.js';
