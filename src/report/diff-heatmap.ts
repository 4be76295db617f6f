// The diff heatmap of two runs: per-cell recall change on a red (fell) → white → green (rose) scale, real drops outlined; SVG, or PNG rasterized from it.

import type { RecallDelta, RunComparison } from '../score/compare.js';
import type { RunManifest } from '../types.js';
import { renderSvgPng } from './chart-canvas.js';
import { deltaVerdict, formatDelta, missingReason, pPhrase } from './compare-md.js';
import { escapeXml } from './escape.js';
import { formatDate, formatDepth, formatScore, formatTokens } from './format.js';
import { cellKey } from './grid.js';
import { cellFontSize, fitFontSize } from './heatmap-layout.js';
import { axesSvg, coord, gridBox, HEATMAP_HEIGHT, HEATMAP_WIDTH, headerSvg, svgOpen, svgText, WARNING_COLOR } from './heatmap-svg.js';
import { DELTA_STOPS, deltaColor, deltaTextColor, EMPTY_COLOR, MISSING_COLOR } from './palette.js';

/** Options of {@link renderDiffHeatmap}. */
export interface DiffHeatmapOptions {
  /** @default 'png' */
  format?: 'png' | 'svg';
  /** Pixel density: 2 renders 2400×1600 pixels of the same 1200×800 picture. @default 1 */
  scale?: number;
}

/** Legend title of the colour bar. */
export const DELTA_SCALE_TITLE = 'Δ recall (new − base)';

const OUTLINE = 'rgb(20, 20, 20)';
const NA_TEXT = 'rgb(85, 85, 85)';
const QUIET_TEXT = 'rgb(110, 110, 110)';

/** One drawn cell of the diff: grid position, fill, the change and the two recalls it comes from. */
interface DiffCellView {
  col: number;
  row: number;
  fill: string;
  /** `−0.25`, `+0.10`, `n/a`, or empty for a position neither run has. */
  text: string;
  /** Second, smaller line: `1.00 → 0.75`, or why there is no change. */
  detail: string;
  textColor: string;
  /** Bold for a visible change; "0.00" and "n/a" stay quiet so the changes stand out. */
  bold: boolean;
  /** The drop is real at the comparison's alpha: outlined. */
  drop: boolean;
  /** Tooltip text. */
  description: string;
}

/** Everything the diff drawing needs. */
interface DiffModel {
  title: string;
  /** Subtitle lines with their colours (information grey, warnings red). */
  subtitles: Array<{ text: string; color: string }>;
  xLabels: string[];
  yLabels: string[];
  cells: DiffCellView[];
  alpha: number;
  anyMissing: boolean;
  anyEmpty: boolean;
}

function describe(d: RecallDelta): string {
  const where = `${formatTokens(d.length ?? 0)} tokens, depth ${formatDepth(d.depth ?? 0)}`;
  if (d.delta === null) return `${where}: n/a (${missingReason(d)})`;
  const recall = `recall ${formatScore(d.base?.recall ?? null)} → ${formatScore(d.next?.recall ?? null)}`;
  const verdict = deltaVerdict(d);
  const test = verdict === 'rise' ? '' : `, one-sided ${pPhrase(d.pValue)}`;
  return `${where}: ${recall} (Δ ${formatDelta(d.delta)}${test}: ${verdict}; ok ${d.base?.ok ?? 0} → ${d.next?.ok ?? 0})`;
}

function cellView(col: number, row: number, d: RecallDelta): DiffCellView {
  const base = { col, row, description: describe(d), drop: d.significantDrop };
  if (d.delta === null) {
    const detail = !d.base ? 'new only' : !d.next ? 'base only' : 'no ok trials';
    return { ...base, fill: MISSING_COLOR, text: 'n/a', detail, textColor: NA_TEXT, bold: false };
  }
  const detail = `${formatScore(d.base?.recall ?? null)} → ${formatScore(d.next?.recall ?? null)}`;
  const shown = formatDelta(d.delta);
  const same = shown === formatDelta(0);
  return { ...base, fill: deltaColor(d.delta), text: shown, detail, textColor: same ? QUIET_TEXT : deltaTextColor(d.delta), bold: !same };
}

function recallOf(d: RecallDelta, side: 'base' | 'next'): string {
  return formatScore(d[side]?.recall ?? null);
}

