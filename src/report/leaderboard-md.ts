// leaderboard.md: the ranked table (recall with intervals overall and per length, effective lengths, counts, tokens, cost) and the small multiples.

import { escapeMarkdown as md } from './escape.js';
import { formatInterval, formatScore, formatTokens } from './format.js';
import { RANKING, type Leaderboard, type LeaderboardRow } from './leaderboard.js';
import type { ResultsFile } from './results-schema.js';

/** File names the leaderboard writes. */
export const LEADERBOARD_FILES = { markdown: 'leaderboard.md', json: 'leaderboard.json', html: 'leaderboard.html', svg: 'leaderboard.svg' } as const;

/** `0.93 (0.81–0.98)`, or `—`. */
export function recallWithInterval(g: { recall: number | null; interval: [number, number] | null } | undefined): string {
  if (!g || g.recall === null) return '—';
  return `${formatScore(g.recall)} (${formatInterval(g.interval)})`;
}

/** `64K`, or `none`. */
export function formatEffective(length: number | null): string {
  return length === null ? 'none' : formatTokens(length);
}

/** `1.23`, or `—` without prices. */
export function formatCost(r: ResultsFile): string {
  return r.cost === null ? '—' : r.cost.amount.toFixed(2);
}

/** The one-line description of what every row measured. */
export function settingsLine(board: Leaderboard): string {
  return Object.entries(board.settings)
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
}

/** The cells of one row, in the order of {@link leaderboardHeader}. */
export function rowCells(board: Leaderboard, row: LeaderboardRow): string[] {
  const r = row.run.results;
  const rel = r.effective_length.relative;
  return [
    String(row.rank),
    row.label + (row.differences.length > 0 ? ' ⚠' : ''),
    recallWithInterval(r.overall),
    formatEffective(r.effective_length.absolute.length),
    rel === null ? '—' : formatEffective(rel.length),
    ...board.lengths.map((l) => recallWithInterval(r.by_length.find((g) => g.length === l))),
    ...board.statuses.map((s) => String(r.overall.counts[s] ?? 0)),
    board.outcomes.map((o) => `${o} ${r.outcomes[o] ?? 0}`).join(' · ') || '—',
    `${r.tokens.prompt.toLocaleString('en-US')} / ${r.tokens.completion.toLocaleString('en-US')}`,
    formatCost(r),
  ];
}

/** Column titles. */
export function leaderboardHeader(board: Leaderboard): string[] {
  const first = board.rows[0]?.run.results;
  const threshold = first ? formatScore(first.effective_length.absolute.threshold) : '0.85';
  const ratio = first?.effective_length.relative ? `${Math.round(first.effective_length.relative.ratio * 100)}%` : '85%';
  return [
    '#',
    'model',
    'recall (95% CI)',
    `effective length (≥ ${threshold})`,
    `base-relative (≥ ${ratio} of shortest)`,
    ...board.lengths.map((l) => formatTokens(l)),
    ...board.statuses,
    'outcomes (ok trials)',
    'tokens (prompt / output)',
    'cost',
  ];
}

/** leaderboard.md. */
export function renderLeaderboardMarkdown(board: Leaderboard): string {
  const header = leaderboardHeader(board);
  const align = header.map((_, i) => (i === 1 || i === header.length - 3 ? ':---' : '---:'));
  const lines = [
    '# needle leaderboard',
    '',
    md(settingsLine(board)),
    '',
    `Rows are ${RANKING}. Recall is the mean score of ok trials with its 95% interval; overflowed, failed and incomplete trials are counted in their own columns, never scored. Lengths are in tokens of the tokenizer above.`,
    '',
  ];
  if (!board.likeForLike) lines.push('**⚠ Not like for like:** rows marked ⚠ differ from the first run in the settings listed below the table.', '');
  lines.push(`| ${header.map(md).join(' | ')} |`, `|${align.join('|')}|`);
  for (const row of board.rows) lines.push(`| ${rowCells(board, row).map(md).join(' | ')} |`);
  lines.push('');
  for (const row of board.rows.filter((r) => r.differences.length > 0)) lines.push(`- ⚠ ${md(row.label)}: ${md(row.differences.join('; '))}`);
  if (!board.likeForLike) lines.push('');
  lines.push(`![Recall by length and depth, one map per model on one colour scale](${LEADERBOARD_FILES.svg})`, '');
  lines.push('| # | run folder | state | model endpoint |', '|---:|:---|:---|:---|');
  for (const row of board.rows) {
    const r = row.run.results;
    lines.push(`| ${row.rank} | ${md(row.run.dir)} | ${md(r.run.state)} | ${md(r.model.base_url ?? r.model.kind)} |`);
  }
  lines.push('');
  return lines.join('\n');
}
