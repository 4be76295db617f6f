// Summaries of finished trials: recall with intervals overall, by length, by depth and by cell; effective lengths.
import type { GroupStats, Outcome, RunSummary, TrialRecord } from '../types.js';
import { clusteredInterval } from './interval.js';

/**
 * The needle a trial asked about: trials of one repeat share it in every cell (a user's needle by its id). A cell that
 * took another built-in template in place of its repeat's (`needle_choice: fitted`) asked another needle, so it is a
 * cluster of its own with the other cells of that repeat that took the same template.
 */
export function clusterOf(r: TrialRecord): string {
  return r.needle_variant === 'custom' ? `needle:${r.needle_id}` : r.needle_choice === 'fitted' ? `repeat:${r.repeat}:${r.needle_id}` : `repeat:${r.repeat}`;
}

/** Recall over the `ok` trials of a group; overflow, error and incomplete trials are counted, never scored. */
export function groupStats(records: readonly TrialRecord[]): GroupStats {
  let ok = 0;
  let overflow = 0;
  let error = 0;
  let incomplete = 0;
  let sum = 0;
  const clusters = new Map<string, { n: number; sum: number }>();
  for (const r of records) {
    if (r.status === 'ok') {
      ok++;
      const score = r.score ?? 0;
      sum += score;
      const c = clusters.get(clusterOf(r)) ?? { n: 0, sum: 0 };
      c.n++;
      c.sum += score;
      clusters.set(clusterOf(r), c);
    } else if (r.status === 'overflow') overflow++;
    else if (r.status === 'incomplete') incomplete++;
    else error++;
  }
  if (ok === 0) return { trials: records.length, ok, overflow, error, incomplete, recall: null, interval: null };
  const ci = clusteredInterval([...clusters.values()]);
  return {
    trials: records.length,
    ok,
    overflow,
    error,
    incomplete,
    recall: sum / ok,
    interval: ci.interval,
    clusters: clusters.size,
    effective_trials: Math.round(ci.effectiveTrials * 100) / 100,
  };
}

function groupBy<K>(records: readonly TrialRecord[], key: (r: TrialRecord) => K): Map<K, TrialRecord[]> {
  const map = new Map<K, TrialRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** Outcomes in the order reports list them. */
export const OUTCOMES: readonly Outcome[] = ['correct', 'partial', 'hedged', 'distractor', 'not_found', 'wrong'];

/** The run summary: overall, by length and by depth (ascending), cells (by length, then depth), outcome counts. */
export function summarize(records: readonly TrialRecord[]): RunSummary {
  const byLength = [...groupBy(records, (r) => r.length)]
    .sort(([a], [b]) => a - b)
    .map(([length, rs]) => ({ length, ...groupStats(rs) }));
  const byDepth = [...groupBy(records, (r) => r.depth)]
    .sort(([a], [b]) => a - b)
    .map(([depth, rs]) => ({ depth, ...groupStats(rs) }));
  const cells = [...groupBy(records, (r) => `${r.length}\u0000${r.depth}`).values()]
    .map((rs) => ({ length: rs[0]!.length, depth: rs[0]!.depth, ...groupStats(rs) }))
    .sort((a, b) => a.length - b.length || a.depth - b.depth);
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const r of records) {
    if (r.status === 'ok' && r.outcome) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  }
  return { ...groupStats(records), byLength, byDepth, cells, outcomes };
}

/**
 * Effective context length: the longest tested length such that it and every shorter length have recall
 * ≥ threshold. A length with no `ok` trials breaks the chain like a failing one. Null when the shortest fails.
 * @default threshold 0.85
 */
export function effectiveLength(byLength: ReadonlyArray<{ length: number; recall: number | null }>, threshold = 0.85): number | null {
  let best: number | null = null;
  for (const g of [...byLength].sort((a, b) => a.length - b.length)) {
    if (g.recall === null || g.recall < threshold) break;
    best = g.length;
  }
  return best;
}

/** The base-relative effective length (see {@link relativeEffectiveLength}). */
export interface RelativeEffectiveLength {
  /** Share of the base recall a length must keep. */
  fraction: number;
  /** The shortest length with ok trials, and its recall. */
  base_length: number | null;
  base_recall: number | null;
  /** fraction × base recall. */
  threshold: number | null;
  length: number | null;
}

/**
 * Base-relative effective length (as NoLiMa and RULER report it): the longest tested length such that it and
 * every shorter length keep recall ≥ `fraction` × the model's own recall at the shortest length. Null when
 * the shortest length has no ok trials or recall 0 (nothing to keep).
 * @default fraction 0.85
 */
export function relativeEffectiveLength(byLength: ReadonlyArray<{ length: number; recall: number | null }>, fraction = 0.85): RelativeEffectiveLength {
  const sorted = [...byLength].sort((a, b) => a.length - b.length);
  const base = sorted[0];
  if (!base || base.recall === null || base.recall === 0) {
    return { fraction, base_length: base?.length ?? null, base_recall: base?.recall ?? null, threshold: null, length: null };
  }
  const threshold = Math.round(fraction * base.recall * 1e6) / 1e6;
  return { fraction, base_length: base.length, base_recall: base.recall, threshold, length: effectiveLength(sorted, threshold) };
}
