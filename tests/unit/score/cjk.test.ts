// Japanese and Chinese answers: every honest form of a value counts, and negation, refusal and hedges read as in English.
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../../src/score/match.js';
import { scoreResponse } from '../../../src/score/score.js';
import { parseValue, valueMatches } from '../../../src/score/values.js';

/** True when `form` stands for the same value as `expected`. */
function same(expected: string, form: string): boolean {
  const e = parseValue(expected);
  const f = parseValue(form);
  return e !== null && f !== null && valueMatches(e, f);
}

const outcome = (response: string, expected: string[], question = '', decoys: string[][] = []) =>
  scoreResponse(response, expected, decoys, { question }).outcome;

describe('Japanese and Chinese values', () => {
  it('reads full-width digits and punctuation', () => {
    expect(same('4.15倍', '４．１５倍')).toBe(true);
    expect(same('12.5%', '１２．５％')).toBe(true);
    expect(same('2,300人', '２，３００人')).toBe(true);
  });

  it('reads 万/億/兆 and 亿/万 amounts and the 千円/百万円/万元/亿元 units', () => {
    expect(parseValue('4億7,300万円')).toEqual({ type: 'amount', value: 473_000_000, currency: 'jpy' });
    for (const f of ['473,000,000円', '473百万円', '473,000千円', '４億７３００万円', '4.73億円']) expect(same('4億7,300万円', f), f).toBe(true);
    expect(same('47,300百万円', '473億円')).toBe(true);
    expect(same('47,300百万円', '47,300千円')).toBe(false);
    for (const f of ['47,300万元', '473,000,000元', '四亿七千三百万元', '0.473 billion yuan']) expect(same('4.73亿元', f), f).toBe(true);
    expect(same('4,730万元', '0.473亿元')).toBe(true);
    expect(same('1,200万元', '一千二百万元')).toBe(true);
    expect(same('1,200万元', '1.2千万元')).toBe(true);
    expect(same('1兆2,000億円', '1.2兆円')).toBe(true);
  });

  it('keeps currencies apart: yen, yuan and dollars are different money', () => {
    expect(same('4億7,300万円', '4億7,300万ドル')).toBe(false);
    expect(same('4.73亿元', '4.73亿美元')).toBe(false);
    expect(same('4.73亿元', '4.73亿日元')).toBe(false);
  });

  it('reads 年月日 dates, year-first slashes, eras and Chinese numerals', () => {
    expect(parseValue('2031年4月3日')).toEqual({ type: 'date', year: 2031, month: 4, day: 3 });
    for (const f of ['2031/4/3', '2031-04-03', '令和13年4月3日', '二〇三一年四月三日', '2031年4月3号', 'April 3, 2031']) expect(same('2031年4月3日', f), f).toBe(true);
    expect(same('2019年5月1日', '令和元年5月1日')).toBe(true);
    expect(same('2019年4月30日', '平成31年4月30日')).toBe(true);
    expect(same('2031年4月3日', '令和12年4月3日')).toBe(false);
    expect(parseValue('4月3日')).toEqual({ type: 'date', year: null, month: 4, day: 3 });
  });

  it('reads 割/分 ratios, percent words and percentage points', () => {
    expect(same('32%', '3割2分')).toBe(true);
    expect(same('32.5%', '3割2分5厘')).toBe(true);
    expect(same('12.5%', '百分之十二点五')).toBe(true);
    expect(same('12.5%', '百分之12.5')).toBe(true);
    expect(same('12.5%', '12.5パーセント')).toBe(true);
    expect(parseValue('十二点五个百分点')).toEqual({ type: 'percent', value: 12.5, points: true });
  });

  it('reads multiples written 倍, in Chinese numerals and with the Japanese ・ decimal point', () => {
    for (const f of ['四点一五倍', '四・一五倍', '4.15x', '4.15 times']) expect(same('4.15倍', f), f).toBe(true);
  });

  it('reads times with 時/点 and the meridiem words', () => {
    for (const f of ['14時30分', '午後2時半', '下午2点30分', '14:30', '2:30 pm']) expect(same('午後2時30分', f), f).toBe(true);
    expect(same('午後2時30分', '午前2時30分')).toBe(false);
  });

  it('reads counts with their counters, and never a number inside a word, a code or an ordinal', () => {
    expect(parseValue('23件')).toEqual({ type: 'number', value: 23 });
    expect(same('23起', '二十三起')).toBe(true);
    expect(outcome('今期の重大不具合は二十三件でした。', ['23件'], '今期の重大不具合は何件でしたか？')).toBe('correct');
    expect(outcome('第23期の報告には件数の記載がありません。', ['23件'], '何件でしたか？')).toBe('not_found');
    // 千葉, 三菱, 十分 are words, not numbers.
    expect(parseValue('千葉工場')).toBeNull();
    expect(outcome('三菱の千葉工場で十分に確認しました。', ['23件'])).toBe('wrong');
  });

  it('finds names with or without 株式会社/有限公司, a city prefix, and honorifics', () => {
    expect(outcome('青葉設計です。', ['株式会社青葉設計'])).toBe('correct');
    expect(outcome('株式会社青葉設計が担当します。', ['青葉設計'])).toBe('correct');
    expect(outcome('恒通物流。', ['深圳市恒通物流有限公司'])).toBe('correct');
    expect(outcome('森川さんです。', ['森川 誠'])).toBe('correct');
    expect(outcome('森川誠氏です。', ['森川 誠'])).toBe('correct');
    expect(outcome('李总监负责。', ['李文静'])).toBe('correct');
    expect(outcome('李文静女士。', ['李文静'])).toBe('correct');
    // Another company with the same designator is a rival, not the answer.
    expect(outcome('株式会社高砂建設です。', ['株式会社青葉設計'])).toBe('wrong');
    expect(findAnswer('新工場の設計は、株式会社青葉設計が担当することになりました。', '青葉設計')).toBe(true);
  });
});

