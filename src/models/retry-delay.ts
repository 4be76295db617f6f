// How long to wait before the next attempt: the server's Retry-After (capped), else exponential backoff with full jitter.

/** First backoff ceiling in milliseconds; doubles with each failed attempt. */
export const BACKOFF_BASE_MS = 500;
/** Largest backoff ceiling in milliseconds when the server gives no Retry-After. */
export const BACKOFF_CAP_MS = 30_000;

/** Inputs to one delay computation. */
export interface RetryDelayOptions {
  /** Upper bound for a server-requested wait. */
  maxRetryDelayMs: number;
  /** Uniform [0, 1) source for jitter. */
  random: () => number;
  /** Current time in ms since the epoch, for HTTP-date Retry-After values. @default Date.now() */
  now?: number;
}

/** The wait the server asked for (`retry-after-ms`, else `Retry-After` in seconds or as an HTTP date), or null. */
export function serverRetryAfterMs(headers: Headers | null, now: number = Date.now()): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return null;
  if (Number.isFinite(Number(after))) return Math.max(0, Number(after) * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Delay before retry number `retry` (1 for the first retry). */
export function retryDelayMs(retry: number, headers: Headers | null, opts: RetryDelayOptions): number {
  const asked = serverRetryAfterMs(headers, opts.now ?? Date.now());
  if (asked !== null) return Math.min(asked, opts.maxRetryDelayMs);
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retry - 1));
  return Math.floor(opts.random() * ceiling);
}
