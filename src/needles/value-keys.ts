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

/** The type of an answer string. */
export function valueType(answer: string): ValueType {
  const a = answer.trim();
  if (/^\$\s?[\d,.]+(\s*(thousand|million|billion))?$/i.test(a)) return 'money';
  if (/^[\d,.]+\s*%$/.test(a)) return 'percent';
  if (/^[\d.]+\s*x$/i.test(a) || /^[\d.]+ to 1(\.0+)?$/i.test(a)) return 'multiple';
  if (new RegExp(`^(${MONTH_RE}) \\d{1,2}, \\d{4}$`, 'i').test(a)) return 'date';
  if (/^[\d,]+$/.test(a)) return 'count';
  return 'text';
}

/** Keys an answer is known by: its canonical value (multiples also as a bare number, as covenant tables print them). */
export function answerKeys(answer: string): string[] {
  const a = answer.trim();
  const type = valueType(a);
  switch (type) {
    case 'money': {
      const m = /^\$\s?([\d,.]+)(?:\s*(thousand|million|billion))?$/i.exec(a)!;
      const v = num(m[1]!) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
      return [`usd:${fmt(v)}`];
    }
    case 'percent': {
      const v = num(a.replace('%', ''));
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

/** Lowercase letters and digits, everything else a space: same length as the input, so offsets carry over. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, ' ');
}

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
      if (before === ' ' && after === ' ') return at;
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
    for (const m of text.matchAll(/(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*(%| percent\b)/g)) this.note(`pct:${fmt(num(m[1]!))}`, m.index!);
    for (const m of text.matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:x\b|times\b| to 1(?:\.0+)?\b)/gi)) this.note(`mult:${fmt(Number(m[1]))}`, m.index!);
    for (const m of text.matchAll(new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'))) {
      this.note(`date:${m[3]}-${MONTHS.indexOf(m[1]!.toLowerCase()) + 1}-${Number(m[2])}`, m.index!);
    }
    for (const m of text.matchAll(/(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/g)) this.note(`date:${Number(m[1])}-${Number(m[2])}-${Number(m[3])}`, m.index!);
    // Every standalone number (not a clock time), and in tables in millions every cell as dollars too.
    for (const m of text.matchAll(/(?<![\d.,:])\(?(\d[\d,]*(?:\.\d+)?)\)?(?![\d]|[.,:]\d)/g)) {
      const v = num(m[1]!);
      this.note(`num:${fmt(v)}`, m.index!);
      if (millions.has(lineOf(m.index!))) this.note(`usd:${fmt(v * 1e6)}`, m.index!);
    }
  }
}
