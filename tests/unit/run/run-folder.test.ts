// The run folder as a trustworthy record: torn lines repaired, one process at a time, clear errors for unusable folders.

import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { EXIT, exitCodeFor, RunFolderError } from '../../../src/errors.js';
import { repairResults } from '../../../src/run/results-store.js';
import { LOCK_FILE, lockRunFolder } from '../../../src/run/run-lock.js';
import { runSweep, type SweepEvent } from '../../../src/run/run-sweep.js';

const work = mkdtempSync(join(tmpdir(), 'needle-run-folder-'));
/** A small sweep of the in-process baseline: no server, three trials. */
const small = (out: string) => defineSweep({ lengths: [1000], depths: [0, 50, 100], repeats: 1, seed: 4, out });
const lines = (dir: string) => readFileSync(join(dir, 'results.jsonl'), 'utf8').split('\n').filter((l) => l !== '');

describe('results.jsonl after a crash mid-write', () => {
  it('cuts a torn last line off before appending, so no record is glued to it, and resends that trial', async () => {
    const out = join(work, 'torn');
    await runSweep(small(out));
    const file = join(out, 'results.jsonl');
    const before = lines(out);
    // The process died while writing the third record: half of it is on disk, without its newline.
    truncateSync(file, statSync(file).size - Math.floor(Buffer.byteLength(before[2]!) / 2) - 1);
    const warnings: string[] = [];
    const result = await runSweep(small(out), { onEvent: (e: SweepEvent) => void (e.type === 'warning' && warnings.push(e.message)) });
    expect(warnings.some((w) => /torn line/.test(w))).toBe(true);
    const after = lines(out);
    // Every line is a whole record; the torn trial was sent again and appended on a line of its own.
    expect(after.map((l) => JSON.parse(l).trial_id)).toEqual(before.map((l) => JSON.parse(l).trial_id));
    expect(result.records).toHaveLength(3);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('gives a complete last record its missing newline instead of dropping it', () => {
    const dir = join(work, 'newline');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'results.jsonl'), '{"trial_id":"a","status":"ok"}\n{"trial_id":"b","status":"ok"}');
    expect(repairResults(dir)).toEqual({ kind: 'newline' });
    appendFileSync(join(dir, 'results.jsonl'), '{"trial_id":"c","status":"ok"}\n');
    expect(lines(dir).map((l) => JSON.parse(l).trial_id)).toEqual(['a', 'b', 'c']);
  });
});

describe('one sweep per run folder', () => {
  it('refuses a second sweep into a folder another one is writing, naming the holder', async () => {
    const out = join(work, 'locked');
    const first = runSweep(small(out));
    const second = await runSweep(small(out)).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(RunFolderError);
    expect((second as Error).message).toMatch(new RegExp(`in use by needle process ${process.pid} \\(started .*runSweep`));
    expect(exitCodeFor(second)).toBe(EXIT.runFolder);
    const result = await first;
    expect(result.records).toHaveLength(3);
    // Released when the first one finished: the folder can be resumed (nothing left to send).
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    expect((await runSweep(small(out))).records).toHaveLength(3);
    expect(lines(out)).toHaveLength(3);
  });

  it('takes over the lock of a process that no longer runs (killed with -9), with a warning', async () => {
    const out = join(work, 'stale');
    mkdirSync(out, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), command: 'needle sweep', started_at: '2026-01-01T00:00:00Z' }));
    const warnings: string[] = [];
    const result = await runSweep(small(out), { onEvent: (e) => void (e.type === 'warning' && warnings.push(e.message)) });
    expect(result.records).toHaveLength(3);
    expect(warnings.some((w) => w.includes(`pid ${dead}`) && /no longer running/.test(w))).toBe(true);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('keeps a lock held by a live process on this machine', () => {
    const out = join(work, 'live');
    const lock = lockRunFolder(out, 'needle sweep --max 8k');
    try {
      expect(() => lockRunFolder(out, 'needle sweep --max 8k')).toThrow(/in use by needle process/);
    } finally {
      lock.release();
    }
    lockRunFolder(out, 'again').release();
  });
});

describe('an --out that cannot be a run folder', () => {
  it('says so in one line when --out is a file or lies below a file', async () => {
    const file = join(work, 'a-file.txt');
    writeFileSync(file, 'not a folder');
    for (const [out, message] of [
      [file, /--out .*a-file\.txt is a file, not a folder/],
      [join(file, 'run'), /cannot use --out .*a-file\.txt\/run as a run folder: a part of its path is a file/],
    ] as const) {
      const error = await runSweep(small(out)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RunFolderError);
      expect((error as Error).message).toMatch(message);
      expect(exitCodeFor(error)).toBe(EXIT.runFolder);
    }
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder is read-only', async () => {
    const out = join(work, 'read-only');
    mkdirSync(out);
    chmodSync(out, 0o555);
    const error = await runSweep(small(out)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFolderError);
    expect((error as Error).message).toMatch(/permission denied|read-only/);
  });

  it('maps file-system errors to exit 4 and bugs to exit 5, never to the usage code', () => {
    const eacces = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', syscall: 'open', path: '/x/run.json' });
    expect(exitCodeFor(eacces)).toBe(EXIT.runFolder);
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(EXIT.internal);
  });
});

describe('resuming a --tokenizer server run', () => {
  it('resumes without sending anything again (run.json records the tokenizer as a label)', async () => {
    const { startFakeServer } = await import('../../support/fake-openai-server.js');
    const server = await startFakeServer({ tokenizeStyle: 'vllm' });
    try {
      const options = defineSweep({ lengths: [1000, 2000], depths: [0, 100], repeats: 1, seed: 4, model: 'fake-model', baseUrl: server.url, tokenizer: 'server', out: join(work, 'server-resume') });
      await runSweep(options);
      const sent = server.requests.length;
      const again = await runSweep(options);
      expect(again.records).toHaveLength(4);
      expect(server.requests.length).toBe(sent);
      expect(again.manifest.tokenizer).toMatch(/^server \(vllm \/tokenize; cut with o200k_base\)$/);
    } finally {
      await server.close();
    }
  });
});

describe('a sweep over an injected fetch', () => {
  it('reaches the endpoint only through it: no socket is opened', async () => {
    const urls: string[] = [];
    const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      urls.push(url);
      if (url.endsWith('/chat/completions')) {
        const body = JSON.parse(String(init!.body)) as { messages: Array<{ content: string }> };
        const completion = { id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'Not in the document.' }, finish_reason: 'stop' }], usage: { prompt_tokens: Math.ceil(body.messages[1]!.content.length / 4), completion_tokens: 5, total_tokens: 0 } };
        return new Response(JSON.stringify(completion), { status: 200, headers: { 'content-type': 'application/json' } });
      }
      if (url.endsWith('/v1/models')) return new Response(JSON.stringify({ object: 'list', data: [{ id: 'm', object: 'model' }] }), { status: 200, headers: { 'content-type': 'application/json' } });
      return new Response('not found', { status: 404 });
    }) as typeof fetch;
    // Port 9 (discard) on loopback: nothing listens, so any request around the injected fetch would fail.
    const result = await runSweep(defineSweep({ lengths: [1000], depths: [0, 100], repeats: 1, seed: 4, model: 'm', baseUrl: 'http://127.0.0.1:9/v1', out: join(work, 'injected') }), { fetch: fetchImpl });
    expect(result.records.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(urls.filter((u) => u.endsWith('/chat/completions'))).toHaveLength(2);
  });
});

