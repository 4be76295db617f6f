// needle export / needle import: a wrong file changes nothing, a partial file leaves the rest pending, and an
// answer the server read only part of is an overflow here too.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportCommand, importCommand } from '../../../src/cli/batch-files.js';
import { UsageError } from '../../../src/errors.js';
import { readResults } from '../../../src/run/results-store.js';
import type { RunManifest } from '../../../src/types.js';

const NEEDLE = 'The treasury team moved the covenant test date for the Halden credit facility to September 14, 2026.';
const work = mkdtempSync(join(tmpdir(), 'needle-import-'));
const needlesFile = join(work, 'needles.json');
writeFileSync(needlesFile, JSON.stringify([{ needle: NEEDLE, question: 'To what date was the covenant test for the Halden credit facility moved?', answer: 'September 14, 2026' }]));

/** Runs a command in-process, quietly; returns what it printed on stdout (errors are thrown). */
async function run(command: ReturnType<typeof importCommand>, args: string[]): Promise<{ out: string }> {
  let out = '';
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
  ];
  try {
    await command.exitOverride().parseAsync(args, { from: 'user' });
    return { out };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

async function exported(name: string): Promise<{ dir: string; lines: Array<{ custom_id: string; body: { messages: Array<{ content: string }> } }> }> {
  const dir = join(work, name);
  await run(exportCommand(() => undefined), [dir, '--model', 'fake-model', '--needles', needlesFile, '--seed', '9', '--lengths', '2k,4k', '--depths', '0,100']);
  const lines = readFileSync(join(dir, 'batch-input.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { dir, lines };
}

/** vllm run-batch's output for these request lines: answered from each prompt; `promptTokens` sets usage. */
function output(lines: Array<{ custom_id: string; body: { messages: Array<{ content: string }> } }>, promptTokens: (i: number, content: string) => number = (_, c) => Math.ceil(c.length / 4)): string {
  return (
    lines
      .map((l, i) => {
        const content = l.body.messages[1]!.content;
        const answer = content.includes(NEEDLE) ? 'It was moved to September 14, 2026.' : 'Not in the document.';
        const response = { status_code: 200, request_id: `r${i}`, body: { choices: [{ message: { content: answer }, finish_reason: 'stop' }], usage: { prompt_tokens: promptTokens(i, content), completion_tokens: 9 } } };
        return JSON.stringify({ id: `vllm-${i}`, custom_id: l.custom_id, response, error: null });
      })
      .join('\n') + '\n'
  );
}

describe('needle import', () => {
  it('imports nothing from a file that answers none of the run’s trials, so the right file still can be', async () => {
    const { dir, lines } = await exported('wrong-file');
    const other = await exported('other-run-export');
    // Another run's output, then this run's batch input by mistake.
    writeFileSync(join(work, 'other.jsonl'), output(other.lines.map((l) => ({ ...l, custom_id: `x${l.custom_id}` }))));
    writeFileSync(join(work, 'input-by-mistake.jsonl'), readFileSync(join(dir, 'batch-input.jsonl')));
    for (const [file, why] of [
      ['other.jsonl', /answers none of the 4 trials .* still without an answer \(its custom_ids, e\.g\. x/],
      ['input-by-mistake.jsonl', /its 4 lines carry no responses: is it the batch input\?/],
    ] as const) {
      const error = await run(importCommand(() => undefined), [dir, join(work, file)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(why);
      expect(readResults(dir)).toHaveLength(0);
    }
    writeFileSync(join(work, 'right.jsonl'), output(lines));
    const r = await run(importCommand(() => undefined), [dir, join(work, 'right.jsonl')]);
    expect(r.out).toMatch(/imported 4 of 4 trials still without an answer/);
    expect(readResults(dir).filter((rec) => rec.status === 'ok')).toHaveLength(4);
  });

  it('imports a partial output and leaves the other trials pending (the run stays partial), then the rest', async () => {
    const { dir, lines } = await exported('partial');
    writeFileSync(join(work, 'first-half.jsonl'), output(lines.slice(0, 2)));
    const first = await run(importCommand(() => undefined), [dir, join(work, 'first-half.jsonl')]);
    expect(first.out).toMatch(/imported 2 of 4 .*\n2 trial\(s\) have no answer in this file/);
    expect(readResults(dir)).toHaveLength(2);
    expect((JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest).state).toBe('partial');
    writeFileSync(join(work, 'second-half.jsonl'), output(lines.slice(2)));
    expect((await run(importCommand(() => undefined), [dir, join(work, 'second-half.jsonl')])).out).toMatch(/imported 2 of 2/);
    expect(readResults(dir)).toHaveLength(4);
    expect((JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest).state).toBe('complete');
  });

  it('records an answer whose server read 10 tokens of a ~4K prompt as overflow, as a live sweep would', async () => {
    const { dir, lines } = await exported('truncated');
    const cut = lines.findIndex((l) => l.body.messages[1]!.content.length > 12_000);
    writeFileSync(join(work, 'truncated.jsonl'), output(lines, (i, c) => (i === cut ? 10 : Math.ceil(c.length / 4))));
    await run(importCommand(() => undefined), [dir, join(work, 'truncated.jsonl')]);
    const records = readResults(dir);
    const truncated = records.find((r) => r.trial_id === lines[cut]!.custom_id)!;
    expect(truncated.status).toBe('overflow');
    expect(truncated.error).toMatch(/server counted 10 prompt tokens/);
    expect(records.filter((r) => r.status === 'ok')).toHaveLength(3);
  });
});
