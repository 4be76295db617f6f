// The OpenAI Batch API (and vLLM run-batch files): JSONL requests, sharding, submission, polling and parsing results.

import type OpenAI from 'openai';
import { toFile } from 'openai';
import { RequestError, UsageError } from '../errors.js';
import { abortableSleep } from '../util/sleep.js';

/** One request of a batch: the chat.completions body to send under a caller-chosen id. */
export interface BatchRequest {
  customId: string;
  body: object;
}

/** A batch result: the chat.completion body, or why the request failed (with the server's error code, when given). */
export type BatchResult = { ok: true; body: any } | { ok: false; status: number | null; message: string; code?: string | null; param?: string | null };

/** Error codes of batch lines that never ran (the batch expired or was cancelled first): not failures of the request. */
export const NOT_RUN_CODES = new Set(['batch_expired', 'batch_cancelled']);

/** Limits of one input file. */
export interface ShardLimits {
  /** @default 50_000 */
  maxRequests?: number;
  /** @default 200 MiB @unit bytes */
  maxBytes?: number;
}

/** OpenAI's per-file limits. */
export const BATCH_LIMITS = { maxRequests: 50_000, maxBytes: 200 * 1024 * 1024 } as const;

/** JSONL lines of a batch input file, one per request. */
export function toBatchLines(requests: ReadonlyArray<BatchRequest>): string[] {
  const seen = new Set<string>();
  return requests.map((r) => {
    if (seen.has(r.customId)) throw new Error(`toBatchLines: duplicate custom_id ${r.customId}`);
    seen.add(r.customId);
    return JSON.stringify({ custom_id: r.customId, method: 'POST', url: '/v1/chat/completions', body: r.body });
  });
}

/** Splits lines into files within the request and byte limits (each line counted with its newline). */
export function shardLines(lines: readonly string[], limits: ShardLimits = {}): string[][] {
  const maxRequests = limits.maxRequests ?? BATCH_LIMITS.maxRequests;
  const maxBytes = limits.maxBytes ?? BATCH_LIMITS.maxBytes;
  const shards: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (size > maxBytes) {
      throw new UsageError(`one batch request takes ${size} bytes, more than the ${maxBytes}-byte file limit`, {
        hint: 'send prompts this long without --batch',
      });
    }
    if (current.length > 0 && (current.length >= maxRequests || bytes + size > maxBytes)) {
      shards.push(current);
      current = [];
      bytes = 0;
    }
    current.push(line);
    bytes += size;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/**
 * Results by custom_id from an output or error file. Reads OpenAI's line shape
 * `{id, custom_id, response: {status_code, request_id, body}, error}`, and vLLM run-batch's (older versions put
 * the completion itself in `response`). Blank and unreadable lines are skipped.
 */
export function parseBatchOutput(jsonl: string): Map<string, BatchResult> {
  const out = new Map<string, BatchResult>();
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    let json: any;
    try {
      json = JSON.parse(line);
    } catch {
      continue;
    }
    if (!json || typeof json.custom_id !== 'string') continue;
    out.set(json.custom_id, resultOf(json));
  }
  return out;
}

function resultOf(json: any): BatchResult {
  const response = json.response;
  if (json.error) {
    const e = json.error;
    const message = typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : JSON.stringify(e);
    const status = typeof response?.status_code === 'number' ? response.status_code : null;
    return { ok: false, status, message, ...(typeof e?.code === 'string' ? { code: e.code } : {}) };
  }
  if (response && typeof response === 'object') {
    if (typeof response.status_code === 'number') {
      const body = response.body;
      if (response.status_code >= 200 && response.status_code < 300 && body && typeof body === 'object') return { ok: true, body };
      const error = body?.error && typeof body.error === 'object' ? body.error : null;
      return {
        ok: false,
        status: response.status_code,
        message: errorMessage(body) ?? `HTTP ${response.status_code}`,
        ...(typeof error?.code === 'string' ? { code: error.code } : {}),
        ...(typeof error?.param === 'string' ? { param: error.param } : {}),
      };
    }
    if (Array.isArray(response.choices)) return { ok: true, body: response };
  }
  return { ok: false, status: null, message: NO_RESPONSE };
}

/** The message of a line that carries no response at all (e.g. a line of a batch input file). */
export const NO_RESPONSE = 'no response in batch output';

function errorMessage(body: any): string | null {
  if (typeof body === 'string') return body;
  const m = body?.error?.message ?? body?.message;
  return typeof m === 'string' ? m : null;
}

