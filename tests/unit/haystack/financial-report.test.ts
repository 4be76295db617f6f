// The financial-report generator: deterministic, prefix-stable, readable blocks, and numbers that agree when read back.
import { describe, expect, it } from 'vitest';
import { financialReportBlocks } from '../../../src/haystack/financial-report/index.js';
import { measureText } from '../../../src/haystack/quality.js';
import type { Block } from '../../../src/types.js';

function take(seed: number, chars: number): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const b of financialReportBlocks(seed)) {
    out.push(b);
    n += b.text.length + 2;
    if (n >= chars) break;
  }
  return out;
}
const join = (blocks: Block[]) => blocks.map((b) => b.text).join('\n\n');

/** Rows of a Markdown table block as cells (caption and rule lines dropped). */
function rows(text: string): string[][] {
  return text.split('\n').filter((l) => l.startsWith('|') && !/^\|[-:|]+\|$/.test(l)).map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()));
}
/** "1,234.5" → 12345 tenths; "(12.0)" → -120; "—" → 0. */
function tenths(cell: string): number {
  if (cell === '—') return 0;
  const neg = cell.startsWith('(');
  const v = Math.round(Number(cell.replace(/[(),$]/g, '')) * 10);
  return neg ? -v : v;
}
function row(table: string[][], label: string): number[] {
  const r = table.find((x) => x[0] === label);
  if (!r) throw new Error(`no row ${label}`);
  return r.slice(1).map(tenths);
}
function findTable(blocks: Block[], test: (t: string) => boolean): string[][] {
  const b = blocks.find((x) => x.kind === 'table' && test(x.text));
  if (!b) throw new Error('table not found');
  return rows(b.text);
}

const year = take(7, 260_000);
const yearText = join(year);

