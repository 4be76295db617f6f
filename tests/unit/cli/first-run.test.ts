// The README's first command shows what needle measures: several needles per cell, both variants, at a first run's cost.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { costLine, isLocalEndpoint, sweepCommand } from '../../../src/cli/sweep.js';
import { defineSweep } from '../../../src/config/sweep-options.js';
import { EXIT } from '../../../src/errors.js';
import { runSweep } from '../../../src/run/run-sweep.js';

const work = mkdtempSync(join(tmpdir(), 'needle-first-run-'));

async function sweep(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  let code: number = EXIT.ok;
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
  ];
  try {
    await sweepCommand((c) => (code = c)).exitOverride().parseAsync(args, { from: 'user' });
    return { code, out };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('the default first run (needle sweep --max 200k)', () => {
  it('plans four needles per cell over ten lengths and five depths: 200 trials', async () => {
    const r = await sweep(['--max', '200k', '--seed', '1', '--dry-run', '--out', join(work, 'plan')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/cells:\s+50\n/);
    expect(r.out).toMatch(/trials:\s+200\n/);
    expect(r.out).toMatch(/depths:\s+0, 25, 50, 75, 100%/);
  });

  it('puts lexical and paraphrased needles in every cell, so even the keyword baseline’s map is not all 0 or all 1', async () => {
    const result = await runSweep(defineSweep({ max: 8_000, lengths: [2_000, 8_000], seed: 5, out: join(work, 'baseline') }));
    expect(result.records).toHaveLength(2 * 5 * 4);
    for (const cell of result.summary.cells) {
      expect(cell.trials).toBe(4);
      const variants = result.records.filter((r) => r.length === cell.length && r.depth === cell.depth).map((r) => r.needle_variant);
      expect(variants.filter((v) => v === 'lexical')).toHaveLength(2);
      expect(variants.filter((v) => v === 'paraphrased')).toHaveLength(2);
    }
    // Keyword matching finds the lexical needles and misses the paraphrased ones: about half, never all or none.
    expect(result.summary.recall!).toBeGreaterThan(0.25);
    expect(result.summary.recall!).toBeLessThan(0.75);
  });
});

describe('what a sweep costs, said before it starts', () => {
  const options = (baseUrl: string | null, prices = false) =>
    defineSweep({ baseUrl, model: baseUrl ? 'gpt-4.1-mini' : null, ...(prices ? { priceIn: 0.4, priceOut: 1.6 } : {}) });

  it('prices the trials to send when prices are given', () => {
    expect(costLine(options('https://api.openai.com/v1', true), 200, 8_866_000)).toBe(
      'estimated cost: at most 3.63 for 8,866,000 prompt tokens and up to 51,200 output tokens (--budget caps it)',
    );
  });

  it('on a remote endpoint without prices, says how many tokens go out and how to see the cost', () => {
    expect(costLine(options('https://api.openai.com/v1'), 200, 8_866_000)).toMatch(/^cost: 8,866,000 prompt tokens to a remote endpoint; give --price-in and --price-out/);
  });

  it('says nothing for the baseline and for servers of one’s own', () => {
    expect(costLine(options(null), 200, 1000)).toBeNull();
    for (const url of ['http://127.0.0.1:8080/v1', 'http://localhost:11434/v1', 'http://10.0.0.7:8000/v1', 'http://192.168.1.20:8000/v1', 'http://gpu1:8000/v1']) {
      expect(isLocalEndpoint(url), url).toBe(true);
      expect(costLine(options(url), 200, 1000)).toBeNull();
    }
    expect(isLocalEndpoint('https://openrouter.ai/api/v1')).toBe(false);
  });
});
