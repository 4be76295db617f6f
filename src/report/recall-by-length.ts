// Recall against context length as a PNG line chart: 95% Wilson band, threshold line, effective length marked.

import { FONT } from './heatmap-svg.js';
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { summarize } from '../score/stats.js';
import type { GroupStats, RunManifest, TrialRecord } from '../types.js';
import { renderChartPng } from './chart-canvas.js';
import { formatScore, formatTokens } from './format.js';
import { headerHeight, headerLines } from './heatmap-layout.js';
import { heatmapSubtitles, heatmapTitle, X_AXIS_TITLE } from './heatmap-model.js';
import { dominantFailure } from './grid.js';
import { ERROR_COLOR, INCOMPLETE_COLOR, OVERFLOW_COLOR, scoreColor } from './palette.js';

/** Options of {@link renderRecallByLength}. */
export interface RecallByLengthOptions {
  /** Pixel density. @default 1 */
  scale?: number;
  /** Longest length whose recall meets the threshold; null draws "none", undefined draws nothing. */
  effectiveLength?: number | null;
  /** Recall threshold drawn as a dashed line (0–1); undefined draws none. */
  threshold?: number;
}

const WIDTH = 1200;
const HEIGHT = 700;
const LINE_COLOR = 'rgb(40, 70, 120)';
const BAND_COLOR = 'rgba(40, 70, 120, 0.15)';
const THRESHOLD_COLOR = 'rgb(200, 60, 50)';
const EFFECTIVE_COLOR = 'rgb(30, 120, 60)';

/** Fractional x position of a length among the tested ones (log-interpolated between neighbours), or null outside them. */
function positionOf(length: number, lengths: number[]): number | null {
  const exact = lengths.indexOf(length);
  if (exact >= 0) return exact;
  for (let i = 1; i < lengths.length; i++) {
    if (length > lengths[i - 1] && length < lengths[i]) {
      return i - 1 + Math.log(length / lengths[i - 1]) / Math.log(lengths[i] / lengths[i - 1]);
    }
  }
  return null;
}

/** Header, the effective-length marker and labels for lengths without ok trials. */
function overlays(
  title: string,
  subtitles: string[],
  stats: readonly GroupStats[],
  effective: { x: number | null; label: string } | null,
): Plugin<'line'> {
  return {
    id: 'needle-recall-overlays',
    afterDraw(chart: Chart<'line'>) {
      const ctx = chart.ctx;
      const { top, bottom } = chart.chartArea;
      const x = chart.scales.x;
      const y = chart.scales.y;
      ctx.save();
      ctx.textAlign = 'center';
      for (const line of headerLines(title, subtitles, WIDTH)) {
        ctx.fillStyle = line.bold ? 'rgb(20, 20, 20)' : 'rgb(170, 30, 30)';
        ctx.font = `${line.bold ? 'bold ' : ''}${line.size}px ${FONT}`;
        ctx.fillText(line.text, WIDTH / 2, line.y);
      }
      ctx.font = `bold 12px ${FONT}`;
      stats.forEach((s, i) => {
        if (s.recall !== null) return;
        const failure = dominantFailure(s);
        ctx.fillStyle = failure === 'overflow' ? OVERFLOW_COLOR : failure === 'incomplete' ? INCOMPLETE_COLOR : ERROR_COLOR;
        ctx.fillText(failure === 'overflow' ? 'OVF' : failure === 'incomplete' ? 'INC' : 'ERR', x.getPixelForValue(i), y.getPixelForValue(0) - 8);
      });
      if (effective) {
        const px = effective.x === null ? null : x.getPixelForValue(effective.x);
        if (px !== null) {
          ctx.strokeStyle = EFFECTIVE_COLOR;
          ctx.setLineDash([2, 3]);
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(px, top);
          ctx.lineTo(px, bottom);
          ctx.stroke();
          ctx.setLineDash([]);
        }
        // Label on a white box so the line and band do not run through it.
        ctx.font = `13px ${FONT}`;
        const width = ctx.measureText(effective.label).width;
        const right = px !== null && px > (chart.chartArea.left + chart.chartArea.right) / 2;
        const left = px === null ? chart.chartArea.left + 8 : right ? px - 6 - width : px + 6;
        // Next to its line at the top; with no line, bottom left, where short lengths usually leave room.
        const middle = px === null ? bottom - 16 : top + 16;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.fillRect(left - 4, middle - 10, width + 8, 20);
        ctx.fillStyle = EFFECTIVE_COLOR;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(effective.label, left, middle);
      }
      ctx.restore();
    },
  };
}

