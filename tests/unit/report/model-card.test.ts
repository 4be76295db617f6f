// needle card: the model-index metadata parses and matches Hugging Face's layout; the section states the method and the table.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { modelIndex, renderModelCard } from '../../../src/report/model-card.js';
import { buildResults } from '../../../src/report/results-json.js';
import { summarizeRun } from '../../../src/run/run-sweep.js';
import { manifest, records } from './fixtures.js';

/**
 * model-index as Hugging Face's hub-docs modelcard.md specifies it (and huggingface_hub's
 * model_index_to_eval_results reads it): required task.type, dataset.type/name, metrics[].type/value;
 * nothing else but the optional keys the spec lists.
 */
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const hubModelIndex = z.array(
  z
    .object({
      name: z.string().min(1),
      results: z
        .array(
          z
            .object({
              task: z.object({ type: z.string().min(1), name: z.string().optional() }).strict(),
              dataset: z
                .object({ type: z.string().min(1), name: z.string().min(1), config: z.string().optional(), split: z.string().optional(), revision: z.string().optional(), args: z.record(z.string(), scalar).optional() })
                .strict(),
              metrics: z
                .array(
                  z
                    .object({ type: z.string().min(1), value: z.union([z.number(), z.string()]), name: z.string().optional(), config: z.string().optional(), args: z.record(z.string(), scalar).optional(), verified: z.boolean().optional() })
                    .strict(),
                )
                .min(1),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
);

function fixture() {
  const m = manifest({ settings: { lengths: [1000, 8000, 128000], depths: [0, 50, 100], repeats: 2, threshold: 0.85 } });
  const withSummary = { ...m, summary: summarizeRun(records(), [], false, 0.85) };
  return buildResults(withSummary, records());
}

/** The YAML front matter of a Markdown file, as the Hub reads a README's metadata. */
function frontMatter(text: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error('no front matter');
  return parse(m[1]!);
}

describe('needle card', () => {
  it('writes model-index YAML that parses and matches the Hugging Face layout', () => {
    const card = renderModelCard('my-org/my-model', [{ results: fixture(), image: 'needle-heatmap.png' }]);
    const meta = frontMatter(card) as Record<string, unknown>;
    expect(Object.keys(meta)).toEqual(['model-index']);
    const index = hubModelIndex.parse(meta['model-index']);
    expect(index[0]!.name).toBe('my-org/my-model');
    const result = index[0]!.results[0]!;
    expect(result.task).toEqual({ type: 'text-generation', name: 'Long-context retrieval (needle in a haystack)' });
    expect(result.dataset).toMatchObject({ type: 'needle-financial-report', config: 'default', split: 'seed-7' });
    expect(result.metrics.map((x) => [x.type, x.name, x.value])).toEqual([
      ['recall', 'Recall (all lengths, 18 trials)', 0.9231],
      ['recall', 'Recall at 1K tokens', 1],
      ['recall', 'Recall at 8K tokens', 0.75],
      ['recall', 'Recall at 128K tokens', 1],
      ['effective_context_length', 'Effective context length (recall ≥ 0.85, o200k_base tokens)', 1000],
      ['effective_context_length', 'Base-relative effective context length (recall ≥ 85% of that at 1K)', 1000],
    ]);
    for (const x of result.metrics) expect(x.verified).toBe(false);
  });

  it('puts one result per run for the runs of one model', () => {
    const index = hubModelIndex.parse(modelIndex('m', [{ results: fixture(), image: 'a.png' }, { results: fixture(), image: 'b.png' }])['model-index']);
    expect(index[0]!.results).toHaveLength(2);
  });

  it('shows the heatmap, a method statement, and the recall table with counts', () => {
    const card = renderModelCard('my-model', [{ results: fixture(), image: 'needle-heatmap.png' }]);
    expect(card).toContain('![Recall heatmap of my-model on needle financial-report: context length × needle depth](needle-heatmap.png)');
    expect(card).toMatch(/\*\*Method\.\*\* my-model was tested with needle 0\.1\.0 on generated annual financial reports in the shape of a Form 10-K \(haystack seed 7\) with 12 needles from the file `default`: 3 prompt lengths from 1K to 128K tokens, counted in o200k_base tokens .* × 3 needle depths, 2 trials per cell \(18 trials\)\. .*version 1.*, and 3 overflow, 2 error trial\(s\) were counted but never scored\./);
    expect(card).toContain('| Length (o200k\\_base tokens) | Recall | 95% CI | ok | overflow | error |');
    expect(card).toMatch(/\| 8K \| 0\.75 \| 0\.\d\d–0\.\d\d \| 4 \| 0 \| 2 \|/);
    expect(card).toContain('Reproduce: `needle sweep --model gpt-x');
  });
});
