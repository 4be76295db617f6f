// The retry loop both HTTP clients share: send, classify the failure, wait and resend or throw the NeedleError.

import type { NeedleError } from '../errors.js';
import { RequestError } from '../errors.js';
import { isRetryable, toNeedleError } from './classify-failure.js';
import type { FailureContext } from './classify-failure.js';
import type { Failure } from './describe-failure.js';
import { retryDelayMs } from './retry-delay.js';

/** What one attempt came to; `resend` means the sender already adjusted the request, so go again at once without spending a retry. */
export type AttemptOutcome<T> = { ok: true; value: T } | { ok: false; failure: Failure; resend?: boolean };

/** Settings of one retried request. */
export interface RetryLoopOptions {
  /** Retries after a transient failure (429, 5xx, timeout, dropped connection). */
  maxRetries: number;
  /** Cap on a server-requested Retry-After wait. @unit ms */
  maxRetryDelayMs: number;
  /** Waits between attempts; resolves early or not when the signal aborts (the loop checks it either way). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter source for backoff. */
  random: () => number;
  /** Where the request goes, for the error thrown at the end (the loop adds the attempt count). */
  context: Omit<FailureContext, 'attempts'>;
  /** Stops the loop before the next attempt. */
  signal?: AbortSignal;
}

/** Calls `send` until it succeeds, fails for good or runs out of retries; the thrown NeedleError carries `attempts`. */
export async function sendWithRetries<T>(
  send: () => Promise<AttemptOutcome<T>>,
  opts: RetryLoopOptions,
): Promise<{ value: T; attempts: number }> {
  const { signal } = opts;
  let attempts = 0;
  let retries = 0;
  for (;;) {
    if (signal?.aborted) throw new RequestError('request aborted', { cause: signal.reason });
    attempts++;
    const outcome = await send();
    if (outcome.ok) return { value: outcome.value, attempts };
    const { failure } = outcome;
    if (outcome.resend) continue;
    if (retries < opts.maxRetries && isRetryable(failure) && !signal?.aborted) {
      retries++;
      const headers = failure.kind === 'http' ? failure.headers : null;
      await opts.sleep(retryDelayMs(retries, headers, { maxRetryDelayMs: opts.maxRetryDelayMs, random: opts.random }), signal);
      continue;
    }
    const error: NeedleError = toNeedleError(failure, { ...opts.context, attempts });
    error.attempts = attempts;
    throw error;
  }
}