/** Progress of a running batch job (summed over batches). */
export interface BatchProgress {
  status: string;
  completed: number;
  failed: number;
  total: number;
}

/** A batch submitted to the server, as the run folder records it (batch.json) so it is never paid for twice. */
export interface BatchEntry {
  id: string;
  input_file_id: string;
  /** The trials (custom ids) it carries. */
  custom_ids: string[];
  submitted_at: string;
  /** Last status seen (`validating`, `in_progress`, `completed`, `expired`, …). */
  status: string;
  /** When its results went into results.jsonl; null while they have not. */
  ingested_at: string | null;
}

/** Where submitted batches are remembered between runs (a crash or Ctrl-C must not lose a paid batch). */
export interface BatchJournal {
  /** Batches submitted and not yet ingested. */
  open(): BatchEntry[];
  /** Records a batch the moment the server accepted it. */
  add(entry: BatchEntry): void;
  update(id: string, patch: Partial<Pick<BatchEntry, 'status' | 'ingested_at'>>): void;
}

/** How to run a batch. */
export interface RunBatchOptions extends ShardLimits {
  /** Longest wait between status checks; the first checks come sooner (1 s, doubling up to this). @default 30_000 @unit ms */
  pollMs?: number;
  onProgress?: (progress: BatchProgress) => void;
  /** Aborting stops waiting; the batches keep running on the server and are collected by the next run (see journal). */
  signal?: AbortSignal;
  /** Waits between polls; tests inject one that does not wait. @default setTimeout as a promise, ended early by the signal */
  sleep?: (ms: number) => Promise<void>;
  /** Remembers submitted batches; without one, an interrupted batch cannot be collected later. */
  journal?: BatchJournal;
}

/** What a batch job came to. */
export interface BatchRunResult {
  /** Answers and real failures by custom id. */
  results: Map<string, BatchResult>;
  /** Custom ids the server never ran (the batch expired or was cancelled before them): still to send. */
  notRun: string[];
  /** Batches still running when the wait was aborted: collected by the next run. */
  running: BatchEntry[];
  /** Batches whose results are in `results` (mark them ingested once stored). */
  collected: string[];
}

const TERMINAL = new Set(['completed', 'failed', 'expired', 'cancelled']);

/**
 * Runs requests through the Batch API: batches recorded in the journal that carry some of these requests are
 * collected (never submitted again); the rest are uploaded (sharded to the file limits) and submitted, each
 * recorded the moment the server accepts it. Polls until every batch ends or the signal aborts (batches then keep
 * running, to be collected by the next run). Completed, expired and cancelled batches give the results they have;
 * requests they never ran are `notRun`. A batch that fails validation throws RequestError with the server's reasons.
 */
export async function runBatch(client: OpenAI, lines: readonly string[], opts: RunBatchOptions = {}): Promise<BatchRunResult> {
  const ids = lines.map((line) => (JSON.parse(line) as { custom_id: string }).custom_id);
  const wanted = new Set(ids);
  const resumed = (opts.journal?.open() ?? []).filter((b) => b.custom_ids.some((id) => wanted.has(id)));
  const covered = new Set(resumed.flatMap((b) => b.custom_ids));
  const fresh = lines.filter((_, i) => !covered.has(ids[i]!));
  const progress = new Map<string, BatchProgress>();
  const report = () => {
    const all = [...progress.values()];
    opts.onProgress?.({
      status: summaryStatus(all.map((p) => p.status)),
      completed: all.reduce((n, p) => n + p.completed, 0),
      failed: all.reduce((n, p) => n + p.failed, 0),
      total: all.reduce((n, p) => n + p.total, 0),
    });
  };
  const submitted: Array<{ entry: BatchEntry; batch: OpenAI.Batch }> = [];
  for (const [i, shard] of shardLines(fresh, opts).entries()) {
    if (opts.signal?.aborted) break;
    submitted.push(await submitShard(client, shard, i, opts.journal));
  }
  const waits = [...resumed.map((entry) => ({ entry, batch: null })), ...submitted];
  const outcomes = await Promise.all(waits.map(({ entry, batch }) => waitFor(client, entry, batch, opts, (p) => (progress.set(entry.id, p), report()))));
  const result: BatchRunResult = { results: new Map(), notRun: [], running: [], collected: [] };
  for (const outcome of outcomes) {
    if (outcome.kind === 'running') {
      result.running.push(outcome.entry);
      continue;
    }
    result.collected.push(outcome.entry.id);
    for (const [id, r] of outcome.results) {
      if (!r.ok && r.code && NOT_RUN_CODES.has(r.code)) result.notRun.push(id);
      else result.results.set(id, r);
    }
    // A line a finished batch says nothing about: it ran nowhere we can see.
    for (const id of outcome.entry.custom_ids) {
      if (!outcome.results.has(id)) result.results.set(id, { ok: false, status: null, message: 'no result in the batch output' });
    }
  }
  // Requests never submitted (aborted before their shard went up) are still to send, like those a batch never ran.
  const inBatches = new Set(waits.flatMap((w) => w.entry.custom_ids));
  for (const id of ids) if (!inBatches.has(id)) result.notRun.push(id);
  return result;
}