describe('Japanese and Chinese commitment', () => {
  const q = '連結純有利子負債EBITDA倍率の上限は何倍ですか？';
  it('credits one committed answer, and hedges several (または, か, 或者, 可能是)', () => {
    expect(outcome('上限は4.15倍です。', ['4.15倍'], q)).toBe('correct');
    expect(outcome('4.15倍または4.35倍です。', ['4.15倍'], q)).toBe('hedged');
    expect(outcome('4.15倍か4.35倍のどちらかです。', ['4.15倍'], q)).toBe('hedged');
    expect(outcome('4.15倍或者4.35倍。', ['4.15倍'], q)).toBe('hedged');
    expect(outcome('可能是4.15倍。', ['4.15倍'], q)).toBe('hedged');
    expect(outcome('4.15倍かもしれません。', ['4.15倍'], q)).toBe('hedged');
  });

  it('sets aside prior-period figures, changes and the value changed from', () => {
    expect(outcome('前年同期は3.2%でしたが、当期は4.5%です。', ['4.5%'])).toBe('correct');
    expect(outcome('研发投入占比12.5%，上年同期为10.8%。', ['12.5%'])).toBe('correct');
    expect(outcome('前期比3.5ポイント上昇し、32.4%となりました。', ['32.4%'])).toBe('correct');
    expect(outcome('同比增长1.7个百分点，达到12.5%。', ['12.5%'])).toBe('correct');
    expect(outcome('上限は3.85倍から4.15倍に引き上げられました。', ['4.15倍'], q)).toBe('correct');
    expect(outcome('上限从3.85倍提高至4.15倍。', ['4.15倍'], q)).toBe('correct');
  });

  it('reads negation in each language, and ではないか as a belief, not a denial', () => {
    expect(scoreResponse('上限は4.15倍ではありません。', ['4.15倍'], [], { question: q }).score).toBe(0);
    expect(outcome('上限は4.15倍ではなく、4.35倍です。', ['4.15倍'], q)).toBe('wrong');
    expect(outcome('不是4.15倍，而是4.35倍。', ['4.15倍'], q)).toBe('wrong');
    expect(scoreResponse('上限并非4.15倍。', ['4.15倍'], [], { question: q }).score).toBe(0);
    expect(outcome('上限は4.15倍ではないかと思われます。', ['4.15倍'], q)).toBe('correct');
  });

  it('reads refusals in each language', () => {
    for (const r of ['文書にはその倍率は記載されていません。', '記載がありません。', '該当する情報は見当たりません。', 'わかりません。', '文書からは特定できません。', '文中没有提到相关比率。', '未提及。', '无法确定。', '文档中没有相关信息。'])
      expect(outcome(r, ['4.15倍'], q), r).toBe('not_found');
    expect(outcome('前期は12,100百万円でしたが、当期の金額は記載がありません。', ['47,300百万円'])).toBe('not_found');
  });

  it('credits an answer given after saying the document does not state it, on either side of the line', () => {
    expect(outcome('文書には明記されていませんが、連結純有利子負債EBITDA倍率の上限は4.15倍です。', ['4.15倍'], q)).toBe('correct');
    expect(outcome('文中没有明确说明，但授信协议约定合并净负债与EBITDA之比不得超过4.15倍。', ['4.15倍'], '合并净负债与EBITDA之比不得超过多少倍？')).toBe('correct');
    expect(outcome('文中没有提到。可能是4.15倍。', ['4.15倍'])).toBe('not_found');
  });

  it('leaves English scoring as it was for text without CJK characters', () => {
    expect(outcome('The ratio is 4.15x, not 4.35x.', ['4.15x'])).toBe('correct');
    expect(outcome('It might be $4.7 million or $3.2 million.', ['$4.7 million'])).toBe('hedged');
  });
});

