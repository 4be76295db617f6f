// leaderboard.html: one self-contained page (no network, no script): the ranked table and the small multiples on one colour scale.

import { escapeHtml } from './escape.js';
import { RANKING, type Leaderboard } from './leaderboard.js';
import { leaderboardHeader, rowCells, settingsLine } from './leaderboard-md.js';
import { leaderboardSvg } from './leaderboard-svg.js';
import { EMPTY_COLOR, scoreColor } from './palette.js';

// Nothing is fetched and nothing runs: the page is data and inline style only.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; padding: 24px; max-width: 1800px; }
h1 { font-size: 22px; margin: 0 0 6px; }
h2 { font-size: 18px; margin: 28px 0 8px; }
.settings, .hint { color: #555; font-size: 13.5px; margin: 4px 0; }
.warning { color: #aa1e1e; font-weight: 600; }
.scroll { overflow-x: auto; }
table.board { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.board th, table.board td { padding: 5px 10px; border-bottom: 1px solid #ddd; text-align: right; white-space: nowrap; }
table.board th { background: #f4f4f4; position: sticky; top: 0; }
table.board td.model, table.board th.model { text-align: left; font-weight: 600; }
table.board td.outcomes { text-align: left; font-size: 13px; }
table.board td.recall { border-left: 3px solid transparent; }
table.board tr.mixed td.model { color: #aa1e1e; }
ul.differences { color: #aa1e1e; }
svg.multiples { width: 100%; height: auto; max-width: 1200px; display: block; }
`;

/** Colour swatch beside a recall, on the same scale as the maps. */
function swatch(recall: number | null): string {
  return `border-left-color:${recall === null ? EMPTY_COLOR : scoreColor(recall)}`;
}

/** The whole leaderboard as one HTML page; every model id, path and label is escaped. */
export function renderLeaderboardHtml(board: Leaderboard): string {
  const header = leaderboardHeader(board);
  const firstLength = 5;
  const rows = board.rows.map((row) => {
    const cells = rowCells(board, row);
    const r = row.run.results;
    const tds = cells.map((c, i) => {
      if (i === 1) return `<td class="model" title="${escapeHtml(row.run.dir)}">${escapeHtml(c)}</td>`;
      if (i === 2) return `<td class="recall" style="${swatch(r.overall.recall)}">${escapeHtml(c)}</td>`;
      if (i >= firstLength && i < firstLength + board.lengths.length) {
        const g = r.by_length.find((x) => x.length === board.lengths[i - firstLength]);
        return `<td class="recall" style="${swatch(g?.recall ?? null)}">${escapeHtml(c)}</td>`;
      }
      if (i === cells.length - 3) return `<td class="outcomes">${escapeHtml(c)}</td>`;
      return `<td>${escapeHtml(c)}</td>`;
    });
    return `<tr class="${row.differences.length > 0 ? 'mixed' : 'like'}" data-rank="${row.rank}">${tds.join('')}</tr>`;
  });
  const differences = board.rows
    .filter((r) => r.differences.length > 0)
    .map((r) => `<li>${escapeHtml(`${r.label}: ${r.differences.join('; ')}`)}</li>`)
    .join('');
  const warning = board.likeForLike ? '' : `<p class="warning">Not like for like: rows marked ⚠ differ from the first run.</p><ul class="differences">${differences}</ul>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>needle leaderboard</title>
<style>${CSS}</style>
</head>
<body>
<h1>needle leaderboard</h1>
<p class="settings">${escapeHtml(settingsLine(board))}</p>
<p class="hint">${escapeHtml(`Rows are ${RANKING}. Recall is the mean score of ok trials with its 95% interval; overflowed, failed and incomplete trials are counted, never scored.`)}</p>
${warning}
<div class="scroll">
<table class="board">
<thead><tr>${header.map((h, i) => `<th${i === 1 ? ' class="model"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
<h2>Recall by length and depth</h2>
<p class="hint">One map per run, in rank order, on one colour scale. Hover over a cell for its recall and counts.</p>
${leaderboardSvg(board, { inline: true })}
</body>
</html>
`;
}
