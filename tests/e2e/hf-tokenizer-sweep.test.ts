// A sweep with --tokenizer hf:<folder> against the fake server: every prompt sent is ≤ L and within 1% of L in that
// tokenizer's count of the templated prompt (checked by the Rust reference on the prompts the server received), the
// counts are cross-checked with the server's /tokenize, and bad tokenizer input stops with exit 2 before any request.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rust from '@anush008/tokenizers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineSweep } from '../../src/config/sweep-options.js';
import { runSweep, type SweepEvent } from '../../src/run/run-sweep.js';
import { createTokenizer } from '../../src/tokenize/create-tokenizer.js';
import type { ChatMessage, RunManifest, Tokenizer } from '../../src/types.js';
import { runCli } from '../support/cli.js';
import { startFakeServer, type FakeServer } from '../support/fake-openai-server.js';
import { sharedHfFixtures, type HfFixtures } from '../support/hf-fixtures.js';

let work: string;
let fx: HfFixtures;
let ours: Tokenizer;

/** What a vLLM server with this model counts: its chat template applied, no special tokens added on top. */
function serverCount(tokenizer: Tokenizer, skew = 0) {
  return (joined: string): number => {
    // The fake hands over the message contents joined by a newline; our system message has none.
    const cut = joined.indexOf('\n');
    if (cut < 0 || !joined.startsWith('You are a careful reader')) return tokenizer.count(joined);
    const messages: ChatMessage[] = [
      { role: 'system', content: joined.slice(0, cut) },
      { role: 'user', content: joined.slice(cut + 1) },
    ];
    return tokenizer.count(tokenizer.renderChat!(messages)) + skew;
  };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'needle-hf-e2e-'));
  fx = sharedHfFixtures();
  mkdirSync(join(work, 'models'), { recursive: true });
  ours = createTokenizer(`hf:${fx.sentencepiece}`).tokenizer;
});

describe('needle sweep --tokenizer hf:<model folder>', () => {
  let server: FakeServer;
  beforeAll(async () => {
    server = await startFakeServer({ tokenizeStyle: 'vllm', countTokens: serverCount(ours) });
  });
  afterAll(() => server.close());

  it('sends prompts of exactly the templated length, records tokens, characters and the tokenizer, and agrees with /tokenize', async () => {
    const events: SweepEvent[] = [];
    const out = join(work, 'run-hf');
    const lengths = [1500, 4000, 9000];
    const result = await runSweep(
      defineSweep({ lengths, depths: [0, 50, 100], model: 'fake-model', baseUrl: server.url, tokenizer: `hf:${fx.sentencepiece}`, haystack: 'meeting-transcript', seed: 5, repeats: 1, out, cache: false, concurrency: 2 }),
      { onEvent: (e) => events.push(e) },
    );
    expect(result.records).toHaveLength(9);
    expect(result.records.every((r) => r.status === 'ok')).toBe(true);

    // An independent full re-encode of every prompt the server received, templated as the model's server would.
    const rs = rust.Tokenizer.fromFile(join(fx.sentencepiece, 'tokenizer.json'));
    for (const request of server.requests) {
      const messages = request.body.messages as ChatMessage[];
      const expected = (await rs.encode(ours.renderChat!(messages), null, { addSpecialTokens: false })).getIds().length;
      const record = result.records.find((r) => r.prompt_tokens === expected && r.prompt_chars === [...messages.map((m) => m.content).join('')].length);
      expect(record, `a record counts ${expected} tokens`).toBeDefined();
      expect(expected).toBeLessThanOrEqual(record!.length);
      if (record!.length >= 4000) expect(expected).toBeGreaterThanOrEqual(record!.length * 0.99);
    }

    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunManifest;
    expect(manifest.tokenizer).toBe(`hf:${fx.sentencepiece}`);
    const info = manifest.tokenizer_info!;
    expect(info.kind).toBe('hf');
    expect(info.templated).toBe(true);
    expect(info.files!.map((f) => f.path)).toEqual([join(fx.sentencepiece, 'tokenizer.json'), join(fx.sentencepiece, 'tokenizer_config.json')]);
    expect(info.files!.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    expect(info.chat_template!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(info.libraries!.some((l) => /^@huggingface\/tokenizers@\d/.test(l))).toBe(true);
    expect(info.cross_check!.prompts).toHaveLength(3);
    expect(info.cross_check!.agreed).toBe(3);
    expect(events.some((e) => e.type === 'notice' && /counts 3 of 3 prompts exactly/.test(e.message))).toBe(true);

    const sizes = manifest.summary!.prompt_size!;
    expect(sizes.map((s) => s.length)).toEqual(lengths);
    for (const s of sizes) {
      expect(s.tokens.max).toBeLessThanOrEqual(s.length);
      expect(s.chars.min).toBeGreaterThan(s.tokens.min);
    }
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toMatch(/\| Length \| Prompt tokens \| Prompt characters \|/);
  });

  it('says so before sending when the server counts differently (a wrong tokenizer or template for the model)', async () => {
    const skewed = await startFakeServer({ tokenizeStyle: 'vllm', countTokens: serverCount(ours, 7) });
    try {
      const events: SweepEvent[] = [];
      const out = join(work, 'run-skewed');
      await runSweep(defineSweep({ lengths: [1500, 3000], depths: [50], model: 'fake-model', baseUrl: skewed.url, tokenizer: `hf:${fx.sentencepiece}`, seed: 5, out, cache: false }), {
        onEvent: (e) => events.push(e),
      });
      const warning = events.findIndex((e) => e.type === 'warning' && /agrees on 0 of 2 prompts.*does not match this model/.test(e.message));
      const planned = events.findIndex((e) => e.type === 'planned');
      expect(warning).toBeGreaterThanOrEqual(0);
      expect(warning).toBeLessThan(planned);
      const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.tokenizer_info!.cross_check!.agreed).toBe(0);
    } finally {
      await skewed.close();
    }
  });
});

describe('bad tokenizer input: one line naming the file, exit 2, nothing sent', () => {
  let server: FakeServer;
  beforeAll(async () => {
    server = await startFakeServer({ tokenizeStyle: 'vllm' });
  });
  afterAll(() => server.close());

  it('rejects each before any request', async () => {
    const broken = join(work, 'broken-model');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'tokenizer.json'), '{"model": ');
    const raising = join(work, 'raising.jinja');
    writeFileSync(raising, "{{ raise_exception('System role not supported') }}");
    const cases: Array<[string[], RegExp]> = [
      [[`hf:${broken}`], /broken-model\/tokenizer\.json: not valid JSON/],
      [[`hf:${join(work, 'models')}`], /models: no tokenizer\.json in this folder/],
      [['llama9'], /--tokenizer "llama9" is not one of/],
      [[`hf:${fx.noTemplate}`], /no chat template .* the endpoint is a chat endpoint/],
      [[`hf:${fx.sentencepiece}`, '--chat-template', raising], /raising\.jinja: the chat template fails to render .*System role not supported/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['sweep', '--base-url', server.url, '--model', 'fake-model', '--lengths', '2k', '--depths', '50', '--tokenizer', ...args, '--out', join(work, 'bad-run')], work);
      expect(r.code, r.stderr).toBe(2);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
    }
    expect(server.requests).toHaveLength(0);
    expect(server.otherRequests).toHaveLength(0);
  });
});
