// What a running sweep tells its caller: stages, warnings, the plan, and each finished trial.
import type { TrialRecord } from '../types.js';

/** Progress and notices from a running sweep, for the CLI (or any caller) to display. */
export type SweepEvent =
  | { type: 'stage'; message: string }
  | { type: 'warning'; message: string }
  | { type: 'notice'; message: string }
  | { type: 'planned'; total: number; pending: number; resumed: number; promptTokens: number; lengths: number[] }
  | { type: 'trial'; record: TrialRecord; done: number; pending: number };
