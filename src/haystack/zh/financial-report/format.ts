// How the Chinese report writes numbers and dates: 元 in tables, 万元/亿元 in prose, percentages and 年月日 dates.

/** Table amount in 元 from fen: `1,234,567,890.12`, negative as `-1,234.56`. */
export function yuan(fen: number): string {
  const neg = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const int = Math.floor(abs / 100).toLocaleString('en-US');
  return `${neg ? '-' : ''}${int}.${String(abs % 100).padStart(2, '0')}`;
}

/** Prose amount from fen: `12.35亿元` from 1亿元 up, else `4,567.89万元`. */
export function money(fen: number): string {
  const abs = Math.abs(fen);
  const sign = fen < 0 ? '-' : '';
  if (abs >= 1e10) return `${sign}${(abs / 1e10).toFixed(2)}亿元`;
  return `${sign}${(abs / 1e6).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}万元`;
}

/** Amount in 万元 with two decimals, no unit (tables in 万元). */
export function wan(fen: number): string {
  return (fen / 1e6).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A ratio as a percentage with two decimals: `12.34%`. */
export function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(2)}%`;
}

/** Year-on-year change of `cur` over `prev` as a signed percentage for tables: `12.34%`, `-3.21%`. */
export function yoy(cur: number, prev: number): string {
  if (prev === 0) return '不适用';
  return pct((cur - prev) / Math.abs(prev));
}

/** The change in words for prose: `增长12.34%` or `下降3.21%` (`同比持平` when it rounds to zero). */
export function change(cur: number, prev: number, up = '增长', down = '下降'): string {
  if (prev === 0) return '不适用';
  const r = (cur - prev) / Math.abs(prev);
  if (Math.abs(r) < 0.00005) return '持平';
  return `${r > 0 ? up : down}${pct(Math.abs(r))}`;
}

/** Change in percentage points: `增加1.23个百分点` / `减少0.45个百分点`. */
export function points(cur: number, prev: number): string {
  const d = (cur - prev) * 100;
  if (Math.abs(d) < 0.005) return '持平';
  return `${d > 0 ? '增加' : '减少'}${Math.abs(d).toFixed(2)}个百分点`;
}

/** `2022年12月31日` for an ISO date. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `2022年3月` for an ISO date. */
export function zhMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}年${m}月`;
}

/** A count with thousands separators: `12,345`. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A quantity: whole, or with two decimals: `12.50`, `3,208`. */
export function qty(n: number): string {
  // A figure with a fraction shows both decimals, as its neighbours in the column do (6,475.30, never 6,475.3).
  const fraction = Math.round(Math.abs(n) * 100) % 100 !== 0;
  return n.toLocaleString('en-US', { minimumFractionDigits: fraction ? 2 : 0, maximumFractionDigits: 2 });
}

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Chinese ordinal up to 99 for headings: 一, 十二, 二十三. */
export function cn(n: number): string {
  if (n <= 10) return NUMERALS[n]!;
  if (n < 20) return '十' + NUMERALS[n - 10]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return NUMERALS[t]! + '十' + (u ? NUMERALS[u]! : '');
}
