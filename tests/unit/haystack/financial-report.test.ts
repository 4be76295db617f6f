// The financial-report generator: deterministic, prefix-stable, readable blocks, and numbers that agree when read back.
import { describe, expect, it } from 'vitest';
import { financialReportBlocks } from '../../../src/haystack/financial-report/index.js';
import { measureText } from '../../../src/haystack/quality.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

function take(seed: number, chars: number): Block[] {
  return takeBlocks(financialReportBlocks(seed), chars);
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

/** Rows above `totalLabel` (from `from` on) summed column by column, and the total row itself. */
function sums(t: string[][], totalLabel: string, from = 1): { sum: number[]; total: number[] } {
  const end = t.findIndex((r) => r[0] === totalLabel);
  const total = row(t, totalLabel);
  const sum = total.map((_, c) => t.slice(from, end).reduce((a, r) => a + tenths(r[c + 1] ?? '—'), 0));
  return { sum, total };
}

const year = take(7, 300_000);
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
    const t = findTable(year, (x) => x.includes('First quarter') && x.includes('| Net income |'));
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

  it('new breakdowns add up to the statement lines they explain', () => {
    const is = findTable(year, (x) => x.includes('| Earnings per share, diluted |'));
    const bs = findTable(year, (x) => x.includes('| Total assets |'));
    const sales = row(is, 'Net sales')[0]!;
    const channel = sums(findTable(year, (x) => x.startsWith('Net sales by channel and segment')), 'Total net sales');
    expect(channel.sum).toEqual(channel.total);
    expect(channel.total[channel.total.length - 1]).toBe(sales);
    const geo = sums(findTable(year, (x) => x.startsWith('Net sales by geographic area')), 'Total net sales');
    expect(geo.sum).toEqual(geo.total);
    expect(geo.total[0]).toBe(sales);
    const debt = sums(findTable(year, (x) => x.startsWith('Scheduled principal payments of debt')), 'Total debt');
    expect(debt.sum[0]).toBe(debt.total[0]);
    expect(debt.total[0]).toBe(row(bs, 'Current portion of long-term debt')[0]! + row(bs, 'Long-term debt')[0]!);
    for (const [caption, total, bsLabel] of [
      ['Cash and cash equivalents by region', 'Total cash and cash equivalents', 'Cash and cash equivalents'],
      ['Goodwill by segment', 'Total goodwill', 'Goodwill'],
      ['Accrued liabilities (in millions)', 'Total accrued liabilities', 'Accrued liabilities'],
      ['Prepaid expenses and other current assets (in millions)', 'Total prepaid expenses and other current assets', 'Prepaid expenses and other current assets'],
    ] as const) {
      const t = sums(findTable(year, (x) => x.startsWith(caption)), total);
      expect(t.sum, caption).toEqual(t.total);
      expect(t.total, caption).toEqual(row(bs, bsLabel));
    }
    const tax = sums(findTable(year, (x) => x.startsWith('Components of the provision for income taxes')), 'Provision for income taxes');
    expect(tax.sum).toEqual(tax.total);
    expect(tax.total).toEqual(row(is, 'Provision for income taxes'));
  });

  it('roll-forwards start at last year-end and end at this year-end', () => {
    const bs = findTable(year, (x) => x.includes('| Total assets |'));
    const aoci = findTable(year, (x) => x.startsWith('Changes in accumulated other comprehensive loss'));
    const cols = aoci[0]!.length - 1;
    for (let c = 0; c < cols; c++) {
      const vals = aoci.slice(1).map((r) => tenths(r[c + 1]!));
      expect(vals[0]! + vals[1]! + vals[2]!).toBe(vals[3]);
    }
    expect(tenths(aoci[1]![cols]!)).toBe(row(bs, 'Accumulated other comprehensive loss')[1]);
    expect(tenths(aoci[4]![cols]!)).toBe(row(bs, 'Accumulated other comprehensive loss')[0]);
    const pension = findTable(year, (x) => x.startsWith('Changes in benefit obligation and plan assets'));
    const pbo = sums(pension, 'Benefit obligation at end of year');
    expect(pbo.sum).toEqual(pbo.total);
    const funded = findTable(year, (x) => x.startsWith('Funded status'));
    expect(pbo.total[0]).toBe(row(funded, 'Projected benefit obligation')[0]);
    expect(row(pension, 'Benefit obligation at beginning of year')[0]).toBe(row(funded, 'Projected benefit obligation')[1]);
  });

  it('product-line and quarterly breakdowns in MD&A add up to the segment and the year', () => {
    const lines = year.filter((b) => b.kind === 'table' && / net sales by product line \(in millions\)/.test(b.text)).map((b) => rows(b.text));
    expect(lines.length).toBeGreaterThan(0);
    for (const t of lines) {
      const totalRow = t[t.length - 1]!;
      for (const c of [1, 2]) expect(t.slice(1, -1).reduce((a, r) => a + tenths(r[c]!), 0)).toBe(tenths(totalRow[c]!));
    }
  });
  it('segment quarters add up to each segment year and to the consolidated quarters', () => {
    const is = findTable(year, (x) => x.includes('| Earnings per share, diluted |'));
    const fyCol = is[0]!.indexOf(`Fiscal ${/fiscal (\d{4})/.exec(yearText)![1]}`) - 1;
    const seg = findTable(year, (x) => x.includes('Segment net sales and operating income') && !x.includes('by quarter'));
    const cons = findTable(year, (x) => x.includes('First quarter') && x.includes('| Net income |'));
    const q = findTable(year, (x) => x.includes('Segment net sales and operating income by quarter'));
    const oiStart = q.findIndex((r) => r[0] === 'Operating income:');
    for (const [from, to, total, consLabel] of [[1, q.findIndex((r) => r[0] === 'Total net sales'), 'Total net sales', 'Net sales'], [oiStart + 1, q.findIndex((r) => r[0] === 'Total operating income'), 'Total operating income', 'Operating income']] as const) {
      const body = q.slice(from, to);
      for (const r of body) {
        const v = r.slice(1).map(tenths);
        expect(v[0]! + v[1]! + v[2]! + v[3]!, r[0]).toBe(v[4]);
        if (r[0] !== 'Corporate and unallocated') expect(v[4], r[0]).toBe(row(seg.slice(consLabel === 'Net sales' ? 0 : seg.findIndex((x) => x[0] === 'Operating income:')), r[0]!)[0]);
      }
      for (let k = 0; k < 5; k++) expect(body.reduce((a, r) => a + tenths(r[k + 1]!), 0)).toBe(row(q, total)[k]);
      expect(row(q, total)).toEqual(row(cons, consLabel));
      expect(row(q, total)[4]).toBe(row(is, consLabel)[fyCol]);
    }
  });

  it('new statement breakdowns and bridges tie to the statements', () => {
    const is = findTable(year, (x) => x.includes('| Earnings per share, diluted |'));
    const bs = findTable(year, (x) => x.includes('| Total assets |'));
    const five = findTable(year, (x) => x.startsWith('Selected financial data'));
    for (const label of ['Net sales', 'Net income', 'Operating income']) expect(row(five, label).slice(0, 3)).toEqual(row(is, label));
    const liq = sums(findTable(year, (x) => x.startsWith('Available liquidity')), 'Total available liquidity');
    expect(liq.sum).toEqual(liq.total);
    const wc = findTable(year, (x) => x.startsWith('Working capital (in millions)'));
    expect(row(wc, 'Total current assets')[0]! - row(wc, 'Total current liabilities')[0]!).toBe(row(wc, 'Working capital')[0]);
    expect(row(wc, 'Total current liabilities')).toEqual(row(bs, 'Total current liabilities'));
    for (const [caption, total, target, label] of [
      ['Timing of revenue recognition', 'Total net sales', null, ''],
      ['Components of lease cost', 'Total lease cost', null, ''],
      ['Other income (expense), net (in millions)', 'Other income (expense), net', is, 'Other income (expense), net'],
      ['Cost of sales by component', 'Cost of sales', is, 'Cost of sales'],
      ['Research and development expense by segment', 'Total research and development expense', is, 'Research and development expenses'],
      ['Other noncurrent assets (in millions)', 'Total other noncurrent assets', bs, 'Other noncurrent assets'],
      ['Other noncurrent liabilities (in millions)', 'Total other noncurrent liabilities', bs, 'Other noncurrent liabilities'],
      ['Total assets by segment', 'Total consolidated assets', bs, 'Total assets'],
      ['Backlog by segment', 'Total backlog', null, ''],
      ['Employees by segment', 'Total', null, ''],
      ['Employees by country', 'Total', null, ''],
    ] as const) {
      const t = sums(findTable(year, (x) => x.startsWith(caption)), total);
      expect(t.sum, caption).toEqual(t.total);
      if (target) expect(t.total.slice(0, 2), caption).toEqual(row(target, label).slice(0, 2));
    }
    const timing = findTable(year, (x) => x.startsWith('Timing of revenue recognition'));
    for (const r of timing.slice(1)) expect(tenths(r[1]!) + tenths(r[2]!), r[0]).toBe(tenths(r[3]!));
    expect(row(timing, 'Total net sales')[2]).toBe(row(is, 'Net sales')[0]);
    const bridge = findTable(year, (x) => x.startsWith('Operating income bridge'));
    const vals = bridge.slice(1).map((r) => tenths(r[1]!));
    expect(vals.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(vals[vals.length - 1]);
    expect(vals[vals.length - 1]).toBe(row(is, 'Operating income')[0]);
    const exp = findTable(year, (x) => x.startsWith('Significant segment expenses'));
    const [sales, cogs, sga, rnd, oi] = ['Net sales', 'Cost of sales', 'Selling, general and administrative expenses', 'Research and development expenses', 'Segment operating income'].map((l) => row(exp, l));
    sales!.forEach((v, k) => expect(v - cogs![k]! - sga![k]! - rnd![k]!).toBe(oi![k]));
    const aging = findTable(year, (x) => x.startsWith('Accounts receivable by age'));
    for (const k of [0, 1]) expect(aging.slice(1, -1).reduce((a, r) => a + tenths(r[k + 1]!), 0)).toBe(row(bs, 'Accounts receivable, net')[k]);
    const plan = findTable(year, (x) => x.startsWith('Fair value of pension plan assets'));
    const planTotal = row(plan, 'Total plan assets');
    expect(plan.slice(1, -1).reduce((a, r) => a + tenths(r[4]!), 0)).toBe(planTotal[3]);
    expect(planTotal[0]! + planTotal[1]! + planTotal[2]!).toBe(planTotal[3]);
    expect(planTotal[3]).toBe(row(findTable(year, (x) => x.startsWith('Funded status')), 'Fair value of plan assets')[0]);
    const gw = findTable(year, (x) => x.startsWith('Changes in goodwill by segment'));
    for (const r of gw.slice(1)) expect(tenths(r[1]!) + tenths(r[2]!) + tenths(r[3]!), r[0]).toBe(tenths(r[4]!));
    expect(row(gw, 'Total')[3]).toBe(row(bs, 'Goodwill')[0]);
  });

  it('the equity statement rolls forward three years, and MD&A cash-flow and tax-rate prose match the tables', () => {
    const eq = findTable(year, (x) => x.includes('Common stock and paid-in capital') && x.includes('Balance at end of fiscal'));
    let bal = eq[1]!.slice(1).map(tenths);
    for (const r of eq.slice(2)) {
      const v = r.slice(1).map(tenths);
      if (r[0]!.startsWith('Balance at end')) { expect(v, r[0]).toEqual(bal); continue; }
      bal = bal.map((b, k) => b + v[k]!);
      expect(v[0]! + v[1]! + v[2]! + v[3]!, r[0]).toBe(v[4]);
    }
    const cf = findTable(year, (x) => x.includes('beginning of year') && x.includes('Net cash provided by operating activities'));
    const m = /Net cash provided by operating activities (?:increased|rose|decreased|fell) \$([\d,.]+) million to \$([\d,.]+) million in fiscal (\d{4})/.exec(yearText)!;
    const col = cf[0]!.indexOf(`Fiscal ${m[3]}`) - 1;
    const cfo = row(cf, 'Net cash provided by operating activities');
    expect(tenths(m[2]!)).toBe(cfo[col]);
    expect(tenths(m[1]!)).toBe(Math.abs(cfo[col]! - cfo[col + 1]!));
    const rec = findTable(year, (x) => x.startsWith('Reconciliation of the statutory rate'));
    const t = /The effective tax rate (?:rose|increased|fell|declined|decreased) to ([\d.]+)% from ([\d.]+)% in fiscal (\d{4})/.exec(yearText)!;
    const rcol = rec[0]!.indexOf(`Fiscal ${t[3]}`);
    const eff = rec.find((r) => r[0] === 'Effective tax rate')!;
    expect(`${t[1]}%`).toBe(eff[rcol]);
    expect(`${t[2]}%`).toBe(eff[rcol + 1]);
  });
});
