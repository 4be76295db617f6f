// --dry-run sends no prompt at all, and the cost it prints includes what fitting lengths to the server would send.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sweepCommand } from '../../../src/cli/sweep.js';
import { EXIT, UsageError } from '../../../src/errors.js';
import { startFakeServer, type FakeServer } from '../../support/fake-openai-server.js';

const work = mkdtempSync(join(tmpdir(), 'needle-dry-run-'));
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs `needle sweep <args>` in-process; returns the exit code and what it printed on stdout. */
async function sweep(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  let code: number = EXIT.ok;
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await sweepCommand((c) => (code = c)).exitOverride().parseAsync(args, { from: 'user' });
    return { code, out };
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
}

describe('--dry-run with --tokenizer server on a server without /tokenize', () => {
  it('sends no chat request, and prices the calibration the real run would send', async () => {
    server = await startFakeServer();
    const r = await sweep(['--base-url', server.url, '--model', 'fake-model', '--tokenizer', 'server', '--lengths', '2k,4k', '--depths', '3', '--repeats', '1', '--seed', '4', '--price-in', '3', '--price-out', '15', '--dry-run', '--out', join(work, 'dry')]);
    expect(r.code).toBe(EXIT.ok);
    expect(server.requests).toHaveLength(0);
    expect(r.out).toMatch(/calibration:\s+up to 12 requests \([\d,]+ prompt tokens\) to fit lengths to the server's count, when sending/);
    expect(r.out).toMatch(/estimated cost: at most \$0\.\d+ \(every answer at its full budget, calibration included\)/);
    expect(r.out).toMatch(/nothing was sent \(--dry-run\)/);
  });

  it('refuses a real run whose calibration would take it over --budget, before sending anything', async () => {
    server = await startFakeServer();
    const error = await sweep(['--base-url', server.url, '--model', 'fake-model', '--tokenizer', 'server', '--lengths', '8k', '--depths', '5', '--seed', '4', '--price-in', '3', '--price-out', '15', '--budget', '0.2', '--out', join(work, 'budget')]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/with the requests that fit lengths to the server's count, more than --budget 0\.2/);
    expect(server.requests).toHaveLength(0);
  });
});
