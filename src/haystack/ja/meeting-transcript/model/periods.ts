// Which quarter's results are the latest on a given day, and how Japanese companies name the period.
import { ymd } from './calendar.js';
import type { QuarterResults } from './ledger.js';

/** Index of the latest quarter reported by `day` (0 = the fourth quarter reported in May of the first year). */
export function reportedQuarter(firstYear: number, day: number): number {
  const { year, month } = ymd(day);
  return Math.floor(((year - firstYear) * 12 + (month - 5)) / 3);
}

/** `2028年3月期` for the fiscal year starting in April 2027. */
export function fiscalLabel(fiscalYear: number): string {
  return `${fiscalYear + 1}年3月期`;
}

/** `2028年3月期第2四半期累計` / `2028年3月期通期`. */
export function periodLabel(r: Pick<QuarterResults, 'fiscalYear' | 'q'>, short = false): string {
  const part = r.q === 4 ? '通期' : r.q === 1 ? '第1四半期' : `第${r.q}四半期累計`;
  return short ? part : `${fiscalLabel(r.fiscalYear)}${part}`;
}