describe('financial-report generator', () => {
  it('gives the same text for the same seed and another text for another seed', () => {
    expect(join(take(7, 60_000))).toBe(join(take(7, 60_000)));
    expect(join(take(8, 60_000))).not.toBe(join(take(7, 60_000)));
  });

  it('makes a shorter document an exact prefix of a longer one', () => {
    const short = join(take(3, 40_000));
    expect(join(take(3, 120_000)).startsWith(short)).toBe(true);
  });

  it('writes paragraphs as single-line prose and labels every block with a section', () => {
    for (const b of year) {
      expect(b.section, b.text.slice(0, 60)).toBeTruthy();
      expect(b.text.length).toBeGreaterThan(0);
      if (b.kind === 'paragraph') {
        expect(b.text).not.toContain('\n');
        expect(b.text).not.toMatch(/\|/);
        expect(b.text).toMatch(/[.!?]["')]?$/);
        expect(b.text).not.toMatch(/[{}<>]/);
      }
    }
  });

  it('reads like a real filing at about 30K tokens (gzip ≤ 4.5, distinct sentences ≥ 95%)', () => {
    const q = measureText(join(take(11, 130_000)));
    expect(q.gzipRatio).toBeLessThanOrEqual(4.5);
    expect(q.distinctRatio).toBeGreaterThanOrEqual(0.95);
  });

  it('segment rows add up to the consolidated rows', () => {
    const t = findTable(year, (x) => x.includes('Segment net sales and operating income'));
    const start = t.findIndex((r) => r[0] === 'Operating income:');
    const salesRows = t.slice(1, t.findIndex((r) => r[0] === 'Total net sales'));
    const oiRows = t.slice(start + 1, t.findIndex((r) => r[0] === 'Total operating income'));
    for (let col = 1; col <= 3; col++) {
      const sum = (rs: string[][]) => rs.reduce((a, r) => a + tenths(r[col]!), 0);
      expect(sum(salesRows)).toBe(row(t, 'Total net sales')[col - 1]);
      expect(sum(oiRows)).toBe(row(t, 'Total operating income')[col - 1]);
    }
  });

  it('quarters add up to the fiscal year', () => {
    const t = findTable(year, (x) => x.includes('First quarter'));
    for (const label of ['Net sales', 'Gross profit', 'Operating income', 'Net income']) {
      const [q1, q2, q3, q4, fy] = row(t, label);
      expect(q1! + q2! + q3! + q4!).toBe(fy);
    }
  });

  it('balance sheet: assets equal liabilities plus equity', () => {
    const t = findTable(year, (x) => x.includes('| Total assets |'));
    const ta = row(t, 'Total assets');
    const tl = row(t, 'Total liabilities');
    const te = row(t, "Total shareholders' equity");
    const tle = row(t, "Total liabilities and shareholders' equity");
    for (const i of [0, 1]) {
      expect(ta[i]).toBe(tle[i]);
      expect(tl[i]! + te[i]!).toBe(tle[i]);
    }
  });

  it('cash-flow sections add up to the change in cash, and cash ties to the balance sheet', () => {
    const t = findTable(year, (x) => x.includes('Net cash provided by operating activities') && x.includes('beginning of year'));
    const bs = findTable(year, (x) => x.includes('| Total assets |'));
    const [cfo, cfi, cff, fx, chg, begin, end] = ['Net cash provided by operating activities', 'Net cash used in investing activities', 'Net cash provided by (used in) financing activities', 'Effect of exchange rate changes on cash', 'Net increase (decrease) in cash and cash equivalents', 'Cash and cash equivalents, beginning of year', 'Cash and cash equivalents, end of year'].map((l) => row(t, l));
    for (const i of [0, 1, 2]) {
      expect(cfo![i]! + cfi![i]! + cff![i]! + fx![i]!).toBe(chg![i]);
      expect(begin![i]! + chg![i]!).toBe(end![i]);
    }
    expect(end![0]).toBe(row(bs, 'Cash and cash equivalents')[0]);
  });

  it('the MD&A net sales sentence matches the income statement', () => {
    const m = /Net sales (increased|rose|grew|decreased|declined|fell) \$([\d,.]+) million, or ([\d.]+)%, to \$([\d,.]+) million in fiscal (\d{4}) from \$([\d,.]+) million/.exec(yearText);
    expect(m).not.toBeNull();
    const [, verb, delta, p, cur, fy, prev] = m!;
    const is = findTable(year, (x) => x.includes('| Earnings per share, diluted |'));
    const header = is[0]!;
    const sales = row(is, 'Net sales');
    const curCol = header.indexOf(`Fiscal ${fy}`) - 1;
    const prevCol = header.indexOf(`Fiscal ${Number(fy) - 1}`) - 1;
    expect(tenths(cur!)).toBe(sales[curCol]);
    expect(tenths(prev!)).toBe(sales[prevCol]);
    expect(tenths(delta!)).toBe(Math.abs(sales[curCol]! - sales[prevCol]!));
    expect(Number(p)).toBe(Math.round(Math.abs((sales[curCol]! - sales[prevCol]!) / sales[prevCol]!) * 1000) / 10);
    expect(/increased|rose|grew/.test(verb!)).toBe(sales[curCol]! >= sales[prevCol]!);
  });

  it('net income is the same in the income statement, cash flows and the EPS note', () => {
    const is = row(findTable(year, (x) => x.includes('| Earnings per share, diluted |')), 'Net income');
    const cf = row(findTable(year, (x) => x.includes('beginning of year')), 'Net income');
    const eps = row(findTable(year, (x) => x.includes('Dilutive effect of equity awards')), 'Net income');
    expect(cf).toEqual(is);
    expect(eps).toEqual(is);
  });

  it("next year's prior-year column repeats this year's current column", () => {
    const blocks = take(5, 700_000);
    const sales = blocks.filter((b) => b.kind === 'table' && b.text.includes('| Earnings per share, diluted |')).map((b) => rows(b.text));
    expect(sales.length).toBeGreaterThanOrEqual(2);
    expect(row(sales[1]!, 'Net sales')[1]).toBe(row(sales[0]!, 'Net sales')[0]);
    expect(row(sales[1]!, 'Net income')[1]).toBe(row(sales[0]!, 'Net income')[0]);
  });
});
