// The Japanese report's officers read as a 開示 editor reads them: why an outside officer was chosen follows from the
// career printed for them, careers run in order, and no two officers of a page share a given name.
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../src/haystack/assemble.js';
import { generatorFor } from '../../../../src/haystack/generators.js';

const gen = generatorFor('financial-report', 'ja');
const seeds = [3, 9, 14, 27, 48];
const docs = seeds.map((seed) => assembleBlocks(gen.blocks(seed), 90_000, { type: 'generated', kind: 'financial-report', seed }).text);

/** Each officer's 略歴 rows ([year*12+month, post]) as the first report prints them. */
function careers(doc: string): Map<string, Array<[number, string]>> {
  const out = new Map<string, Array<[number, string]>>();
  const start = doc.indexOf('\n略歴\n');
  let who = '';
  for (const line of doc.slice(start + 4).split('\n').slice(2)) {
    const m = /^\| ([^|]*) \| (\d{4})年(\d+)月 \| (.+) \|$/.exec(line);
    if (!m) break;
    if (m[1]!.trim()) who = m[1]!.trim().replace('　', '');
    out.set(who, [...(out.get(who) ?? []), [Number(m[2]) * 12 + Number(m[3]), m[4]!]]);
  }
  return out;
}

describe('Japanese report officers', () => {
  it('gives each outside officer a reason for choosing them that their career bears out', () => {
    let checked = 0;
    for (const doc of docs) {
      const cv = careers(doc);
      for (const m of doc.matchAll(/社外(取締役|監査役)(\S+?)氏は、(.+?)を有しており、(.+?)を期待して選任しております。/g)) {
        const first = cv.get(m[2]!)?.[0]?.[1];
        expect(first, m[0]).toBeDefined();
        if (m[3]!.startsWith('弁護士')) expect(first).toMatch(/^弁護士登録/);
        else if (m[3]!.startsWith('公認会計士')) expect(first).toMatch(/^公認会計士登録/);
        else if (m[3]!.startsWith('金融機関')) expect(first).toMatch(/(銀行|証券|保険)株式会社入社$/);
        else expect(first, m[0]).toMatch(/^(?!.*(銀行|証券|保険)).*株式会社入社$/);
        // A director advises and oversees; an auditor audits.
        expect(m[4]!.includes('監査'), m[0]).toBe(m[1] === '監査役');
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(seeds.length * 4);
  });

  it('prints every career in date order, ending with the post held now', () => {
    for (const doc of docs) {
      const cv = careers(doc);
      expect(cv.size).toBeGreaterThanOrEqual(9);
      for (const [who, rows] of cv) {
        const months = rows.map(([t]) => t);
        expect(months, who).toEqual([...months].sort((a, b) => a - b));
        expect(rows.at(-1)![1], who).toMatch(/^当社.*（現任）$/);
      }
    }
  });

  it('names no two officers or executive officers of one report with the same given name', () => {
    for (const doc of docs) {
      const list = doc.slice(doc.indexOf('① 役員一覧'), doc.indexOf('取締役及び監査役のスキル・マトリックス'));
      const names = [...list.matchAll(/^\| [^|]+ \| (\S+)　(\S+) \|/gm)].map((m) => m[2]!);
      expect(names.length).toBeGreaterThanOrEqual(15);
      expect(new Set(names).size, names.join(' ')).toBe(names.length);
    }
  });
});
