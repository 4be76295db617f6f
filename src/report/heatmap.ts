// The recall heatmap as a PNG (chart.js matrix chart) or an SVG (hand-written), from the same cell data and colours.

import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
// Type-only: brings the `matrix` chart type into chart.js's type registry (the runtime plugin is loaded in chart-canvas.ts).
import type { MatrixProps } from 'chartjs-chart-matrix';
import type { RunManifest, TrialRecord } from '../types.js';
import { renderChartPng } from './chart-canvas.js';
import type { HeatmapCellView, HeatmapModel } from './heatmap-model.js';
import { buildHeatmapModel, legendSwatches, SCALE_TITLE, X_AXIS_TITLE, Y_AXIS_TITLE } from './heatmap-model.js';
import { cellFontSize, gridExtent, headerHeight, headerLines, tickFontSize } from './heatmap-layout.js';
import { FONT, HEATMAP_HEIGHT, HEATMAP_WIDTH, heatmapSvg } from './heatmap-svg.js';
import { MARKER_COLOR, SCORE_STOPS, scoreColor } from './palette.js';

/** Options of {@link renderHeatmap}. */
export interface HeatmapOptions {
  /** @default 'png' */
  format?: 'png' | 'svg';
  /** Pixel density: 2 renders 2400×1600 pixels of the same 1200×800 picture. @default 1 */
  scale?: number;
}

const LEGEND_WIDTH = 200;

/** Cell size in chart pixels, leaving a small white gap between cells. */
function cellSize(chart: Chart, count: number, horizontal: boolean): number {
  const area = chart.chartArea;
  if (!area) return 0;
  const full = (horizontal ? area.width : area.height) / Math.max(1, count);
  return Math.max(1, full - Math.min(2, full * 0.05));
}

/** Draws hatching, markers and labels over the matrix cells (chart.js draws only the fills). */
function cellDecorations(model: HeatmapModel): Plugin<'matrix'> {
  return {
    id: 'needle-cell-decorations',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const meta = chart.getDatasetMeta(0);
      if (model.cells.length === 0) {
        const area = chart.chartArea;
        ctx.save();
        ctx.fillStyle = 'rgb(120, 120, 120)';
        ctx.font = `18px ${FONT}`;
        ctx.textAlign = 'center';
        ctx.fillText('no trials recorded', (area.left + area.right) / 2, (area.top + area.bottom) / 2);
        ctx.restore();
      }
      meta.data.forEach((element, i) => {
        const c: HeatmapCellView = model.cells[i];
        const { x, y, width: w, height: h } = element.getProps(['x', 'y', 'width', 'height'], true) as unknown as MatrixProps;
        ctx.save();
        ctx.beginPath();
        ctx.rect(x, y, w, h);
        ctx.clip();
        if (c.kind === 'overflow') {
          ctx.strokeStyle = 'rgba(255, 255, 255, 0.18)';
          ctx.lineWidth = 3;
          for (let d = -h; d < w; d += 8) {
            ctx.beginPath();
            ctx.moveTo(x + d, y + h);
            ctx.lineTo(x + d + h, y);
            ctx.stroke();
          }
        }
        if (c.marker) {
          const m = Math.min(20, Math.min(w, h) * 0.3);
          ctx.fillStyle = MARKER_COLOR;
          ctx.beginPath();
          ctx.moveTo(x + w - m, y);
          ctx.lineTo(x + w, y);
          ctx.lineTo(x + w, y + m);
          ctx.fill();
        }
        const size = cellFontSize(w, h);
        if (c.text && size >= 8) {
          ctx.fillStyle = c.textColor;
          ctx.font = `${c.kind === 'ok' || c.kind === 'mixed' ? '' : 'bold '}${size}px ${FONT}`;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          ctx.fillText(c.text, x + w / 2, y + h / 2);
        }
        ctx.restore();
      });
    },
  };
}

/** Draws the title and subtitles centred on the whole image, as the SVG does (chart.js would squeeze them into the padded box). */
function header(model: HeatmapModel): Plugin<'matrix'> {
  return {
    id: 'needle-header',
    afterDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'alphabetic';
      for (const line of headerLines(model.title, model.subtitles, HEATMAP_WIDTH)) {
        ctx.fillStyle = line.bold ? 'rgb(20, 20, 20)' : 'rgb(170, 30, 30)';
        ctx.font = `${line.bold ? 'bold ' : ''}${line.size}px ${FONT}`;
        ctx.fillText(line.text, HEATMAP_WIDTH / 2, line.y);
      }
      ctx.restore();
    },
  };
}

