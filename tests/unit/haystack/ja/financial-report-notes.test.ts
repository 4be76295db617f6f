// The Japanese report's notes and statements in full: every itemized table sums to the ledger figure it breaks down, and the figures quoted elsewhere agree.
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../src/haystack/assemble.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { cell } from '../../../../src/haystack/ja/financial-report/format.js';
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
      // 重要な会計上の見積り quotes the deferred tax assets before offsetting, as the tax note and the key audit matter do.
      const estimate = rows(doc, '1．繰延税金資産の回収可能性　(1)', '繰延税金資産（繰延税金負債と相殺前）');
      expect(estimate.at(-1)![2]).toBe(dt.find(([l]) => l === '繰延税金資産合計')![2]);
      expect(doc).toContain(`相殺前の繰延税金資産${cell(dt.find(([l]) => l === '繰延税金資産合計')![2])}百万円`);
      const final = y.dividend - y.interimDividend;
      expect(doc).toMatch(new RegExp(`\\| 普通株式 \\| 利益剰余金 \\| ${cell(Math.round((final * world.company.shares) / 1e6))} \\| ${final} \\|`));
      const ghg = /当連結会計年度の温室効果ガス排出量（Scope1及びScope2）は([\d,]+)t-CO2/.exec(doc)?.[1];
      expect(ghg).toBeDefined();
      expect(doc).toMatch(new RegExp(`\\| 合計 \\| [\\d,]+ \\| [\\d,]+ \\| ${ghg} \\|`));
    });
  });
});

/** The figure of a one-figure row `| label | n |` in the table that starts at `caption`. */
function single(doc: string, caption: string, label: string): number {
  const start = doc.indexOf(caption);
  expect(start, caption).toBeGreaterThanOrEqual(0);
  const m = new RegExp(`^\\| ${label.replace(/[()（）]/g, '\\$&')} \\| ([△\\d,]+) \\|$`, 'm').exec(doc.slice(start));
  expect(m, `${caption} / ${label}`).not.toBeNull();
  return num(m![1]!);
}

describe('Japanese financial report: per-share basis, related parties and the parent\'s main balances', () => {
  it('computes per-share figures on shares outstanding and prints them alike in the indicators and the note', () => {
    for (const d of docs) {
      const doc = firstYear(d);
      const eps = /^\| 1株当たり当期純利益 \| ([\d,.]+)円 \| ([\d,.]+)円 \|$/m.exec(doc)!;
      const bps = /^\| 1株当たり純資産額 \| ([\d,.]+)円 \| ([\d,.]+)円 \|$/m.exec(doc)!;
      const [income] = rows(doc, '1株当たり当期純利益の算定上の基礎', '親会社株主に帰属する当期純利益（百万円）').map((r) => r[2]);
      const avg = /^\| 普通株式の期中平均株式数（千株） \| [\d,]+ \| ([\d,]+) \|$/m.exec(doc)![1]!;
      const net = rows(doc, '1株当たり純資産額の算定上の基礎', '普通株式に係る期末の純資産額（百万円）').at(-1)![2];
      const end = /^\| 1株当たり純資産額の算定に用いられた期末の普通株式の数（千株） \| [\d,]+ \| ([\d,]+) \|$/m.exec(doc)![1]!;
      // The shares are printed in thousands, so the quotient agrees to within that rounding.
      expect(Math.abs((income! * 1e3) / num(avg) / num(eps[2]!) - 1)).toBeLessThan(0.001);
      expect(Math.abs((net * 1e3) / num(end) / num(bps[2]!) - 1)).toBeLessThan(0.001);
      const indicators = /^\| 1株当たり当期純利益（円） \|.* ([\d,.]+) \|$/m.exec(doc)![1];
      expect(indicators).toBe(eps[2]);
    }
  });

  it("splits the year's restricted stock among the directors in 関連当事者情報 to the grant's total", () => {
    for (const d of docs) {
      const doc = firstYear(d);
      const total = /当社の取締役（社外取締役を除く）\d+名　([\d,]+)株/.exec(doc)![1]!;
      const current = doc.slice(doc.indexOf('等　当連結会計年度（自'));
      const granted = [...current.slice(0, current.indexOf('\n\n')).matchAll(/金銭報酬債権の現物出資（([\d,]+)株）/g)].map((m) => num(m[1]!));
      expect(granted.length).toBeGreaterThan(0);
      expect(granted.reduce((a, b) => a + b, 0)).toBe(num(total));
    }
  });

  it("itemizes the parent's cash, inventories, subsidiaries' shares and borrowings to its balance sheet", () => {
    for (const d of docs) {
      const doc = firstYear(d);
      const sheet = (label: string) => rows(doc, '① 【貸借対照表】', label).at(-1)![2];
      expect(single(doc, '現金及び預金　（単位：百万円）', '合計')).toBe(sheet('現金及び預金'));
      expect(single(doc, '現金及び預金　（単位：百万円）', '現金') + single(doc, '現金及び預金　（単位：百万円）', '小計')).toBe(sheet('現金及び預金'));
      expect(single(doc, '関係会社株式　（単位：百万円）', '合計')).toBe(sheet('関係会社株式'));
      expect(single(doc, '短期借入金　（単位：百万円）', '合計') + single(doc, '長期借入金　（単位：百万円）', '合計')).toBe(sheet('借入金'));
      const inv = /^\| 合計 \|  \| ([\d,]+) \|$/m.exec(doc.slice(doc.indexOf('棚卸資産　（単位：百万円）')))![1]!;
      expect(num(inv)).toBe(sheet('製品及び仕掛品等'));
    }
  });
});

