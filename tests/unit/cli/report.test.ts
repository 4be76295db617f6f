// `needle report` never turns a damaged run folder into an empty run.

import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../../src/cli/report.js';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { EXIT, exitCodeFor } from '../../../src/errors.js';
import { runSweep } from '../../../src/run/run-sweep.js';

const work = mkdtempSync(join(tmpdir(), 'needle-report-'));
const out = join(work, 'run');

/** Runs `needle report <args>` in-process; resolves to the exit code it sets, or rejects with what it throws. */
async function report(args: string[]): Promise<number> {
  let code: number = EXIT.ok;
  await reportCommand((c) => (code = c)).exitOverride().parseAsync(args, { from: 'user' });
  return code;
}

beforeAll(async () => {
  await runSweep(defineSweep({ lengths: [1000, 2000], depths: [0, 100], repeats: 1, seed: 5, out }));
});

describe('needle report on a damaged run folder', () => {
  it('refuses a folder whose results.jsonl is missing, and changes nothing', async () => {
    const manifest = readFileSync(join(out, 'run.json'), 'utf8');
    const heatmap = readFileSync(join(out, 'heatmap.png'));
    renameSync(join(out, 'results.jsonl'), join(work, 'kept.jsonl'));
    try {
      const error = await report([out]).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/has no results\.jsonl \(run\.json records 4 trials\)/);
      expect(exitCodeFor(error)).toBe(EXIT.usage);
      expect(readFileSync(join(out, 'run.json'), 'utf8')).toBe(manifest);
      expect(readFileSync(join(out, 'heatmap.png')).equals(heatmap)).toBe(true);
    } finally {
      renameSync(join(work, 'kept.jsonl'), join(out, 'results.jsonl'));
    }
  });

  it('refuses a results.jsonl that lost records run.json counted', async () => {
    const file = join(out, 'results.jsonl');
    const full = readFileSync(file, 'utf8');
    writeFileSync(file, full.split('\n').slice(0, 2).join('\n') + '\n');
    try {
      await expect(report([out])).rejects.toThrow(/holds 2 trials but run\.json recorded 4/);
      expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).summary.trials).toBe(4);
    } finally {
      writeFileSync(file, full);
    }
  });

  it('re-renders a whole folder', async () => {
    expect(await report([out])).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).summary.trials).toBe(4);
  });
});
