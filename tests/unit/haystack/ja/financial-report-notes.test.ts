// The Japanese report's notes and statements in full: every itemized table sums to the ledger figure it breaks down, and the figures quoted elsewhere agree.
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../src/haystack/assemble.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { cell, oku } from '../../../../src/haystack/ja/financial-report/format.js';
import type { JaReportWorld } from '../../../../src/haystack/ja/financial-report/world.js';

const gen = generatorFor('financial-report', 'ja');
const seeds = [31, 32];
const docs = seeds.map((seed) => assembleBlocks(gen.blocks(seed), 150_000, { type: 'generated', kind: 'financial-report', seed }).text);
/** The first fiscal year's report of a document. */
const firstYear = (doc: string) => doc.slice(0, doc.indexOf('【表紙】\n【提出書類】　有価証券報告書', 10));
const num = (s: string) => (s.startsWith('△') ? -1 : 1) * Number(s.replace(/[△,]/g, ''));
/** The two figure columns of the rows of a table block (starting at its caption) up to a row whose label is `last`. */
function rows(doc: string, caption: string, last: string): Array<[string, number, number]> {
  const start = doc.indexOf(caption);
  expect(start, caption).toBeGreaterThanOrEqual(0);
  const out: Array<[string, number, number]> = [];
  for (const line of doc.slice(start).split('\n').slice(1)) {
    const m = /^\| (.+?) \| ([△\d,]+) \| ([△\d,]+) \|$/.exec(line);
    if (m) out.push([m[1]!, num(m[2]!), num(m[3]!)]);
    if (m?.[1] === last) break;
  }
  return out;
}

describe('Japanese financial report notes in full', () => {
  it('writes one fiscal year of well over 60,000 characters', () => {
    for (const doc of docs) expect(firstYear(doc).length).toBeGreaterThan(60_000);
  });

  it('itemizes the operating cash flows, non-operating items and plan assets so that they sum to the ledger', () => {
    seeds.forEach((seed, i) => {
      const world = gen.world(seed) as JaReportWorld;
      const y = world.books(world.calendar.firstYear);
      const doc = firstYear(docs[i]!);
      const cf = rows(doc, '④ 【連結キャッシュ・フロー計算書】', '営業活動によるキャッシュ・フロー');
      const items = cf.filter(([l]) => l !== '小計' && l !== '営業活動によるキャッシュ・フロー');
      expect(items.reduce((a, [, , v]) => a + v, 0)).toBe(y.cf.operating);
      expect(cf.at(-1)![2]).toBe(y.cf.operating);
      const sub = cf.findIndex(([l]) => l === '小計');
      expect(cf.slice(0, sub).reduce((a, [, , v]) => a + v, 0)).toBe(cf[sub]![2]);
      const pl = rows(doc, '【連結損益計算書】', '営業外費用合計');
      const income = pl.slice(pl.findIndex(([l]) => l === '営業利益') + 1, pl.findIndex(([l]) => l === '営業外収益合計'));
      expect(income.reduce((a, [, , v]) => a + v, 0)).toBe(y.nonOpIncome);
      const assets = rows(doc, '(2) 年金資産の期首残高と期末残高の調整表', '年金資産の期末残高');
      expect(assets.slice(0, -1).reduce((a, [, , v]) => a + v, 0)).toBe(y.planAssets);
      expect(assets.at(-1)![2]).toBe(y.planAssets);
    });
  });

  it('quotes the deferred tax assets, dividends and emissions the same way everywhere', () => {
    seeds.forEach((seed, i) => {
      const world = gen.world(seed) as JaReportWorld;
      const y = world.books(world.calendar.firstYear);
      const doc = firstYear(docs[i]!);
      const dt = rows(doc, '1．繰延税金資産及び繰延税金負債の発生の主な原因別の内訳', '繰延税金資産の純額');
      const net = dt.at(-1)![2];
      expect(doc).toContain(`繰延税金資産は${oku(net)}`);
      expect(doc).toContain(`相殺前の繰延税金資産${cell(dt.find(([l]) => l === '繰延税金資産合計')![2])}百万円`);
      const final = y.dividend - y.interimDividend;
      expect(doc).toMatch(new RegExp(`\\| 普通株式 \\| 利益剰余金 \\| ${cell(Math.round((final * world.company.shares) / 1e6))} \\| ${final} \\|`));
      const ghg = /当連結会計年度の温室効果ガス排出量（Scope1及びScope2）は([\d,]+)t-CO2/.exec(doc)?.[1];
      expect(ghg).toBeDefined();
      expect(doc).toMatch(new RegExp(`\\| 合計 \\| [\\d,]+ \\| [\\d,]+ \\| ${ghg} \\|`));
    });
  });
});
