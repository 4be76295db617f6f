// End to end: the traps of real servers (token counts, Ollama, reasoning models), caches, costs, batches and replicas.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get_encoding } from 'tiktoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, runCli } from '../support/cli.js';
import { startFakeServer, type FakeServer } from '../support/fake-openai-server.js';
import type { RunManifest } from '../../src/types.js';

const NEEDLES = [
  {
    needle: 'The treasury team moved the covenant test date for the Halden credit facility to September 14, 2026.',
    question: 'To what date was the covenant test for the Halden credit facility moved?',
    answer: 'September 14, 2026',
  },
];
const answers = NEEDLES.map((n) => ({ text: n.needle, answer: n.answer }));

let work: string;
let needlesFile: string;
const enc = get_encoding('o200k_base');
/** A model whose tokenizer counts 25% more tokens than o200k_base. */
const biggerTokens = (text: string) => Math.ceil(enc.encode_ordinary(text).length * 1.25);
const sweep = (url: string, extra: string[]) => ['sweep', '--base-url', url, '--model', 'fake-model', '--needles', needlesFile, '--seed', '9', ...extra];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'needle-endpoints-'));
  needlesFile = join(work, 'needles.json');
  writeFileSync(needlesFile, JSON.stringify(NEEDLES));
});
afterAll(() => enc.free());

async function withServer<T>(opts: Parameters<typeof startFakeServer>[0], fn: (s: FakeServer) => Promise<T>): Promise<T> {
  const server = await startFakeServer(opts);
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

describe('lengths in the model’s own tokens', () => {
  it('fits every prompt to the server’s /tokenize count and records both counts', async () => {
    await withServer({ needles: answers, tokenizeStyle: 'vllm', countTokens: biggerTokens }, async (server) => {
      const dir = join(work, 'server-tokens');
      const r = await runCli(sweep(server.url, ['--tokenizer', 'server', '--lengths', '4k,16k', '--depths', '0,50,100', '--out', dir]), work);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/vllm \/tokenize/);
      for (const rec of readRecords(dir)) {
        expect(rec.status).toBe('ok');
        expect(rec.score).toBe(1);
        expect(rec.server_prompt_tokens).toBeLessThanOrEqual(rec.length);
        expect(rec.server_prompt_tokens).toBeGreaterThanOrEqual(rec.length * 0.99);
        // Our own count of the same prompt is about 1/1.25 of the server's.
        expect(rec.prompt_tokens / rec.server_prompt_tokens!).toBeGreaterThan(0.75);
        expect(rec.prompt_tokens / rec.server_prompt_tokens!).toBeLessThan(0.85);
      }
      const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.tokenizer).toMatch(/^server/);
    });
  });

  it('calibrates from usage.prompt_tokens when the server has no /tokenize', async () => {
    await withServer({ needles: answers, countTokens: biggerTokens }, async (server) => {
      const dir = join(work, 'usage-tokens');
      const r = await runCli(sweep(server.url, ['--tokenizer', 'server', '--lengths', '8k', '--depths', '0,100', '--out', dir]), work);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/calibrated from usage/);
      for (const rec of readRecords(dir)) {
        expect(rec.status).toBe('ok');
        expect(rec.usage_prompt_tokens).toBeLessThanOrEqual(8000);
        expect(rec.usage_prompt_tokens).toBeGreaterThanOrEqual(7920);
      }
    });
  });
});

describe('Ollama', () => {
  it('uses the native API with a context large enough, so nothing is truncated', async () => {
    await withServer({ needles: answers, ollama: true, contextTokens: 2048 }, async (server) => {
      const dir = join(work, 'ollama-native');
      const r = await runCli(sweep(server.url, ['--lengths', '8k', '--depths', '0,100', '--out', dir]), work);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/is Ollama: using its native \/api\/chat with num_ctx/);
      for (const rec of readRecords(dir)) expect(rec).toMatchObject({ status: 'ok', score: 1 });
    });
  });

  it('marks prompts its OpenAI endpoint truncated as overflow when told not to use the native API', async () => {
    await withServer({ needles: answers, ollama: true, contextTokens: 2048 }, async (server) => {
      const dir = join(work, 'ollama-v1');
      const r = await runCli(sweep(server.url, ['--no-ollama-native', '--lengths', '8k', '--depths', '0,100', '--out', dir]), work);
      expect(r.code).toBe(0);
      for (const rec of readRecords(dir)) {
        expect(rec.status).toBe('overflow');
        expect(rec.error).toMatch(/truncat/);
      }
    });
  });
});

describe('reasoning models and prompt caches', () => {
  it('retries without the parameters a reasoning model rejects', async () => {
    await withServer({ needles: answers, rejectParameters: ['max_tokens', 'temperature'] }, async (server) => {
      const dir = join(work, 'reasoning');
      const r = await runCli(sweep(server.url, ['--lengths', '2k', '--depths', '50%', '--out', dir]), work);
      expect(r.code).toBe(0);
      expect(readRecords(dir)[0]).toMatchObject({ status: 'ok', score: 1 });
      const sent = server.requests.at(-1)!.body;
      expect(sent.max_tokens).toBeUndefined();
      expect(sent.max_completion_tokens).toBe(256);
      expect(sent.temperature).toBeUndefined();
    });
  });

  it('records the tokens the server served from its prefix cache', async () => {
    await withServer({ needles: answers, cachedTokens: () => 1024 }, async (server) => {
      const dir = join(work, 'cached-tokens');
      expect((await runCli(sweep(server.url, ['--lengths', '2k', '--depths', '50%', '--out', dir]), work)).code).toBe(0);
      expect(readRecords(dir)[0]!.cached_tokens).toBe(1024);
    });
  });
});

