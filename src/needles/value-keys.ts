// Canonical keys of answer values, and where a document already states them: one place, one answer.
//
// An answer and a document mention collide when they state the same value in a form a scorer would accept:
// `$4.7 million`, `$4,700,000` and a `4.7` cell of a table in millions; `12.5%` and `12.5 percent`; `3.75x`,
// `3.75 to 1.0` and a bare `3.75`; `March 3, 2026` and `2026-03-03`; a count `240` and any standalone `240`;
// a name wherever its words appear. Keys err on the generous side: a false collision only costs a redraw.

/** What kind of value an answer is (decides which document mentions compete with it). */
export type ValueType = 'money' | 'percent' | 'multiple' | 'date' | 'count' | 'text';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const MONTH_RE = MONTHS.join('|');

/** Number text to a value, commas dropped. */
const num = (s: string) => Number(s.replace(/,/g, ''));
/** A stable spelling of a number (no float noise). */
const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * Japanese and Chinese amounts: one or more number + unit groups, then 円 or 元 (`4億7,300万円`, `47,300百万円`,
 * `4.73亿元`, `4,730万元`, `1,234千円`).
 */
const CJK_MONEY = /^((?:\d[\d,]*(?:\.\d+)?(?:兆|億|亿|千万|百万|万|千)?)+)\s*(円|元)$/;
const CJK_UNITS: Record<string, number> = { 兆: 1e12, 億: 1e8, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };
/** Counters after a count (`23件`, `23人`, `23名`, `23家`). */
const CJK_COUNT = /^([\d,]+)\s*(件|人|名|社|台|回|個|个|家|次|位|项|項|店|棟|拠点)$/;
/** Era names to the Gregorian year of their first year (令和元年 = 2019). */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** Counters that count the same things (people: 人, 名, 位; matters: 件, 项; firms: 社, 家; times: 回, 次). */
const COUNTER_CLASS: Record<string, string> = { 名: '人', 位: '人', 项: '件', 項: '件', 家: '社', 次: '回', 个: '個' };
function counterClass(counter: string): string {
  return COUNTER_CLASS[counter] ?? counter;
}

/** The value of a CJK amount in yen or yuan (`4億7,300万円` → 473,000,000), or null. */
function cjkMoneyValue(text: string): number | null {
  const m = CJK_MONEY.exec(text.trim().normalize('NFKC'));
  if (!m) return null;
  let total = 0;
  for (const g of m[1]!.matchAll(/(\d[\d,]*(?:\.\d+)?)(兆|億|亿|千万|百万|万|千)?/g)) total += num(g[1]!) * (g[2] ? CJK_UNITS[g[2]]! : 1);
  return total;
}

/** A `YYYY年M月D日` or `令和N年M月D日` date as `y-m-d`, or null. */
function cjkDate(text: string): string | null {
  const m = /^(?:(令和|平成|昭和)(元|\d{1,2})|(\d{4}))年(\d{1,2})月(\d{1,2})日$/.exec(text.trim().normalize('NFKC'));
  if (!m) return null;
  const year = m[3] ? Number(m[3]) : ERAS[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2]));
  return `${year}-${Number(m[4])}-${Number(m[5])}`;
}

/** The type of an answer string. */
export function valueType(answer: string): ValueType {
  const a = answer.trim().normalize('NFKC');
  if (cjkMoneyValue(a) !== null) return 'money';
  if (/^[\d.]+\s*倍$/.test(a)) return 'multiple';
  if (cjkDate(a) !== null) return 'date';
  if (CJK_COUNT.test(a)) return 'count';
  if (/^\$\s?[\d,.]+(\s*(thousand|million|billion))?$/i.test(a)) return 'money';
  if (/^[\d,.]+\s*[%％]$/.test(a)) return 'percent';
  if (/^[\d.]+\s*x$/i.test(a) || /^[\d.]+ to 1(\.0+)?$/i.test(a)) return 'multiple';
  if (new RegExp(`^(${MONTH_RE}) \\d{1,2}, \\d{4}$`, 'i').test(a)) return 'date';
  if (/^[\d,]+$/.test(a)) return 'count';
  return 'text';
}

