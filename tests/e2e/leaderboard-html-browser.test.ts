// leaderboard.html opened in a real headless Chromium: offline, nothing runs, model names shown as text, one map per run.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLeaderboard, type LeaderboardRun } from '../../src/report/leaderboard.js';
import { renderLeaderboardHtml } from '../../src/report/leaderboard-html.js';
import { buildResults } from '../../src/report/results-json.js';
import { summarizeRun } from '../../src/run/run-sweep.js';
import type { TrialRecord } from '../../src/types.js';
import { manifest, record, records } from '../unit/report/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const HOSTILE_MODEL = '<img src=x onerror=alert(1)>"&model';
const SCREENSHOT = '/tmp/leaderboard-html.png';

function run(model: string, recs: TrialRecord[]): LeaderboardRun {
  const m = manifest({ model: { id: model, kind: 'openai-compatible', base_url: 'http://127.0.0.1:8000/v1' }, settings: { lengths: [1000, 8000, 128000], depths: [0, 50, 100], repeats: 2, threshold: 0.85 } });
  const withSummary = { ...m, summary: summarizeRun(recs, [], false, 0.85) };
  return { dir: `runs/${model.length}`, manifest: withSummary, records: recs, results: buildResults(withSummary, recs) };
}

describe('leaderboard.html in a headless browser', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let url: string;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: this test needs Debian's chromium. Run \`bash scripts/setup.sh --with-browser\` to install it.`);
    dir = mkdtempSync(join(tmpdir(), 'needle-leaderboard-html-'));
    const perfect = [1000, 8000, 128000].flatMap((length) => [0, 50, 100].flatMap((depth) => [0, 1].map((repeat) => record({ length, depth, repeat }))));
    const file = join(dir, 'leaderboard.html');
    writeFileSync(file, renderLeaderboardHtml(buildLeaderboard([run(HOSTILE_MODEL, records()), run('steady-model', perfect), run('third', records().map((r) => (r.status === 'ok' ? { ...r, score: 0, outcome: 'wrong' as const } : r)))])));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      timeout: 15_000,
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.on('request', (request) => void requests.push(request.url()));
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => void consoleErrors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: 10_000 });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the ranked table: one row per run, best first, with recall per length and counts', async () => {
    const rows = page.locator('table.board tbody tr');
    expect(await rows.count()).toBe(3);
    const first = (await rows.nth(0).locator('td').allTextContents()).map((t) => t.trim());
    expect(first.slice(0, 4)).toEqual(['1', 'steady-model', expect.stringMatching(/^1\.00 \(0\.\d\d–1\.00\)$/), '128K']);
    const headers = (await page.locator('table.board thead th').allTextContents()).map((t) => t.trim());
    expect(headers).toEqual(expect.arrayContaining(['1K', '8K', '128K', 'ok', 'overflow', 'error', 'cost']));
  });

  it('shows a model name carrying markup as text, never as an element', async () => {
    expect(await page.locator('table.board td.model', { hasText: HOSTILE_MODEL }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
  });

  it('draws one small map per run in rank order on one colour scale, cells titled with their counts', async () => {
    const panels = page.locator('svg.multiples g.panel');
    expect(await panels.count()).toBe(3);
    expect(await panels.nth(0).getAttribute('data-rank')).toBe('1');
    expect(await page.locator('svg.multiples linearGradient').count()).toBe(1);
    const titles = await page.locator('svg.multiples g.panel title').allTextContents();
    expect(titles).toContain(`${HOSTILE_MODEL}: 128K tokens, depth 100%: no ok trials (ok 0/2, 2 overflow)`);
    const box = await page.locator('svg.multiples').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('never opens a dialog, requests nothing but the file itself, and logs no error', () => {
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(consoleErrors).toEqual([]);
  });
});