describe("Japanese financial report: the parent's late notes and 関連情報 agree with the statements", () => {
  it('prints sales by region as the revenue note sums them, and tangible assets by region summing to the balance sheet', () => {
    for (const d of docs) {
      const doc = firstYear(d);
      const start = doc.indexOf('2．地域ごとの情報　(1) 売上高');
      expect(start).toBeGreaterThanOrEqual(0);
      const lines = doc.slice(start).split('\n');
      const cur = lines.find((l) => l.startsWith('| 当連結会計年度 |'))!.split('|').slice(2, -1).map((x) => num(x.trim()));
      const revenue = doc.slice(doc.indexOf('顧客との契約から生じる収益を分解した情報　当連結会計年度')).split('\n');
      const regionTotals = ['日本', 'アジア', '北米', '欧州', 'その他'].map((r) => num(revenue.find((l) => l.startsWith(`| ${r} |`))!.split('|').at(-2)!.trim()));
      expect(cur.slice(0, 5)).toEqual(regionTotals);
      expect(cur.slice(0, 5).reduce((a, x) => a + x, 0)).toBe(cur[5]);
      const ppe = lines.filter((l) => l.startsWith('| 当連結会計年度 |'))[1]!.split('|').slice(2, -1).map((x) => num(x.trim()));
      expect(ppe.slice(0, 4).reduce((a, x) => a + x, 0)).toBe(ppe[4]);
      expect(ppe[4]).toBe(rows(doc, '【連結貸借対照表】', '有形固定資産合計').at(-1)![2]);
    }
  });

  it("closes the parent's tax reconciliation on its effective rate, and its special items on its net special gain or loss", () => {
    for (const d of docs) {
      const doc = firstYear(d);
      const start = doc.indexOf('2．法定実効税率と税効果会計適用後の法人税等の負担率', doc.indexOf('（税効果会計関係）', doc.indexOf('2【財務諸表等】')));
      expect(start).toBeGreaterThanOrEqual(0);
      const tax: Array<[string, number, number]> = [];
      for (const line of doc.slice(start).split('\n').slice(2)) {
        const m = /^\| (.+?) \| (△?[\d.]+) \| (△?[\d.]+) \|$/.exec(line);
        if (!m) break;
        tax.push([m[1]!, Math.round(num(m[2]!) * 10), Math.round(num(m[3]!) * 10)]);
      }
      expect(tax.at(-1)![0]).toBe('税効果会計適用後の法人税等の負担率');
      for (const col of [1, 2] as const) expect(tax.slice(0, -1).reduce((a, r) => a + r[col], 0)).toBe(tax.at(-1)![col]);
      const pl = rows(doc, '② 【損益計算書】', '特別損益（純額）').at(-1)!;
      const special = doc.slice(doc.indexOf('※2 特別損益の内訳')).split('\n').slice(2);
      let net = 0;
      for (const line of special) {
        const m = /^\| 特別(利益|損失)　.+? \| (?:[\d,]+|－) \| ([\d,]+|－) \|$/.exec(line);
        if (!m) break;
        net += (m[1] === '利益' ? 1 : -1) * (m[2] === '－' ? 0 : num(m[2]!));
      }
      expect(net).toBe(pl[2]);
    }
  });

  it('prints each consolidated note under its caption once, its numbered items together and in order', () => {
    for (const doc of docs) {
      const year = firstYear(doc);
      const notes = year.slice(year.indexOf('【注記事項】'), year.indexOf('2【財務諸表等】'));
      const captions = notes.split('\n').filter((l) => /^（[^）]+関係）$/.test(l));
      expect(captions.length).toBeGreaterThanOrEqual(12);
      expect(new Set(captions).size, captions.join(' ')).toBe(captions.length);
      for (const caption of ['（税効果会計関係）', '（退職給付関係）']) {
        const from = notes.indexOf(caption) + caption.length;
        const next = notes.slice(from).search(/\n（[^）]+関係）\n/);
        const body = notes.slice(from, next < 0 ? undefined : from + next);
        expect(body.indexOf('1．'), caption).toBeGreaterThanOrEqual(0);
        expect(body.indexOf('2．'), caption).toBeGreaterThan(body.indexOf('1．'));
      }
    }
  });
});
