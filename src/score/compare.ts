// Compares two runs: recall deltas per length and per cell, and whether each drop is real given the trial counts.

import type { GroupStats, RunSummary } from '../types.js';

/** One group's change from the base run to the new run. */
export interface RecallDelta {
  length: number | null;
  depth: number | null;
  base: GroupStats | null;
  next: GroupStats | null;
  /** next − base recall; null when either side has no ok trials. */
  delta: number | null;
  /** One-sided p-value that the new recall is lower (two-proportion z-test over effective trial counts). */
  pValue: number | null;
  /** The drop is statistically real at the chosen alpha. */
  significantDrop: boolean;
}

/** The comparison of two runs. */
export interface RunComparison {
  overall: RecallDelta;
  byLength: RecallDelta[];
  cells: RecallDelta[];
  alpha: number;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; error < 1.5e-7). */
function phi(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/**
 * One-sided p-value that group `next` has lower recall than `base`: a pooled two-proportion z-test with each
 * side's trials counted as its effective trials (ok trials over the design effect of trials sharing a needle,
 * see `clusteredInterval`), scores summed as fractional successes (conservative for fractional scores).
 */
export function dropPValue(base: GroupStats, next: GroupStats): number | null {
  if (base.ok === 0 || next.ok === 0 || base.recall === null || next.recall === null) return null;
  const n1 = base.effective_trials ?? base.ok;
  const n2 = next.effective_trials ?? next.ok;
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (base.recall * n1 + next.recall * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return base.recall > next.recall ? 0 : 1;
  return 1 - phi((base.recall - next.recall) / se);
}

function delta(length: number | null, depth: number | null, base: GroupStats | null, next: GroupStats | null, alpha: number): RecallDelta {
  const d = base?.recall != null && next?.recall != null ? next.recall - base.recall : null;
  const p = base && next ? dropPValue(base, next) : null;
  return { length, depth, base, next, delta: d, pValue: p, significantDrop: d !== null && d < 0 && p !== null && p < alpha };
}

/** Compares a new run with a base run, group by group. @default alpha 0.05 */
export function compareRuns(base: RunSummary, next: RunSummary, alpha = 0.05): RunComparison {
  const lengths = [...new Set([...base.byLength, ...next.byLength].map((g) => g.length))].sort((a, b) => a - b);
  const byLength = lengths.map((l) => delta(l, null, base.byLength.find((g) => g.length === l) ?? null, next.byLength.find((g) => g.length === l) ?? null, alpha));
  const key = (c: { length: number; depth: number }) => `${c.length}/${c.depth}`;
  const cellKeys = new Map<string, { length: number; depth: number }>();
  for (const c of [...base.cells, ...next.cells]) cellKeys.set(key(c), { length: c.length, depth: c.depth });
  const cells = [...cellKeys.values()]
    .sort((a, b) => a.length - b.length || a.depth - b.depth)
    .map((c) => delta(c.length, c.depth, base.cells.find((x) => key(x) === key(c)) ?? null, next.cells.find((x) => key(x) === key(c)) ?? null, alpha));
  return { overall: delta(null, null, base, next, alpha), byLength, cells, alpha };
}

/** Real regressions: overall or per-length drops larger than `maxDrop` that the test says are real. */
export function regressions(comparison: RunComparison, maxDrop: number): RecallDelta[] {
  return [...comparison.byLength, comparison.overall].filter((d) => d.significantDrop && d.delta !== null && -d.delta > maxDrop);
}
