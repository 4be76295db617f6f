// How a 有価証券報告書 prints numbers and dates: 百万円 table cells with △ for negatives, 億円 in prose, 西暦 and 和暦 dates.

/** A table cell in 百万円: `123,456`, negatives as `△1,234`. */
export function cell(n: number): string {
  const s = Math.abs(Math.round(n)).toLocaleString('en-US');
  return n < 0 ? `△${s}` : s;
}

/** An amount in 百万円 as prose writes it: `1,234億56百万円`, `4億円`, `56百万円` (absolute value). */
export function oku(n: number): string {
  const v = Math.abs(Math.round(n));
  if (v < 100) return `${v}百万円`;
  const o = Math.floor(v / 100);
  const m = v % 100;
  return `${o.toLocaleString('en-US')}億${m === 0 ? '' : `${m}百万`}円`;
}

/** Year-on-year change as prose writes it: `5.3%増`, `2.1%減`; undefined when it rounds to zero. */
export function change(cur: number, prev: number): { text: string; up: boolean } | undefined {
  if (prev === 0) return undefined;
  const p = ((cur - prev) / Math.abs(prev)) * 100;
  const t = Math.abs(p).toFixed(1);
  if (t === '0.0') return undefined;
  return { text: `${t}%${p > 0 ? '増' : '減'}`, up: p > 0 };
}

/** `a、b及びc`: items joined as prose lists them. */
export function andJa(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}及び${items[items.length - 1]}`;
}

/** A percentage with one decimal, `12.3%`. */
export function pct1(n: number): string {
  return `${n.toFixed(1)}%`;
}

/** `2023年3月31日` from an ISO date. */
export function jaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const ERAS: Array<{ name: string; start: string }> = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
];

/** The era year of an ISO date, `令和5年`. */
export function warekiYear(iso: string): string {
  const era = ERAS.find((e) => iso >= e.start) ?? ERAS[ERAS.length - 1]!;
  const n = Number(iso.slice(0, 4)) - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${n === 1 ? '元' : n}年`;
}

/** `1962年4月` with or without the era: `1962年4月（昭和37年4月）`. */
export function yearMonth(year: number, month: number, withEra = false): string {
  const base = `${year}年${month}月`;
  if (!withEra) return base;
  return `${base}（${warekiYear(`${year}-${String(month).padStart(2, '0')}-15`)}${month}月）`;
}

/** A table row: cells joined by ` | ` between pipes, as the splitter's `looksLikeTableRow` recognizes. */
export function row(cells: Array<string | number>): string {
  return `| ${cells.map((c) => (typeof c === 'number' ? cell(c) : c)).join(' | ')} |`;
}