describe('durations and counters (round 2)', () => {
  it('reads durations with their units in Japanese, Chinese and English, equal across units', () => {
    expect(parseValue('183毫秒')).toEqual({ type: 'duration', value: 0.183, per: 'second', unit: 0.001 });
    for (const f of ['0.183秒', '183ミリ秒', '183 ms', '183 milliseconds', '0.183 seconds']) expect(same('183毫秒', f), f).toBe(true);
    expect(same('1.2秒', '1200毫秒')).toBe(true);
    expect(same('1.2秒', '1.2分钟')).toBe(false);
    expect(same('90分', '1時間半')).toBe(true);
    expect(same('90分钟', '1个半小时')).toBe(true);
    expect(same('30分钟', '半小时')).toBe(true);
    expect(same('150分', '2時間30分')).toBe(true);
    expect(same('150 minutes', '2 hours and 30 minutes')).toBe(true);
    expect(same('3天', '72小时')).toBe(true);
    expect(same('14日間', '2週間')).toBe(true);
    expect(same('2周', '14 days')).toBe(true);
    expect(same('6か月', '6个月')).toBe(true);
    expect(same('18か月', '1年半')).toBe(true);
    // Months are not a fixed number of days.
    expect(same('3か月', '90日')).toBe(false);
  });

  it('leaves clock times, 割/分 ratios, fractions and day-of-month dates alone', () => {
    expect(parseValue('14時30分')).toEqual({ type: 'time', minutes: 870 });
    expect(parseValue('3割2分')).toEqual({ type: 'percent', value: 32 });
    expect(parseValue('3分の1')).toBeNull();
    expect(parseValue('15日に開催')?.type).not.toBe('duration');
    expect(parseValue('第3周')?.type).not.toBe('duration');
  });

  it('asserts the target of a change and treats its origin as context', () => {
    const q = '加了二级缓存之后，订单服务的P99延迟降到了多少？';
    const r = scoreResponse('加了二级缓存之后，订单服务的P99延迟从原来的一秒多降到了183毫秒，压测报告我已经发群里了。', ['183毫秒'], [], { question: q });
    expect(r.outcome).toBe('correct');
    expect(r.reason).toContain('context');
    expect(outcome('P99延迟从原来的1.2秒降至183毫秒。', ['183毫秒'], q)).toBe('correct');
    expect(outcome('P99延迟从1.2秒降到了183毫秒。', ['1.2秒'], q)).toBe('wrong');
    expect(outcome('P99延迟原来是183毫秒，现在降到了90毫秒。', ['183毫秒'], q)).toBe('wrong');
    expect(outcome('P99延迟并没有降到183毫秒。', ['183毫秒'], q)).toBe('wrong');
    const ja = 'P99レイテンシはどこまで短縮されましたか？';
    expect(outcome('従来の1.2秒から183ミリ秒に短縮されました。', ['183ミリ秒'], ja)).toBe('correct');
    expect(outcome('183ミリ秒から90ミリ秒に短縮されました。', ['183ミリ秒'], ja)).toBe('wrong');
    const en = 'What did the P99 latency drop to?';
    expect(outcome('It fell from its original 1.2 seconds to 183 ms.', ['183毫秒'], en)).toBe('correct');
    expect(outcome('It was 183 ms, and has since dropped to 90 ms.', ['183 ms'], en)).toBe('wrong');
    expect(outcome('Somewhere between 183 and 200 ms.', ['183 ms'], en)).toBe('hedged');
  });

  it('reads a duration as a count of its unit when the question counts days', () => {
    expect(outcome('It took 23 days.', ['23'], 'How many days did the migration take?')).toBe('correct');
    expect(outcome('迁移用了23天。', ['23'], '迁移用了多少天？')).toBe('correct');
  });

  it('counts people with 人, 名 and 位 alike', () => {
    expect(outcome('研修には37人が参加し、講師は2名でした。', ['37名'], '研修には何名が参加しましたか？')).toBe('correct');
    expect(outcome('受影响的有163名用户，另外3人投诉。', ['163人'], '共有多少人受到影响？')).toBe('correct');
    expect(outcome('受影响的是163位用户。', ['163人'], '共有多少人受到影响？')).toBe('correct');
    expect(outcome('受影响的有136名用户。', ['163人'], '共有多少人受到影响？')).toBe('wrong');
  });
});
