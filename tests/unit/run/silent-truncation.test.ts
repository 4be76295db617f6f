// llama.cpp's context shift, as measured: whole blocks of n_ctx/2 dropped from the start, 200, the kept count in usage.
// Every prompt it cut is an overflow, never a miss, whether needle counts in our tokens or the server's.

import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get_encoding } from 'tiktoken';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { defineSweep, type SweepOptions } from '../../../src/config/sweep-options.js';
import { runSweep, type SweepEvent } from '../../../src/run/run-sweep.js';
import type { ChatMessage } from '../../../src/types.js';
import { contextShiftKept, countLlamaTokens, renderChatTemplate, startFakeServer, type FakeServer } from '../../support/fake-openai-server.js';

const enc = get_encoding('o200k_base');
afterAll(() => enc.free());
/** The model's tokenizer counts about 15% more than o200k_base, as the measured model's did. */
const modelTokens = (text: string) => Math.ceil(enc.encode_ordinary(text).length * 1.155);
/** What the fake llama.cpp counts for a chat prompt: the rendered template with BOS. */
const llamaCount = (messages: ChatMessage[]) => countLlamaTokens(renderChatTemplate(messages), modelTokens, { addSpecial: true });

const NEEDLE = 'The treasury team moved the covenant test date for the Halden credit facility to September 14, 2026.';
const work = mkdtempSync(join(tmpdir(), 'needle-truncation-'));
const needlesFile = join(work, 'needles.json');
writeFileSync(needlesFile, JSON.stringify([{ needle: NEEDLE, question: 'To what date was the covenant test for the Halden credit facility moved?', answer: 'September 14, 2026' }]));

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A llama.cpp server with context shift on (the default of many builds), -c `context`, -np `slots`. */
const llamaServer = (context: number, slots = 1) =>
  startFakeServer({
    tokenizeStyle: 'llamacpp',
    countTokens: modelTokens,
    contextTokens: context,
    slots,
    overflowStyle: 'context-shift',
    needles: [{ text: NEEDLE, answer: 'September 14, 2026' }],
  });

const sweep = (url: string, name: string, extra: Partial<SweepOptions>) =>
  defineSweep({ depths: [0, 50, 100], seed: 11, model: 'fake-model', baseUrl: url, needlesFile, repeats: 1, cache: false, out: join(work, name), ...extra });

/** Ground truth: the trials whose prompt the server cut (its count at least its per-slot context), by prompt hash. */
function cutByServer(s: FakeServer, perSlot: number): Set<string> {
  const cut = new Set<string>();
  for (const r of s.requests) if (llamaCount(r.body.messages) >= perSlot) cut.add(createHash('sha256').update(JSON.stringify(r.body.messages)).digest('hex'));
  return cut;
}

describe('llama.cpp with context shift, lengths in our tokens (o200k_base)', () => {
  it('records every prompt the server cut as overflow: the 4K and 5K cells too, where its count is 0.64–0.75 of ours', async () => {
    server = await llamaServer(4096);
    const result = await runSweep(sweep(server.url, 'shift-local', { lengths: [2000, 3000, 4000, 5000, 6000] }));
    const byLength = (l: number) => result.records.filter((r) => r.length === l);
    for (const r of [...byLength(2000), ...byLength(3000)]) expect(r).toMatchObject({ status: 'ok', score: 1 });
    for (const l of [4000, 5000, 6000]) {
      for (const r of byLength(l)) {
        expect(r.status).toBe('overflow');
        expect(r.error).toMatch(/read only part of the prompt/);
      }
    }
    // Exactly the prompts the server cut are overflows.
    const cut4k = cutByServer(server, 4096);
    for (const r of result.records) expect(r.status === 'overflow').toBe(cut4k.has(r.prompt_sha256));
    const cut = byLength(4000)[0]!;
    expect(cut.usage_prompt_tokens! / cut.prompt_tokens).toBeGreaterThan(0.6);
    expect(result.summary).toMatchObject({ ok: 6, overflow: 9 });
  });

  it('catches the cut with several slots splitting the context (-np 4 -c 65536: 16,384 each), and warns that -j above the slots queues', async () => {
    server = await llamaServer(65_536, 4);
    const warnings: string[] = [];
    const result = await runSweep(sweep(server.url, 'shift-slots', { lengths: [8000, 12_000, 20_000], concurrency: 8 }), {
      onEvent: (e: SweepEvent) => void (e.type === 'warning' && warnings.push(e.message)),
    });
    expect(warnings.some((w) => /computes 4 requests at a time .*-j 8.*use -j 4/.test(w))).toBe(true);
    for (const r of result.records) expect(r.status).toBe(r.length === 20_000 ? 'overflow' : 'ok');
    const cut = cutByServer(server, 16_384);
    for (const r of result.records) expect(r.status === 'overflow').toBe(cut.has(r.prompt_sha256));
    const long = result.records.find((r) => r.length === 20_000)!;
    // ~23K of the model's tokens came back as ~15K: ratio 0.75 of ours, far above any fixed threshold.
    expect(long.usage_prompt_tokens! / long.prompt_tokens).toBeGreaterThan(0.7);
  });
});

describe('llama.cpp with context shift, lengths in the server’s tokens (--tokenizer server)', () => {
  it('compares the server’s usage with its exact /apply-template count: a 6K prompt cut to ~3.9K is an overflow', async () => {
    server = await llamaServer(4096);
    const warnings: string[] = [];
    const result = await runSweep(sweep(server.url, 'shift-server', { lengths: [2000, 3000, 4000, 6000], tokenizer: 'server' }), {
      onEvent: (e) => void (e.type === 'warning' && warnings.push(e.message)),
    });
    for (const r of result.records) {
      if (r.length <= 4000) {
        expect(r).toMatchObject({ status: 'ok', score: 1 });
        // The exact count: what the server reported is what it counted before sending.
        expect(r.usage_prompt_tokens).toBe(r.server_prompt_tokens);
      } else {
        expect(r.status).toBe('overflow');
        expect(r.error).toMatch(/it dropped \d+/);
        expect(r.usage_prompt_tokens).toBe(contextShiftKept(r.server_prompt_tokens!, 4096));
      }
    }
    // The pre-run warning counts the answer's budget: 4,000 + 256 does not fit 4,096.
    expect(warnings.some((w) => /context is 4,096 tokens per request: prompts over 3,840 .* 256-token answer .*lengths 4,000, 6,000/.test(w))).toBe(true);
    // Server counts against the server's own count, not against o200k_base.
    expect(result.summary.token_counts!.median_ratio).toBe(1);
    expect(result.manifest.tokenizer).toBe('server (llama.cpp /apply-template + /tokenize; cut with o200k_base)');
    // No chat request was spent on counting.
    expect(server.requests).toHaveLength(result.records.length);
  });
});

describe('after raising the server’s context', () => {
  it('resends overflow trials with --retry-errors', async () => {
    server = await llamaServer(4096);
    const port = Number(new URL(server.url).port);
    const first = await runSweep(sweep(server.url, 'raise', { lengths: [2000, 5000] }));
    expect(first.summary.overflow).toBe(3);
    await server.close();
    server = await startFakeServer({ port, tokenizeStyle: 'llamacpp', countTokens: modelTokens, contextTokens: 16_384, overflowStyle: 'context-shift', needles: [{ text: NEEDLE, answer: 'September 14, 2026' }] });
    const again = await runSweep(sweep(server.url, 'raise', { lengths: [2000, 5000], retryErrors: true }));
    expect(server.requests).toHaveLength(3);
    expect(again.summary).toMatchObject({ ok: 6, overflow: 0 });
  });
});
