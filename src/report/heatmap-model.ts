// What a heatmap shows, computed once from the run: titles, axis labels and every cell's fill and text, for the PNG, SVG and HTML alike.

import { groupStats } from '../score/stats.js';
import type { RunManifest, TrialRecord } from '../types.js';
import { formatDate, formatDepth, formatScore, formatTokens } from './format.js';
import type { CellKind, GridCell } from './grid.js';
import { buildGrid, cellKey, cellKind } from './grid.js';
import { EMPTY_COLOR, ERROR_COLOR, INCOMPLETE_COLOR, OVERFLOW_COLOR, scoreColor, scoreTextColor } from './palette.js';

/** Horizontal axis title. */
export const X_AXIS_TITLE = 'Context length (tokens)';
/** Vertical axis title. */
export const Y_AXIS_TITLE = 'Needle depth (%)';
/** Legend title of the colour bar. */
export const SCALE_TITLE = 'Mean score (ok trials)';
/** Subtitle that keeps the baseline from being read as a model result. */
export const BASELINE_NOTE = 'keyword-matching baseline (BM25), not a language model';

/** One drawn cell: position in the grid (column = length index, row = depth index, row 0 at the top) and its look. */
export interface HeatmapCellView {
  col: number;
  row: number;
  length: number;
  depth: number;
  kind: CellKind;
  fill: string;
  /** `0.87`, `OVF`, `ERR`, `INC`, or empty. */
  text: string;
  textColor: string;
  /** Some trials of a cell drawn by recall overflowed or failed. */
  marker: boolean;
  /** One line describing the cell, for tooltips and accessible labels. */
  description: string;
  /** The cell's trials; absent for empty positions. */
  cell?: GridCell;
}

/** Everything a heatmap renderer needs. */
export interface HeatmapModel {
  title: string;
  subtitles: string[];
  xLabels: string[];
  yLabels: string[];
  /** Every grid position, row by row; positions without trials have kind `empty`. */
  cells: HeatmapCellView[];
  /** Which legend swatches apply. */
  present: Record<Exclude<CellKind, 'ok'>, boolean>;
}

/** Title line: `model · haystack · date — recall 0.93 (ok 108/110)`. */
export function heatmapTitle(manifest: RunManifest, records: readonly TrialRecord[]): string {
  const overall = groupStats(records);
  const recall = overall.recall === null ? 'no ok trials' : `recall ${formatScore(overall.recall)}`;
  return `${manifest.model.id} · ${manifest.haystack.spec} · ${formatDate(manifest.started_at)} — ${recall} (ok ${overall.ok}/${overall.trials})`;
}

/** Subtitle lines: the baseline warning, and a note when the run is not complete. */
export function heatmapSubtitles(manifest: RunManifest): string[] {
  const lines: string[] = [];
  if (manifest.model.kind === 'baseline') lines.push(BASELINE_NOTE);
  if (manifest.state !== 'complete') lines.push(`${manifest.state} run: not every planned trial is included`);
  return lines;
}

function describe(length: number, depth: number, cell: GridCell | undefined): string {
  const where = `${formatTokens(length)} tokens, depth ${formatDepth(depth)}`;
  if (!cell) return `${where}: no trials`;
  const failures = [cell.overflow ? `${cell.overflow} overflow` : '', cell.error ? `${cell.error} error` : '', cell.incomplete ? `${cell.incomplete} incomplete` : ''].filter(Boolean);
  const recall = cell.recall === null ? 'no ok trials' : `recall ${formatScore(cell.recall)}`;
  return `${where}: ${recall} (ok ${cell.ok}/${cell.trials.length}${failures.length ? `, ${failures.join(', ')}` : ''})`;
}

function viewOf(col: number, row: number, length: number, depth: number, cell: GridCell | undefined): HeatmapCellView {
  const kind = cellKind(cell);
  const base = { col, row, length, depth, kind, description: describe(length, depth, cell), cell, marker: kind === 'mixed' };
  switch (kind) {
    case 'empty':
      return { ...base, fill: EMPTY_COLOR, text: '', textColor: 'rgb(120, 120, 120)' };
    case 'overflow':
      return { ...base, fill: OVERFLOW_COLOR, text: 'OVF', textColor: 'rgb(255, 255, 255)' };
    case 'error':
      return { ...base, fill: ERROR_COLOR, text: 'ERR', textColor: 'rgb(255, 255, 255)' };
    case 'incomplete':
      return { ...base, fill: INCOMPLETE_COLOR, text: 'INC', textColor: 'rgb(255, 255, 255)' };
    default: {
      const recall = cell?.recall ?? 0;
      return { ...base, fill: scoreColor(recall), text: formatScore(recall), textColor: scoreTextColor(recall) };
    }
  }
}

/** Builds the heatmap's content: columns are lengths ascending, rows are depths with 0% at the top. */
export function buildHeatmapModel(manifest: RunManifest, records: readonly TrialRecord[]): HeatmapModel {
  const grid = buildGrid(records);
  const cells: HeatmapCellView[] = [];
  grid.depths.forEach((depth, row) => {
    grid.lengths.forEach((length, col) => {
      cells.push(viewOf(col, row, length, depth, grid.cells.get(cellKey(length, depth))));
    });
  });
  const present = { empty: false, mixed: false, overflow: false, error: false, incomplete: false };
  for (const c of cells) if (c.kind !== 'ok') present[c.kind] = true;
  return {
    title: heatmapTitle(manifest, records),
    subtitles: heatmapSubtitles(manifest),
    xLabels: grid.lengths.map(formatTokens),
    yLabels: grid.depths.map(formatDepth),
    cells,
    present,
  };
}

/** One legend entry below the colour bar. */
export interface LegendSwatch {
  kind: Exclude<CellKind, 'ok'>;
  fill: string;
  /** Text drawn inside the swatch, as in the cells. */
  text: string;
  label: string;
}

/** Legend entries for the kinds of cells the map contains (overflow and error always, the others when present). */
export function legendSwatches(model: HeatmapModel): LegendSwatch[] {
  const all: LegendSwatch[] = [
    { kind: 'overflow', fill: OVERFLOW_COLOR, text: 'OVF', label: 'context overflow' },
    { kind: 'error', fill: ERROR_COLOR, text: 'ERR', label: 'request error' },
    { kind: 'incomplete', fill: INCOMPLETE_COLOR, text: 'INC', label: 'cut off (output limit)' },
    { kind: 'mixed', fill: scoreColor(1), text: '', label: 'some not scored' },
    { kind: 'empty', fill: EMPTY_COLOR, text: '', label: 'no trials' },
  ];
  return all.filter((s) => s.kind === 'overflow' || s.kind === 'error' || model.present[s.kind]);
}
