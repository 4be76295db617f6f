// The annual report's prose reads like a filing: verbs agree with the subject a template picked, small counts are
// words, no template syntax or doubled words leak through, and tables add up to their totals.
import { describe, expect, it } from 'vitest';
import { financialReportGenerator as gen } from '../../../src/haystack/financial-report/index.js';
import { competingFacts } from '../../../src/needles/builtin.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

const SEEDS = [11, 23, 37];

function take(seed: number, chars: number, omit?: ReadonlySet<string>): Block[] {
  return takeBlocks(gen.blocks(seed, { omit }), chars);
}

const reports = SEEDS.map((seed, k) => take(seed, 450_000, k === 0 ? competingFacts('financial-report') : undefined));
const prose = reports.flatMap((r) => r.filter((b) => b.kind === 'paragraph').map((b) => b.text));

/** Every prose sentence that matches, for a readable failure. */
function offending(re: RegExp): string[] {
  return prose.flatMap((p) => p.split(/(?<=\.) /)).filter((s) => re.test(s)).slice(0, 5);
}

describe('annual-report prose', () => {
  it('makes the verb agree with the subject a template picked ("We operate", "The Company operates")', () => {
    expect(offending(/\bWe (?:operates|maintains|offers|evaluates|assesses|intends|defines|records|recognizes)\b/)).toEqual([]);
    expect(offending(/\bThe Company (?:operate|maintain|offer|evaluate|assess|intend|define|record|recognize)\b/)).toEqual([]);
    expect(offending(/\bthe agreements at \w+ expires\b|(?<!value of our )brands depends\b|\bnet sales were recognized\b/)).toEqual([]);
  });

  it('writes small counts of things as words and never "1 sites"', () => {
    expect(offending(/\b[2-9] (?:lines|production lines|suppliers|lenders|countries|reporting units|operating segments|reportable segments|of our)\b/)).toEqual([]);
    expect(offending(/\b1 (?:sites|plants|lines|segments|countries|suppliers|customers|facilities|locations)\b/)).toEqual([]);
  });

  it('leaves no template syntax, doubled words or stray punctuation in the text', () => {
    expect(offending(/[<>{}|]/)).toEqual([]);
    expect(offending(/\b(\w{3,}) \1\b/)).toEqual([]);
    expect(offending(/ ,|,[.,]|\.\.(?!\.)/)).toEqual([]);
    expect(offending(/\$0\.0 million/)).toEqual([]);
  });

  it('keeps "cash and cash equivalents" whole and says "unchanged" rather than "the same as" a repeated figure', () => {
    expect(offending(/million of cash equivalents\b/)).toEqual([]);
    expect(offending(/the same as \d/)).toEqual([]);
  });

  it('has only plants make things: no warehouse, distribution or design center "makes" a product', () => {
    expect(offending(/\b(?:distribution center|warehouse|design center|service center|engineering center|technical center|test laboratory|innovation kitchen|repair station)\b[^.]*\b(?:makes|produces)\b/)).toEqual([]);
  });

  it('lists every debt instrument of both years, so each column of the debt table adds up to its total', () => {
    let checked = 0;
    for (const r of reports) {
      for (const [i, b] of r.entries()) {
        if (b.kind !== 'table' || !r[i - 1]?.text.startsWith('Note 7. Debt')) continue;
        const rows = b.text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|  |'));
        const num = (s: string) => (s.trim() === '—' ? 0 : Number(s.replace(/[,()]/g, '')));
        const cells = rows.map((l) => l.split('|').slice(1, -1));
        const total = cells.findIndex((c) => c[0]!.trim() === 'Total debt');
        for (const col of [1, 2]) {
          const sum = cells.slice(0, total).reduce((a, c) => a + num(c[col]!), 0);
          expect(sum).toBeCloseTo(num(cells[total]![col]!), 1);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('moves the pension discount rate against the actuarial result and prints the asset mix the fair values show', () => {
    const cells = (b: Block) => b.text.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    const num = (s: string) => (s === '—' ? 0 : Number(s.replace(/[,()%$]/g, '')) * (s.startsWith('(') ? -1 : 1));
    let checked = 0;
    for (const r of reports) {
      const find = (title: string, from: number) => r.findIndex((b, k) => k >= from && b.kind === 'table' && b.text.startsWith(title));
      for (let at = find('Changes in benefit obligation', 0); at >= 0; at = find('Changes in benefit obligation', at + 1)) {
        const actuarial = num(cells(r[at]!).find((c) => c[0] === 'Actuarial loss (gain)')![1]!);
        const rates = cells(r[find('Weighted-average assumptions', at)]!).find((c) => c[0] === 'Discount rate')!.slice(1).map(num);
        if (actuarial > 0) expect(rates[0]).toBeLessThan(rates[1]!);
        if (actuarial < 0) expect(rates[0]).toBeGreaterThan(rates[1]!);
        const mix = cells(r[find('Plan asset allocation', at)]!);
        const values = cells(r[find('Fair value of pension plan assets', at)]!);
        const total = num(values.find((c) => c[0] === 'Total plan assets')![4]!);
        const equity = num(values.find((c) => c[0]!.startsWith('Equity'))![4]!);
        expect(num(mix.find((c) => c[0] === 'Equity securities')![2]!)).toBe(Math.round((equity / total) * 100));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});
