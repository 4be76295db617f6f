// Sweeps through the Batch API: a paid batch is never lost or paid twice, an expired one gives what it finished,
// and reasoning models' parameters are found before any batch goes up.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defineSweep, type SweepOptions } from '../../../src/config/sweep-options.js';
import { runSweep, type SweepEvent } from '../../../src/run/run-sweep.js';
import { startFakeServer, type FakeServer, type FakeServerOptions } from '../../support/fake-openai-server.js';

const NEEDLE = 'The treasury team moved the covenant test date for the Halden credit facility to September 14, 2026.';
const work = mkdtempSync(join(tmpdir(), 'needle-batch-sweep-'));
const needlesFile = join(work, 'needles.json');
writeFileSync(needlesFile, JSON.stringify([{ needle: NEEDLE, question: 'To what date was the covenant test for the Halden credit facility moved?', answer: 'September 14, 2026' }]));

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const start = async (opts: FakeServerOptions = {}) => (server = await startFakeServer({ batch: true, needles: [{ text: NEEDLE, answer: 'September 14, 2026' }], ...opts }));
const sweep = (url: string, name: string, extra: Partial<SweepOptions> = {}) =>
  defineSweep({ lengths: [1000, 2000], depths: [0, 100], seed: 3, model: 'fake-model', baseUrl: url, needlesFile, batch: true, out: join(work, name), ...extra });
const posts = (s: FakeServer, path: string) => s.otherRequests.filter((r) => r.method === 'POST' && r.path === path).length;

describe('a sweep through the Batch API', () => {
  it('records the batch id at once; interrupted, the batch keeps running and the rerun collects it without uploading again', async () => {
    const s = await start({ batchPolls: 4 });
    const out = join(work, 'interrupted');
    const stop = new AbortController();
    const events: SweepEvent[] = [];
    const first = await runSweep(sweep(s.url, 'interrupted'), {
      signal: stop.signal,
      batchPollMs: 1,
      onEvent: (e) => {
        events.push(e);
        // Ctrl-C once the batch is on the server.
        if (e.type === 'stage' && /^batch in_progress/.test(e.message)) stop.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.records).toHaveLength(0);
    const journal = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8'));
    expect(journal.batches).toHaveLength(1);
    expect(journal.batches[0]).toMatchObject({ id: expect.stringMatching(/^batch_/), ingested_at: null });
    expect(journal.batches[0].custom_ids).toHaveLength(4);
    expect(events.some((e) => e.type === 'notice' && /keeps running on the server .*rerun the same command to collect/.test(e.message))).toBe(true);
    expect(s.otherRequests.some((r) => /\/cancel$/.test(r.path))).toBe(false);

    const second = await runSweep(sweep(s.url, 'interrupted'), { batchPollMs: 1 });
    expect(second.interrupted).toBe(false);
    expect(second.records).toHaveLength(4);
    for (const r of second.records) expect(r).toMatchObject({ status: 'ok', score: 1 });
    // One upload, one batch: nothing paid twice.
    expect(posts(s, '/v1/files')).toBe(1);
    expect(posts(s, '/v1/batches')).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')).batches[0].ingested_at).not.toBeNull();
  });

  it('keeps what an expired batch finished, leaves the rest pending, and sends only those next time', async () => {
    const s = await start({ batchEnd: 'expired', batchRunsLines: 3 });
    const warnings: string[] = [];
    const first = await runSweep(sweep(s.url, 'expired'), { batchPollMs: 1, onEvent: (e) => void (e.type === 'warning' && warnings.push(e.message)) });
    expect(first.records).toHaveLength(3);
    expect(first.partial).toBe(true);
    expect(first.manifest.state).toBe('partial');
    expect(warnings.some((w) => /1 request\(s\) did not run before the batch expired/.test(w))).toBe(true);
    const second = await runSweep(sweep(s.url, 'expired'), { batchPollMs: 1 });
    expect(second.records).toHaveLength(4);
    expect(second.manifest.state).toBe('complete');
    expect(posts(s, '/v1/batches')).toBe(2);
    const lastUpload = s.otherRequests.filter((r) => r.method === 'POST' && r.path === '/v1/files').length;
    expect(lastUpload).toBe(2);
  });

  it('finds the parameters a reasoning model accepts before uploading, so no batch line is refused', async () => {
    const s = await start({ rejectParameters: ['max_tokens', 'temperature'] });
    const result = await runSweep(sweep(s.url, 'reasoning'), { batchPollMs: 1 });
    for (const r of result.records) expect(r).toMatchObject({ status: 'ok', score: 1 });
    // The tiny live checks (one per refused parameter, then the accepted one); everything else went in the batch.
    expect(s.requests.length).toBeLessThanOrEqual(3);
    expect(existsSync(join(work, 'reasoning', 'batch.json'))).toBe(true);
  });
});