describe('response cache, cost and budget', () => {
  it('with --cache, answers a repeated sweep from the response cache without sending, and says so', async () => {
    await withServer({ needles: answers }, async (server) => {
      const args = ['--lengths', '2k,4k', '--depths', '3'];
      expect((await runCli(sweep(server.url, [...args, '--cache', '--out', join(work, 'cache-1')]), work)).code).toBe(0);
      const sent = server.requests.length;
      expect(sent).toBe(6);
      const cached = await runCli(sweep(server.url, [...args, '--cache', '--out', join(work, 'cache-2')]), work);
      expect(cached.code).toBe(0);
      expect(server.requests.length).toBe(sent);
      expect(readRecords(join(work, 'cache-2')).every((r) => r.from_cache === true && r.status === 'ok')).toBe(true);
      expect(cached.stderr).toMatch(/note: response cache on/);
      expect(cached.stderr).toMatch(/warning: the server does not identify the weights behind fake-model \(it tells only models.owned_by\)/);
      expect(cached.stdout).toMatch(/cache: 6 of 6 answers came from the response cache \(answered .* UTC\), not from this run's requests/);
      // Without --cache (the default) every prompt is sent.
      expect((await runCli(sweep(server.url, [...args, '--out', join(work, 'cache-3')]), work)).code).toBe(0);
      expect(server.requests.length).toBe(sent + 6);
    });
  });

  it('prints the plan and its cost with --dry-run and sends nothing', async () => {
    await withServer({ needles: answers }, async (server) => {
      const r = await runCli(sweep(server.url, ['--lengths', '4k,8k', '--depths', '5', '--dry-run', '--price-in', '3', '--price-out', '15', '--out', join(work, 'dry')]), work);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/trials:\s+10/);
      expect(r.stdout).toMatch(/estimated cost: at most \$0\.\d\d/);
      expect(server.requests).toHaveLength(0);
    });
  });

  it('refuses to start when the estimate exceeds --budget', async () => {
    await withServer({ needles: answers }, async (server) => {
      const r = await runCli(sweep(server.url, ['--lengths', '8k', '--depths', '5', '--price-in', '3', '--price-out', '15', '--budget', '0.01', '--out', join(work, 'budget')]), work);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/more than --budget 0.01/);
      expect(server.requests).toHaveLength(0);
    });
  });
});

describe('scale', () => {
  it('runs a sweep through the Batch API', async () => {
    await withServer({ needles: answers, batch: true }, async (server) => {
      const dir = join(work, 'batch');
      const r = await runCli(sweep(server.url, ['--batch', '--lengths', '2k,4k', '--depths', '0,100', '--out', dir]), work);
      expect(r.code).toBe(0);
      const records = readRecords(dir);
      expect(records).toHaveLength(4);
      for (const rec of records) expect(rec).toMatchObject({ status: 'ok', score: 1 });
      // One tiny live request checks the parameters; every prompt went through the batch.
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]!.body.messages).toEqual([{ role: 'user', content: 'Reply with the word OK.' }]);
      expect(JSON.parse(readFileSync(join(dir, 'batch.json'), 'utf8')).batches).toHaveLength(1);
    });
  });

  it('exports a sweep as JSONL for vllm run-batch and imports its output', async () => {
    const dir = join(work, 'exported');
    const ex = await runCli(['export', dir, '--model', 'fake-model', '--needles', needlesFile, '--seed', '9', '--lengths', '2k,4k', '--depths', '0,100'], work);
    expect(ex.code).toBe(0);
    const lines = readFileSync(join(dir, 'batch-input.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    // What vllm run-batch writes: one line per request, answered from its own prompt.
    const out = lines.map((l, i) => {
      const found = String(l.body.messages[1].content).includes(NEEDLES[0]!.needle);
      const content = i === 3 ? null : found ? `It was moved to ${NEEDLES[0]!.answer}.` : 'Not in the document.';
      const response = content === null ? null : { status_code: 200, request_id: `r${i}`, body: { choices: [{ message: { content }, finish_reason: 'stop' }], usage: { prompt_tokens: Math.ceil(String(l.body.messages[1].content).length / 4), completion_tokens: 9 } } };
      return JSON.stringify({ id: `vllm-${i}`, custom_id: l.custom_id, response, error: content === null ? 'boom' : null });
    });
    writeFileSync(join(work, 'answers.jsonl'), out.join('\n') + '\n');
    const im = await runCli(['import', dir, join(work, 'answers.jsonl')], work);
    expect(im.code).toBe(0);
    const records = readRecords(dir);
    expect(records).toHaveLength(4);
    expect(records.filter((r) => r.status === 'ok' && r.score === 1)).toHaveLength(3);
    expect(records.filter((r) => r.status === 'error')).toHaveLength(1);
  });

  it('shares one sweep between replicas of a model', async () => {
    await withServer({ needles: answers, delayMs: 50 }, async (a) => {
      await withServer({ needles: answers, delayMs: 50 }, async (b) => {
        const dir = join(work, 'replicas');
        const r = await runCli(sweep(a.url, ['--base-url', b.url, '--lengths', '2k', '--depths', '8', '-j', '4', '--out', dir]), work);
        expect(r.code).toBe(0);
        expect(a.requests.length).toBeGreaterThan(0);
        expect(b.requests.length).toBeGreaterThan(0);
        expect(a.requests.length + b.requests.length).toBe(8);
      });
    });
  });
});