/** Keys an answer is known by: its canonical value (multiples also as a bare number, as covenant tables print them). */
export function answerKeys(answer: string): string[] {
  const a = answer.trim().normalize('NFKC');
  const type = valueType(a);
  // Japanese and Chinese forms: the amount in yen or yuan (and, for a single number with its unit, that number as
  // printed in a table of that unit), the date, the multiple, the count.
  const cjkMoney = cjkMoneyValue(a);
  if (cjkMoney !== null) {
    const single = /^(\d[\d,]*(?:\.\d+)?)(?:兆|億|亿|千万|百万|万|千)?\s*(?:円|元)$/.exec(a);
    return [`${a.endsWith('円') ? 'jpy' : 'cny'}:${fmt(cjkMoney)}`, ...(single ? [`num:${fmt(num(single[1]!))}`] : [])];
  }
  if (type === 'date' && cjkDate(a) !== null) return [`date:${cjkDate(a)}`];
  if (type === 'multiple' && a.endsWith('倍')) {
    const v = Number(/^[\d.]+/.exec(a)![0]);
    return [`mult:${fmt(v)}`, `num:${fmt(v)}`];
  }
  if (type === 'count' && CJK_COUNT.test(a)) {
    const [, n, counter] = CJK_COUNT.exec(a)!;
    return [`cnt:${counterClass(counter!)}:${fmt(num(n!))}`, `num:${fmt(num(n!))}`];
  }
  switch (type) {
    case 'money': {
      const m = /^\$\s?([\d,.]+)(?:\s*(thousand|million|billion))?$/i.exec(a)!;
      const v = num(m[1]!) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
      return [`usd:${fmt(v)}`];
    }
    case 'percent': {
      const v = num(a.replace(/[%％]/, ''));
      return [`pct:${fmt(v)}`];
    }
    case 'multiple': {
      const v = Number(/^[\d.]+/.exec(a)![0]);
      return [`mult:${fmt(v)}`, `num:${fmt(v)}`];
    }
    case 'date': {
      const m = new RegExp(`^(${MONTH_RE}) (\\d{1,2}), (\\d{4})$`, 'i').exec(a)!;
      return [`date:${m[3]}-${MONTHS.indexOf(m[1]!.toLowerCase()) + 1}-${Number(m[2])}`];
    }
    case 'count':
      return [`num:${fmt(num(a))}`];
    default:
      return [`text:${normalizeText(a).trim()}`];
  }
}

/**
 * Lowercase letters, digits, kanji/hanzi and kana; everything else a space: same length as the input (in UTF-16
 * units), so offsets carry over.
 */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]/g, ' ');
}

const CJK_CHAR = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Where a document states values: the first character offset of every value key it contains. */
export class DocumentValues {
  private readonly first = new Map<string, number>();
  private readonly norm: string;

  constructor(readonly text: string) {
    this.norm = normalizeText(text);
    this.scan();
  }

  /** Offset of the first mention of any of the answer's keys before `end` (the document part's end), or -1. */
  firstMention(answer: string, end = this.text.length): number {
    let best = -1;
    for (const key of answerKeys(answer)) {
      const at = key.startsWith('text:') ? this.textOffset(key.slice(5), end) : (this.first.get(key) ?? -1);
      if (at >= 0 && at < end && (best < 0 || at < best)) best = at;
    }
    return best;
  }

  /** The sentence or table row around an offset (for messages). */
  excerpt(offset: number): string {
    const from = Math.max(this.text.lastIndexOf('\n', offset), this.text.lastIndexOf('. ', offset) + 1, 0);
    const nl = this.text.indexOf('\n', offset);
    const dot = this.text.indexOf('. ', offset);
    const to = Math.min(nl < 0 ? this.text.length : nl, dot < 0 ? this.text.length : dot + 1);
    return this.text.slice(from, to).trim().slice(0, 200);
  }

  private note(key: string, at: number): void {
    if (!this.first.has(key)) this.first.set(key, at);
  }

