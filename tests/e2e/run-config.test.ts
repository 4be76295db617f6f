// End to end, as the README shows it: needle init → edit → needle run against two local endpoints → leaderboard → card.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { findBestSentence } from '../../src/models/lexical-retriever.js';
import { resultsSchema } from '../../src/report/results-schema.js';
import { runCli } from '../support/cli.js';
import { startFakeServer, type FakeServer } from '../support/fake-openai-server.js';

let work: string;
let roomy: FakeServer;
let cramped: FakeServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'needle-run-'));
  roomy = await startFakeServer({ model: 'roomy' });
  // Prompts over 6,000 tokens overflow, as vLLM reports it (counted, never scored); past ~3K tokens it finds nothing.
  cramped = await startFakeServer({
    model: 'cramped',
    contextTokens: 6000,
    overflowStyle: 'vllm',
    answer: (p) => (p.document.length > 12_000 ? 'I could not find that in the document.' : (findBestSentence(p.document, p.question).sentence ?? 'Not found.')),
  });
});
afterAll(async () => {
  await roomy.close();
  await cramped.close();
  rmSync(work, { recursive: true, force: true });
});

describe('needle init → needle run → needle leaderboard → needle card', () => {
  it('writes a commented starter config with its schema, and refuses to overwrite it', async () => {
    const r = await runCli(['init'], work);
    expect(r.code).toBe(0);
    const text = readFileSync(join(work, 'needle.config.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./needle.schema.json');
    expect(JSON.parse(readFileSync(join(work, 'needle.schema.json'), 'utf8')).properties.models).toBeDefined();
    expect((await runCli(['init'], work)).code).toBe(2);
  });

  it('runs the edited config: one run per model, one seed, one table', async () => {
    // The user's edit: two local endpoints, short lengths; comments stay.
    const doc = parseDocument(readFileSync(join(work, 'needle.config.yaml'), 'utf8'));
    doc.set('models', [
      { name: 'roomy', model: 'roomy', base_url: roomy.url },
      { name: 'cramped', model: 'cramped', base_url: cramped.url },
    ]);
    doc.set('lengths', ['2k', '4k', '8k']);
    doc.set('depths', 3);
    doc.set('repeats', 2);
    doc.set('needle_set', 'lexical');
    doc.delete('max');
    doc.delete('timeout');
    writeFileSync(join(work, 'needle.config.yaml'), doc.toString());

    const r = await runCli(['run'], work);
    expect(r.stderr).not.toMatch(/error:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[1\/2\] roomy × financial-report × lexical → reports\/roomy\/financial-report-lexical/);
    expect(r.stdout).toMatch(/\[2\/2\] cramped × financial-report × lexical → reports\/cramped\/financial-report-lexical/);
    expect(r.stdout).toMatch(/roomy\s+financial-report\s+lexical\s+1\.00\s+0\.82–1\.00\s+8K\s+18\/18\s+ok\s+reports\/roomy\/financial-report-lexical/);
    expect(r.stdout).toMatch(/cramped\s+financial-report\s+lexical\s+0\.50\s+\S+\s+2K\s+12\/18\s+ok\s+reports\/cramped\/financial-report-lexical/);
    expect(r.stderr).toMatch(/haystacks: 1 built, 1 reused across sweeps/);
    const a = resultsSchema.parse(JSON.parse(readFileSync(join(work, 'reports/roomy/financial-report-lexical/results.json'), 'utf8')));
    const b = resultsSchema.parse(JSON.parse(readFileSync(join(work, 'reports/cramped/financial-report-lexical/results.json'), 'utf8')));
    expect(a.settings.seed).toBe(2026);
    expect(b.settings.haystack.sha256).toBe(a.settings.haystack.sha256);
    expect(b.overall.counts).toMatchObject({ ok: 12, overflow: 6 });
    // The reproduce command spells the run out as flags, config not needed.
    expect(a.run.command).toBe(
      `needle sweep --lengths 2k,4k,8k --depths 3 --model roomy --base-url ${roomy.url} --needle-set lexical --seed 2026 --concurrency 2 --repeats 2 --out reports/roomy/financial-report-lexical`,
    );
    // The starter config's leaderboard key wrote the table after the runs.
    expect(existsSync(join(work, 'reports/leaderboard/leaderboard.html'))).toBe(true);

    // Rerunning resumes every folder: nothing is sent again.
    const sent = roomy.requests.length + cramped.requests.length;
    const again = await runCli(['run'], work);
    expect(again.code).toBe(0);
    expect(roomy.requests.length + cramped.requests.length).toBe(sent);
  });

  it('ranks the two runs in a leaderboard table and page', async () => {
    const r = await runCli(['leaderboard', 'reports/roomy/financial-report-lexical', 'reports/cramped/financial-report-lexical', '--out', 'board'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\s+roomy\s/m);
    expect(r.stdout).toMatch(/^2\s+cramped\s/m);
    const md = readFileSync(join(work, 'board/leaderboard.md'), 'utf8');
    expect(md).toMatch(/^\| 1 \| roomy \| /m);
    expect(md).toMatch(/^\| 2 \| cramped \| .* \| 12 \| 0 \| 0 \| 6 \| /m);
    const json = JSON.parse(readFileSync(join(work, 'board/leaderboard.json'), 'utf8'));
    expect(json.runs.map((x: { label: string }) => x.label)).toEqual(['roomy', 'cramped']);
    expect(readFileSync(join(work, 'board/leaderboard.html'), 'utf8')).toContain('<table class="board">');
  });

  it('refuses to rank runs that are not like for like, naming the setting', async () => {
    // Elsewhere (no needle.config.yaml there), a sweep of other lengths.
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const other = await runCli(['sweep', '--lengths', '2k,4k', '--depths', '3', '--needle-set', 'lexical', '--seed', '2026', '--out', 'short', '-q'], elsewhere);
    expect(other.code).toBe(0);
    const r = await runCli(['leaderboard', 'reports/roomy/financial-report-lexical', 'elsewhere/short', '--out', 'board2'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: runs are not like for like: lengths is 2K, 4K in elsewhere/short but 2K, 4K, 8K in reports/roomy/financial-report-lexical');
  });

  it('prints a model card whose model-index YAML parses', async () => {
    const r = await runCli(['card', 'reports/roomy/financial-report-lexical'], work);
    expect(r.code).toBe(0);
    const meta = parse(/^---\n([\s\S]*?)\n---\n/.exec(r.stdout)![1]!) as { 'model-index': Array<{ name: string; results: Array<{ metrics: unknown[] }> }> };
    expect(meta['model-index'][0]!.name).toBe('roomy');
    expect(meta['model-index'][0]!.results[0]!.metrics.length).toBeGreaterThan(3);
    expect(r.stdout).toContain('## Long-context retrieval (needle)');
  });

  it('names the file, the line and the key of a config error, exit 2', async () => {
    writeFileSync(join(work, 'bad.yaml'), 'models:\n  - model: a\n    base_url: http://127.0.0.1:1/v1\n  - model: b\n    base_url: http://127.0.0.1:1/v1\n  - model: c\n    base_url: localhost:8000\n');
    const r = await runCli(['run', 'bad.yaml'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: bad.yaml:7:15: models[2].base_url "localhost:8000" is not an http(s) URL');
  });
});