async function submitShard(client: OpenAI, lines: string[], index: number, journal: BatchJournal | undefined): Promise<{ entry: BatchEntry; batch: OpenAI.Batch }> {
  const file = await client.files.create({
    file: await toFile(Buffer.from(lines.map((l) => `${l}\n`).join('')), `needle-batch-${index + 1}.jsonl`, { type: 'application/jsonl' }),
    purpose: 'batch',
  });
  const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
  const entry: BatchEntry = {
    id: batch.id,
    input_file_id: file.id,
    custom_ids: lines.map((l) => (JSON.parse(l) as { custom_id: string }).custom_id),
    submitted_at: new Date().toISOString(),
    status: batch.status,
    ingested_at: null,
  };
  // Recorded before anything else can fail: from here on the batch is paid for, and a rerun must find it.
  journal?.add(entry);
  return { entry, batch };
}

type WaitOutcome = { kind: 'running'; entry: BatchEntry } | { kind: 'ended'; entry: BatchEntry; results: Map<string, BatchResult> };

async function waitFor(client: OpenAI, entry: BatchEntry, first: OpenAI.Batch | null, opts: RunBatchOptions, onProgress: (p: BatchProgress) => void): Promise<WaitOutcome> {
  const { signal } = opts;
  const sleep = opts.sleep ?? ((ms: number) => abortableSleep(ms, signal));
  const pollMs = opts.pollMs ?? 30_000;
  // Small jobs often finish within seconds: check after 1 s, then back off to pollMs.
  let wait = Math.min(1_000, pollMs);
  let batch = first ?? (await client.batches.retrieve(entry.id));
  for (;;) {
    const counts = batch.request_counts;
    onProgress({ status: batch.status, completed: counts?.completed ?? 0, failed: counts?.failed ?? 0, total: counts?.total ?? entry.custom_ids.length });
    if (batch.status !== entry.status) {
      entry.status = batch.status;
      opts.journal?.update(entry.id, { status: batch.status });
    }
    if (TERMINAL.has(batch.status)) break;
    // Interrupted: the batch keeps running (cancelling would still bill what ran); the next run collects it.
    if (signal?.aborted) return { kind: 'running', entry };
    await sleep(wait);
    wait = Math.min(pollMs, wait * 2);
    if (signal?.aborted) return { kind: 'running', entry };
    batch = await client.batches.retrieve(entry.id);
  }
  if (batch.status === 'failed') {
    const reasons = (batch.errors?.data ?? []).map((e) => [e.line ? `line ${e.line}` : null, e.code, e.message].filter(Boolean).join(': '));
    throw new RequestError(`batch ${batch.id} failed${reasons.length > 0 ? `: ${reasons.slice(0, 5).join('; ')}` : ''}`);
  }
  // Completed, expired or cancelled: the output file holds what ran (OpenAI publishes an expired batch's finished lines).
  const results = new Map<string, BatchResult>();
  for (const id of [batch.error_file_id, batch.output_file_id]) {
    if (!id) continue;
    const text = await (await client.files.content(id)).text();
    for (const [customId, r] of parseBatchOutput(text)) {
      // A success in the output file wins over an earlier failure for the same id.
      if (r.ok || !results.has(customId)) results.set(customId, r);
    }
  }
  if (batch.status !== 'completed') {
    // Lines an expired or cancelled batch never reached have no line at all on some servers: they did not run.
    for (const id of entry.custom_ids) {
      if (!results.has(id)) results.set(id, { ok: false, status: null, message: `batch ${batch.status} before this request ran`, code: batch.status === 'expired' ? 'batch_expired' : 'batch_cancelled' });
    }
  }
  return { kind: 'ended', entry, results };
}

function summaryStatus(statuses: string[]): string {
  if (statuses.length === 0) return 'completed';
  if (statuses.every((s) => s === statuses[0])) return statuses[0]!;
  return statuses.find((s) => !TERMINAL.has(s)) ?? 'in_progress';
}
