// The sending path: prompts built ahead, each freed slot refilled before the answer that freed it is scored and stored,
// the sweep stopped when nothing is answered, and Batch API jobs ingested through the same path.

import type { SweepOptions } from '../config/sweep-options.js';
import { batchOutputModel } from '../models/batch-output.js';
import type { Trial } from '../prompt/plan.js';
import type { TrialRecord } from '../types.js';
import { openBatchJournal } from './batch-journal.js';
import { nothingAnsweredError } from './failure-summary.js';
import { createPreparedQueue, type PreparedQueue } from './prepared-queue.js';
import { appendResult, RUN_FILES } from './results-store.js';
import type { SweepEvent } from './sweep-event.js';
import { finishTrial, prepareTrial, sendPrepared, type PreparedTrial, type SendResult, type TrialContext } from './run-trial.js';
import { promptIds, runBatchJob } from './send-batch.js';
import { trialCost } from './cost.js';

/** What the sending loop shares with the sweep. */
export interface SendState {
  out: string;
  concurrency: number;
  done: Map<string, TrialRecord>;
  emit: (e: SweepEvent) => void;
  stop: AbortController;
  /** Cost spent so far (with prices given). */
  spent: number;
}

/** What sending came to. */
export interface SendOutcome {
  /** True when stopped (Ctrl-C, --budget) before every trial finished. */
  interrupted: boolean;
  /** Trials finished in this run (any status). */
  finished: number;
  /** Of those, trials the server answered (ok or overflow). */
  answered: number;
  /** Failed trials while none had been answered yet. */
  failedUnanswered: TrialRecord[];
}

/** Stores a finished record, reports it, and stops the sweep once the spend passes --budget. */
function accept(record: TrialRecord, ctx: TrialContext, state: SendState, finished: number, pending: number): void {
  appendResult(state.out, record);
  state.done.set(record.trial_id, record);
  state.emit({ type: 'trial', record, done: finished, pending });
  const options = ctx.options;
  state.spent += trialCost(options, record);
  if (options.budget !== null && state.spent > options.budget && !state.stop.signal.aborted) {
    state.emit({ type: 'warning', message: `spent ${state.spent.toFixed(2)}, over --budget ${options.budget}: stopping (the run is partial; rerun to resume)` });
    state.stop.abort();
  }
}

/** Unanswered failures in a row, from the start, that stop a sweep: the endpoint is not serving prompts. */
function breakerThreshold(concurrency: number): number {
  return Math.max(5, concurrency);
}

/** The queue of prompts for these trials, built ahead of the sender (as many as requests in flight). */
export function preparedQueue(pending: readonly Trial[], ctx: TrialContext, concurrency: number): PreparedQueue & { fill(): void } {
  return createPreparedQueue(pending, (trial) => prepareTrial(trial, ctx), { ahead: concurrency });
}

/**
 * Sends the pending trials with at most `concurrency` requests in flight. Prompts come built from a queue; when an
 * answer arrives, the next request goes out first and the answer is scored and stored after (with a judge, its
 * slot is held until the judge has answered). Rethrows a fatal EndpointError; stops with one when the first
 * trials (the shortest prompt among them) all fail with no answer at all.
 */
