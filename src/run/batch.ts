// The OpenAI Batch API (and vLLM run-batch files): JSONL requests, sharding, submission, polling and parsing results.

import type OpenAI from 'openai';
import { toFile } from 'openai';
import { RequestError, UsageError } from '../errors.js';

/** One request of a batch: the chat.completions body to send under a caller-chosen id. */
export interface BatchRequest {
  customId: string;
  body: object;
}

/** A batch result: the chat.completion body, or why the request failed. */
export type BatchResult = { ok: true; body: any } | { ok: false; status: number | null; message: string };

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
    return { ok: false, status, message };
  }
  if (response && typeof response === 'object') {
    if (typeof response.status_code === 'number') {
      const body = response.body;
      if (response.status_code >= 200 && response.status_code < 300 && body && typeof body === 'object') return { ok: true, body };
      return { ok: false, status: response.status_code, message: errorMessage(body) ?? `HTTP ${response.status_code}` };
    }
    if (Array.isArray(response.choices)) return { ok: true, body: response };
  }
  return { ok: false, status: null, message: 'no response in batch output' };
}

function errorMessage(body: any): string | null {
  if (typeof body === 'string') return body;
  const m = body?.error?.message ?? body?.message;
  return typeof m === 'string' ? m : null;
}

/** Progress of a running batch job (summed over shards). */
export interface BatchProgress {
  status: string;
  completed: number;
  failed: number;
  total: number;
}

/** How to run a batch. */
export interface RunBatchOptions extends ShardLimits {
  /** Longest wait between status checks; the first checks come sooner (1 s, doubling up to this). @default 30_000 @unit ms */
  pollMs?: number;
  onProgress?: (progress: BatchProgress) => void;
  /** Aborting cancels the batches on the server and throws RequestError. */
  signal?: AbortSignal;
  /** Waits between polls; tests inject one that does not wait. @default setTimeout as a promise */
  sleep?: (ms: number) => Promise<void>;
}

const TERMINAL = new Set(['completed', 'failed', 'expired', 'cancelled']);

/**
 * Runs requests through the Batch API: upload (sharded to the file limits), create, poll until done, download the
 * output and error files. Every custom_id gets a result; one missing from both files is a failure.
 * A batch that fails, expires or is cancelled throws RequestError with the server's reasons.
 */
export async function runBatch(client: OpenAI, lines: readonly string[], opts: RunBatchOptions = {}): Promise<Map<string, BatchResult>> {
  const shards = shardLines(lines, opts);
  const progress = shards.map<BatchProgress>((s) => ({ status: 'uploading', completed: 0, failed: 0, total: s.length }));
  const report = () =>
    opts.onProgress?.({
      status: summaryStatus(progress.map((p) => p.status)),
      completed: progress.reduce((n, p) => n + p.completed, 0),
      failed: progress.reduce((n, p) => n + p.failed, 0),
      total: progress.reduce((n, p) => n + p.total, 0),
    });
  const parts = await Promise.all(shards.map((shard, i) => runShard(client, shard, i, opts, (p) => ((progress[i] = p), report()))));
  const results = new Map<string, BatchResult>();
  for (const part of parts) for (const [id, r] of part) results.set(id, r);
  for (const line of lines) {
    const id = (JSON.parse(line) as { custom_id: string }).custom_id;
    if (!results.has(id)) results.set(id, { ok: false, status: null, message: 'no result in the batch output' });
  }
  return results;
}

async function runShard(
  client: OpenAI,
  lines: string[],
  index: number,
  opts: RunBatchOptions,
  onProgress: (p: BatchProgress) => void,
): Promise<Map<string, BatchResult>> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pollMs = opts.pollMs ?? 30_000;
  // Small jobs often finish within seconds: check after 1 s, then back off to pollMs.
  let wait = Math.min(1_000, pollMs);
  const { signal } = opts;
  const aborted = () => new RequestError('batch aborted', { cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  const file = await client.files.create({
    file: await toFile(Buffer.from(lines.map((l) => `${l}\n`).join('')), `needle-batch-${index + 1}.jsonl`, { type: 'application/jsonl' }),
    purpose: 'batch',
  });
  let batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
  for (;;) {
    const counts = batch.request_counts;
    onProgress({ status: batch.status, completed: counts?.completed ?? 0, failed: counts?.failed ?? 0, total: counts?.total ?? lines.length });
    if (TERMINAL.has(batch.status)) break;
    if (signal?.aborted) {
      await client.batches.cancel(batch.id).catch(() => undefined);
      throw aborted();
    }
    await sleep(wait);
    wait = Math.min(pollMs, wait * 2);
    if (signal?.aborted) {
      await client.batches.cancel(batch.id).catch(() => undefined);
      throw aborted();
    }
    batch = await client.batches.retrieve(batch.id);
  }
  if (batch.status !== 'completed') {
    const reasons = (batch.errors?.data ?? []).map((e) => [e.line ? `line ${e.line}` : null, e.code, e.message].filter(Boolean).join(': '));
    throw new RequestError(`batch ${batch.id} ${batch.status}${reasons.length > 0 ? `: ${reasons.slice(0, 5).join('; ')}` : ''}`);
  }
  const results = new Map<string, BatchResult>();
  for (const id of [batch.error_file_id, batch.output_file_id]) {
    if (!id) continue;
    const text = await (await client.files.content(id)).text();
    for (const [customId, r] of parseBatchOutput(text)) {
      // A success in the output file wins over an earlier failure for the same id.
      if (r.ok || !results.has(customId)) results.set(customId, r);
    }
  }
  return results;
}

function summaryStatus(statuses: string[]): string {
  if (statuses.every((s) => s === statuses[0])) return statuses[0] ?? 'completed';
  return statuses.find((s) => !TERMINAL.has(s)) ?? 'in_progress';
}
