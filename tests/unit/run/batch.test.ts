// The Batch API path: JSONL lines, shards within file limits, result parsing, and a full run against the fake server.

import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestError, UsageError } from '../../../src/errors.js';
import { parseBatchOutput, runBatch, shardLines, toBatchLines } from '../../../src/run/batch.js';
import type { BatchEntry, BatchJournal, BatchProgress } from '../../../src/run/batch.js';
import { startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer } from '../../support/fake-openai-server.js';
import { fillerDocument, needlePrompt } from '../models/prompt-fixture.js';

const NEEDLE = 'The harbour master of Bergen keeps a parrot named Kiwi.';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const body = (document: string, extra: object = {}) => ({ model: 'fake-model', messages: needlePrompt(document, 'What is the parrot called?'), max_tokens: 32, ...extra });
const client = (url: string) => new OpenAI({ baseURL: url, apiKey: 'not-needed', maxRetries: 0 });
const noWait = async () => {};

describe('batch input files', () => {
  it('writes one chat.completions request per line under its custom id', () => {
    const [line] = toBatchLines([{ customId: 't1', body: { model: 'm', messages: [] } }]);
    expect(JSON.parse(line!)).toEqual({ custom_id: 't1', method: 'POST', url: '/v1/chat/completions', body: { model: 'm', messages: [] } });
  });

  it('refuses two requests with the same id, which results could not tell apart', () => {
    expect(() => toBatchLines([{ customId: 'a', body: {} }, { customId: 'a', body: {} }])).toThrow(/duplicate custom_id a/);
  });

  it('splits files at the request limit and at the byte limit', () => {
    const lines = Array.from({ length: 7 }, (_, i) => `{"n":${i}}`);
    expect(shardLines(lines, { maxRequests: 3 }).map((s) => s.length)).toEqual([3, 3, 1]);
    // Each line is 8 bytes plus a newline: two fit in 20 bytes, three do not.
    expect(shardLines(lines, { maxBytes: 20 }).map((s) => s.length)).toEqual([2, 2, 2, 1]);
  });

  it('rejects a single request larger than a whole file', () => {
    expect(() => shardLines(['x'.repeat(100)], { maxBytes: 50 })).toThrow(UsageError);
  });
});