export async function sendAll(pending: Trial[], ctx: TrialContext, state: SendState, queue?: PreparedQueue): Promise<SendOutcome> {
  const { stop } = state;
  const outcome: SendOutcome = { interrupted: false, finished: 0, answered: 0, failedUnanswered: [] };
  const breaker = breakerThreshold(state.concurrency);
  const canary = pending[0]?.id;
  const q = queue ?? preparedQueue(pending, ctx, state.concurrency);
  let fatal: unknown = null;
  // Requests holding a slot, and trials not yet recorded (a freed slot's answer may still be being stored).
  let inFlight = 0;
  let active = 0;

  await new Promise<void>((resolve) => {
    const fail = (error: unknown): void => {
      if (fatal === null && !stop.signal.aborted) {
        fatal = error;
        stop.abort();
      }
    };
    const settle = (): void => {
      if (active === 0 && (stop.signal.aborted || fatal !== null || q.remaining() === 0)) resolve();
    };
    const record = async (prepared: PreparedTrial, sent: SendResult): Promise<void> => {
      const r = await finishTrial(prepared, sent, ctx, stop.signal);
      if (!r) return;
      outcome.finished++;
      accept(r, ctx, state, outcome.finished, pending.length);
      if (r.status !== 'error') outcome.answered++;
      else if (outcome.answered === 0) {
        outcome.failedUnanswered.push(r);
        // Only once the first (shortest) prompt has failed too: long prompts alone may fail where short ones work.
        const canaryFailed = outcome.failedUnanswered.some((f) => f.trial_id === canary);
        if (canaryFailed && outcome.failedUnanswered.length >= breaker && outcome.finished < pending.length) fail(nothingAnsweredError(outcome.failedUnanswered, false));
      }
    };
    const launch = (): void => {
      while (inFlight < state.concurrency && !stop.signal.aborted) {
        let prepared: PreparedTrial | null;
        try {
          prepared = q.take();
        } catch (error) {
          fail(error);
          break;
        }
        if (!prepared) break;
        inFlight++;
        active++;
        const holdSlot = ctx.judge !== null;
        const p = prepared;
        void sendPrepared(p, ctx, stop.signal)
          .then(async (sent) => {
            // The next request goes out before this answer is scored and stored.
            if (!holdSlot) {
              inFlight--;
              launch();
            }
            await record(p, sent).catch(fail);
            if (holdSlot) {
              inFlight--;
              launch();
            }
          })
          .finally(() => {
            active--;
            settle();
          });
      }
      settle();
    };
    launch();
  });
  q.close();
  if (fatal) throw fatal;
  outcome.interrupted = outcome.finished < pending.length;
  return outcome;
}

/**
 * Sends the pending trials as a Batch API job, then ingests its answers through the same path as live ones.
 * Batches this run submitted before (batch.json) are collected, never paid for twice; batches still running when
 * interrupted stay running for the next run; requests an expired or cancelled batch never ran stay pending.
 */
export async function sendAsBatch(pending: Trial[], ctx: TrialContext, state: SendState, pollMs?: number): Promise<SendOutcome> {
  if (pending.length === 0) return { interrupted: false, finished: 0, answered: 0, failedUnanswered: [] };
  const journal = openBatchJournal(state.out);
  const open = journal.open();
  if (open.length > 0) state.emit({ type: 'notice', message: `batch: collecting ${open.map((b) => b.id).join(', ')}, submitted by an earlier run (${RUN_FILES.batch}), instead of sending those requests again` });
  state.emit({ type: 'stage', message: `batch: ${pending.length} requests …` });
  let last = '';
  const job = await runBatchJob(pending, ctx, {
    signal: state.stop.signal,
    journal,
    pollMs,
    onProgress: (p) => {
      const line = `batch ${p.status}: ${p.completed + p.failed}/${p.total}`;
      if (line !== last) state.emit({ type: 'stage', message: line });
      last = line;
    },
  });
  const answered = pending.filter((t) => job.results.has(t.id));
  const outcome = await sendAll(answered, { ...ctx, model: batchOutputModel(ctx.model.id, job.results, promptIds(answered)), judge: ctx.judge }, state);
  if (!outcome.interrupted) {
    const now = new Date().toISOString();
    for (const id of job.collected) journal.update(id, { ingested_at: now });
  }
  if (job.running.length > 0) {
    state.emit({
      type: 'notice',
      message: `batch ${job.running.map((b) => b.id).join(', ')} keeps running on the server (recorded in ${RUN_FILES.batch}): rerun the same command to collect its results; nothing is sent again`,
    });
  }
  const notRun = job.notRun.filter((id) => pending.some((t) => t.id === id));
  if (notRun.length > 0) {
    state.emit({ type: 'warning', message: `${notRun.length} request(s) did not run before the batch expired or was cancelled: rerun to send them in a new batch` });
  }
  return { ...outcome, interrupted: outcome.interrupted || job.running.length > 0 || state.stop.signal.aborted };
}
