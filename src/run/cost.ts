// What a sweep will send and what it may cost, for --dry-run: an upper bound that assumes every answer uses its full budget.

import type { TrialRecord } from '../types.js';

/** Inputs of a cost estimate. Prices are in currency units per million tokens. */
export interface CostInput {
  /** Prompt tokens of all trials to send, summed. */
  promptTokens: number;
  /** Trials to send. */
  trials: number;
  /** Output budget of each trial (`max_tokens`). */
  maxOutputTokens: number;
  /** Price per million prompt tokens. */
  priceIn?: number;
  /** Price per million output tokens. */
  priceOut?: number;
  /** Batch API pricing: half price for both. @default false */
  batch?: boolean;
}

/** Token totals and the cost bound; `cost` is null unless both prices are known. */
export interface CostEstimate {
  promptTokens: number;
  /** Output tokens if every answer used its whole budget. */
  outputTokensMax: number;
  cost: number | null;
}

/** Batch API discount factor. */
export const BATCH_DISCOUNT = 0.5;

/** Estimates tokens and the cost upper bound of a sweep. */
export function estimateCost(input: CostInput): CostEstimate {
  const promptTokens = Math.max(0, input.promptTokens);
  const outputTokensMax = Math.max(0, input.trials) * Math.max(0, input.maxOutputTokens);
  if (input.priceIn === undefined || input.priceOut === undefined) return { promptTokens, outputTokensMax, cost: null };
  const factor = input.batch ? BATCH_DISCOUNT : 1;
  const cost = ((promptTokens * input.priceIn + outputTokensMax * input.priceOut) / 1_000_000) * factor;
  return { promptTokens, outputTokensMax, cost };
}

/** What a dry run prints about a planned sweep. */
export interface PlanDescription extends CostInput {
  /** Cells of the grid (lengths × depths). */
  cells: number;
  /** Trials already on disk that a resumed run will not resend. @default 0 */
  resumed?: number;
  /** Model name, printed when given. */
  model?: string;
  /** Currency symbol put before amounts. @default '$' */
  currency?: string;
  /** Requests that fit lengths to the server's count (a server without /tokenize), at most, with their prompt tokens. */
  calibration?: { requests: number; promptTokens: number } | null;
}

/** The dry-run text: cells, trials, total prompt tokens and the estimated cost (an upper bound). */
export function formatPlan(plan: PlanDescription): string {
  const n = (v: number) => v.toLocaleString('en-US');
  // Calibration requests are sent live (not in a batch) and answer with one token each.
  const sweep = estimateCost(plan);
  const calibration = plan.calibration ? estimateCost({ promptTokens: plan.calibration.promptTokens, trials: plan.calibration.requests, maxOutputTokens: 1, priceIn: plan.priceIn, priceOut: plan.priceOut }) : null;
  const est = {
    promptTokens: sweep.promptTokens,
    outputTokensMax: sweep.outputTokensMax,
    cost: sweep.cost === null ? null : sweep.cost + (calibration?.cost ?? 0),
  };
  const lines: string[] = [];
  if (plan.model) lines.push(`model:          ${plan.model}`);
  lines.push(`cells:          ${n(plan.cells)}`);
  const resumed = plan.resumed ? ` (${n(plan.resumed)} already done, not resent)` : '';
  lines.push(`trials:         ${n(plan.trials)}${resumed}`);
  lines.push(`prompt tokens:  ${n(est.promptTokens)}`);
  lines.push(`output tokens:  at most ${n(est.outputTokensMax)} (${n(plan.maxOutputTokens)} per trial)`);
  if (plan.calibration) {
    lines.push(`calibration:    up to ${n(plan.calibration.requests)} requests (${n(plan.calibration.promptTokens)} prompt tokens) to fit lengths to the server's count, when sending`);
  }
  if (est.cost === null) {
    lines.push('estimated cost: unknown (give --price-in and --price-out, per million tokens)');
  } else {
    const batch = plan.batch ? ', Batch API price' : '';
    const fitting = plan.calibration ? ', calibration included' : '';
    lines.push(`estimated cost: at most ${formatMoney(est.cost, plan.currency ?? '$')} (every answer at its full budget${batch}${fitting})`);
  }
  return lines.join('\n');
}

/** Money with cents, or more digits for amounts under a cent. */
function formatMoney(amount: number, currency: string): string {
  if (amount > 0 && amount < 0.01) return `${currency}${amount.toPrecision(2)}`;
  return `${currency}${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Cost of one answered trial from the server's usage (our count when it gave none); nothing for a cached answer. */
export function trialCost(options: { priceIn: number | null; priceOut: number | null; batch: boolean }, r: TrialRecord): number {
  if (options.priceIn === null || options.priceOut === null || r.from_cache) return 0;
  const discount = options.batch ? 0.5 : 1;
  return (((r.usage_prompt_tokens ?? r.prompt_tokens) * options.priceIn + (r.usage_completion_tokens ?? 0) * options.priceOut) / 1e6) * discount;
}
