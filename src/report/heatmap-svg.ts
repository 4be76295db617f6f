// Hand-written SVG of the heatmap: real text (searchable, selectable), same cells and colours as the PNG; also embedded in report.html.

import { escapeXml } from './escape.js';
import type { HeatmapCellView, HeatmapModel } from './heatmap-model.js';
import { legendSwatches, SCALE_TITLE, X_AXIS_TITLE, Y_AXIS_TITLE } from './heatmap-model.js';
import { cellKey } from './grid.js';
import { cellFontSize, gridExtent, headerHeight, headerLines, tickFontSize } from './heatmap-layout.js';
import { MARKER_COLOR, SCORE_STOPS, scoreColor } from './palette.js';

/** Logical size of the drawing (the PNG's size at scale 1). */
export const HEATMAP_WIDTH = 1200;
/** Logical height of the drawing. */
export const HEATMAP_HEIGHT = 800;

/** Font stack of every hand-written SVG. */
/**
 * Font stack of every heatmap: DejaVu Sans for Latin text, then fonts that cover kana and hanzi (setup installs
 * WenQuanYi Micro Hei on Debian; Noto CJK, Hiragino and PingFang elsewhere) for the titles and labels of ja/zh sweeps.
 */
export const FONT = "DejaVu Sans, 'WenQuanYi Micro Hei', 'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Hiragino Sans', 'PingFang SC', Helvetica, Arial, sans-serif";
/** Room right of the cells for the legend. */
export const LEGEND_WIDTH = 200;

/** Options of {@link heatmapSvg}. */
export interface HeatmapSvgOptions {
  /** Multiplies the width and height attributes (the viewBox stays 1200×800). @default 1 */
  scale?: number;
  /** Makes cells focusable buttons carrying `data-key` (for report.html). @default false */
  interactive?: boolean;
  /** For inline use in HTML: no namespace or fixed size, `class="heatmap"` instead (CSS sizes it). @default false */
  inline?: boolean;
}

/** A coordinate rounded to one decimal, as written in the SVG. */
export const coord = (x: number): string => String(Math.round(x * 10) / 10);

