import { describe, expect, it } from 'vitest';
import { answerKeys, DocumentValues, valueType } from '../../../src/needles/value-keys.js';

describe('values in Japanese and Chinese documents (one fact, one place)', () => {
  it('knows the type and value of yen, yuan, multiples, dates, era dates and counts', () => {
    expect(valueType('4億7,300万円')).toBe('money');
    expect(answerKeys('4億7,300万円')).toEqual(['jpy:473000000']);
    expect(answerKeys('47,300百万円')).toEqual(['jpy:47300000000', 'num:47300']);
    expect(answerKeys('4.73亿元')).toEqual(['cny:473000000', 'num:4.73']);
    expect(answerKeys('47,300万元')).toEqual(['cny:473000000', 'num:47300']);
    expect(answerKeys('4.15倍')).toEqual(['mult:4.15', 'num:4.15']);
    expect(answerKeys('12.5％')).toEqual(['pct:12.5']);
    expect(answerKeys('2031年4月3日')).toEqual(['date:2031-4-3']);
    expect(answerKeys('令和13年4月3日')).toEqual(['date:2031-4-3']);
    expect(answerKeys('23件')).toEqual(['cnt:件:23', 'num:23']);
    expect(answerKeys('23名')).toEqual(['cnt:人:23', 'num:23']);
  });

  it('finds where a document already states the value, in any of its forms', () => {
    const doc = new DocumentValues('営業利益は4億7,300万円となりました。配当性向は12.5%です。令和13年4月3日に開催しました。净利润为4.73亿元。鶴岡工場の稼働率は上昇しました。');
    expect(doc.firstMention('473,000,000円')).toBe(5); // the same amount written out
    expect(doc.firstMention('4億7,300万円')).toBe(5);
    expect(doc.firstMention('47,300万元')).toBeGreaterThan(0);
    expect(doc.firstMention('12.5％')).toBeGreaterThan(0);
    expect(doc.firstMention('2031年4月3日')).toBeGreaterThan(0);
    expect(doc.firstMention('鶴岡')).toBeGreaterThan(0);
    expect(doc.firstMention('釧路')).toBe(-1);
    expect(doc.firstMention('3.15倍')).toBe(-1);
  });

  it('reads a number written against a counter or unit as a quantity of it, not as another value (44円 is not 第44回)', () => {
    const doc = new DocumentValues('顧客ポータルチーム 定例会（第44回）。日時：午前9時30分〜午前9時56分。出席議員（27名）。| 売上高 | 34 |。対応は12件でした。');
    expect(doc.firstMention('44円')).toBe(-1); // 第44回 counts meetings
    expect(doc.firstMention('56人')).toBe(-1); // 9時56分 is a time
    expect(doc.firstMention('44回')).toBeGreaterThan(0);
    expect(doc.firstMention('27人')).toBeGreaterThan(0); // 名 and 人 both count people
    expect(doc.firstMention('34件')).toBeGreaterThan(0); // a bare table cell may be any count
    expect(doc.firstMention('12件')).toBeGreaterThan(0);
    expect(doc.firstMention('12社')).toBe(-1);
    // English keeps its rule: a count is any standalone number.
    expect(new DocumentValues('We closed 240 tickets in March.').firstMention('240')).toBeGreaterThan(0);
  });
});
