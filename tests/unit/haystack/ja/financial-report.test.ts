// The Japanese 有価証券報告書 generator: deterministic per seed, one ledger printed everywhere, sentences ending in 。, facts left out on request.
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../src/haystack/assemble.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { oku } from '../../../../src/haystack/ja/financial-report/format.js';
import type { JaReportWorld } from '../../../../src/haystack/ja/financial-report/world.js';
import type { Block } from '../../../../src/types.js';

const gen = generatorFor('financial-report', 'ja');
const take = (seed: number, n: number, omit?: Set<string>): Block[] => {
  const out: Block[] = [];
  for (const b of gen.blocks(seed, { omit })) {
    out.push(b);
    if (out.length >= n) break;
  }
  return out;
};
const text = (seed: number, chars: number, omit?: Set<string>) => assembleBlocks(gen.blocks(seed, { omit }), chars, { type: 'generated', kind: 'financial-report', seed }).text;
const doc = text(21, 120_000);

describe('Japanese financial report', () => {
  it('is registered for --lang ja and writes Japanese', () => {
    expect(gen.lang).toBe('ja');
    expect(doc).toContain('有価証券報告書');
    expect(doc).toMatch(/第\d+期（自　\d{4}年4月1日　至　\d{4}年3月31日）/);
    expect(doc).toMatch(/【提出日】　\d{4}年6月\d+日/);
    // One calendar throughout: a report that dates its fiscal year 2024年4月1日 dates its filing and audit report 西暦 too
    // (和暦 appears only beside a 西暦 date in 沿革, and in the numbers of laws and ordinances, which are always 和暦).
    const eras = doc.replace(/\d{4}年\d+月（(?:昭和|平成|令和)[元\d]+年\d+月）/g, '').replace(/(?:昭和|平成|令和)[元\d]+年[^、。（）]{0,12}?(?:省令|法律|政令|府令)第\d+号/g, '');
    expect(eras).not.toMatch(/(昭和|平成|令和)[元\d]+年/);
  });

  it('is deterministic per seed, prefix-stable, and another seed writes another company', () => {
    expect(text(21, 120_000)).toBe(doc);
    expect(text(21, 200_000).startsWith(doc.slice(0, 119_000))).toBe(true);
    const other = text(22, 20_000);
    const name = (t: string) => /【会社名】　(\S+)/.exec(t)![1];
    expect(name(other)).not.toBe(name(doc));
    expect(other.slice(0, 5_000)).not.toBe(doc.slice(0, 5_000));
  });

  it('keeps one ledger: segments sum to totals, the balance sheet balances, cash flows explain the change in cash', () => {
    for (const seed of [1, 2, 3, 4]) {
      const world = gen.world(seed) as JaReportWorld;
      for (let k = 0; k < 6; k++) {
        const y = world.books(world.calendar.firstYear + k);
        const p = world.books(world.calendar.firstYear + k - 1);
        expect(y.segments.reduce((a, s) => a + s.sales, 0)).toBe(y.sales);
        expect(y.segments.reduce((a, s) => a + s.op, 0) + y.adjustment).toBe(y.op);
        expect(y.totalAssets).toBe(y.totalLiab + y.netAssets);
        expect(y.cf.operating + y.cf.investing + y.cf.financing + y.cf.fx).toBe(y.cash - p.cash);
        expect(y.retained).toBe(p.retained + y.parentIncome + y.cf.dividends);
        expect(y.cash).toBeGreaterThan(0);
      }
    }
  });

  it('prints the same figures in prose and tables', () => {
    const world = gen.world(21) as JaReportWorld;
    const y = world.books(world.calendar.firstYear);
    expect(doc).toContain(`売上高は${oku(y.sales)}`);
    expect(doc).toContain(`| 売上高 | ${world.books(world.calendar.firstYear - 1).sales.toLocaleString('en-US')} | ${y.sales.toLocaleString('en-US')} |`);
    expect(doc).toContain(`研究開発費の総額は${oku(y.rnd)}`);
    expect(doc).toContain(`設備投資の総額は${oku(y.capex)}`);
  });

  it('ends every prose sentence with 。 and never puts 。 inside a table row', () => {
    for (const b of take(5, 1500)) {
      if (b.kind === 'paragraph') expect(b.text, b.text).toMatch(/[。！？][」』）]?$/);
      if (b.kind === 'table') for (const line of b.text.split('\n')) if (line.startsWith('|')) expect(line).not.toContain('。');
    }
  });

  it('leaves out every fact it is asked to omit', () => {
    const all = new Set(gen.facts);
    const blocks = take(7, 3000, all);
    expect(blocks.flatMap((b) => b.facts ?? [])).toEqual([]);
    const t = blocks.map((b) => b.text).join('\n');
    for (const re of [/10%以上を占める相手先がない/, /インターナルカーボンプライシングについては/, /製品の回収は発生しておりません|重大なリコールは発生しておりません/, /財務制限条項/, /役員賞与|業績連動報酬/, /投資有価証券売却益/, /減損損失\d|\| 減損損失 \| [\d,△]+ \| [\d,△]+ \|/, /賃金改定/, /技術センターを開設/]) expect(t).not.toMatch(re);
    // Without omissions the same sections state them.
    expect(take(7, 3000).flatMap((b) => b.facts ?? []).length).toBeGreaterThan(0);
  });
});