/** A `<text>` element at (x, y) with escaped content. */
export function svgText(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${coord(x)}" y="${coord(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

/** Where the cells' block sits in the drawing, and each cell's pitch and gap. */
export interface GridBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Column pitch (cell width plus gap). */
  cw: number;
  /** Row pitch. */
  ch: number;
  /** White gap between neighbouring cells. */
  gap: number;
}

/** Places a cols×rows block of cells between the axis labels and the legend, centred and capped in size. */
export function gridBox(cols: number, rows: number, subtitleCount: number): GridBox {
  const room = { left: 110, right: HEATMAP_WIDTH - LEGEND_WIDTH, top: headerHeight(subtitleCount), bottom: HEATMAP_HEIGHT - 78 };
  const extent = gridExtent({ width: room.right - room.left, height: room.bottom - room.top }, cols, rows);
  const left = room.left + (room.right - room.left - extent.width) / 2;
  const top = room.top + (room.bottom - room.top - extent.height) / 2;
  const cw = extent.width / Math.max(1, cols);
  const ch = extent.height / Math.max(1, rows);
  return { left, top, right: left + extent.width, bottom: top + extent.height, cw, ch, gap: Math.min(2, cw * 0.05, ch * 0.05) };
}

/** Opening `<svg>` tag: standalone (namespace, size × scale, role img) or inline (`class="heatmap"`, sized by CSS). */
export function svgOpen(label: string, opts: { scale?: number; inline?: boolean } = {}): string {
  const scale = opts.scale ?? 1;
  const W = HEATMAP_WIDTH;
  const H = HEATMAP_HEIGHT;
  return opts.inline
    ? `<svg class="heatmap" viewBox="0 0 ${W} ${H}" font-family="${FONT}" aria-label="${escapeXml(label)}">`
    : `<svg xmlns="http://www.w3.org/2000/svg" width="${coord(W * scale)}" height="${coord(H * scale)}" viewBox="0 0 ${W} ${H}" font-family="${FONT}" role="img" aria-label="${escapeXml(label)}">`;
}

/** Colour of warning subtitles (baseline model, partial run). */
export const WARNING_COLOR = 'rgb(170, 30, 30)';

/** Title (bold, dark) and subtitle lines centred at the top; subtitles are warnings (red) unless `colorOf` says otherwise. */
export function headerSvg(title: string, subtitles: readonly string[], colorOf: (subtitle: number) => string = () => WARNING_COLOR): string {
  return headerLines(title, subtitles, HEATMAP_WIDTH)
    .map((line, i) => {
      const color = line.bold ? 'rgb(20, 20, 20)' : colorOf(i - 1);
      return svgText(HEATMAP_WIDTH / 2, line.y, line.text, `font-size="${line.size}"${line.bold ? ' font-weight="bold"' : ''} fill="${color}" text-anchor="middle"`);
    })
    .join('\n');
}

/** Tick labels (lengths below, depths left) and both axis titles around the cells' block. */
export function axesSvg(box: GridBox, xLabels: readonly string[], yLabels: readonly string[], titles: { x: string; y: string } = { x: X_AXIS_TITLE, y: Y_AXIS_TITLE }): string {
  const { left, top, right, bottom, cw, ch } = box;
  const parts: string[] = [];
  const xTick = tickFontSize(xLabels, cw);
  xLabels.forEach((label, i) => {
    parts.push(svgText(left + (i + 0.5) * cw, bottom + 20, label, `font-size="${coord(xTick)}" fill="rgb(60, 60, 60)" text-anchor="middle"`));
  });
  const yTick = Math.min(13, Math.max(8, ch * 0.6));
  yLabels.forEach((label, i) => {
    parts.push(svgText(left - 8, top + (i + 0.5) * ch, label, `font-size="${coord(yTick)}" fill="rgb(60, 60, 60)" text-anchor="end" dy="0.35em"`));
  });
  parts.push(svgText((left + right) / 2, bottom + 50, titles.x, 'font-size="15" fill="rgb(40, 40, 40)" text-anchor="middle"'));
  parts.push(
    `<text transform="translate(${coord(Math.max(32, left - 78))} ${coord((top + bottom) / 2)}) rotate(-90)" font-size="15" fill="rgb(40, 40, 40)" text-anchor="middle">${escapeXml(titles.y)}</text>`,
  );
  return parts.join('\n');
}

function cellSvg(c: HeatmapCellView, x: number, y: number, w: number, h: number, interactive: boolean): string {
  const parts: string[] = [];
  const open = interactive
    ? `<g class="cell" data-key="${escapeXml(cellKey(c.length, c.depth))}" tabindex="0" role="button" aria-label="${escapeXml(c.description)}">`
    : '<g>';
  parts.push(open, `<title>${escapeXml(c.description)}</title>`);
  parts.push(`<rect x="${coord(x)}" y="${coord(y)}" width="${coord(w)}" height="${coord(h)}" fill="${c.fill}"/>`);
  if (c.kind === 'overflow') parts.push(`<rect x="${coord(x)}" y="${coord(y)}" width="${coord(w)}" height="${coord(h)}" fill="url(#hatch)"/>`);
  if (c.marker) {
    const m = Math.min(20, Math.min(w, h) * 0.3);
    parts.push(`<path d="M${coord(x + w - m)} ${coord(y)}H${coord(x + w)}V${coord(y + m)}Z" fill="${MARKER_COLOR}"/>`);
  }
  const size = cellFontSize(w, h);
  if (c.text && size >= 8) {
    const attrs = `font-size="${coord(size)}" fill="${c.textColor}" text-anchor="middle" dy="0.35em"${c.kind === 'ok' || c.kind === 'mixed' ? '' : ' font-weight="bold"'}`;
    parts.push(svgText(x + w / 2, y + h / 2, c.text, attrs));
  }
  parts.push('</g>');
  return parts.join('');
}

function legendSvg(model: HeatmapModel, x: number, top: number, plotHeight: number): string {
  const parts: string[] = [];
  const barHeight = Math.max(120, Math.min(260, plotHeight * 0.55));
  const barTop = top + 22;
  parts.push(svgText(x, top, model.labels?.scale ?? SCALE_TITLE, 'font-size="12" font-weight="bold" fill="rgb(40, 40, 40)"'));
  parts.push(`<rect x="${x}" y="${coord(barTop)}" width="22" height="${coord(barHeight)}" fill="url(#scale)" stroke="rgb(120, 120, 120)" stroke-width="0.5"/>`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = barTop + (1 - tick) * barHeight;
    parts.push(`<path d="M${x + 22} ${coord(y)}h5" stroke="rgb(80, 80, 80)"/>`);
    parts.push(svgText(x + 31, y, tick.toFixed(2), 'font-size="12" fill="rgb(60, 60, 60)" dy="0.35em"'));
  }
  let y = barTop + barHeight + 30;
  for (const s of legendSwatches(model)) {
    parts.push(`<rect x="${x}" y="${coord(y)}" width="30" height="20" fill="${s.fill}" stroke="rgb(160, 160, 160)" stroke-width="0.5"/>`);
    if (s.kind === 'overflow') parts.push(`<rect x="${x}" y="${coord(y)}" width="30" height="20" fill="url(#hatch)"/>`);
    if (s.kind === 'mixed') parts.push(`<path d="M${x + 21} ${coord(y)}H${x + 30}V${coord(y + 9)}Z" fill="${MARKER_COLOR}"/>`);
    if (s.text) parts.push(svgText(x + 15, y + 10, s.text, 'font-size="9" font-weight="bold" fill="rgb(255, 255, 255)" text-anchor="middle" dy="0.35em"'));
    parts.push(svgText(x + 38, y + 10, s.label, 'font-size="13" fill="rgb(40, 40, 40)" dy="0.35em"'));
    y += 28;
  }
  return parts.join('');
}

function defs(): string {
  const stops = SCORE_STOPS.map(([at]) => `<stop offset="${1 - at}" stop-color="${scoreColor(at)}"/>`).reverse().join('');
  return (
    '<defs>' +
    `<linearGradient id="scale" x1="0" y1="0" x2="0" y2="1">${stops}</linearGradient>` +
    '<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    '<rect width="3" height="8" fill="rgb(255, 255, 255)" fill-opacity="0.18"/></pattern>' +
    '</defs>'
  );
}

/** The heatmap as a standalone SVG document (1200×800 user units, white background). */
export function heatmapSvg(model: HeatmapModel, opts: HeatmapSvgOptions = {}): string {
  const W = HEATMAP_WIDTH;
  const H = HEATMAP_HEIGHT;
  const parts: string[] = [svgOpen(model.title, opts), defs(), `<rect width="${W}" height="${H}" fill="rgb(255, 255, 255)"/>`];
  parts.push(headerSvg(model.title, model.subtitles));
  const box = gridBox(model.xLabels.length, model.yLabels.length, model.subtitles.length);
  const { left, top, right, bottom, cw, ch, gap } = box;
  for (const c of model.cells) {
    parts.push(cellSvg(c, left + c.col * cw + gap / 2, top + c.row * ch + gap / 2, cw - gap, ch - gap, opts.interactive ?? false));
  }
  if (model.cells.length === 0) {
    parts.push(svgText((left + right) / 2, (top + bottom) / 2, 'no trials recorded', 'font-size="18" fill="rgb(120, 120, 120)" text-anchor="middle"'));
  }
  parts.push(axesSvg(box, model.xLabels, model.yLabels, model.labels));
  parts.push(legendSvg(model, right + 22, top + 8, bottom - top));
  parts.push('</svg>');
  return parts.join('\n');
}
