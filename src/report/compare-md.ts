// compare.md: how recall moved between two runs, per length and overall, which drops are real, and the --max-drop verdict.

import { regressions } from '../score/compare.js';
import type { RecallDelta, RunComparison } from '../score/compare.js';
import type { RunManifest } from '../types.js';
import { formatDate, formatDepth, formatScore, formatTokens } from './format.js';
import { escapeMarkdown } from './escape.js';

/** Options of {@link renderCompareMarkdown}. */
export interface CompareMarkdownOptions {
  /** Largest tolerated real drop (0–1); when given, a PASS/FAIL line says whether it was exceeded. */
  maxDrop?: number;
  /** Path of the diff heatmap image, relative to compare.md. @default 'diff-heatmap.png' */
  heatmapPath?: string;
}

/** What a change means: a drop the test says is real, a drop or no change within noise, a rise, or nothing to compare. */
export type DeltaVerdict = 'real drop' | 'within noise' | 'rise' | 'n/a';

// Recall differences this small are floating-point noise from averaging, not a change.
const EPSILON = 1e-9;

/** The verdict of one group's change. */
export function deltaVerdict(d: RecallDelta): DeltaVerdict {
  if (d.delta === null) return 'n/a';
  if (d.significantDrop) return 'real drop';
  return d.delta > EPSILON ? 'rise' : 'within noise';
}

/** A signed change with two decimals and a true minus sign: `−0.25`, `+0.10`, `0.00`; null → `—`. */
export function formatDelta(delta: number | null): string {
  if (delta === null) return '—';
  const rounded = Math.round(delta * 100) / 100;
  if (rounded === 0) return '0.00';
  return `${rounded < 0 ? '\u2212' : '+'}${Math.abs(rounded).toFixed(2)}`;
}

/** A p-value with three decimals, `< 0.001` below that; null → `—`. */
export function formatPValue(p: number | null): string {
  if (p === null) return '—';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** A p-value as a phrase: `p = 0.021`, `p < 0.001`, or `p —` when there is none. */
export function pPhrase(p: number | null): string {
  if (p === null) return 'p —';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** Why a change cannot be computed: which side lacks the group or its ok trials. */
export function missingReason(d: RecallDelta): string {
  if (!d.base) return 'new run only';
  if (!d.next) return 'base run only';
  if (d.base.ok === 0 && d.next.ok === 0) return 'no ok trials in either run';
  return d.base.ok === 0 ? 'no ok trials in the base run' : 'no ok trials in the new run';
}

const md = escapeMarkdown;

function runLine(side: string, manifest: RunManifest, d: RecallDelta, which: 'base' | 'next'): string {
  const stats = d[which];
  const counts = stats ? `ok ${stats.ok}/${stats.trials}` : 'no summary';
  return `- ${side}: ${md(manifest.model.id)} · ${md(manifest.haystack.spec)} · ${formatDate(manifest.started_at)} (${manifest.state}; ${counts})`;
}

/** Differences in setup that make the two runs not like for like. */
function setupDifferences(base: RunManifest, next: RunManifest): string[] {
  const out: string[] = [];
  if (base.haystack.sha256 !== next.haystack.sha256) out.push(`haystack (${md(base.haystack.spec)} → ${md(next.haystack.spec)})`);
  if (base.needles.sha256 !== next.needles.sha256) out.push(`needle set (${md(base.needles.set)} → ${md(next.needles.set)})`);
  if (base.tokenizer !== next.tokenizer) out.push(`tokenizer (${md(base.tokenizer)} → ${md(next.tokenizer)})`);
  return out;
}

function tableRow(name: string, d: RecallDelta): string {
  return `| ${name} | ${formatScore(d.base?.recall ?? null)} | ${formatScore(d.next?.recall ?? null)} | ${formatDelta(d.delta)} | ${formatPValue(d.pValue)} | ${deltaVerdict(d)} |`;
}

function dropLine(d: RecallDelta): string {
  const where = `${formatTokens(d.length ?? 0)}, depth ${formatDepth(d.depth ?? 0)}`;
  const recall = `${formatScore(d.base?.recall ?? null)} → ${formatScore(d.next?.recall ?? null)}`;
  return `- ${where}: ${recall} (Δ ${formatDelta(d.delta)}, ${pPhrase(d.pValue)}; ok ${d.base?.ok ?? 0} → ${d.next?.ok ?? 0})`;
}

function gateLine(comparison: RunComparison, maxDrop: number): string {
  const found = regressions(comparison, maxDrop);
  const limit = formatScore(maxDrop);
  if (found.length === 0) return `**--max-drop ${limit}: PASS** — no real drop larger than ${limit}, overall or at any length.`;
  const where = found.map((d) => `${d.length === null ? 'overall' : formatTokens(d.length)} (Δ ${formatDelta(d.delta)}, ${pPhrase(d.pValue)})`);
  return `**--max-drop ${limit}: FAIL** — real drop larger than ${limit} at ${where.join(', ')}.`;
}

/** Renders the comparison of two runs as Markdown: runs, recall by length with verdicts, real cell drops, the gate verdict. */
export function renderCompareMarkdown(baseManifest: RunManifest, nextManifest: RunManifest, comparison: RunComparison, opts: CompareMarkdownOptions = {}): string {
  const { overall } = comparison;
  const alpha = String(comparison.alpha);
  const lines: string[] = [`## Recall comparison: ${md(baseManifest.model.id)} → ${md(nextManifest.model.id)}`, ''];
  lines.push(runLine('Base', baseManifest, overall, 'base'), runLine('New', nextManifest, overall, 'next'), '');
  const differences = setupDifferences(baseManifest, nextManifest);
  if (differences.length > 0) {
    lines.push(`> **Not like for like:** the runs differ in ${differences.join(', ')}; a change may come from the setup, not the model.`, '');
  }
  for (const [side, m] of [['base', baseManifest], ['new', nextManifest]] as const) {
    if (m.state !== 'complete') lines.push(`> **${side === 'base' ? 'Base' : 'New'} run is ${m.state}:** not every planned trial is included.`, '');
  }
  lines.push(`![Recall change by cell](${(opts.heatmapPath ?? 'diff-heatmap.png').replace(/[()\s]/g, encodeURIComponent)})`, '');
  lines.push('| Length | Base recall | New recall | Δ | p (one-sided) | Verdict |', '|---:|---:|---:|---:|---:|:---|');
  for (const d of comparison.byLength) lines.push(tableRow(formatTokens(d.length ?? 0), d));
  lines.push(tableRow('**Overall**', overall), '');
  lines.push(
    `_p: one-sided two-proportion z-test over ok trials that the new recall is lower; a drop is **real** when p < ${alpha}. ` +
      'Overflow and error trials are not scored._',
    '',
  );
  lines.push(`### Cells with a real drop (p < ${alpha})`, '');
  const drops = comparison.cells.filter((c) => c.significantDrop);
  if (drops.length === 0) lines.push('None.');
  else lines.push(...drops.map(dropLine));
  lines.push('');
  if (opts.maxDrop !== undefined) lines.push(gateLine(comparison, opts.maxDrop), '');
  return lines.join('\n');
}
