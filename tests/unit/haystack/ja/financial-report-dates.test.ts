// The Japanese report's dates as a 開示 editor checks them: every day a company, its board or its auditor acts on (the
// audit report, the filings listed in その他の参考情報, the interim-dividend board and its 効力発生日, bond issues) is a
// business day, while 基準日 and period ends stay where they fall; and the cover names the accounting manager as 事務連絡者.
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../src/haystack/assemble.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { businessDay, isBusinessDay } from '../../../../src/haystack/ja/financial-report/format.js';

const gen = generatorFor('financial-report', 'ja');
const seeds = [7, 19, 23];
const docs = seeds.map((seed) => assembleBlocks(gen.blocks(seed), 260_000, { type: 'generated', kind: 'financial-report', seed }).text);
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const DATE = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日';

describe('Japanese report dates', () => {
  it('moves a date to a business day past weekends and holidays', () => {
    expect(businessDay('2025-06-22', -1)).toBe('2025-06-20'); // Sunday → Friday
    expect(businessDay('2024-11-10', -1)).toBe('2024-11-08'); // Sunday → Friday
    expect(businessDay('2025-11-03', -1)).toBe('2025-10-31'); // 文化の日 (Monday) → Friday
    expect(businessDay('2024-11-04', 1)).toBe('2024-11-05'); // 振替休日 of 文化の日 → Tuesday
    expect(businessDay('2026-07-20', 1)).toBe('2026-07-21'); // 海の日, the third Monday of July
    expect(businessDay('2025-06-20', 1)).toBe('2025-06-20');
    expect(isBusinessDay('2026-02-11')).toBe(false);
  });

  it('dates what the company, its board and its auditor do on business days', () => {
    let checked = 0;
    const acted = [
      new RegExp(`^${DATE}$`, 'gmu'), // the audit report's date line
      new RegExp(`${DATE}[^\\s|]*?に提出`, 'gu'),
      new RegExp(`${DATE} (?:取締役会|定時株主総会)`, 'gu'),
      new RegExp(`\\| ${DATE} \\|(?= 普通株式)`, 'gu'),
    ];
    for (const doc of docs) {
      for (const re of acted) {
        for (const m of doc.matchAll(re)) {
          checked++;
          expect(isBusinessDay(iso(m[1]!, m[2]!, m[3]!)), m[0]).toBe(true);
        }
      }
      // The interim dividend's 効力発生日 (the last cell of its row) and each bond's issue date.
      for (const m of doc.matchAll(new RegExp(`取締役会 \\| 普通株式 \\|[^\\n]*\\| ${DATE} \\|$`, 'gmu'))) {
        checked++;
        expect(isBusinessDay(iso(m[1]!, m[2]!, m[3]!)), m[0]).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("names the executive officer heading 経理部 as the cover's 事務連絡者", () => {
    for (const doc of docs) {
      const covers = [...doc.matchAll(/【事務連絡者氏名】　(\S+)　(\S+　\S+)/gu)];
      expect(covers.length).toBeGreaterThan(0);
      for (const [line, title, name] of covers) {
        expect(title, line).toBe('執行役員経理部長');
        expect(doc, line).toContain(`| 執行役員 | ${name} | 経理部長 |`);
      }
    }
  });
});
