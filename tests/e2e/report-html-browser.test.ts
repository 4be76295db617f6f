// report.html opened in a real headless Chromium: offline, no script from a response ever runs, and cells show their trials.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/report-html.js';
import { manifest, records } from '../unit/report/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const HOSTILE_RESPONSE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const HOSTILE_QUESTION = `What is the code for "R&D" <vault> in Q3's report?`;
const SCREENSHOT = '/tmp/report-html.png';

/** The fixture run, with a response that tries to run script and a question full of markup characters. */
function hostileRecords() {
  return records().map((r) => {
    if (r.length === 1000 && r.depth === 0 && r.repeat === 0) return { ...r, response: HOSTILE_RESPONSE, score: 0, outcome: 'not_found' as const };
    if (r.length === 8000 && r.depth === 50) return { ...r, question: HOSTILE_QUESTION };
    return r;
  });
}

describe('report.html in a headless browser', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let url: string;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: this test needs Debian's chromium. Run \`bash scripts/setup.sh --with-browser\` to install it.`);
    }
    dir = mkdtempSync(join(tmpdir(), 'needle-report-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReportHtml(manifest(), hostileRecords()));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      timeout: 15_000,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every request of the page and anything it might start (frames, workers), not just the main frame's.
    context.on('request', (request) => void requests.push(request.url()));
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => void consoleErrors.push(`uncaught: ${error.message}`));
    await page.goto(url, { waitUntil: 'load', timeout: 10_000 });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Hovers a cell of the heatmap and returns the panel's text. */
  async function hoverCell(key: string): Promise<string> {
    await page.hover(`svg.heatmap g.cell[data-key="${key}"]`);
    return (await page.textContent('#cell-panel')) ?? '';
  }

  it('shows a hovered cell’s trials: question, expected answer, response and outcome', async () => {
    const text = await hoverCell('1000@50');
    expect(text).toContain('1K tokens, depth 50%: recall 1.00 (ok 2/2)');
    expect(text).toContain('What is the vault access code?');
    expect(text).toContain('4471');
    expect(text).toContain('The code is 4471.');
    expect(text).toContain('correct');
    expect(await page.locator('#cell-panel section.trial').count()).toBe(2);
  });

  it('shows a response carrying markup as literal text, never as elements', async () => {
    const text = await hoverCell('1000@0');
    expect(text).toContain(HOSTILE_RESPONSE);
    expect(text).toContain('not_found');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    // Only the page's own two scripts: the JSON data and the panel script.
    expect(await page.locator('script').count()).toBe(2);
  });

  it('shows a question with & < > " \' exactly as written', async () => {
    const text = await hoverCell('8000@50');
    expect(text).toContain(HOSTILE_QUESTION);
    expect(text).toContain('recall 0.50');
  });

  it('labels overflow and error cells in the map and in the panel', async () => {
    const overflow = page.locator('svg.heatmap g.cell[data-key="128000@100"]');
    const error = page.locator('svg.heatmap g.cell[data-key="8000@100"]');
    expect(await overflow.locator('text').textContent()).toBe('OVF');
    expect(await error.locator('text').textContent()).toBe('ERR');
    expect(await overflow.getAttribute('aria-label')).toBe('128K tokens, depth 100%: no ok trials (ok 0/2, 2 overflow)');
    await error.click();
    const errorText = (await page.textContent('#cell-panel')) ?? '';
    expect(errorText).toContain('Repeat 0 · error');
    expect(errorText).toContain('HTTP 500: upstream crashed');
    // Pinned by the click: hovering another cell keeps the error cell's trials shown.
    await page.hover('svg.heatmap g.cell[data-key="1000@0"]');
    expect(await page.textContent('#cell-panel')).toContain('HTTP 500: upstream crashed');
    await error.click();
    await overflow.click();
    const overflowText = (await page.textContent('#cell-panel')) ?? '';
    expect(overflowText).toContain('Repeat 1 · overflow');
    expect(overflowText).toContain('context_length_exceeded');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('never opens a dialog, requests nothing but the file itself, and logs no error', () => {
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(consoleErrors).toEqual([]);
  });
});
