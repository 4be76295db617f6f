// End to end: the built CLI against the fake OpenAI-compatible server on 127.0.0.1.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, runCli as runCliIn } from '../support/cli.js';
import { minimalPdf } from '../support/minimal-pdf.js';
import { prose } from '../support/prose.js';
import { startFakeServer, type FakeServer } from '../support/fake-openai-server.js';
import type { RunManifest } from '../../src/types.js';

const KEY = 'sk-test-secret-key-123';

const NEEDLES = [
  {
    needle: 'The audit committee approved a $4.7 million retention bonus for the Lisbon plant manager.',
    question: 'How large was the retention bonus the audit committee approved for the Lisbon plant manager?',
    answer: '$4.7 million',
  },
];

const runCli = (args: string[], env: Record<string, string> = {}) => runCliIn(args, work, env);

let work: string;
let needlesFile: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'needle-e2e-'));
  needlesFile = join(work, 'needles.json');
  writeFileSync(needlesFile, JSON.stringify(NEEDLES));
});

describe('needle sweep against an OpenAI-compatible server', () => {
  let server: FakeServer;
  const out = () => join(work, 'run-main');

  beforeAll(async () => {
    server = await startFakeServer({
      apiKey: KEY,
      needles: NEEDLES.map((n) => ({ text: n.needle, answer: n.answer })),
      // 8k prompts overflow a 6k context, as vLLM reports it.
      contextTokens: 6000,
      overflowStyle: 'vllm',
      // Trials at 50% depth of 4k prompts fail on every attempt.
      fault: (req) => {
        const user = String(req.body?.messages?.[1]?.content ?? '');
        return user.length > 12_000 && user.length < 20_000 && req.body?.messages && isMiddle(user) ? { status: 500 } : null;
      },
    });
    // The first two requests hit a rate limit and a server error, then succeed on retry.
    server.script([{ status: 429, retryAfter: 1 }, { status: 503 }]);
  });
  afterAll(() => server.close());

  function isMiddle(user: string): boolean {
    const at = user.indexOf(NEEDLES[0]!.needle);
    const doc = user.indexOf('<document>');
    const end = user.indexOf('</document>');
    return at > 0 && Math.abs((at - doc) / (end - doc) - 0.5) < 0.1;
  }

  it('runs every cell, records overflow and error apart from hits, and draws the heatmap', async () => {
    const r = await runCli(
      ['sweep', '--base-url', server.url, '--model', 'fake-model', '--lengths', '2k,4k,8k', '--depths', '0,50,100', '--needles', needlesFile, '--seed', '5', '--max-retries', '2', '--out', out()],
      { OPENAI_API_KEY: KEY },
    );
    expect(r.stderr + r.stdout).not.toContain(KEY);
    expect(r.code).toBe(0);
    const records = readRecords(out());
    expect(records).toHaveLength(9);
    for (const rec of records) {
      expect(rec.prompt_tokens).toBeLessThanOrEqual(rec.length);
      expect(rec.prompt_tokens).toBeGreaterThanOrEqual(rec.length * 0.97);
      if (rec.length === 8000) {
        expect(rec.status).toBe('overflow');
        expect(rec.score).toBeNull();
      } else if (rec.length === 4000 && rec.depth === 50) {
        expect(rec.status).toBe('error');
        expect(rec.error).toMatch(/500/);
        expect(rec.attempts).toBe(3);
      } else {
        expect(rec.status).toBe('ok');
        expect(rec.score).toBe(1);
        expect(rec.response).toContain('$4.7 million');
        // A 2K-4K report prompt is mostly cover page and contents: few sentence boundaries to land on.
        expect(Math.abs(rec.needle_depth - rec.depth)).toBeLessThan(10);
      }
    }
    const manifest = JSON.parse(readFileSync(join(out(), 'run.json'), 'utf8')) as RunManifest;
    expect(manifest.state).toBe('complete');
    expect(manifest.seed).toBe(5);
    expect(manifest.summary).toMatchObject({ trials: 9, ok: 5, overflow: 3, error: 1, recall: 1 });
    expect(manifest.model.base_url).toBe(server.url);
    // 8K has no ok trial, so the effective length stops at 4K; the fake counts ~4 characters per token.
    expect(manifest.summary!.effective_length).toMatchObject({ threshold: 0.85, length: 4000 });
    // Relative to the model's own recall at the shortest length (1.00 at 2K): the same here.
    expect(manifest.summary!.effective_length!.relative).toEqual({ fraction: 0.85, base_length: 2000, base_recall: 1, threshold: 0.85, length: 4000 });
    expect(r.stdout).toMatch(/effective length, relative \(recall ≥ 85% of 1\.00 at 2K, i\.e\. ≥ 0\.85\): 4,000 tokens/);
    expect(manifest.summary!.token_counts!.trials).toBe(5);
    expect(manifest.summary!.token_counts!.median_ratio).toBeGreaterThan(0.8);
    expect(manifest.summary!.token_counts!.median_ratio).toBeLessThan(1.3);
    const png = readFileSync(join(out(), 'heatmap.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(join(out(), 'summary.md'), 'utf8')).toContain('fake-model');
    // The key is never written anywhere in the run folder.
    for (const f of readdirSync(out())) expect(readFileSync(join(out(), f)).includes(KEY)).toBe(false);
    // Rate limit honoured: the retry after 429 waited about a second.
    const first = server.requests[0]!;
    const retry = server.requests.find((r) => r.index > 0 && JSON.stringify(r.body.messages) === JSON.stringify(first.body.messages))!;
    expect(retry.timestamp - first.timestamp).toBeGreaterThanOrEqual(900);
  });

  it('resumes a sweep without resending finished trials', async () => {
    const before = server.requests.length;
    const r = await runCli(['sweep', '--base-url', server.url, '--model', 'fake-model', '--lengths', '2k,4k,8k', '--depths', '0,50,100', '--needles', needlesFile, '--out', out()], {
      OPENAI_API_KEY: KEY,
    });
    expect(r.code).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(r.stderr).toMatch(/9 already on disk/);
    expect(readRecords(out())).toHaveLength(9);
  });

  it('stops at once with exit 3 when the API key is rejected', async () => {
    const r = await runCli(['sweep', '--base-url', server.url, '--model', 'fake-model', '--lengths', '2k', '--depths', '2', '--out', join(work, 'run-badkey')], {
      OPENAI_API_KEY: 'wrong',
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: .*(key|401)/im);
    expect(r.stderr).not.toContain('wrong');
  });
});

describe('needle sweep against servers that truncate silently', () => {
  it('marks trials the server truncated as overflow, never as misses', async () => {
    const server = await startFakeServer({ needles: NEEDLES.map((n) => ({ text: n.needle, answer: n.answer })), contextTokens: 6000, overflowStyle: 'truncate' });
    try {
      const dir = join(work, 'run-truncate');
      // 7K and 8K prompts both come back counted at the 6K context: too close to ours for the ratio alone.
      const r = await runCli(['sweep', '--base-url', server.url, '--model', 'fake-model', '--lengths', '1k,2k,7k,8k,32k', '--depths', '0,100', '--needles', needlesFile, '--out', dir]);
      expect(r.code).toBe(0);
      const records = readRecords(dir);
      for (const rec of records.filter((x) => x.length >= 7000)) {
        expect(rec.status).toBe('overflow');
        expect(rec.error).toMatch(/read only part/);
      }
      for (const rec of records.filter((x) => x.length <= 2000)) expect(rec.status).toBe('ok');
      const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.summary).toMatchObject({ trials: 10, ok: 4, overflow: 6 });
    } finally {
      await server.close();
    }
  });
});

describe('needle sweep errors', () => {
  it('reports an unreachable endpoint in one line with exit 3', async () => {
    const server = await startFakeServer();
    const url = server.url;
    await server.close();
    const started = Date.now();
    const r = await runCli(['sweep', '--base-url', url, '--model', 'm', '--lengths', '2k', '--depths', '2', '--out', join(work, 'run-down')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(url.replace(/\/v1$/, ''));
    expect(r.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('exits 3 with one clear message against a server that is not OpenAI-compatible (a static file server)', async () => {
    const { createServer } = await import('node:http');
    let prompts = 0;
    const page = (code: number, message: string) => `<!DOCTYPE HTML><html><head><title>Error response</title></head><body><p>Error code: ${code}</p><p>Message: ${message}.</p></body></html>`;
    const files = createServer((req, res) => {
      if (req.method === 'POST') prompts++;
      res.writeHead(req.method === 'GET' ? 404 : 501, { 'content-type': 'text/html' });
      res.end(req.method === 'GET' ? page(404, 'File not found') : page(501, "Unsupported method ('POST')"));
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(files.address() as import('node:net').AddressInfo).port}/v1`;
      const r = await runCli(['sweep', '--base-url', url, '--model', 'm', '--lengths', '1k,2k', '--depths', '5', '--out', join(work, 'run-static')]);
      expect(r.code).toBe(3);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/not an OpenAI-compatible endpoint/);
      // At most the first wave of -j 4 went out: the first answer settles it.
      expect(prompts).toBeLessThanOrEqual(4);
    } finally {
      await new Promise<void>((resolve) => files.close(() => resolve()));
    }
  });

  it.each([
    [['--max', '12q'], /--max "12q" is not a token length/],
    [['--depths', '0,50,150'], /--depths "150"/],
    [['--tokenizer', 'gpt2'], /--tokenizer "gpt2" is not one of/],
    [['--needles', 'missing.yaml'], /missing\.yaml/],
    [['--bogus-flag'], /unknown option '--bogus-flag'/],
  ])('rejects bad input %j with a one-line error and exit 2', async (args, message) => {
    const r = await runCli(['sweep', '--lengths', '2k', '--depths', '2', '--out', join(work, 'run-bad'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter((l) => /^error/.test(l))).toHaveLength(1);
  });

  it('rejects an empty haystack folder, naming it', async () => {
    const empty = join(work, 'empty-docs');
    mkdirSync(empty, { recursive: true });
    const r = await runCli(['sweep', '--haystack', empty, '--lengths', '2k', '--depths', '2', '--out', join(work, 'run-empty')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(empty);
  });
});

describe('needle sweep over the user’s own documents', () => {
  it('concatenates a folder of .txt, .md and .pdf files, records their order, and skips lengths they cannot fill', async () => {
    const docs = join(work, 'my-docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'a.txt'), prose(1, 120));
    writeFileSync(join(docs, 'b.md'), `# Notes\n\n${prose(2, 120)}`);
    writeFileSync(join(docs, 'c.pdf'), minimalPdf(['Quarterly review of the Orvik plant.', 'Output rose in every month of the quarter.']));
    const dir = join(work, 'run-docs');
    const r = await runCli(['sweep', '--haystack', docs, '--lengths', '2k,4k,500k', '--depths', '3', '--repeats', '1', '--seed', '8', '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipping lengths 500000 \(never padded with repeated text\)/);
    const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
    expect(manifest.haystack.source).toMatchObject({ type: 'files', order: expect.stringMatching(/sorted by path/) });
    const source = manifest.haystack.source as { files: Array<{ path: string }> };
    expect(source.files.map((f) => f.path.split('/').pop())).toEqual(['a.txt', 'b.md', 'c.pdf']);
    expect(readRecords(dir)).toHaveLength(6);
  });
});

describe('needle sweep with no endpoint', () => {
  it('runs the keyword baseline and says so in the terminal and in every output', async () => {
    const dir = join(work, 'run-baseline');
    const r = await runCli(['sweep', '--max', '4k', '--lengths', '2', '--depths', '3', '--seed', '3', '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).toMatch(/baseline/i);
    expect(r.stdout).toMatch(/overall/);
    const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
    expect(manifest.model.kind).toBe('baseline');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/baseline/i);
    expect(existsSync(join(dir, 'heatmap.png'))).toBe(true);
    // By default four needles per cell: two lexical, two paraphrased.
    const records = readRecords(dir);
    expect(records).toHaveLength(2 * 3 * 4);
    for (const cell of new Set(records.map((rec) => `${rec.length}/${rec.depth}`))) {
      const variants = records.filter((rec) => `${rec.length}/${rec.depth}` === cell).map((rec) => rec.needle_variant).sort();
      expect(variants).toEqual(['lexical', 'lexical', 'paraphrased', 'paraphrased']);
    }
  });
});
