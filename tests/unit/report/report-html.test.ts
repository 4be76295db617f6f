// report.html is one offline file whose untrusted texts can never become markup.

import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../src/report/report-html.js';
import { runReportScript } from './fake-dom.js';
import { manifest, records } from './fixtures.js';

describe('renderReportHtml', () => {
  const html = renderReportHtml(manifest(), records());

  it('never lets a response containing a script tag become markup', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</script><script>alert');
    // Exactly our two script elements: the JSON data and the page script.
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('embeds the trial data as JSON that cannot close its script element', () => {
    const json = /<script type="application\/json" id="needle-trials">([^]*?)<\/script>/.exec(html)![1];
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    const data = JSON.parse(json) as Record<string, { trials: Array<{ response: string | null }> }>;
    expect(data['1000@0'].trials[0].response).toBe('Sure! <script>alert(1)</script> The code is 4471.');
    expect(Object.keys(data)).toHaveLength(9);
  });

  it('shows trial texts through textContent only', () => {
    expect(html).toContain('textContent');
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\b(src|href)\s*=/);
    expect(html).toContain("default-src 'none'");
  });

  it('draws the heatmap inline with one clickable cell per grid position', () => {
    expect(html.match(/<g class="cell" data-key="/g)).toHaveLength(9);
    expect(html).toContain('data-key="128000@100"');
    expect(html).toContain('>OVF</text>');
  });

  it('escapes hostile text in the manifest', () => {
    const page = renderReportHtml(manifest({ command: 'needle sweep --note "<img onerror=x>"', model: { id: '</title><b>', kind: 'openai-compatible', base_url: null } }), records());
    expect(page).not.toContain('<img');
    expect(page).not.toContain('</title><b>');
    expect(page).toContain('&lt;img onerror=x&gt;');
  });
});

describe('report.html script', () => {
  it('shows a cell’s trials on hover, with the hostile response as plain text', () => {
    const { panel, cells } = runReportScript(renderReportHtml(manifest(), records()));
    cells.get('1000@0')!.fire('mouseenter');
    const text = panel.allText();
    expect(text[0]).toBe('1K tokens, depth 0%: recall 1.00 (ok 2/2)');
    expect(text).toContain('Sure! <script>alert(1)</script> The code is 4471.');
    expect(text).toContain('What is the vault access code?');
    expect(panel.children.filter((c) => c.tagName === 'section')).toHaveLength(2);
  });

  it('keeps a clicked cell shown while hovering others, until clicked again', () => {
    const { panel, cells } = runReportScript(renderReportHtml(manifest(), records()));
    cells.get('128000@100')!.fire('click');
    expect(cells.get('128000@100')!.classList.contains('selected')).toBe(true);
    cells.get('1000@0')!.fire('mouseenter');
    expect(panel.allText()[0]).toContain('128K tokens, depth 100%: no ok trials (ok 0/2, 2 overflow)');
    expect(panel.allText()).toContain('context_length_exceeded');
    cells.get('128000@100')!.fire('keydown', 'Enter');
    cells.get('1000@0')!.fire('mouseenter');
    expect(panel.allText()[0]).toContain('1K tokens, depth 0%');
  });
});
