// Keeps requests and tokens within per-minute limits (sliding 60-second window), granting waiters in arrival order.

import { RequestError } from '../errors.js';

/** Limits and injectable time for a rate limiter. */
export interface RateLimiterOptions {
  /** Requests per minute; no limit when absent. */
  rpm?: number;
  /** Tokens per minute (prompt plus output budget of each request); no limit when absent. */
  tpm?: number;
  /** Current time in ms. @default Date.now */
  now?: () => number;
  /** Waits `ms` milliseconds. @default setTimeout as a promise */
  sleep?: (ms: number) => Promise<void>;
}

/** A shared gate every request passes before it is sent. */
export interface RateLimiter {
  /** Resolves when a request of `tokens` tokens may be sent; rejects with RequestError when `signal` aborts first. */
  acquire(tokens: number, signal?: AbortSignal): Promise<void>;
}

/** Length of the sliding window. */
export const WINDOW_MS = 60_000;

interface Grant {
  at: number;
  tokens: number;
}

interface Waiter {
  tokens: number;
  resolve: () => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * Creates a limiter. A request is granted when, counting it, the last 60 s hold at most `rpm` requests and
 * `tpm` tokens; a request larger than `tpm` alone is granted once the window holds no tokens (else it would wait forever).
 * Waiters are served strictly first come, first served: a large request at the head is not overtaken by small ones.
 */
export function createRateLimiter(opts: RateLimiterOptions = {}): RateLimiter {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const rpm = Math.max(1, Math.floor(positiveOrInfinity(opts.rpm)));
  const tpm = positiveOrInfinity(opts.tpm);
  const grants: Grant[] = [];
  const queue: Waiter[] = [];
  let pumping = false;

  const prune = (t: number): void => {
    while (grants.length > 0 && grants[0]!.at + WINDOW_MS <= t) grants.shift();
  };

  /** Milliseconds until `tokens` may be granted (0 = now). */
  const waitFor = (tokens: number, t: number): number => {
    let wait = 0;
    if (grants.length >= rpm) wait = Math.max(wait, grants[grants.length - rpm]!.at + WINDOW_MS - t);
    let used = grants.reduce((n, g) => n + g.tokens, 0);
    if (used > 0 && used + tokens > tpm) {
      // Oldest grants expire first: find how many must leave the window before this one fits (or the window is empty).
      let i = 0;
      while (i < grants.length && used > 0 && used + tokens > tpm) used -= grants[i++]!.tokens;
      wait = Math.max(wait, grants[i - 1]!.at + WINDOW_MS - t);
    }
    return Math.max(0, wait);
  };

  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      while (queue.length > 0) {
        const head = queue[0]!;
        if (head.signal?.aborted) {
          queue.shift();
          continue;
        }
        const t = now();
        prune(t);
        const wait = waitFor(head.tokens, t);
        if (wait > 0) {
          await sleep(wait);
          continue;
        }
        queue.shift();
        grants.push({ at: t, tokens: head.tokens });
        if (head.onAbort) head.signal?.removeEventListener('abort', head.onAbort);
        head.resolve();
      }
    } finally {
      pumping = false;
    }
  };

  return {
    acquire(tokens: number, signal?: AbortSignal): Promise<void> {
      if (rpm === Infinity && tpm === Infinity) return Promise.resolve();
      if (signal?.aborted) return Promise.reject(new RequestError('request aborted', { cause: signal.reason }));
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { tokens: Math.max(0, tokens), resolve, reject, signal };
        if (signal) {
          waiter.onAbort = () => {
            const at = queue.indexOf(waiter);
            if (at >= 0) queue.splice(at, 1);
            reject(new RequestError('request aborted', { cause: signal.reason }));
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        queue.push(waiter);
        void pump();
      });
    },
  };
}

function positiveOrInfinity(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : Infinity;
}
