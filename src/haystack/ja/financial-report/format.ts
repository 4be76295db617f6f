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

/** Japan's national holidays of a year as `MM-DD` (fixed days, the 春分・秋分 of the usual formula, the Monday holidays and a Sunday holiday's 振替休日), with the banks' 1–3 January and 31 December. */
function holidays(year: number): Set<string> {
  const days = ['01-01', '01-02', '01-03', '02-11', '02-23', '04-29', '05-03', '05-04', '05-05', '08-11', '11-03', '11-23', '12-31'];
  const leap = Math.floor((year - 1980) / 4);
  days.push(`03-${Math.floor(20.8431 + 0.242194 * (year - 1980) - leap)}`, `09-${Math.floor(23.2488 + 0.242194 * (year - 1980) - leap)}`);
  // 成人の日, 海の日, 敬老の日, スポーツの日: the second or third Monday of their month.
  for (const [month, nth] of [[1, 2], [7, 3], [9, 3], [10, 2]] as const) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const day = 1 + ((8 - first) % 7) + (nth - 1) * 7;
    days.push(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  for (const md of [...days]) {
    const d = new Date(`${year}-${md}T00:00:00Z`);
    if (d.getUTCDay() === 0) {
      d.setUTCDate(d.getUTCDate() + 1);
      days.push(d.toISOString().slice(5, 10));
    }
  }
  return new Set(days);
}

/** Whether a company or its auditor can act on an ISO date: not a Saturday, a Sunday or a holiday. */
export function isBusinessDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6 && !holidays(d.getUTCFullYear()).has(iso.slice(5, 10));
}

/**
 * The business day on or before (`step` -1) or on or after (`step` 1) an ISO date: a board, an auditor or a filing
 * acts on one (an audit report dated a Sunday, a 半期報告書 filed on one, read as slips); 基準日 are not moved.
 */
export function businessDay(iso: string, step: 1 | -1 = -1): string {
  const d = new Date(`${iso}T00:00:00Z`);
  while (!isBusinessDay(d.toISOString().slice(0, 10))) d.setUTCDate(d.getUTCDate() + step);
  return d.toISOString().slice(0, 10);
}

/** The ISO date of a year, month and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
