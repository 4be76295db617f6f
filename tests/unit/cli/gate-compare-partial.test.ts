// gate and compare judge only what a run measured: a partial run or a run with no ok trials never passes silently.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compareCommand } from '../../../src/cli/compare.js';
import { gateCommand } from '../../../src/cli/gate.js';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { EXIT } from '../../../src/errors.js';
import { runSweep } from '../../../src/run/run-sweep.js';
import { startFakeServer, type FakeServer } from '../../support/fake-openai-server.js';

const work = mkdtempSync(join(tmpdir(), 'needle-partial-'));
const base = join(work, 'base');
const partial = join(work, 'partial');
const overflowed = join(work, 'overflowed');
let server: FakeServer;
const grid = { lengths: [1000, 2000], depths: [0, 25, 50, 75, 100], repeats: 3, seed: 8 };

/** Runs a command in-process and returns the exit code it sets, with what it printed. */
async function run(command: ReturnType<typeof gateCommand>, args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  try {
    exitCode = EXIT.ok;
    await command.exitOverride().parseAsync(args, { from: 'user' });
    return { code: exitCode, out };
  } finally {
    spy.mockRestore();
  }
}
let exitCode: number = EXIT.ok;
const gate = () => gateCommand((c) => (exitCode = c));
const compare = () => compareCommand((c) => (exitCode = c));

beforeAll(async () => {
  await runSweep(defineSweep({ ...grid, out: base }));
  // The same run, stopped after 18 of its 30 trials.
  cpSync(base, partial, { recursive: true });
  const lines = readFileSync(join(partial, 'results.jsonl'), 'utf8').split('\n').filter(Boolean);
  writeFileSync(join(partial, 'results.jsonl'), lines.slice(0, 18).join('\n') + '\n');
  const manifest = JSON.parse(readFileSync(join(partial, 'run.json'), 'utf8'));
  writeFileSync(join(partial, 'run.json'), JSON.stringify({ ...manifest, state: 'partial' }));
  // A model whose context holds none of the prompts: every trial overflows, none is ok.
  server = await startFakeServer({ contextTokens: 200 });
  await runSweep(defineSweep({ ...grid, model: 'fake-model', baseUrl: server.url, cache: false, out: overflowed }));
});
afterAll(() => server.close());

describe('needle gate on a partial run', () => {
  it('fails, saying how much of the run is there', async () => {
    const r = await run(gate(), [partial, '--min-recall', '0']);
    expect(r.code).toBe(EXIT.thresholdNotMet);
    expect(r.out).toMatch(/FAIL\s+run complete\s+all 30 trials\s+18\b.*partial run: 18 of 30 trials finished \(state partial\)/);
  });

  it('judges it with --allow-partial, and says so', async () => {
    const r = await run(gate(), [partial, '--min-recall', '0', '--allow-partial']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/judging a partial run \(18 of 30 trials finished/);
  });

  it('passes a complete run', async () => {
    expect((await run(gate(), [base, '--min-recall', '0'])).code).toBe(EXIT.ok);
  });
});

describe('needle compare --max-drop', () => {
  it('fails a new run with no ok trials instead of passing it', async () => {
    const r = await run(compare(), [base, overflowed, '--max-drop', '0.05', '--out', join(work, 'cmp-none')]);
    expect(r.code).toBe(EXIT.thresholdNotMet);
    expect(r.out).toMatch(/cannot judge a drop of at most 0\.05: overall: the new run has no ok trials \(0 ok, 30 overflow, 0 error\)/);
  });

  it('fails a partial new run unless --allow-partial', async () => {
    const r = await run(compare(), [base, partial, '--max-drop', '0.05', '--out', join(work, 'cmp-partial')]);
    expect(r.code).toBe(EXIT.thresholdNotMet);
    expect(r.out).toMatch(/the new run is partial: 18 of 30 trials finished/);
    expect((await run(compare(), [base, partial, '--max-drop', '0.05', '--allow-partial', '--out', join(work, 'cmp-partial')])).code).toBe(EXIT.ok);
  });
});
