// End to end: a sweep stopped by a signal (CI cancelling the job) leaves a resumable, rendered partial run.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, runCli, spawnCli } from '../support/cli.js';
import { startFakeServer, type FakeServer } from '../support/fake-openai-server.js';
import type { RunManifest } from '../../src/types.js';

let work: string;
let server: FakeServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'needle-interrupt-'));
  server = await startFakeServer({ delayMs: 100 });
});
afterAll(() => server.close());

describe('a sweep stopped by SIGTERM', () => {
  it('stops sending, writes a partial run.json, the heatmap and summary, exits 143, and resumes later', async () => {
    const out = join(work, 'run');
    const args = ['sweep', '--base-url', server.url, '--model', 'fake-model', '--lengths', '1k,2k', '--depths', '3', '--repeats', '2', '--seed', '3', '-j', '1', '--out', out];
    const { child, result } = spawnCli(args, work);
    for (let i = 0; i < 200 && server.requests.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const r = await result;
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/term received: finishing up/);
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunManifest;
    expect(manifest.state).toBe('partial');
    expect(manifest.summary!.trials).toBeGreaterThanOrEqual(2);
    expect(manifest.summary!.trials).toBeLessThan(12);
    for (const f of ['heatmap.png', 'summary.md', 'report.html']) expect(existsSync(join(out, f))).toBe(true);
    expect(existsSync(join(out, 'run.lock'))).toBe(false);
    const sent = server.requests.length;

    const again = await runCli(args, work);
    expect(again.code).toBe(0);
    expect(readRecords(out)).toHaveLength(12);
    // Only the trials not on disk were sent.
    expect(server.requests.length - sent).toBe(12 - manifest.summary!.trials);
  });
});
