// End to end in Japanese and Chinese: the built CLI sweeps a 200K-token 有価証券報告書, 会議録, 年度报告 and 会议记录
// against the fake server and the keyword baseline. All four are registered; a combination whose generator were
// removed from the registry would be skipped, and say so in its name.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATORS_BY_LANG } from '../../src/haystack/generators.js';
import { TEMPLATES_BY_LANG } from '../../src/needles/builtin.js';
import type { HaystackKind, RunManifest } from '../../src/types.js';
import { readRecords, runCli } from '../support/cli.js';
import { startFakeServer, type FakeServer } from '../support/fake-openai-server.js';

const COMBINATIONS: Array<{ kind: HaystackKind; lang: 'ja' | 'zh'; name: string }> = [
  { kind: 'financial-report', lang: 'ja', name: '有価証券報告書' },
  { kind: 'meeting-transcript', lang: 'ja', name: '会議録' },
  { kind: 'financial-report', lang: 'zh', name: '年度报告' },
  { kind: 'meeting-transcript', lang: 'zh', name: '会议记录' },
];

const KANA = /[\u3041-\u30ff]/;
const HAN = /[\u4e00-\u9fff]/;

let work: string;
let server: FakeServer;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'needle-cjk-e2e-'));
  server = await startFakeServer();
});
afterAll(async () => {
  await server.close();
});

it('every language generates both kinds, with their needles', () => {
  for (const c of COMBINATIONS) {
    expect(GENERATORS_BY_LANG[c.lang][c.kind], `${c.lang} ${c.kind}`).toBeDefined();
    expect(TEMPLATES_BY_LANG[c.lang][c.kind]?.length ?? 0, `${c.lang} ${c.kind}`).toBeGreaterThanOrEqual(12);
  }
});

for (const c of COMBINATIONS) {
  const ready = GENERATORS_BY_LANG[c.lang][c.kind] !== undefined && TEMPLATES_BY_LANG[c.lang][c.kind] !== undefined;
  const grid = ['--max', '200k', '--lengths', '2', '--depths', '0,50,100', '--repeats', '2', '--seed', '11'];

  describe.skipIf(!ready)(`needle sweep --haystack ${c.kind} --lang ${c.lang} --max 200k${ready ? '' : ' (generator not on this branch yet)'}`, () => {
    it(`runs against the fake server: prompts and answers in ${c.lang}, run.json and heatmap in the language`, async () => {
      const out = join(work, `${c.kind}-${c.lang}-fake`);
      const r = await runCli(['sweep', '--haystack', c.kind, '--lang', c.lang, ...grid, '--base-url', server.url, '--model', 'fake-model', '--out', out], work);
      expect(r.code, r.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.haystack.lang).toBe(c.lang);
      expect(manifest.prompt_frame?.lang).toBe(c.lang);
      expect(manifest.state).toBe('complete');
      const records = readRecords(out);
      expect(records).toHaveLength(2 * 3 * 2);
      for (const record of records) {
        expect(record.status, record.error ?? '').toBe('ok');
        expect(record.prompt_tokens).toBeLessThanOrEqual(record.length);
        expect(record.question).toMatch(c.lang === 'ja' ? KANA : HAN);
        expect(record.response).toMatch(c.lang === 'ja' ? KANA : HAN);
      }
      // The longest prompts are about 200K tokens and, in these languages, about as many characters.
      const longest = manifest.summary!.prompt_size!.at(-1)!;
      expect(longest.tokens.max).toBeGreaterThan(198_000);
      expect(longest.chars.median).toBeGreaterThan(150_000);
      expect(r.stdout).toMatch(/characters/);
      // The fake reads like a model: the lexical needles are found.
      const lexical = records.filter((x) => x.needle_variant === 'lexical');
      expect(lexical.filter((x) => x.score === 1).length / lexical.length).toBeGreaterThanOrEqual(0.5);
      expect(existsSync(join(out, 'heatmap.png'))).toBe(true);
      expect(readFileSync(join(out, 'heatmap.svg'), 'utf8')).toContain(c.name);
    }, 240_000);

    it('runs against the keyword baseline', async () => {
      const out = join(work, `${c.kind}-${c.lang}-baseline`);
      const r = await runCli(['sweep', '--haystack', c.kind, '--lang', c.lang, ...grid, '--out', out], work);
      expect(r.code, r.stderr).toBe(0);
      const records = readRecords(out);
      expect(records).toHaveLength(12);
      expect(records.every((x) => x.status === 'ok')).toBe(true);
      const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.model.kind).toBe('baseline');
      expect(manifest.haystack.lang).toBe(c.lang);
    }, 240_000);

    it(`needle haystack --lang ${c.lang} prints the document`, async () => {
      const r = await runCli(['haystack', '--kind', c.kind, '--lang', c.lang, '--tokens', '2k', '--seed', '3'], work);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(c.lang === 'ja' ? KANA : HAN);
    });
  });
}

describe('--lang mistakes are usage errors before anything is sent', () => {
  it('refuses an unknown language and --lang with your own documents: one line, exit 2, no request', async () => {
    const before = server.requests.length;
    const unknown = await runCli(['sweep', '--lang', 'fr', '--base-url', server.url, '--model', 'fake-model', '--out', join(work, 'fr')], work);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--lang "fr" is not one of en, ja, zh/);
    const docs = join(work, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'a.txt'), 'これは利用者の文書です。売上高は増加しました。\n');
    const own = await runCli(['sweep', '--haystack', docs, '--lang', 'ja', '--base-url', server.url, '--model', 'fake-model', '--out', join(work, 'own')], work);
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/--lang ja applies to generated haystacks/);
    expect(server.requests.length).toBe(before);
  });
});