describe('batch output', () => {
  it('reads successes and failures in OpenAI’s line shape, whatever the order', () => {
    const text = [
      JSON.stringify({ id: 'r2', custom_id: 'b', response: { status_code: 400, request_id: 'x', body: { error: { message: 'maximum context length is 10 tokens' } } }, error: null }),
      '',
      JSON.stringify({ id: 'r1', custom_id: 'a', response: { status_code: 200, request_id: 'y', body: { choices: [{ message: { content: 'Kiwi' } }] } }, error: null }),
      JSON.stringify({ id: 'r3', custom_id: 'c', response: null, error: { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' } }),
      'not json',
    ].join('\n');
    const results = parseBatchOutput(text);
    expect(results.get('a')).toEqual({ ok: true, body: { choices: [{ message: { content: 'Kiwi' } }] } });
    expect(results.get('b')).toEqual({ ok: false, status: 400, message: 'maximum context length is 10 tokens' });
    expect(results.get('c')).toMatchObject({ ok: false, status: null, message: expect.stringContaining('completion window expired') });
    expect(results.size).toBe(3);
  });

  it('reads vLLM run-batch files, old and new', () => {
    const completion = { id: 'cmpl', object: 'chat.completion', choices: [{ message: { content: 'Kiwi' } }] };
    const text = [
      JSON.stringify({ id: 'vllm-1', custom_id: 'old', response: completion, error: null }),
      JSON.stringify({ id: 'vllm-2', custom_id: 'new', response: { status_code: 200, request_id: 'vllm-batch-2', body: completion }, error: null }),
      JSON.stringify({ id: 'vllm-3', custom_id: 'bad', response: { status_code: 400, request_id: 'r', body: null }, error: 'prompt too long' }),
    ].join('\n');
    const results = parseBatchOutput(text);
    expect(results.get('old')).toEqual({ ok: true, body: completion });
    expect(results.get('new')).toEqual({ ok: true, body: completion });
    expect(results.get('bad')).toEqual({ ok: false, status: 400, message: 'prompt too long' });
  });
});

describe('batch run', () => {
  it('uploads, polls until done and returns every answer by its id', async () => {
    server = await startFakeServer({ batch: true, batchPolls: 3, needles: [{ text: NEEDLE, answer: 'Kiwi' }] });
    const lines = toBatchLines([
      { customId: 'hit', body: body(fillerDocument(30, { text: NEEDLE, at: 10 })) },
      { customId: 'miss', body: body(fillerDocument(30)) },
    ]);
    const seen: BatchProgress[] = [];
    const sleeps: number[] = [];
    const { results } = await runBatch(client(server.url), lines, { pollMs: 5000, sleep: async (ms) => void sleeps.push(ms), onProgress: (p) => seen.push(p) });
    expect(results.get('hit')).toMatchObject({ ok: true, body: { choices: [{ message: { content: 'The answer is Kiwi.' } }] } });
    expect(results.get('miss')).toMatchObject({ ok: true });
    expect(seen.map((p) => p.status)).toEqual(['validating', 'in_progress', 'in_progress', 'completed']);
    expect(seen.at(-1)).toEqual({ status: 'completed', completed: 2, failed: 0, total: 2 });
    // The first checks come soon (small jobs finish in seconds), then back off to pollMs.
    expect(sleeps).toEqual([1000, 2000, 4000]);
    expect(server.requests).toEqual([]);
  });

  it('returns a request the server refused as a failure, next to the others', async () => {
    server = await startFakeServer({ batch: true, contextTokens: 200 });
    const lines = toBatchLines([
      { customId: 'short', body: body('A short document.') },
      { customId: 'long', body: body(fillerDocument(200)) },
    ]);
    const { results } = await runBatch(client(server.url), lines, { sleep: noWait });
    expect(results.get('short')?.ok).toBe(true);
    expect(results.get('long')).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/maximum context length/) });
  });

  it('sends large sweeps as several batches and merges their results', async () => {
    server = await startFakeServer({ batch: true });
    const lines = toBatchLines(Array.from({ length: 5 }, (_, i) => ({ customId: `t${i}`, body: body(`Document ${i}.`) })));
    const { results } = await runBatch(client(server.url), lines, { maxRequests: 2, sleep: noWait });
    expect([...results.keys()].sort()).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect(server.otherRequests.filter((r) => r.method === 'POST' && r.path === '/v1/batches')).toHaveLength(3);
  });

  it('throws the server’s reasons when a batch fails', async () => {
    server = await startFakeServer({ batch: true });
    const lines = [...toBatchLines([{ customId: 'ok', body: body('Doc.') }]), JSON.stringify({ custom_id: 'x', method: 'POST', url: '/v1/embeddings', body: {} })];
    const error = await runBatch(client(server.url), lines, { sleep: noWait }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as Error).message).toMatch(/failed: line 2: invalid_request/);
  });

  it('leaves the batch running when interrupted, recorded in the journal, and collects it next time without sending it again', async () => {
    server = await startFakeServer({ batch: true, batchPolls: 3 });
    const journal = memoryJournal();
    const stop = new AbortController();
    const lines = toBatchLines([{ customId: 'a', body: body('Doc.') }, { customId: 'b', body: body('Other doc.') }]);
    const first = await runBatch(client(server.url), lines, { signal: stop.signal, journal, sleep: async () => stop.abort() });
    expect(first.results.size).toBe(0);
    expect(first.running.map((b) => b.custom_ids)).toEqual([['a', 'b']]);
    expect(journal.open()).toHaveLength(1);
    // Not cancelled: what ran is paid for, and the next run collects it.
    expect(server.otherRequests.some((r) => /\/cancel$/.test(r.path))).toBe(false);
    const again = await runBatch(client(server.url), lines, { journal, sleep: noWait });
    expect([...again.results.keys()].sort()).toEqual(['a', 'b']);
    expect(again.collected).toEqual([first.running[0]!.id]);
    expect(server.otherRequests.filter((r) => r.method === 'POST' && r.path === '/v1/batches')).toHaveLength(1);
    expect(server.otherRequests.filter((r) => r.method === 'POST' && r.path === '/v1/files')).toHaveLength(1);
  });

  it('downloads what an expired batch finished, and returns the requests it never ran as not run', async () => {
    server = await startFakeServer({ batch: true, batchEnd: 'expired', batchRunsLines: 1 });
    const lines = toBatchLines([{ customId: 'a', body: body('Doc.') }, { customId: 'b', body: body('Other doc.') }]);
    const { results, notRun } = await runBatch(client(server.url), lines, { sleep: noWait });
    expect([...results.keys()]).toEqual(['a']);
    expect(results.get('a')?.ok).toBe(true);
    expect(notRun).toEqual(['b']);
  });
});

/** A batch journal kept in memory. */
function memoryJournal(): BatchJournal {
  const entries: BatchEntry[] = [];
  return {
    open: () => entries.filter((e) => e.ingested_at === null && e.status !== 'failed'),
    add: (e) => void entries.push(e),
    update: (id, patch) => void Object.assign(entries.find((e) => e.id === id) ?? {}, patch),
  };
}