/** Draws the colour bar (0 → 1) and the swatches for overflow, error and the other cell kinds, right of the plot. */
function scaleLegend(model: HeatmapModel): Plugin<'matrix'> {
  return {
    id: 'needle-scale-legend',
    afterDraw(chart) {
      const ctx = chart.ctx;
      const area = chart.chartArea;
      const x = area.right + 22;
      const top = area.top + 8;
      const barTop = top + 22;
      const barHeight = Math.max(120, Math.min(260, area.height * 0.55));
      ctx.save();
      ctx.fillStyle = 'rgb(40, 40, 40)';
      ctx.font = `bold 12px ${FONT}`;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(model.labels?.scale ?? SCALE_TITLE, x, top);
      const gradient = ctx.createLinearGradient(0, barTop + barHeight, 0, barTop);
      for (const [at] of SCORE_STOPS) gradient.addColorStop(at, scoreColor(at));
      ctx.fillStyle = gradient;
      ctx.fillRect(x, barTop, 22, barHeight);
      ctx.strokeStyle = 'rgb(120, 120, 120)';
      ctx.lineWidth = 0.5;
      ctx.strokeRect(x, barTop, 22, barHeight);
      ctx.font = `12px ${FONT}`;
      ctx.textBaseline = 'middle';
      for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
        const y = barTop + (1 - tick) * barHeight;
        ctx.strokeStyle = 'rgb(80, 80, 80)';
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(x + 22, y);
        ctx.lineTo(x + 27, y);
        ctx.stroke();
        ctx.fillStyle = 'rgb(60, 60, 60)';
        ctx.fillText(tick.toFixed(2), x + 31, y);
      }
      let y = barTop + barHeight + 30;
      for (const s of legendSwatches(model)) {
        ctx.fillStyle = s.fill;
        ctx.fillRect(x, y, 30, 20);
        ctx.strokeStyle = 'rgb(160, 160, 160)';
        ctx.lineWidth = 0.5;
        ctx.strokeRect(x, y, 30, 20);
        if (s.kind === 'mixed') {
          ctx.fillStyle = MARKER_COLOR;
          ctx.beginPath();
          ctx.moveTo(x + 21, y);
          ctx.lineTo(x + 30, y);
          ctx.lineTo(x + 30, y + 9);
          ctx.fill();
        }
        if (s.text) {
          ctx.fillStyle = 'rgb(255, 255, 255)';
          ctx.font = `bold 9px ${FONT}`;
          ctx.textAlign = 'center';
          ctx.fillText(s.text, x + 15, y + 10);
          ctx.textAlign = 'left';
        }
        ctx.fillStyle = 'rgb(40, 40, 40)';
        ctx.font = `13px ${FONT}`;
        ctx.fillText(s.label, x + 38, y + 10);
        y += 28;
      }
      ctx.restore();
    },
  };
}

/**
 * Layout padding that centres the cells' block and caps cell size. chart.js lays the axes out itself,
 * so their sizes are estimated from font sizes and label lengths (close enough to centre the block).
 */
function padding(model: HeatmapModel, fonts: { x: number; y: number }) {
  const base = { top: headerHeight(model.subtitles.length), right: LEGEND_WIDTH, bottom: 8, left: 16 };
  const longestY = model.yLabels.reduce((a, b) => Math.max(a, b.length), 0);
  const yAxis = 15 * 1.2 + 8 + longestY * fonts.y * 0.62 + 14;
  const xAxis = fonts.x * 1.2 + 14 + 15 * 1.2 + 8;
  const room = {
    width: HEATMAP_WIDTH - base.left - base.right - yAxis,
    height: HEATMAP_HEIGHT - base.top - base.bottom - xAxis,
  };
  const extent = gridExtent(room, model.xLabels.length, model.yLabels.length);
  const dx = (room.width - extent.width) / 2;
  const dy = (room.height - extent.height) / 2;
  return { top: base.top + dy, right: base.right + dx, bottom: base.bottom + dy, left: base.left + dx };
}

function heatmapConfig(model: HeatmapModel): ChartConfiguration {
  const cols = model.xLabels.length;
  const rows = model.yLabels.length;
  const roughCell = gridExtent({ width: 880, height: 600 }, cols, rows);
  const fonts = {
    x: tickFontSize(model.xLabels, roughCell.width / Math.max(1, cols)),
    y: Math.min(13, Math.max(8, (roughCell.height / Math.max(1, rows)) * 0.6)),
  };
  const axis = (labels: string[], title: string, reverse: boolean, size: number) => ({
    type: 'category',
    labels,
    reverse,
    offset: true,
    grid: { display: false },
    border: { display: false },
    ticks: { autoSkip: false, maxRotation: 45, color: 'rgb(60, 60, 60)', font: { size } },
    title: { display: true, text: title, color: 'rgb(40, 40, 40)', font: { size: 15 } },
  });
  const config = {
    type: 'matrix',
    data: {
      datasets: [
        {
          data: model.cells.map((c) => ({ x: model.xLabels[c.col], y: model.yLabels[c.row] })),
          backgroundColor: model.cells.map((c) => c.fill),
          borderWidth: 0,
          width: ({ chart }: { chart: Chart }) => cellSize(chart, cols, true),
          height: ({ chart }: { chart: Chart }) => cellSize(chart, rows, false),
        },
      ],
    },
    options: {
      layout: { padding: padding(model, fonts) },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
        title: { display: false },
        subtitle: { display: false },
      },
      // The matrix chart type defaults to `y.reverse: true`, which puts the first label (0%) at the bottom: undo it.
      scales: { x: axis(model.xLabels, model.labels?.x ?? X_AXIS_TITLE, false, fonts.x), y: axis(model.yLabels, model.labels?.y ?? Y_AXIS_TITLE, false, fonts.y) },
    },
    plugins: [cellDecorations(model), header(model), scaleLegend(model)],
  };
  return config as unknown as ChartConfiguration;
}

/** Renders the recall heatmap: lengths across, depths down (0% at the top), mean score per cell on a red → yellow → green scale. */
export async function renderHeatmap(manifest: RunManifest, records: TrialRecord[], opts: HeatmapOptions = {}): Promise<Buffer> {
  const model = buildHeatmapModel(manifest, records);
  if (opts.format === 'svg') return Buffer.from(heatmapSvg(model, { scale: opts.scale }), 'utf8');
  return renderChartPng(heatmapConfig(model), { width: HEATMAP_WIDTH, height: HEATMAP_HEIGHT, scale: opts.scale });
}
