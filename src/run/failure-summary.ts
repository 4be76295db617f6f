// Why trials failed, in a few lines: the reasons grouped, and the error that ends a sweep nothing answered.

import { EndpointError } from '../errors.js';
import type { TrialRecord } from '../types.js';

/** One reason and how many trials ended with it. */
export interface FailureReason {
  message: string;
  trials: number;
}

/** Failed trials' errors grouped by message (attempt counts and request ids aside), most frequent first. */
export function failureReasons(records: readonly TrialRecord[], status: TrialRecord['status'] = 'error'): FailureReason[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    if (r.status !== status || !r.error) continue;
    const message = normalize(r.error);
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, trials]) => ({ message, trials })).sort((a, b) => b.trials - a.trials || a.message.localeCompare(b.message));
}

/** The reasons as `12 × HTTP 500: …; 3 × no response within 60 s`, at most `max` of them. */
export function formatReasons(reasons: readonly FailureReason[], max = 3): string {
  const shown = reasons.slice(0, max).map((r) => `${r.trials} × ${r.message}`);
  const more = reasons.length > max ? `; and ${reasons.length - max} other reason(s)` : '';
  return shown.join('; ') + more;
}

/**
 * The error that stops a sweep when no request got an answer: the endpoint is not serving prompts, and
 * going on would only pile up error records (and, on a paid API, requests).
 */
export function nothingAnsweredError(failed: readonly TrialRecord[], finished: boolean): EndpointError {
  const reasons = formatReasons(failureReasons(failed));
  const what = finished ? `every request failed (${failed.length} of ${failed.length} trials)` : `stopped after the first ${failed.length} trials, which all failed with no answer`;
  return new EndpointError(`${what}: ${reasons}`, {
    hint: 'check the server (its log, --base-url with /v1, --model, --timeout); the failed trials are in results.jsonl and --retry-errors resends them',
  });
}

function normalize(message: string): string {
  return message
    .replace(/ \(after \d+ attempts\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
