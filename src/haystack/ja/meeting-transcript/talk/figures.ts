// How the Japanese meetings print numbers: 億円 in speech (truncated, as companies state them), 百万円 in minutes,
// percentages with one decimal, counts with their counters.

/** `1,234`. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/** Speech: 百万円 → `812億円` (truncated to 億円, as results are stated), or `9億円`. */
export function okuSpoken(millions: number): string {
  return `${grouped(Math.floor(millions / 100))}億円`;
}

/** Minutes: 百万円 → `81,240百万円`. */
export function millionsText(millions: number): string {
  return `${grouped(millions)}百万円`;
}

/** Units of 1,000万円 (億円 × 10) → `3億4,000万円`, `12億円`, `1,184億6,000万円`. */
export function tenthsOku(tenths: number): string {
  const oku = Math.floor(tenths / 10);
  const man = (tenths % 10) * 1000;
  return `${oku > 0 ? `${grouped(oku)}億` : ''}${man > 0 ? `${grouped(man)}万` : ''}円`;
}

/** A share with one decimal: `4.3%` (callers keep every printed percentage under 15%). */
export function pct(value: number): string {
  return `${Math.abs(value).toFixed(1)}%`;
}

/** Year-on-year change as a phrase: `前年同期比4.3%の増収` / `3.1%の減収` (sales) or `増益`/`減益` for profit. */
export function change(cur: number, prev: number, up: string, down: string): string {
  const p = ((cur - prev) / Math.abs(prev)) * 100;
  if (Math.abs(p) < 0.05) return '前年同期並み';
  return `前年同期比${pct(p)}の${p > 0 ? up : down}`;
}