/** Renders recall per context length with its 95% interval as a band. */
export async function renderRecallByLength(manifest: RunManifest, records: TrialRecord[], opts: RecallByLengthOptions = {}): Promise<Buffer> {
  const stats = summarize(records).byLength;
  const lengths = stats.map((s) => s.length);
  const labels = lengths.map(formatTokens);
  const subtitles = heatmapSubtitles(manifest);
  const points = stats.map((s, i) => ({ x: i, y: s.recall }));
  const last = Math.max(0, lengths.length - 1);
  const datasets: unknown[] = [
    {
      label: '95% Wilson interval',
      data: stats.map((s, i) => ({ x: i, y: s.interval?.[1] ?? null })),
      borderWidth: 0,
      pointRadius: 0,
      backgroundColor: BAND_COLOR,
      fill: '+1',
    },
    { label: 'lower', data: stats.map((s, i) => ({ x: i, y: s.interval?.[0] ?? null })), borderWidth: 0, pointRadius: 0, fill: false },
    {
      label: 'recall (mean score of ok trials)',
      data: points,
      borderColor: LINE_COLOR,
      backgroundColor: LINE_COLOR,
      borderWidth: 2.5,
      pointRadius: 6,
      pointBorderColor: LINE_COLOR,
      pointBackgroundColor: stats.map((s) => (s.recall === null ? 'white' : scoreColor(s.recall))),
      fill: false,
      // Points at recall 1 sit on the top edge: draw them whole.
      clip: false,
    },
  ];
  if (opts.threshold !== undefined) {
    datasets.push({
      label: `threshold ${formatScore(opts.threshold)}`,
      data: [{ x: -0.5, y: opts.threshold }, { x: last + 0.5, y: opts.threshold }],
      borderColor: THRESHOLD_COLOR,
      borderDash: [8, 5],
      borderWidth: 1.5,
      pointRadius: 0,
      fill: false,
    });
  }
  let effective: { x: number | null; label: string } | null = null;
  if (opts.effectiveLength === null) {
    effective = { x: null, label: `effective length: none${opts.threshold === undefined ? '' : ` (no length reaches ${formatScore(opts.threshold)})`}` };
  } else if (opts.effectiveLength !== undefined) {
    const x = positionOf(opts.effectiveLength, lengths);
    effective = { x, label: `effective length ${formatTokens(opts.effectiveLength)}` };
  }
  const config = {
    type: 'line',
    data: { datasets },
    options: {
      layout: { padding: { top: headerHeight(subtitles.length) - 10, right: 30, bottom: 10, left: 20 } },
      plugins: {
        title: { display: false },
        tooltip: { enabled: false },
        legend: {
          position: 'bottom',
          labels: { filter: (item: { text: string }) => item.text !== 'lower', font: { size: 13 }, boxWidth: 28 },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: -0.5,
          max: last + 0.5,
          grid: { display: false },
          afterBuildTicks: (axis: { ticks: Array<{ value: number }> }) => {
            axis.ticks = lengths.map((_, i) => ({ value: i }));
          },
          ticks: { callback: (value: number) => labels[value] ?? '', font: { size: 13 }, maxRotation: 0 },
          title: { display: true, text: X_AXIS_TITLE, font: { size: 15 } },
        },
        y: {
          min: 0,
          max: 1,
          ticks: { stepSize: 0.1, font: { size: 13 } },
          title: { display: true, text: 'Recall (mean score of ok trials)', font: { size: 15 } },
        },
      },
    },
    plugins: [overlays(heatmapTitle(manifest, records), subtitles, stats, effective)],
  };
  return renderChartPng(config as unknown as ChartConfiguration, { width: WIDTH, height: HEIGHT, scale: opts.scale });
}
