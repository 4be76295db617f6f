// compare.md tells a reviewer, length by length, whether recall really fell between two runs, and whether the gate passed.

import { describe, expect, it } from 'vitest';
import { renderCompareMarkdown } from '../../../src/report/compare-md.js';
import { compareRuns } from '../../../src/score/compare.js';
import { summarize } from '../../../src/score/stats.js';
import { base, baseManifest, comparison, next, nextManifest, run } from './comparison-fixture.js';
import { manifest } from './fixtures.js';


describe('renderCompareMarkdown', () => {
  const md = renderCompareMarkdown(baseManifest, nextManifest, comparison, {});

  it('names both runs and links the diff heatmap', () => {
    expect(md).toContain('## Recall comparison: acme-v1 → acme-v2');
    expect(md).toContain('- Base: acme-v1 · financial-report · 2026-11-23 (complete; ok 50/50)');
    expect(md).toContain('- New: acme-v2 · financial-report · 2026-12-01 (complete; ok 50/50)');
    expect(md).toContain('![Recall change by cell](diff-heatmap.png)');
  });

  it('tabulates each length and the overall recall with the change, the one-sided p-value and a verdict', () => {
    expect(md).toContain('| Length | Base recall | New recall | Δ | p (one-sided) | Verdict |');
    expect(md).toMatch(/^\| 1K \| 1\.00 \| 0\.95 \| −0\.05 \| 0\.\d{3} \| within noise \|$/m);
    expect(md).toMatch(/^\| 8K \| 0\.80 \| 0\.75 \| −0\.05 \| 0\.\d{3} \| within noise \|$/m);
    expect(md).toMatch(/^\| 32K \| — \| 1\.00 \| — \| — \| n\/a \|$/m);
    expect(md).toMatch(/^\| \*\*Overall\*\* \| 0\.92 \| 0\.88 \| −0\.04 \| 0\.\d{3} \| within noise \|$/m);
  });

  it('lists the cells whose drop is real, with both recalls and the p-value', () => {
    expect(md).toContain('### Cells with a real drop (p < 0.05)');
    expect(md).toMatch(/^- 8K, depth 0%: 1\.00 → 0\.50 \(Δ −0\.50, p = 0\.0\d\d; ok 10 → 10\)$/m);
    expect(md.match(/^- \d+K, depth/gm)).toHaveLength(1);
  });

  it('says "None." when no cell dropped for real', () => {
    const same = renderCompareMarkdown(baseManifest, nextManifest, compareRuns(summarize(base), summarize(base)), {});
    expect(same).toMatch(/### Cells with a real drop \(p < 0\.05\)\n\nNone\./);
    expect(same).toMatch(/^\| 1K \| 1\.00 \| 1\.00 \| 0\.00 \| 1\.000 \| within noise \|$/m);
  });

  it('calls a gain a rise, whatever its p-value', () => {
    const reversed = renderCompareMarkdown(nextManifest, baseManifest, compareRuns(summarize(next), summarize(base)), {});
    expect(reversed).toMatch(/^\| 1K \| 0\.95 \| 1\.00 \| \+0\.05 \| 0\.\d{3} \| rise \|$/m);
  });

  it('adds the --max-drop verdict only when a limit is given', () => {
    expect(md).not.toContain('--max-drop');
    const lenient = renderCompareMarkdown(baseManifest, nextManifest, comparison, { maxDrop: 0.1 });
    expect(lenient).toContain('**--max-drop 0.10: PASS** — no real drop larger than 0.10, overall or at any length.');
    const bigDrop = compareRuns(summarize(base), summarize(run(['1000@0', '1000@50', '8000@0', '8000@50'], { '8000@0': 0, '8000@50': 0 })));
    const strict = renderCompareMarkdown(baseManifest, nextManifest, bigDrop, { maxDrop: 0.05 });
    expect(strict).toMatch(/\*\*--max-drop 0\.05: FAIL\*\* — real drop larger than 0\.05 at 8K \(Δ −0\.80, p < 0\.001\), overall \(Δ −0\.\d\d, p < 0\.001\)\./);
  });

  it('warns when the runs used different haystacks or an incomplete run', () => {
    const other = manifest({ haystack: { ...nextManifest.haystack, spec: 'meeting-transcript', sha256: 'd'.repeat(64) }, state: 'partial' });
    const warned = renderCompareMarkdown(baseManifest, other, comparison, {});
    expect(warned).toContain('> **Not like for like:** the runs differ in haystack (financial-report → meeting-transcript)');
    expect(warned).toContain('> **New run is partial:** not every planned trial is included.');
    expect(md).not.toContain('Not like for like');
  });

  it('keeps a hostile model id from becoming markup', () => {
    const hostile = renderCompareMarkdown(manifest({ model: { id: '<img src=x>|`*', kind: 'openai-compatible', base_url: null } }), nextManifest, comparison, {});
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x&gt;\\|\\`\\*');
  });
});
