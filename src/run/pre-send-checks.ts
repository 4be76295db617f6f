// Checks before sending: what fitting lengths on a server without /tokenize costs, whether prompts fit the
// server's context with room for the answer, and what a failure of the server's counting means.

import type { SweepOptions } from '../config/sweep-options.js';
import { EndpointError, NeedleError, UsageError } from '../errors.js';
import type { Plan, Trial } from '../prompt/plan.js';
import { estimateCost } from './cost.js';
import type { SweepEvent } from './sweep-event.js';

/** Calibration requests a server without /tokenize needs to fit every trial: up to two per trial, each a whole prompt. */
export function usageCalibrationEstimate(trials: readonly Trial[]): { requests: number; promptTokens: number } {
  return { requests: 2 * trials.length, promptTokens: 2 * trials.reduce((n, t) => n + t.promptTokens, 0) };
}

/** Refuses to calibrate (which costs as much as sending) when calibration plus the sweep would exceed --budget. */
export function checkCalibrationBudget(options: SweepOptions, trials: readonly Trial[]): void {
  if (options.budget === null) return;
  const calibration = usageCalibrationEstimate(trials);
  const est = estimateCost({
    promptTokens: trials.reduce((n, t) => n + t.promptTokens, 0) + calibration.promptTokens,
    trials: trials.length + calibration.requests,
    maxOutputTokens: options.maxOutputTokens ?? 0,
    priceIn: options.priceIn ?? undefined,
    priceOut: options.priceOut ?? undefined,
    batch: false,
  });
  if (est.cost === null) throw new UsageError('--budget needs --price-in and --price-out (per million tokens)');
  if (est.cost > options.budget) {
    throw new UsageError(`the sweep may cost up to ${est.cost.toFixed(2)} with the requests that fit lengths to the server's count, more than --budget ${options.budget}`, {
      hint: 'lower --max, --lengths, --depths or --repeats, raise --budget, or use a local --tokenizer (see --dry-run)',
    });
  }
}

/** A failure of the server's token counting while planning: the endpoint's trouble (exit 3), said as such. */
export function countingFailed(error: unknown, how: string): unknown {
  if (error instanceof UsageError || error instanceof EndpointError || !(error instanceof NeedleError)) return error;
  return new EndpointError(`counting prompts on the server failed while planning (${how}): ${error.message}`, {
    hint: 'check the server (its log); or use a local --tokenizer (o200k_base, cl100k_base)',
    cause: error,
  });
}

/** Warns when prompts plus the answer's budget do not fit the server's context (per slot). */
export function warnContext(context: number, plan: Plan, options: SweepOptions, exact: boolean, emit: (e: SweepEvent) => void): void {
  const output = options.maxOutputTokens ?? 0;
  const room = context - output;
  const over = [...new Set(plan.trials.filter((t) => (exact ? (t.serverTokens ?? t.cell.length) : t.cell.length) > room).map((t) => t.cell.length))];
  if (over.length === 0) return;
  const tokens = exact ? "the server's tokens" : "the server's tokens (which may count 10–30% differently from ours)";
  emit({
    type: 'warning',
    message:
      `the server's context is ${context.toLocaleString('en-US')} tokens per request: prompts over ${room.toLocaleString('en-US')} of ${tokens} leave no room for ` +
      `the ${output}-token answer (--max-output-tokens) and overflow or are cut: lengths ${over.map((l) => l.toLocaleString('en-US')).join(', ')}`,
  });
}

/** What calibration requests cost: their prompts, and one output token each. */
export function calibrationSpend(options: SweepOptions, calibration: { requests: number; promptTokens: number }): number {
  if (options.priceIn === null || options.priceOut === null) return 0;
  return (calibration.promptTokens * options.priceIn + calibration.requests * options.priceOut) / 1e6;
}