  private textOffset(phrase: string, end: number): number {
    if (phrase === '') return -1;
    // Whole words only: "Kesworth" is not found inside "Kesworthy".
    let at = this.norm.indexOf(phrase);
    while (at >= 0 && at < end) {
      const before = at === 0 ? ' ' : this.norm[at - 1]!;
      const after = this.norm[at + phrase.length] ?? ' ';
      // Japanese and Chinese have no spaces between words: a name is found wherever its characters are.
      if ((before === ' ' || CJK_CHAR.test(phrase[0]!)) && (after === ' ' || CJK_CHAR.test(phrase[phrase.length - 1]!))) return at;
      at = this.norm.indexOf(phrase, at + 1);
    }
    return -1;
  }

  private scan(): void {
    const text = this.text;
    // Tables whose caption or header says "in millions" state money as bare numbers.
    const millions = new Set<number>();
    let lineStart = 0;
    let inMillions = false;
    for (const line of text.split('\n')) {
      const isRow = line.startsWith('|');
      if (!isRow) inMillions = /in millions/i.test(line);
      else if (/in millions/i.test(line)) inMillions = true;
      if (isRow && inMillions) millions.add(lineStart);
      if (line.trim() === '') inMillions = false;
      lineStart += line.length + 1;
    }
    const lineOf = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
    // Money with a dollar sign and an optional scale word.
    for (const m of text.matchAll(/\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion)\b)?/gi)) {
      const v = num(m[1]!) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
      this.note(`usd:${fmt(v)}`, m.index!);
    }
    // Money without a dollar sign: "4.7 million dollars".
    for (const m of text.matchAll(/(?<![\d$.])(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion) dollars/gi)) {
      this.note(`usd:${fmt(num(m[1]!) * SCALE[m[2]!.toLowerCase()]!)}`, m.index!);
    }
    for (const m of text.matchAll(/(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*(%|％| percent\b)/g)) this.note(`pct:${fmt(num(m[1]!))}`, m.index!);
    // Japanese and Chinese amounts, multiples and dates (an era year as its Gregorian year).
    for (const m of text.matchAll(/(?<![\d.,])(?:\d[\d,]*(?:\.\d+)?(?:兆|億|亿|千万|百万|万|千)?)+\s*(?:円|元)/g)) {
      const v = cjkMoneyValue(m[0]);
      if (v !== null) this.note(`${m[0].endsWith('円') ? 'jpy' : 'cny'}:${fmt(v)}`, m.index!);
    }
    for (const m of text.matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)\s*倍/g)) this.note(`mult:${fmt(Number(m[1]))}`, m.index!);
    for (const m of text.matchAll(/(?:(令和|平成|昭和)(元|\d{1,2})|(\d{4}))年(\d{1,2})月(\d{1,2})日/g)) {
      const d = cjkDate(m[0]);
      if (d) this.note(`date:${d}`, m.index!);
    }
    for (const m of text.matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:x\b|times\b| to 1(?:\.0+)?\b)/gi)) this.note(`mult:${fmt(Number(m[1]))}`, m.index!);
    for (const m of text.matchAll(new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'))) {
      this.note(`date:${m[3]}-${MONTHS.indexOf(m[1]!.toLowerCase()) + 1}-${Number(m[2])}`, m.index!);
    }
    for (const m of text.matchAll(/(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/g)) this.note(`date:${Number(m[1])}-${Number(m[2])}-${Number(m[3])}`, m.index!);
    // Every standalone number (not a clock time), and in tables in millions every cell as dollars too. In Japanese and
    // Chinese a number written against a counter or unit (第44回, 9時56分, 27名) is a quantity of that counter: it
    // stands for a count of the same counter, never for a bare number or another unit's value (44円 is not 第44回).
    for (const m of text.matchAll(/(?<![\d.,:])\(?(\d[\d,]*(?:\.\d+)?)\)?(?![\d]|[.,:]\d)/g)) {
      const v = num(m[1]!);
      const next = text[m.index! + m[0].length] ?? '';
      if (!m[0].endsWith(')') && CJK_CHAR.test(next)) {
        this.note(`cnt:${counterClass(next)}:${fmt(v)}`, m.index!);
        continue;
      }
      this.note(`num:${fmt(v)}`, m.index!);
      if (millions.has(lineOf(m.index!))) this.note(`usd:${fmt(v * 1e6)}`, m.index!);
    }
  }
}
