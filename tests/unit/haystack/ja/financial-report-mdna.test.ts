// The Japanese report's MD&A read as an auditor reads it: every driver a sentence names goes the way the figures it
// introduces go (the lead product of a segment, the product behind a margin, the items behind the financing cash flow).
import { describe, expect, it } from 'vitest';
import { generatorFor } from '../../../../src/haystack/generators.js';
import type { JaReportWorld } from '../../../../src/haystack/ja/financial-report/world.js';

const gen = generatorFor('financial-report', 'ja');
const MDNA = '経営者による財政状態、経営成績及びキャッシュ・フローの状況の分析';

const SECTIONS = new Set([MDNA, '設備投資等の概要', '主要な設備の状況']);

/** The MD&A and facilities blocks of the first `years` reports of a seed, one string per year. */
function mdnas(seed: number, years: number): string[] {
  const out: string[] = [];
  for (const b of gen.blocks(seed)) {
    if (b.kind === 'heading' && b.text.startsWith('4【経営者による')) {
      if (out.length === years) break;
      out.push('');
    }
    if (b.kind === 'heading' && b.text.startsWith('3【設備の新設') && out.length === years) break;
    if (out.length && SECTIONS.has(b.section ?? '')) out[out.length - 1] += `${b.text}\n`;
  }
  return out;
}

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
const docs = seeds.map((seed) => ({ seed, world: gen.world(seed) as JaReportWorld, years: mdnas(seed, 3) }));
/** 〜（前期比3.4%減） → -3.4; 前期並み → 0. */
const pct = (s: string) => {
  const m = /（(?:前期比|前連結会計年度比|同)(\d+\.\d)%(増|減)）/.exec(s);
  return m ? (m[2] === '増' ? 1 : -1) * Number(m[1]) : 0;
};
/** Each product's printed sales (百万円) and change (%) in a segment paragraph. */
function productFigures(para: string, products: string[]): Map<string, { amount: number; pct: number }> {
  const out = new Map<string, { amount: number; pct: number }>();
  for (const sentence of para.split('。').slice(1)) {
    const prod = products.find((p) => sentence.startsWith(p));
    const m = /(?:([\d,]+)億)?(?:(\d+)百万)?円（前期比(\d+\.\d)%(増|減)）/.exec(sentence);
    if (prod && m) out.set(prod, { amount: Number((m[1] ?? '0').replace(/,/g, '')) * 100 + Number(m[2] ?? 0), pct: (m[4] === '増' ? 1 : -1) * Number(m[3]) });
  }
  return out;
}

describe('Japanese report MD&A drivers', () => {
  it('covers every industry of the seeds tested', () => {
    expect(new Set(docs.map((d) => d.world.company.segments[0]!.name)).size).toBeGreaterThanOrEqual(3);
  });

  it('opens a segment paragraph with the product that moved its sales most, the way they went', () => {
    let checked = 0;
    for (const { world, years } of docs) {
      for (const text of years) {
        for (const seg of world.company.segments) {
          const para = text.split('\n').find((l) => l.startsWith(`（${seg.label}）`));
          expect(para, seg.label).toBeDefined();
          const lead = para!.slice(0, para!.indexOf('売上高は'));
          const segPct = pct(para!);
          const figures = productFigures(para!, seg.products);
          const named = seg.products.filter((p) => lead.includes(p));
          if (named.length === 0) continue;
          expect(named, lead).toHaveLength(1);
          const delta = (f: { amount: number; pct: number }) => f.amount - f.amount / (1 + f.pct / 100);
          const dir = segPct >= 0 ? 1 : -1;
          const best = Math.max(...[...figures.values()].map((f) => dir * delta(f)));
          const own = figures.get(named[0]!)!;
          expect(dir * own.pct, para).toBeGreaterThan(0);
          // Printed figures are rounded: the named product is within rounding of the largest mover.
          expect(dir * delta(own), para).toBeGreaterThanOrEqual(best * 0.97 - 1);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('never gives two products of one segment the same reason', () => {
    for (const { world, years } of docs) {
      for (const text of years) {
        for (const seg of world.company.segments) {
          const para = text.split('\n').find((l) => l.startsWith(`（${seg.label}）`))!;
          const reasons = para.split('。').map((s) => /、([^、]+(?:ことから|ことにより))、/.exec(s)?.[1]).filter((r): r is string => !!r);
          expect(new Set(reasons).size, para).toBe(reasons.length);
        }
      }
    }
  });

  it('names, behind a segment margin, only a product whose sales went the same way', () => {
    let checked = 0;
    for (const { world, years } of docs) {
      for (const text of years) {
        for (const seg of world.company.segments) {
          const para = text.split('\n').find((l) => l.startsWith(`（${seg.label}）`))!;
          const figures = productFigures(para, seg.products);
          const m = new RegExp(`${seg.label}の利益率の(上昇|改善|低下|悪化)は、([^。]+)。`).exec(text);
          expect(m, seg.label).not.toBeNull();
          const up = m![1] === '上昇' || m![1] === '改善';
          for (const prod of seg.products.filter((p) => m![2]!.includes(p))) {
            expect(Math.sign(figures.get(prod)!.pct), m![0]).toBe(up ? 1 : -1);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('explains a financing inflow by what brought cash in, an outflow by what paid it out', () => {
    for (const { years } of docs) {
      for (const text of years) {
        const m = /財務活動の結果(得られた|使用した)資金は[^。]+。これは主に、([^。]+)。/.exec(text);
        expect(m).not.toBeNull();
        const inflowFirst = /^(長期借入れによる収入|短期借入金の純増加額)/.test(m![2]!);
        expect(inflowFirst, m![0]).toBe(m![1] === '得られた');
      }
    }
  });

  it('adds the segments\' capital spending and the company-wide part up to the total, and lets no segment\'s plants make more than it', () => {
    const yen = (s: string) => { const m = /(?:([\d,]+)億)?(?:(\d+)百万)?円/.exec(s)!; return Number((m[1] ?? '0').replace(/,/g, '')) * 100 + Number(m[2] ?? 0); };
    let plantRows = 0;
    for (const { world, years } of docs) {
      for (const text of years) {
        const total = yen(/設備投資の総額は([^で]+)であり/.exec(text)![1]!);
        const parts = [...text.matchAll(/^（[^）]+）[^\n]*総額([\d,億百万]+円)の投資を実施しました。/gm)].map((m) => yen(m[1]!));
        expect(parts.length).toBeGreaterThanOrEqual(world.company.segments.length);
        expect(parts.reduce((a, b) => a + b, 0), text.slice(0, 400)).toBe(total);
        world.company.segments.forEach((seg) => {
          const made = Number(new RegExp(`^\\| ${seg.label} \\| ([\\d,]+) \\| [\\d.]+ \\|$`, 'm').exec(text)![1]!.replace(/,/g, ''));
          const plants = [...text.matchAll(new RegExp(`^\\| [^|]+工場 \\| ${seg.label} \\| [\\d,]+ \\| ([\\d,]+) \\| [\\d.]+ \\|$`, 'gm'))].map((m) => Number(m[1]!.replace(/,/g, '')));
          expect(plants.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(made);
          plantRows += plants.length;
        });
      }
    }
    expect(plantRows).toBeGreaterThan(20);
  });
});
