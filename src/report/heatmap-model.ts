// What a heatmap shows, computed once from the run: titles, axis labels and every cell's fill and text, for the PNG, SVG and HTML alike.

import { groupStats } from '../score/stats.js';
import type { Lang, RunManifest, TrialRecord } from '../types.js';
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
/** Axis and legend titles, and the document's name, of heatmaps of a language's sweeps. */
export interface HeatmapLabels {
  x: string;
  y: string;
  scale: string;
  /** The generated document's name by kind, shown in the title (e.g. `有価証券報告書`); absent for English. */
  documents?: Partial<Record<string, string>>;
  /** Legend labels of the cells that hold no score, by kind (absent: English). */
  legend?: Partial<Record<Exclude<CellKind, 'ok'>, string>>;
}

/** Heatmap labels by the run's language (the language of its document and prompts). */
export const HEATMAP_LABELS: Record<Lang, HeatmapLabels> = {
  en: { x: X_AXIS_TITLE, y: Y_AXIS_TITLE, scale: SCALE_TITLE },
  ja: {
    x: 'コンテキスト長（トークン数）',
    y: 'ニードルの位置（文書の深さ %）',
    scale: '平均スコア（ok の試行）',
    documents: { 'financial-report': '有価証券報告書', 'meeting-transcript': '会議録' },
    legend: { overflow: 'コンテキスト超過', error: 'リクエストエラー', incomplete: '回答前に打ち切り（出力上限）', mixed: '一部未採点', empty: '試行なし' },
  },
  zh: {
    x: '上下文长度（token 数）',
    y: '针的位置（文档深度 %）',
    scale: '平均得分（ok 试验）',
    documents: { 'financial-report': '年度报告', 'meeting-transcript': '会议记录' },
    legend: { overflow: '超出上下文', error: '请求出错', incomplete: '未作答即截断（输出上限）', mixed: '部分未评分', empty: '无试验' },
  },
};

/** The language a run's heatmap speaks: its document's (English for runs written before issue #14). */
export function runLang(manifest: RunManifest): Lang {
  return manifest.haystack?.lang ?? (manifest.haystack?.source?.type === 'generated' ? manifest.haystack.source.lang : undefined) ?? 'en';
}

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
  /** Axis and legend titles in the run's language (absent: English). */
  labels?: HeatmapLabels;
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
  // A Japanese or Chinese run names its document as readers of that language do: `会議録 (meeting-transcript)`.
  const name = HEATMAP_LABELS[runLang(manifest)].documents?.[manifest.haystack.spec];
  const haystack = name ? `${name} (${manifest.haystack.spec})` : manifest.haystack.spec;
  return `${manifest.model.id} · ${haystack} · ${formatDate(manifest.started_at)} — ${recall} (ok ${overall.ok}/${overall.trials})`;
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
    ...(runLang(manifest) === 'en' ? {} : { labels: HEATMAP_LABELS[runLang(manifest)] }),
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
  const legend = model.labels?.legend ?? {};
  return all.filter((s) => s.kind === 'overflow' || s.kind === 'error' || model.present[s.kind]).map((s) => ({ ...s, label: legend[s.kind] ?? s.label }));
}
