// The CI files README points to: the sharded workflow's merge step runs on shard folders made here; the Indexed Job and action.yml are checked.

import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { parseShard } from '../../src/config/parse-shard.js';
import { defineSweep } from '../../src/config/sweep-options.js';
import { runSweep } from '../../src/run/run-sweep.js';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli/main.js');
let work: string;
let bin: string;

/** Runs a CI step's script as GitHub Actions does (bash -e -o pipefail), with `needle` on PATH. */
function runStep(script: string, cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1', NEEDLE_CACHE_DIR: join(work, '.cache'), ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'needle-ci-'));
  bin = join(work, 'bin');
  mkdirSync(bin);
  // What `npm link` puts on PATH.
  writeFileSync(join(bin, 'needle'), `#!/usr/bin/env bash\nexec node ${JSON.stringify(CLI)} "$@"\n`);
  chmodSync(join(bin, 'needle'), 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the sharded GitHub Actions workflow (docs/examples/github-actions-sharded.yml)', () => {
  const workflow = parse(readFileSync(join(ROOT, 'docs/examples/github-actions-sharded.yml'), 'utf8'));
  const shards: number[] = workflow.jobs.shard.strategy.matrix.shard;

  it('sweeps one shard per matrix job with one seed, and merges after every shard job, even a failed one', () => {
    const sweep = workflow.jobs.shard.steps.find((s: { name?: string }) => s.name === 'Sweep one shard').run as string;
    expect(sweep).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(sweep).toMatch(/--seed \d+/);
    expect(workflow.jobs.merge.needs).toBe('shard');
    expect(workflow.jobs.merge.if).toBe('always()');
    expect(workflow.jobs.shard.strategy['fail-fast']).toBe(false);
  });

  it('merges, gates and summarizes the shard folders its download step lays out', async () => {
    // Shards made here, laid out as actions/download-artifact@v4 does with a pattern: one folder per artifact.
    for (const index of shards) {
      const out = join(work, 'made', `shard-${index}`);
      await runSweep(defineSweep({ lengths: [2000, 4000], depths: [0, 50, 100], repeats: 2, seed: 2026, needleSet: 'lexical', out, shard: { index, count: shards.length } }));
      cpSync(out, join(work, 'job', 'shards', `needle-shard-${index}`), { recursive: true });
    }
    const download = workflow.jobs.merge.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/download-artifact'));
    expect(download.with).toEqual({ pattern: 'needle-shard-*', path: 'shards' });
    const step = workflow.jobs.merge.steps.find((s: { name?: string }) => s.name === 'Merge, gate and summarize');
    const summary = join(work, 'step-summary.md');
    writeFileSync(summary, '');
    const r = await runStep(step.run, join(work, 'job'), { GITHUB_STEP_SUMMARY: summary });
    expect(r.out).toMatch(/merged 1\/4 \(\d+ trials\), 2\/4 .*: 12 trials, complete/);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(work, 'job/reports/candidate/run.json'), 'utf8'));
    expect(manifest.merged_from).toHaveLength(4);
    expect(existsSync(join(work, 'job/reports/candidate/junit.xml'))).toBe(true);
    expect(readFileSync(summary, 'utf8')).toMatch(/needle gate: PASS/);
  }, 60_000);
});

describe('the Kubernetes Indexed Job (docs/examples/kubernetes-indexed-job.yaml)', () => {
  const docs = parseAllDocuments(readFileSync(join(ROOT, 'docs/examples/kubernetes-indexed-job.yaml'), 'utf8')).map((d) => d.toJS());

  it('runs one shard per completion index, and a merge job over the shard folders', () => {
    const [sweepJob, mergeJob] = docs;
    expect(sweepJob.kind).toBe('Job');
    expect(sweepJob.spec.completionMode).toBe('Indexed');
    const n = sweepJob.spec.completions;
    const args = sweepJob.spec.template.spec.containers[0].args.join(' ') as string;
    expect(args).toContain(`--shard auto/${n}`);
    expect(args).toMatch(/--seed \d+/);
    // Every index Kubernetes hands out is a valid shard, and together they are all of them.
    const picked = Array.from({ length: n }, (_, i) => parseShard(`auto/${n}`, '--shard', { JOB_COMPLETION_INDEX: String(i) }).index);
    expect(picked).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(mergeJob.spec.template.spec.containers[0].args.join(' ')).toMatch(/needle merge \/results\/candidate\/shard-\* --out /);
  });
});

describe('the composite action (action.yml)', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

  it('is a composite action whose run steps name their shell and whose inputs exist', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const [, name] of text.matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)) expect(action.inputs[name!], name).toBeDefined();
    for (const step of action.runs.steps) if (step.run) expect(step.shell, step.name).toBe('bash');
  });

  it('runs needle run from the config, records its exit code, and fails on the thresholds', async () => {
    const dir = join(work, 'action');
    mkdirSync(dir);
    writeFileSync(join(dir, 'needle.config.yaml'), 'lengths: [2k, 4k]\ndepths: 3\nseed: 1\nneedle_set: paraphrased\nquiet: true\ngate:\n  min_recall: 0.9\n');
    const run = action.runs.steps.find((s: { id?: string }) => s.id === 'run');
    const fail = action.runs.steps.find((s: { name?: string }) => s.name === 'Fail on the thresholds');
    const output = join(work, 'github-output');
    writeFileSync(output, '');
    const summary = join(work, 'action-summary.md');
    writeFileSync(summary, '');
    const r = await runStep(run.run, dir, { NEEDLE_CONFIG: 'needle.config.yaml', NEEDLE_ARGS: '', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(0);
    // The keyword baseline solves no paraphrased needle: the gate fails, the step records 1 and the last step fails the job.
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n');
    expect(readFileSync(summary, 'utf8')).toMatch(/needle gate: FAIL/);
    expect(fail.if).toBe("steps.run.outputs.exit-code != '0'");
    expect((await runStep(fail.run, dir, { CODE: '1' })).code).toBe(1);
    expect(existsSync(join(dir, 'reports/baseline/financial-report-paraphrased/results.json'))).toBe(true);
  }, 60_000);
});
