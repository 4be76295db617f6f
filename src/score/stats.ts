// Summaries of finished trials: recall with intervals overall, by length, by depth and by cell; effective length.
import type { GroupStats, Outcome, RunSummary, TrialRecord } from '../types.js';
import { wilson } from './interval.js';

/** Recall over the `ok` trials of a group; overflow and error trials are counted, never scored. */
export function groupStats(records: readonly TrialRecord[]): GroupStats {
  let ok = 0;
  let overflow = 0;
  let error = 0;
  let sum = 0;
  for (const r of records) {
    if (r.status === 'ok') {
      ok++;
      sum += r.score ?? 0;
    } else if (r.status === 'overflow') overflow++;
    else error++;
  }
  return {
    trials: records.length,
    ok,
    overflow,
    error,
    recall: ok === 0 ? null : sum / ok,
    interval: ok === 0 ? null : wilson(sum, ok),
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
