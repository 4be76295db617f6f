// Writes the rendered outputs of a run (heatmaps, summary, HTML report) into its folder.

import { join } from 'node:path';
import { renderHeatmap } from '../report/heatmap.js';
import { renderRecallByLength } from '../report/recall-by-length.js';
import { renderReportHtml } from '../report/report-html.js';
import { buildResults } from '../report/results-json.js';
import { renderSummaryMarkdown } from '../report/summary-md.js';
import { effectiveLength } from '../score/stats.js';
import type { RunManifest, TrialRecord } from '../types.js';
import { RUN_FILES, writeFileAtomic } from './results-store.js';

/** Options of the rendered outputs. */
export interface ReportOptions {
  /** Pixel density of the PNGs. @default 1 */
  scale?: number;
  /** Recall an effective length must keep. @default 0.85 */
  threshold?: number;
}

/**
 * Renders every output from the manifest and records. A renderer that fails is reported through `warn`
 * and skipped: results on disk matter more than pictures of them.
 */
export async function writeReports(dir: string, manifest: RunManifest, records: TrialRecord[], warn: (message: string) => void, opts: ReportOptions = {}): Promise<string[]> {
  const threshold = opts.threshold ?? 0.85;
  const scale = opts.scale ?? 1;
  const effective = manifest.summary ? effectiveLength(manifest.summary.byLength, threshold) : null;
  const outputs: Array<[string, () => Promise<string | Buffer> | string]> = [
    [RUN_FILES.heatmapPng, () => renderHeatmap(manifest, records, { format: 'png', scale })],
    [RUN_FILES.heatmapSvg, () => renderHeatmap(manifest, records, { format: 'svg' })],
    [RUN_FILES.recallByLength, () => renderRecallByLength(manifest, records, { scale, effectiveLength: effective, threshold })],
    [RUN_FILES.summary, () => renderSummaryMarkdown(manifest, records, { heatmapPath: RUN_FILES.heatmapPng, effectiveLength: effective, threshold })],
    [RUN_FILES.reportHtml, () => renderReportHtml(manifest, records)],
    [RUN_FILES.resultsJson, () => JSON.stringify(buildResults(manifest, records), null, 2) + '\n'],
  ];
  const written: string[] = [];
  for (const [name, render] of outputs) {
    try {
      writeFileAtomic(join(dir, name), await render());
      written.push(name);
    } catch (error) {
      warn(`could not render ${name}: ${(error as Error).message}`);
    }
  }
  return written;
}
