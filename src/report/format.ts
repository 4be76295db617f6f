// Number and date formatting shared by every report, so PNG, SVG, HTML, Markdown and JUnit say the same thing.

/** Rounds to at most one decimal and drops a trailing `.0`. */
function oneDecimal(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Token count as a short label: 1000 → `1K`, 1500 → `1.5K`, 4096 → `4.1K`, 1000000 → `1M`; below 1000 the plain number. */
export function formatTokens(n: number): string {
  if (Math.abs(n) < 1000) return String(n);
  const k = Math.round((n / 1000) * 10) / 10;
  if (Math.abs(k) < 1000) return `${oneDecimal(k)}K`;
  return `${oneDecimal(n / 1_000_000)}M`;
}

/** A 0–1 fraction as a percentage, `0.873` → `87%`; null → `—`. */
export function formatPercent(x: number | null, digits = 0): string {
  return x === null ? '—' : `${(x * 100).toFixed(digits)}%`;
}

/** A 0–1 score with fixed decimals, `0.873` → `0.87`; null → `—`. */
export function formatScore(x: number | null, digits = 2): string {
  return x === null ? '—' : x.toFixed(digits);
}

/** A 0–1 interval as `0.81–0.97`; null → `—`. */
export function formatInterval(interval: [number, number] | null, digits = 2): string {
  return interval === null ? '—' : `${interval[0].toFixed(digits)}–${interval[1].toFixed(digits)}`;
}

/** A depth in percent: 10 → `10%`, 33.333 → `33.3%`. */
export function formatDepth(depth: number): string {
  return `${oneDecimal(depth)}%`;
}

/** The calendar date of an ISO timestamp, `YYYY-MM-DD`, as written (no time-zone conversion); `unknown date` otherwise. */
export function formatDate(iso: string): string {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return match ? match[0] : 'unknown date';
}
