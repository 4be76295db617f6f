// Groups trial records into the (length × depth) grid every report draws; counts only, no intervals.

import type { TrialRecord } from '../types.js';

/** The trials of one (length, depth) cell and their counts by status. */
export interface GridCell {
  length: number;
  depth: number;
  trials: TrialRecord[];
  ok: number;
  overflow: number;
  error: number;
  /** Trials cut off by the output limit before answering. */
  incomplete: number;
  /** Sum of the scores of `ok` trials. */
  scoreSum: number;
  /** Mean score of `ok` trials, null when there are none. */
  recall: number | null;
}

/** How a cell is drawn: by recall (`ok`), by recall with a marker (`mixed`), or by its failure. */
export type CellKind = 'empty' | 'ok' | 'mixed' | 'overflow' | 'error' | 'incomplete';

/** Every cell of a run, with the lengths and depths that occur, ascending. */
export interface Grid {
  lengths: number[];
  depths: number[];
  /** Keyed by {@link cellKey}; positions with no trial are absent. */
  cells: Map<string, GridCell>;
}

/** Map key of a cell. */
export function cellKey(length: number, depth: number): string {
  return `${length}@${depth}`;
}

/** Adds one trial to counts (shared by cells and lengths so both count the same way). */
function addTrial(cell: GridCell, record: TrialRecord): void {
  cell.trials.push(record);
  if (record.status === 'ok') {
    cell.ok += 1;
    cell.scoreSum += record.score ?? 0;
    cell.recall = cell.scoreSum / cell.ok;
  } else if (record.status === 'overflow') cell.overflow += 1;
  else if (record.status === 'incomplete') cell.incomplete += 1;
  else cell.error += 1;
}

/** Groups records by (length, depth); trials within a cell keep their input order. */
export function buildGrid(records: readonly TrialRecord[]): Grid {
  const cells = new Map<string, GridCell>();
  const lengths = new Set<number>();
  const depths = new Set<number>();
  for (const record of records) {
    const key = cellKey(record.length, record.depth);
    let cell = cells.get(key);
    if (!cell) {
      cell = { length: record.length, depth: record.depth, trials: [], ok: 0, overflow: 0, error: 0, incomplete: 0, scoreSum: 0, recall: null };
      cells.set(key, cell);
      lengths.add(record.length);
      depths.add(record.depth);
    }
    addTrial(cell, record);
  }
  const ascending = (a: number, b: number): number => a - b;
  return { lengths: [...lengths].sort(ascending), depths: [...depths].sort(ascending), cells };
}

/** How to draw a cell: failures only → its dominant failure; some ok → `ok`, or `mixed` when others failed. */
export function cellKind(cell: GridCell | undefined): CellKind {
  if (!cell || cell.trials.length === 0) return 'empty';
  if (cell.ok === 0) return dominantFailure(cell);
  return cell.overflow + cell.error + cell.incomplete > 0 ? 'mixed' : 'ok';
}

/** The failure most trials of a cell (or a length) ended in: overflow, incomplete or error (ties in that order). */
export function dominantFailure(c: { overflow: number; error: number; incomplete?: number }): 'overflow' | 'error' | 'incomplete' {
  const incomplete = c.incomplete ?? 0;
  if (c.overflow >= c.error && c.overflow >= incomplete) return 'overflow';
  return incomplete >= c.error ? 'incomplete' : 'error';
}