function subtitles(baseManifest: RunManifest, nextManifest: RunManifest, comparison: RunComparison): DiffModel['subtitles'] {
  const info = 'rgb(70, 70, 70)';
  const run = (m: RunManifest, side: 'base' | 'next') => {
    const stats = comparison.overall[side];
    return `${m.haystack.spec}, ${formatDate(m.started_at)}${stats ? `, ok ${stats.ok}/${stats.trials}` : ''}`;
  };
  const o = comparison.overall;
  const verdict = deltaVerdict(o);
  // The test only asks whether recall fell: its p-value says nothing about a rise.
  const overall =
    verdict === 'n/a' ? `overall: n/a (${missingReason(o)})` : verdict === 'rise' ? 'overall: rise' : `overall: ${verdict} (one-sided ${pPhrase(o.pValue)}, real when p < ${comparison.alpha})`;
  const lines = [
    { text: `base: ${run(baseManifest, 'base')} · new: ${run(nextManifest, 'next')}`, color: info },
    { text: overall, color: o.significantDrop ? WARNING_COLOR : info },
  ];
  for (const [side, m] of [['base', baseManifest], ['new', nextManifest]] as const) {
    if (m.model.kind === 'baseline') lines.push({ text: `${side} run: keyword-matching baseline (BM25), not a language model`, color: WARNING_COLOR });
    if (m.state !== 'complete') lines.push({ text: `${side} run is ${m.state}: not every planned trial is included`, color: WARNING_COLOR });
  }
  if (baseManifest.haystack.sha256 !== nextManifest.haystack.sha256 || baseManifest.needles.sha256 !== nextManifest.needles.sha256) {
    lines.push({ text: 'different haystack or needles: changes may come from the setup, not the model', color: WARNING_COLOR });
  }
  return lines;
}

/** Builds the diff's content: columns are lengths ascending, rows depths with 0% at the top. */
function buildDiffModel(baseManifest: RunManifest, nextManifest: RunManifest, comparison: RunComparison): DiffModel {
  const ascending = (a: number, b: number): number => a - b;
  const lengths = [...new Set(comparison.cells.map((c) => c.length ?? 0))].sort(ascending);
  const depths = [...new Set(comparison.cells.map((c) => c.depth ?? 0))].sort(ascending);
  const byKey = new Map(comparison.cells.map((c) => [cellKey(c.length ?? 0, c.depth ?? 0), c]));
  const cells: DiffCellView[] = [];
  depths.forEach((depth, row) => {
    lengths.forEach((length, col) => {
      const d = byKey.get(cellKey(length, depth));
      cells.push(
        d
          ? cellView(col, row, d)
          : { col, row, fill: EMPTY_COLOR, text: '', detail: '', textColor: NA_TEXT, bold: false, drop: false, description: `${formatTokens(length)} tokens, depth ${formatDepth(depth)}: no trials in either run` },
      );
    });
  });
  const o = comparison.overall;
  const change = o.delta === null ? 'no recall to compare' : `recall ${recallOf(o, 'base')} → ${recallOf(o, 'next')} (Δ ${formatDelta(o.delta)})`;
  const title = `${baseManifest.model.id} → ${nextManifest.model.id} · ${change}`;
  return {
    title,
    subtitles: subtitles(baseManifest, nextManifest, comparison),
    xLabels: lengths.map(formatTokens),
    yLabels: depths.map(formatDepth),
    cells,
    alpha: comparison.alpha,
    anyMissing: cells.some((c) => c.text === 'n/a'),
    anyEmpty: cells.some((c) => c.text === ''),
  };
}

function cellSvg(c: DiffCellView, x: number, y: number, w: number, h: number): string {
  const parts = ['<g>', `<title>${escapeXml(c.description)}</title>`];
  // A thin rim keeps near-white "no change" cells visible on the white page.
  parts.push(`<rect x="${coord(x)}" y="${coord(y)}" width="${coord(w)}" height="${coord(h)}" fill="${c.fill}" stroke="rgb(200, 200, 200)" stroke-width="0.5"/>`);
  if (c.drop) {
    const t = Math.max(1.5, Math.min(4, Math.min(w, h) * 0.06));
    parts.push(`<rect x="${coord(x + t / 2)}" y="${coord(y + t / 2)}" width="${coord(w - t)}" height="${coord(h - t)}" fill="none" stroke="${OUTLINE}" stroke-width="${coord(t)}"/>`);
  }
  const size = cellFontSize(w, h);
  if (c.text && size >= 8) {
    const small = Math.min(size * 0.62, fitFontSize(c.detail, w - 8, 14, 6));
    const withDetail = c.detail !== '' && small >= 8 && h >= (size + small) * 1.5;
    const mid = y + h / 2 - (withDetail ? small * 0.65 : 0);
    parts.push(svgText(x + w / 2, mid, c.text, `font-size="${coord(size)}"${c.bold ? ' font-weight="bold"' : ''} fill="${c.textColor}" text-anchor="middle" dy="0.35em"`));
    if (withDetail) {
      parts.push(svgText(x + w / 2, mid + size * 0.55 + small * 0.9, c.detail, `font-size="${coord(small)}" fill="${c.textColor}" text-anchor="middle" dy="0.35em"`));
    }
  }
  parts.push('</g>');
  return parts.join('');
}

