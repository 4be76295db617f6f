// End to end: gating a run, comparing two runs, re-rendering a run from results.jsonl, CI outputs.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, runCli } from '../support/cli.js';
import { startFakeServer, type FakePrompt, type FakeServer } from '../support/fake-openai-server.js';

const NEEDLE = { needle: 'The Orvik pilot line will start production on March 3, 2027.', question: 'When will the Orvik pilot line start production?', answer: 'March 3, 2027' };

let work: string;
let needlesFile: string;
let good: FakeServer;
let worse: FakeServer;
const goodRun = () => join(work, 'good');
const worseRun = () => join(work, 'worse');

/** Finds the needle, except (for the worse model) in prompts longer than 6,000 characters... of 8k tokens. */
const answer = (forgetLong: boolean) => (p: FakePrompt) =>
  p.document.includes(NEEDLE.needle) && !(forgetLong && p.document.length > 20_000) ? `It starts on ${NEEDLE.answer}.` : 'The document does not say.';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'needle-gate-'));
  needlesFile = join(work, 'needles.json');
  writeFileSync(needlesFile, JSON.stringify([NEEDLE]));
  // 16k prompts overflow both models' 12k context.
  good = await startFakeServer({ answer: answer(false), contextTokens: 12_000, overflowStyle: 'llamacpp' });
  worse = await startFakeServer({ answer: answer(true), contextTokens: 12_000, overflowStyle: 'llamacpp' });
  const args = ['--model', 'm', '--needles', needlesFile, '--lengths', '2k,8k,16k', '--depths', '5', '--repeats', '4', '--seed', '6'];
  expect((await runCli(['sweep', '--base-url', good.url, ...args, '--out', goodRun()], work)).code).toBe(0);
  expect((await runCli(['sweep', '--base-url', worse.url, ...args, '--out', worseRun()], work)).code).toBe(0);
});
afterAll(async () => {
  await good.close();
  await worse.close();
});

describe('needle gate', () => {
  it('passes when every threshold holds, printing each with its measured value and interval', async () => {
    const r = await runCli(['gate', goodRun(), '--min-recall', '0.9', '--min-length-recall', '8k=0.9', '--effective-length', '8k'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PASS\s+recall\s+≥ 0.9\s+1\.000\s+0\.\d{3}–1\.000/);
    expect(r.stdout).toMatch(/gate: PASS/);
  });

  it('fails a threshold the run cannot judge, with its reason, and writes JUnit and the step summary', async () => {
    const summary = join(work, 'step-summary.md');
    writeFileSync(summary, '# earlier step\n');
    const junit = join(work, 'junit.xml');
    const r = await runCli(['gate', goodRun(), '--min-length-recall', '16k=0.5', '--junit', junit], work, { GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+recall at 16,000 tokens .*no ok trials \(20 overflow, 0 error, 0 incomplete\)/);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testcase classname="needle.length" name="length 16K"[^>]*>\s*<failure/);
    expect(xml).toMatch(/<testcase classname="needle.length" name="length 2K"[^>]*>\s*<system-out>/);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n')).toBe(true);
    expect(md).toMatch(/needle gate: FAIL/);
    expect(md).toMatch(/\| 2K \|/);
  });

  it('exits 1 from the sweep itself with --fail-under when recall falls short', async () => {
    const r = await runCli(['sweep', '--base-url', worse.url, '--model', 'm', '--needles', needlesFile, '--lengths', '2k,8k', '--depths', '3', '--seed', '6', '--fail-under', '0.9', '--out', join(work, 'fail-under')], work);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+recall\s+≥ 0.9\s+0\.500/);
  });

  it('needs at least one threshold', async () => {
    const r = await runCli(['gate', goodRun()], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs at least one threshold/);
  });
});

describe('needle compare', () => {
  it('reports a real drop per length, draws the diff heatmap, and exits 1 beyond --max-drop', async () => {
    const r = await runCli(['compare', goodRun(), worseRun(), '--max-drop', '0.1', '--out', join(work, 'cmp')], work);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/8K\s+1\.000\s+0\.000\s+−1\.00\s+0\.000\s+real drop/);
    expect(r.stdout).toMatch(/2K\s+1\.000\s+1\.000\s+0\.00\s+.*within noise/);
    expect(r.stdout).toMatch(/compare: FAIL: real drop larger than 0.1 at 8K, overall/);
    expect(readFileSync(join(work, 'cmp', 'diff-heatmap.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(work, 'cmp', 'compare.md'), 'utf8')).toMatch(/real drop/);
  });

  it('passes when nothing dropped', async () => {
    const r = await runCli(['compare', goodRun(), goodRun(), '--max-drop', '0.05', '--out', join(work, 'cmp-same')], work);
    expect(r.code).toBe(0);
  });
});

describe('needle report', () => {
  it('re-renders every output from results.jsonl without querying, at a higher pixel density', async () => {
    const dir = goodRun();
    for (const f of ['heatmap.png', 'heatmap.svg', 'summary.md', 'report.html', 'recall-by-length.png']) rmSync(join(dir, f));
    const before = good.requests.length;
    const r = await runCli(['report', dir, '--scale', '2'], work);
    expect(r.code).toBe(0);
    for (const f of ['heatmap.png', 'heatmap.svg', 'summary.md', 'report.html', 'recall-by-length.png']) expect(existsSync(join(dir, f))).toBe(true);
    const png = readFileSync(join(dir, 'heatmap.png'));
    expect(png.readUInt32BE(16)).toBe(2400); // IHDR width at scale 2
    expect(good.requests.length).toBe(before);
  });

  it('re-scores stored responses with --rescore', async () => {
    const dir = worseRun();
    const records = readRecords(dir);
    // Pretend an older scorer got one answer wrong.
    const target = records.findIndex((r) => r.status === 'ok' && r.score === 1);
    const edited = records.map((r, i) => (i === target ? { ...r, score: 0, outcome: 'wrong' } : r));
    writeFileSync(join(dir, 'results.jsonl'), edited.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = await runCli(['report', dir, '--rescore'], work);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/rescored \d+ trials: 1 changed/);
    expect(readRecords(dir)[target]!.score).toBe(1);
  });
});
