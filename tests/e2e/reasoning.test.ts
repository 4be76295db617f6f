// End to end: a reasoning model behind real servers' fields — scored on its answer, never on its thinking; cut-off trials never misses.
// Sweeps run in-process through the library; the CLI is spawned where its output, exit codes and resume are what is tested.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineSweep } from '../../src/config/sweep-options.js';
import { runSweep } from '../../src/run/run-sweep.js';
import { readRecords, runCli } from '../support/cli.js';
import { startFakeServer, type FakePrompt } from '../support/fake-openai-server.js';
import type { RunManifest } from '../../src/types.js';

const NEEDLE = { needle: 'The Tamsin warehouse lease costs $812,000 a year.', question: 'What does the Tamsin warehouse lease cost per year?', answer: '$812,000' };

/** Reads the document like a careful model; its thinking mentions another figure, which must never be scored. */
function answer(prompt: FakePrompt): string {
  return prompt.document.includes(NEEDLE.needle) ? 'The Tamsin warehouse lease costs $812,000 a year.' : 'The document does not say.';
}

let work: string;
let needlesFile: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'needle-reasoning-'));
  needlesFile = join(work, 'needles.json');
  writeFileSync(needlesFile, JSON.stringify([NEEDLE]));
});

/** The same sweep through the library (no process, no response cache). */
const sweepInProcess = (url: string, dir: string, maxOutputTokens?: number) =>
  runSweep(
    defineSweep({
      baseUrl: url, model: 'r1', needlesFile, repeats: 1, lengths: [2000], depths: [0, 100], seed: 9, out: dir, concurrency: 1, cache: false,
      ...(maxOutputTokens === undefined ? {} : { maxOutputTokens }),
    }),
  );

const sweep = (url: string, dir: string, extra: string[] = []) =>
  runCli(['sweep', '--base-url', url, '--model', 'r1', '--needles', needlesFile, '--lengths', '2k', '--depths', '0,100', '--seed', '9', '--out', dir, '-j', '1', ...extra], work);

describe('a reasoning model', () => {
  it('scores the answer after <think> blocks, keeps the raw response, and raises the default output limit once it sees reasoning', async () => {
    const server = await startFakeServer({ answer, reasoning: { style: 'think-tags', tokens: 600 } });
    try {
      const dir = join(work, 'think');
      await sweepInProcess(server.url, dir);
      const records = readRecords(dir);
      expect(records).toHaveLength(2);
      for (const rec of records) {
        expect(rec).toMatchObject({ status: 'ok', score: 1, outcome: 'correct', finish_reason: 'stop', max_output_tokens: 8192 });
        expect(rec.response).toMatch(/^<think>/);
      }
      // The first request went out with the short default, was cut off while thinking, and was sent again with room.
      const limits = server.requests.map((q) => q.body.max_tokens);
      expect(limits[0]).toBe(256);
      expect(limits.slice(1).every((l) => l === 8192)).toBe(true);
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('records reasoning_content beside the response, and its reasoning tokens, never scoring them', async () => {
    const server = await startFakeServer({ answer: () => 'The document does not say.', reasoning: { style: 'reasoning_content', tokens: 40, reportTokens: true } });
    try {
      const dir = join(work, 'reasoning-content');
      await sweepInProcess(server.url, dir, 2000);
      for (const rec of readRecords(dir)) {
        // The thinking talks about the document; the answer says it is not there: not_found, whatever the thinking held.
        expect(rec).toMatchObject({ status: 'ok', score: 0, outcome: 'not_found', reasoning_tokens: 40, max_output_tokens: 2000 });
        expect(rec.reasoning).toMatch(/Let me look through the document/);
        expect(rec.response).toBe('The document does not say.');
      }
    } finally {
      await server.close();
    }
  });

  it('marks trials cut off before answering as incomplete, never as misses, and a gate cannot pass on them', async () => {
    const server = await startFakeServer({ answer, reasoning: { style: 'reasoning', tokens: 600 } });
    try {
      const dir = join(work, 'cut-off');
      const r = await sweep(server.url, dir, ['--max-output-tokens', '300']);
      expect(r.code).toBe(0);
      const records = readRecords(dir);
      for (const rec of records) {
        expect(rec).toMatchObject({ status: 'incomplete', score: null, outcome: null, finish_reason: 'length', response: '', max_output_tokens: 300 });
        expect(rec.error).toMatch(/raise --max-output-tokens/);
      }
      // The user's limit wins: nothing was resent with a higher one.
      expect(server.requests.every((q) => q.body.max_tokens === 300)).toBe(true);
      const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.summary).toMatchObject({ trials: 2, ok: 0, incomplete: 2, recall: null });
      expect(r.stdout).toMatch(/incomplete: 2 trial\(s\) cut off by the output limit.*raise --max-output-tokens/);
      expect(readFileSync(join(dir, 'heatmap.svg'), 'utf8')).toContain('>INC<');
      expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/\| 2K \| — \| — \| 0 \| 0 \| 0 \| 2 \|/);
      const gate = await runCli(['gate', dir, '--min-recall', '0.5'], work);
      expect(gate.code).toBe(1);
      expect(gate.stdout).toMatch(/no ok trials \(0 overflow, 0 error, 2 incomplete\)/);

      // Rerunning with room to think sends the incomplete trials again.
      const again = await sweep(server.url, dir, ['--max-output-tokens', '2000']);
      expect(again.code).toBe(0);
      expect(readRecords(dir).map((x) => [x.status, x.score])).toEqual([['ok', 1], ['ok', 1]]);
    } finally {
      await server.close();
    }
  });
});
