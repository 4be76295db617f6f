// Small multiples: one compact heatmap per run, side by side on one shared colour scale (0 red → 1 green), with one legend.

import { escapeXml } from './escape.js';
import { formatScore } from './format.js';
import { buildHeatmapModel } from './heatmap-model.js';
import { coord, FONT, svgText } from './heatmap-svg.js';
import type { Leaderboard, LeaderboardRow } from './leaderboard.js';
import { ERROR_COLOR, OVERFLOW_COLOR, SCORE_STOPS, scoreColor } from './palette.js';

const PANEL_W = 340;
const PANEL_H = 270;
const GRID = { left: 52, top: 46, right: 12, bottom: 34 };
const LEGEND_W = 150;
const MAX_COLUMNS = 3;

function defs(): string {
  const stops = SCORE_STOPS.map(([at]) => `<stop offset="${1 - at}" stop-color="${scoreColor(at)}"/>`).reverse().join('');
  return (
    `<defs><linearGradient id="lb-scale" x1="0" y1="0" x2="0" y2="1">${stops}</linearGradient>` +
    '<pattern id="lb-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" fill="rgb(255, 255, 255)" fill-opacity="0.2"/></pattern></defs>'
  );
}

/** Keeps a label within a panel's width (about 7 px a character at 13 px). */
function fit(text: string, width: number, size: number): string {
  const max = Math.max(4, Math.floor(width / (size * 0.56)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function panel(row: LeaderboardRow, x: number, y: number): string {
  const { manifest, records, results } = row.run;
  const model = buildHeatmapModel(manifest, records);
  const cols = Math.max(1, model.xLabels.length);
  const rows = Math.max(1, model.yLabels.length);
  const w = PANEL_W - GRID.left - GRID.right;
  const h = PANEL_H - GRID.top - GRID.bottom;
  const cw = w / cols;
  const ch = h / rows;
  const gap = Math.min(1, cw * 0.06, ch * 0.06);
  const parts: string[] = [`<g class="panel" data-rank="${row.rank}" transform="translate(${coord(x)} ${coord(y)})">`];
  const marker = row.differences.length > 0 ? ' ⚠' : '';
  parts.push(svgText(PANEL_W / 2, 16, fit(`${row.rank}. ${row.label}${marker}`, PANEL_W - 10, 13), 'font-size="13" font-weight="bold" fill="rgb(20, 20, 20)" text-anchor="middle"'));
  const eff = results.effective_length.absolute.length;
  const sub = `recall ${formatScore(results.overall.recall)} · effective ${eff === null ? 'none' : eff.toLocaleString('en-US')}`;
  parts.push(svgText(PANEL_W / 2, 33, fit(sub, PANEL_W - 10, 11), 'font-size="11" fill="rgb(70, 70, 70)" text-anchor="middle"'));
  for (const c of model.cells) {
    const cx = GRID.left + c.col * cw + gap / 2;
    const cy = GRID.top + c.row * ch + gap / 2;
    parts.push(`<g><title>${escapeXml(`${row.label}: ${c.description}`)}</title><rect x="${coord(cx)}" y="${coord(cy)}" width="${coord(cw - gap)}" height="${coord(ch - gap)}" fill="${c.fill}"/>`);
    if (c.kind === 'overflow') parts.push(`<rect x="${coord(cx)}" y="${coord(cy)}" width="${coord(cw - gap)}" height="${coord(ch - gap)}" fill="url(#lb-hatch)"/>`);
    parts.push('</g>');
  }
  // Axis ticks: every length when they fit, else every other; first, middle and last depth.
  const every = cw >= 26 ? 1 : cw >= 13 ? 2 : Math.ceil(26 / cw);
  model.xLabels.forEach((label, i) => {
    if (i % every === 0 || i === cols - 1) parts.push(svgText(GRID.left + (i + 0.5) * cw, PANEL_H - GRID.bottom + 13, label, 'font-size="9" fill="rgb(70, 70, 70)" text-anchor="middle"'));
  });
  const yTicks = new Set([0, Math.floor((rows - 1) / 2), rows - 1]);
  model.yLabels.forEach((label, i) => {
    if (yTicks.has(i)) parts.push(svgText(GRID.left - 5, GRID.top + (i + 0.5) * ch, label, 'font-size="9" fill="rgb(70, 70, 70)" text-anchor="end" dy="0.35em"'));
  });
  parts.push(svgText(GRID.left + w / 2, PANEL_H - 6, 'length (tokens)', 'font-size="10" fill="rgb(90, 90, 90)" text-anchor="middle"'));
  parts.push(`<text transform="translate(12 ${coord(GRID.top + h / 2)}) rotate(-90)" font-size="10" fill="rgb(90, 90, 90)" text-anchor="middle">depth</text>`);
  parts.push('</g>');
  return parts.join('');
}

function legend(x: number, y: number): string {
  const parts = [svgText(x, y + 12, 'Mean score (ok trials)', 'font-size="11" font-weight="bold" fill="rgb(40, 40, 40)"')];
  const barTop = y + 24;
  const barH = 150;
  parts.push(`<rect x="${x}" y="${barTop}" width="18" height="${barH}" fill="url(#lb-scale)" stroke="rgb(120, 120, 120)" stroke-width="0.5"/>`);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) parts.push(svgText(x + 24, barTop + (1 - t) * barH, t.toFixed(2), 'font-size="10" fill="rgb(60, 60, 60)" dy="0.35em"'));
  let sy = barTop + barH + 20;
  for (const [fill, text, label] of [
    [OVERFLOW_COLOR, 'OVF', 'context overflow'],
    [ERROR_COLOR, 'ERR', 'request error'],
  ] as const) {
    parts.push(`<rect x="${x}" y="${sy}" width="26" height="16" fill="${fill}"/>`);
    if (text === 'OVF') parts.push(`<rect x="${x}" y="${sy}" width="26" height="16" fill="url(#lb-hatch)"/>`);
    parts.push(svgText(x + 13, sy + 8, text, 'font-size="8" font-weight="bold" fill="rgb(255, 255, 255)" text-anchor="middle" dy="0.35em"'));
    parts.push(svgText(x + 32, sy + 8, label, 'font-size="10" fill="rgb(40, 40, 40)" dy="0.35em"'));
    sy += 24;
  }
  return parts.join('');
}

/** One SVG of every run's heatmap (in rank order) and the shared legend. `inline` drops the namespace and fixed size for HTML. */
export function leaderboardSvg(board: Leaderboard, opts: { inline?: boolean } = {}): string {
  const n = board.rows.length;
  const columns = Math.min(MAX_COLUMNS, Math.max(1, n));
  const lines = Math.ceil(n / columns);
  const W = columns * PANEL_W + LEGEND_W;
  const H = Math.max(lines * PANEL_H, 260);
  const label = `Recall by length and depth for ${n} run${n === 1 ? '' : 's'}, one colour scale`;
  const open = opts.inline
    ? `<svg class="multiples" viewBox="0 0 ${W} ${H}" font-family="${FONT}" role="img" aria-label="${escapeXml(label)}">`
    : `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}" role="img" aria-label="${escapeXml(label)}">`;
  const parts = [open, defs(), `<rect width="${W}" height="${H}" fill="rgb(255, 255, 255)"/>`];
  board.rows.forEach((row, i) => parts.push(panel(row, (i % columns) * PANEL_W, Math.floor(i / columns) * PANEL_H)));
  parts.push(legend(columns * PANEL_W + 14, 20));
  parts.push('</svg>');
  return parts.join('\n');
}
