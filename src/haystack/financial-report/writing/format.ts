// Number and table formatting for the report: amounts in millions with one decimal, percentages, Markdown tables.
import type { Tenths } from '../year-ledger.js';

/** "1,234.5" for 12345 tenths of a million; negatives in parentheses when `parens`. */
export function amount(t: Tenths, parens = true): string {
  const abs = Math.abs(t);
  const s = `${Math.floor(abs / 10).toLocaleString('en-US')}.${abs % 10}`;
  if (t < 0) return parens ? `(${s})` : `-${s}`;
  return s;
}

/** A table cell for an amount: "—" for zero. */
export function cell(t: Tenths): string {
  return t === 0 ? '—' : amount(t);
}

/** "$1,234.5 million" for prose (absolute value). */
export function money(t: Tenths): string {
  return `$${amount(Math.abs(t))} million`;
}

/** Change from `prev` to `cur` in tenths of a percent, computed on the printed values. */
export function changeTenthsPct(cur: Tenths, prev: Tenths): number {
  return prev === 0 ? 0 : Math.round(((cur - prev) / Math.abs(prev)) * 1000);
}

/** "4.1%" for 41 tenths of a percent (absolute value unless `signed`). */
export function pct(tenthsPct: number, signed = false): string {
  const v = signed ? tenthsPct : Math.abs(tenthsPct);
  return `${(v / 10).toFixed(1)}%`;
}

/** Percent of a part in a whole, rounded to a whole number. */
export function share(part: number, whole: number): number {
  return Math.round((part / whole) * 100);
}

/** Dollars and cents: "$3.41". */
export function dollars(x: number): string {
  return `${x < 0 ? '-' : ''}$${Math.abs(x).toFixed(2)}`;
}

/** A Markdown table with an optional caption line above it; first column left-aligned, others right. */
export function table(caption: string | null, header: string[], rows: string[][]): string {
  const lines: string[] = [];
  if (caption) lines.push(caption);
  lines.push(`| ${header.join(' | ')} |`);
  lines.push(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}
