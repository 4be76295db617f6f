// Prompts built ahead of the sender: a bounded queue filled between network events, so no request waits for its prompt.

import type { Trial } from '../prompt/plan.js';
import type { PreparedTrial } from './run-trial.js';

/** Trials in sending order, handed out with their prompts already built. */
export interface PreparedQueue {
  /** The next trial with its prompt (built now only if the queue ran dry); null when none is left. Throws what building threw. */
  take(): PreparedTrial | null;
  /** Trials not yet taken. */
  remaining(): number;
  /** Stops building ahead (the sweep is over or interrupted). */
  close(): void;
}

/** How far ahead to build. */
export interface QueueLimits {
  /** Prompts kept built at most. */
  ahead: number;
  /** Characters of built prompts kept at most (long prompts: fewer of them). @default 64 M */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 64 * 1024 * 1024;

/**
 * Builds prompts ahead of the sender, one per turn of the event loop (after pending I/O: a response is handled
 * before the next prompt is built), up to `ahead` prompts and `maxChars` characters. `fill` builds synchronously
 * up to that bound now, for the first wave.
 */
export function createPreparedQueue(trials: readonly Trial[], prepare: (trial: Trial) => PreparedTrial, limits: QueueLimits): PreparedQueue & { fill(): void } {
  const maxChars = limits.maxChars ?? DEFAULT_MAX_CHARS;
  const ahead = Math.max(1, limits.ahead);
  const built: PreparedTrial[] = [];
  let chars = 0;
  let next = 0;
  let taken = 0;
  let failure: { error: unknown } | null = null;
  let scheduled = false;
  let closed = false;

  const size = (p: PreparedTrial) => p.prompt.messages.reduce((n, m) => n + m.content.length, 0);
  const full = () => built.length >= ahead || (built.length > 0 && chars >= maxChars);
  const buildOne = (): void => {
    try {
      const p = prepare(trials[next]!);
      next++;
      built.push(p);
      chars += size(p);
    } catch (error) {
      failure = { error };
      next = trials.length;
    }
  };
  const schedule = (): void => {
    if (scheduled || closed || next >= trials.length || full() || failure) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (closed || next >= trials.length || full() || failure) return;
      buildOne();
      schedule();
    });
  };

  return {
    fill(): void {
      while (!closed && next < trials.length && !full() && !failure) buildOne();
    },
    take(): PreparedTrial | null {
      if (closed) return null;
      let p = built.shift();
      if (!p) {
        if (failure) throw failure.error;
        if (next >= trials.length) return null;
        buildOne();
        if (failure) throw (failure as { error: unknown }).error;
        p = built.shift()!;
      }
      chars -= size(p);
      taken++;
      schedule();
      return p;
    },
    remaining: () => trials.length - taken,
    close(): void {
      closed = true;
      built.length = 0;
      chars = 0;
    },
  };
}
