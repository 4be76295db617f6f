// summary.md gives the numbers a model card needs and the exact command to reproduce them.

import { describe, expect, it } from 'vitest';
import { renderSummaryMarkdown } from '../../../src/report/summary-md.js';
import { manifest, records } from './fixtures.js';

describe('renderSummaryMarkdown', () => {
  const md = renderSummaryMarkdown(manifest(), records(), { effectiveLength: 8000, threshold: 0.85 });

  it('links the heatmap and tabulates recall by length with intervals and counts', () => {
    expect(md).toContain('![Recall heatmap](heatmap.png)');
    expect(md).toContain('| Length | Recall | 95% CI | OK | Overflow | Error | Incomplete |');
    expect(md).toMatch(/^\| 1K \| 1\.00 \| 0\.61–1\.00 \| 6 \| 0 \| 0 \| 0 \|$/m);
    // Two repeats (needles) at 8K disagree at depth 50: the interval counts them as clusters (Wilson alone: 0.30–0.95).
    expect(md).toMatch(/^\| 8K \| 0\.75 \| 0\.26–0\.96 \| 4 \| 0 \| 2 \| 0 \|$/m);
    expect(md).toMatch(/^\| 128K \| 1\.00 \| 0\.44–1\.00 \| 3 \| 3 \| 0 \| 0 \|$/m);
  });

  it('states the overall recall, effective length and outcome counts', () => {
    expect(md).toContain('**Overall recall:** 0.92 (95% CI 0.');
    expect(md).toContain('over 13 ok trials of 18 (3 overflow, 2 error, 0 incomplete)');
    expect(md).toContain('**Effective length:** 8K (longest length with recall ≥ 0.85)');
    expect(md).toContain('**Effective length (relative):** 1K (longest length keeping ≥ 85% of the recall at 1K (1.00), i.e. ≥ 0.85)');
    expect(md).toContain('**Outcomes:** correct 12 · partial 0 · hedged 0 · distractor 0 · not_found 1 · wrong 0');
  });

  it('records the setup and the exact reproduce command in a code block', () => {
    expect(md).toContain('- Haystack: `financial-report`');
    expect(md).toContain('- Needle set: `default` (12 needles');
    expect(md).toContain('- Tokenizer: `o200k_base`');
    expect(md).toContain('- Seed: 7');
    expect(md).toContain('- Tool: needle 0.1.0');
    expect(md).toContain('```sh\nneedle sweep --model gpt-x --lengths 1k,8k,128k --depths 0,50,100 --repeats 2 --seed 7\n```');
    expect(md).toContain('An all-green single-needle map does not imply that multi-needle or paraphrased variants pass.');
  });

  it('warns when the model is the keyword baseline, and not otherwise', () => {
    expect(md).not.toContain('BM25');
    const baseline = renderSummaryMarkdown(manifest({ model: { id: 'bm25', kind: 'baseline', base_url: null } }), records());
    expect(baseline).toContain('keyword-matching baseline (BM25), not a language model');
  });

  it('says "none" when no length reaches the threshold, and uses the given heatmap path', () => {
    const none = renderSummaryMarkdown(manifest(), records(), { effectiveLength: null, threshold: 0.99, heatmapPath: 'plots/heat map.png' });
    expect(none).toContain('**Effective length:** none (no length reaches recall 0.99)');
    expect(none).toContain('![Recall heatmap](plots/heat%20map.png)');
  });

  it('keeps a command with backticks inside its code block', () => {
    const tricky = renderSummaryMarkdown(manifest({ command: 'needle sweep --note "```"' }), records());
    expect(tricky).toContain('````sh\nneedle sweep --note "```"\n````');
  });
});
