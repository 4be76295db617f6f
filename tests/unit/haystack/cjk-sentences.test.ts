import { describe, expect, it } from 'vitest';
import { assembleBlocks, indexPlainText } from '../../../src/haystack/assemble.js';
import { clauseBreaks, isCjkText, sentenceStarts } from '../../../src/haystack/sentences.js';
import { splitSentences } from '../../../src/models/split-sentences.js';
import type { Block } from '../../../src/types.js';

const JA = '当社グループの売上高は4,730百万円（前期比12.5%増）となりました。営業利益率は4.15倍に改善しました！「本当ですか？」と質問がありました。 次に、議長が10：30に開会を宣言しました。';
const ZH = '公司实现营业收入4.73亿元，同比增长12.5%。净利润为4,730万元；每股收益1.15元！“是否有所改善？”对此，王总经理作了回答。';

const at = (text: string, offsets: number[]) => offsets.map((i) => text.slice(i, i + 4));

describe('sentence starts in Japanese and Chinese', () => {
  it('starts a sentence after 。！？ with or without a space, and after a closing 」 that ends one', () => {
    expect(at(JA, sentenceStarts(JA))).toEqual(['営業利益', '「本当で', '次に、議']);
    expect(at(ZH, sentenceStarts(ZH))).toEqual(['净利润为', '“是否有', '对此，王']);
  });

  it('never starts one inside a number, a quoted question the sentence goes on after, or at a line end', () => {
    for (const text of [JA, ZH]) {
      for (const s of sentenceStarts(text)) {
        expect(/\d/.test(text[s - 1]!) && /\d/.test(text[s]!)).toBe(false);
        expect(text[s]).not.toMatch(/[\s」』）。、，]/);
      }
    }
    // 「…ですか？」と: the quote is part of the sentence.
    expect(sentenceStarts('「本当ですか？」と質問がありました。')).toEqual([]);
    expect(sentenceStarts('売上高は増加しました。\n次の行です。')).toEqual([]);
  });

  it('breaks clauses after 、，；： but not inside a time or a number', () => {
    expect(at(JA, clauseBreaks(JA))).toEqual(['議長が1']);
    expect(at(ZH, clauseBreaks(ZH))).toEqual(['同比增长', '每股收益', '王总经理']);
    expect(clauseBreaks('開始は10：30です')).toEqual([]);
  });

  it('leaves English sentence rules as they were', () => {
    expect(isCjkText('Net sales rose 4.7% in fiscal 2031.')).toBe(false);
    expect(sentenceStarts('Sales rose. Costs fell 4.7 points. J. Smith left.')).toEqual([12, 35]);
  });
});

describe('document points of Japanese and Chinese blocks', () => {
  const blocks: Block[] = [
    { kind: 'heading', text: '第2【事業の状況】', section: '事業の状況' },
    { kind: 'paragraph', text: JA, section: '事業の状況' },
    { kind: 'table', text: '区分            前連結会計年度      当連結会計年度\n売上高（百万円）      41,230            47,300\n営業利益（百万円）     3,120             4,150', section: '事業の状況' },
    { kind: 'turn', text: '議長（佐藤） [00:01:05]: それでは定刻となりましたので開会いたします。本日の議題は三件です。', section: '取締役会', time: '00:01:05', speakers: ['議長（佐藤）'] },
  ];
  const doc = assembleBlocks(blocks, 10_000, { type: 'generated', kind: 'financial-report', seed: 1, lang: 'ja' });

  it('puts needle points at sentence starts of prose, cut points inside turns and at table rows only', () => {
    const prose = doc.points.filter((p) => p.kind === 'sentence').map((p) => doc.text.slice(p.offset, p.offset + 4));
    expect(prose).toEqual(['当社グル', '営業利益', '「本当で', '次に、議']);
    const table = doc.text.indexOf('区分');
    for (const p of doc.points.filter((q) => q.offset > table && q.offset < doc.text.indexOf('議長（佐藤）'))) {
      // Inside the table: only whole rows.
      expect(p.kind === 'paragraph' || doc.text[p.offset - 1] === '\n').toBe(true);
    }
    const turn = doc.points.filter((p) => p.offset >= doc.text.indexOf('議長（佐藤）'));
    // The turn's start takes needles; after its label and between its sentences the document may only end.
    expect(turn.map((p) => p.kind)).toEqual(['turn', 'cut', 'cut']);
    expect(doc.text.slice(turn[2]!.offset, turn[2]!.offset + 4)).toBe('本日の議');
  });

  it('reads a Japanese plain-text document as prose', () => {
    const user = indexPlainText(`${JA}\n\n${ZH}`, { type: 'files', files: [], order: 'test' });
    expect(user.points.filter((p) => p.kind === 'sentence').length).toBe(8);
  });
});

describe("the keyword baseline's sentences", () => {
  it('splits Japanese and Chinese lines at 。！？ and strips turn labels', () => {
    expect(splitSentences(`議長（佐藤） [00:01:05]: 開会いたします。本日の議題は三件です。\n${ZH}`)).toEqual([
      '開会いたします。',
      '本日の議題は三件です。',
      '公司实现营业收入4.73亿元，同比增长12.5%。',
      '净利润为4,730万元；每股收益1.15元！',
      '“是否有所改善？”',
      '对此，王总经理作了回答。',
    ]);
  });
});