/** One legend swatch: a small cell, its label, and smaller note lines below (the legend is only ~140 px wide). */
function swatchSvg(x: number, y: number, fill: string, inner: string, label: string, notes: readonly string[]): string {
  return [
    `<rect x="${x}" y="${coord(y)}" width="30" height="20" fill="${fill}" stroke="rgb(160, 160, 160)" stroke-width="0.5"/>`,
    inner,
    svgText(x + 38, y + 8, label, 'font-size="13" fill="rgb(40, 40, 40)" dy="0.35em"'),
    ...notes.map((note, i) => svgText(x + 38, y + 24 + i * 14, note, 'font-size="11" fill="rgb(90, 90, 90)" dy="0.35em"')),
  ].join('');
}

function legendSvg(model: DiffModel, x: number, top: number, plotHeight: number): string {
  const parts: string[] = [];
  const barHeight = Math.max(120, Math.min(260, plotHeight * 0.55));
  const barTop = top + 22;
  parts.push(svgText(x, top, DELTA_SCALE_TITLE, 'font-size="12" font-weight="bold" fill="rgb(40, 40, 40)"'));
  parts.push(`<rect x="${x}" y="${coord(barTop)}" width="22" height="${coord(barHeight)}" fill="url(#delta-scale)" stroke="rgb(120, 120, 120)" stroke-width="0.5"/>`);
  for (const tick of [1, 0.5, 0, -0.5, -1]) {
    const y = barTop + ((1 - tick) / 2) * barHeight;
    parts.push(`<path d="M${x + 22} ${coord(y)}h5" stroke="rgb(80, 80, 80)"/>`);
    const label = tick === 0 ? '0 (same)' : formatDelta(tick);
    parts.push(svgText(x + 31, y, label, 'font-size="12" fill="rgb(60, 60, 60)" dy="0.35em"'));
  }
  let y = barTop + barHeight + 30;
  const outline = `<rect x="${x + 1.5}" y="${coord(y + 1.5)}" width="27" height="17" fill="none" stroke="${OUTLINE}" stroke-width="3"/>`;
  parts.push(swatchSvg(x, y, deltaColor(-0.5), outline, 'real drop', [`one-sided p < ${model.alpha}`]));
  y += 40;
  if (model.anyMissing) {
    const na = svgText(x + 15, y + 10, 'n/a', `font-size="9" font-weight="bold" fill="${NA_TEXT}" text-anchor="middle" dy="0.35em"`);
    parts.push(swatchSvg(x, y, MISSING_COLOR, na, 'not comparable', ['missing on one side', 'or no ok trials']));
    y += 54;
  }
  if (model.anyEmpty) parts.push(swatchSvg(x, y, EMPTY_COLOR, '', 'no trials', ['in either run']));
  return parts.join('');
}

function defs(): string {
  const stops = [...DELTA_STOPS].reverse().map(([at]) => `<stop offset="${(1 - at) / 2}" stop-color="${deltaColor(at)}"/>`).join('');
  return `<defs><linearGradient id="delta-scale" x1="0" y1="0" x2="0" y2="1">${stops}</linearGradient></defs>`;
}

/** The diff heatmap as a standalone SVG document (1200×800 user units, white background). */
function diffHeatmapSvg(model: DiffModel, scale: number): string {
  const parts: string[] = [svgOpen(model.title, { scale }), defs(), `<rect width="${HEATMAP_WIDTH}" height="${HEATMAP_HEIGHT}" fill="rgb(255, 255, 255)"/>`];
  parts.push(headerSvg(model.title, model.subtitles.map((s) => s.text), (i) => model.subtitles[i].color));
  const box = gridBox(model.xLabels.length, model.yLabels.length, model.subtitles.length);
  const { left, top, right, bottom, cw, ch, gap } = box;
  // Outlines are drawn with their cells, so draw real drops last: a neighbour's fill never covers an outline.
  const ordered = [...model.cells.filter((c) => !c.drop), ...model.cells.filter((c) => c.drop)];
  for (const c of ordered) parts.push(cellSvg(c, left + c.col * cw + gap / 2, top + c.row * ch + gap / 2, cw - gap, ch - gap));
  if (model.cells.length === 0) {
    parts.push(svgText((left + right) / 2, (top + bottom) / 2, 'no cells to compare', 'font-size="18" fill="rgb(120, 120, 120)" text-anchor="middle"'));
  }
  parts.push(axesSvg(box, model.xLabels, model.yLabels));
  parts.push(legendSvg(model, right + 22, top + 8, bottom - top));
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * Renders how recall changed per cell between two runs: lengths across, depths down (0% at the top), the signed change
 * written in each cell on a red (fell) → white → green (rose) scale, real drops outlined, cells missing on one side grey.
 */
export async function renderDiffHeatmap(
  baseManifest: RunManifest,
  nextManifest: RunManifest,
  comparison: RunComparison,
  opts: DiffHeatmapOptions = {},
): Promise<Buffer> {
  const model = buildDiffModel(baseManifest, nextManifest, comparison);
  const scale = opts.scale ?? 1;
  if (opts.format === 'svg') return Buffer.from(diffHeatmapSvg(model, scale), 'utf8');
  return renderSvgPng(diffHeatmapSvg(model, scale), { width: HEATMAP_WIDTH, height: HEATMAP_HEIGHT, scale });
}
