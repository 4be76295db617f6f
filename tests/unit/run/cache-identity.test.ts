// The response cache never reports another model's answers: off by default, keyed by what the server says it
// serves, bounded in age, and every answer it gives is marked as such.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineSweep, type SweepOptions } from '../../../src/config/sweep-options.js';
import { UsageError } from '../../../src/errors.js';
import { runSweep, type SweepEvent } from '../../../src/run/run-sweep.js';
import { FAKE_NOT_FOUND, startFakeServer, type FakeServer, type FakeServerOptions } from '../../support/fake-openai-server.js';

const NEEDLE = 'The treasury team moved the covenant test date for the Halden credit facility to September 14, 2026.';
const work = mkdtempSync(join(tmpdir(), 'needle-cache-identity-'));
const needlesFile = join(work, 'needles.json');
writeFileSync(needlesFile, JSON.stringify([{ needle: NEEDLE, question: 'To what date was the covenant test for the Halden credit facility moved?', answer: 'September 14, 2026' }]));

let servers: FakeServer[] = [];
beforeEach(() => {
  process.env.NEEDLE_CACHE_DIR = mkdtempSync(join(work, 'cache-'));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A model that finds the needle, and another that never does, served one after the other at the same URL and name. */
async function swap(good: FakeServerOptions = {}, bad: FakeServerOptions = {}): Promise<{ url: string; first: FakeServer; second: () => Promise<FakeServer> }> {
  const first = await startFakeServer({ needles: [{ text: NEEDLE, answer: 'September 14, 2026' }], ...good });
  servers.push(first);
  const port = Number(new URL(first.url).port);
  return {
    url: first.url,
    first,
    second: async () => {
      await first.close();
      servers = servers.filter((s) => s !== first);
      const next = await startFakeServer({ port, answer: () => FAKE_NOT_FOUND, ...bad });
      servers.push(next);
      return next;
    },
  };
}

const sweep = (url: string, name: string, extra: Partial<SweepOptions> = {}) =>
  defineSweep({ lengths: [1000, 2000], depths: [0, 50, 100], seed: 6, model: 'candidate', baseUrl: url, needlesFile, out: join(work, name), ...extra });

describe('response cache', () => {
  it('is off by default: another model behind the same URL and name is measured, not answered from the first one’s replies', async () => {
    const { url, second } = await swap();
    expect((await runSweep(sweep(url, 'default-1'))).summary.recall).toBe(1);
    const b = await second();
    const result = await runSweep(sweep(url, 'default-2'));
    expect(b.requests).toHaveLength(6);
    expect(result.summary.recall).toBe(0);
    expect(result.records.some((r) => r.from_cache)).toBe(false);
  });

  it('with --cache, tells models apart by what the server says it serves (llama.cpp: model path, build, template)', async () => {
    const { url, second } = await swap({ tokenizeStyle: 'llamacpp', modelPath: '/models/release-7.gguf' }, { tokenizeStyle: 'llamacpp', modelPath: '/models/candidate-8.gguf' });
    await runSweep(sweep(url, 'path-1', { cache: true }));
    const b = await second();
    const result = await runSweep(sweep(url, 'path-2', { cache: true }));
    expect(b.requests).toHaveLength(6);
    expect(result.summary.recall).toBe(0);
    expect(result.manifest.model.server).toMatchObject({ kind: 'llamacpp', fingerprint: { 'props.model_path': '/models/candidate-8.gguf' } });
  });

  it('with --cache and a server that names nothing but the model, says so up front and marks every cached answer', async () => {
    const { url, second } = await swap();
    await runSweep(sweep(url, 'weak-1', { cache: true }));
    const b = await second();
    const events: SweepEvent[] = [];
    const result = await runSweep(sweep(url, 'weak-2', { cache: true }), { onEvent: (e) => void events.push(e) });
    expect(b.requests).toHaveLength(0);
    const said = events.filter((e) => e.type === 'warning' || e.type === 'notice').map((e) => (e as { message: string }).message);
    expect(said.some((m) => /response cache on .*not sent again/.test(m))).toBe(true);
    expect(said.some((m) => /does not identify the weights behind candidate \(it tells nothing but the name\): after swapping .* --no-cache/.test(m))).toBe(true);
    // Visible per trial, in run.json and in summary.md.
    for (const r of result.records) {
      expect(r.from_cache).toBe(true);
      expect(Date.parse(r.cached_at!)).not.toBeNaN();
    }
    expect(result.summary.cache).toMatchObject({ hits: 6 });
    const manifest = JSON.parse(readFileSync(join(work, 'weak-2', 'run.json'), 'utf8'));
    expect(manifest.summary.cache.hits).toBe(6);
    expect(manifest.settings).toMatchObject({ cache: true, cacheTtlMs: 7 * 24 * 3_600_000 });
    expect(readFileSync(join(work, 'weak-2', 'summary.md'), 'utf8')).toMatch(/\*\*Response cache:\*\* 6 of 6 answers came from the local response cache/);
  });

  it('uses no answer older than --cache-ttl', async () => {
    const { url, second } = await swap();
    await runSweep(sweep(url, 'ttl-1', { cache: true }));
    await new Promise((r) => setTimeout(r, 20));
    const b = await second();
    const result = await runSweep(sweep(url, 'ttl-2', { cache: true, cacheTtlMs: 10 }));
    expect(b.requests).toHaveLength(6);
    expect(result.summary.cache).toBeUndefined();
  });

  it('never resumes a run folder with another model behind the same URL and name: the two models’ answers would mix', async () => {
    const { url, second } = await swap({ tokenizeStyle: 'llamacpp', modelPath: '/models/release-7.gguf' }, { tokenizeStyle: 'llamacpp', modelPath: '/models/candidate-8.gguf' });
    await runSweep(sweep(url, 'resume-swap', { lengths: [1000] }));
    const b = await second();
    const error = await runSweep(sweep(url, 'resume-swap', { lengths: [1000, 2000] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/holds answers of another model behind candidate: the server's props\.model_path changed since/);
    expect(b.requests).toHaveLength(0);
  });
});

