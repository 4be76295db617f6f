import { describe, expect, it } from 'vitest';
import { createBaselineModel } from '../../../src/models/baseline.js';
import { cjkTerms, findBestSentence, queryTerms } from '../../../src/models/lexical-retriever.js';
import { wordOverlap } from '../../../src/needles/overlap.js';
import { renderMessages } from '../../../src/prompt/template.js';
import { cjkProse } from '../../support/cjk-sample.js';

const JA_NEEDLE = '監査等委員会は、鶴岡工場長に対する4,730万円の特別賞与を承認しました。';
const ZH_NEEDLE = '审计委员会批准向烟台基地负责人发放473万元的留任奖金。';

function withNeedle(lang: 'ja' | 'zh', needle: string): string {
  const text = cjkProse(lang, 3, 20_000);
  const paragraphs = text.split('\n\n');
  paragraphs.splice(Math.floor(paragraphs.length / 2), 0, needle);
  return paragraphs.join('\n\n');
}

describe('the keyword baseline on text without spaces', () => {
  it('indexes CJK text by character bigrams, leaving out hiragana and folding full-width forms', () => {
    expect(cjkTerms('鶴岡工場の賞与は４，７３０万円です')).toEqual(['鶴岡', '岡工', '工場', '賞与', '4', '730', '万円']);
    expect(queryTerms('烟台基地负责人的留任奖金是多少？')).not.toContain('多少');
  });

  it('finds a Japanese and a Chinese needle from a lexical question', async () => {
    const cases = [
      { lang: 'ja' as const, needle: JA_NEEDLE, question: '鶴岡工場長に対する特別賞与はいくらですか？' },
      { lang: 'zh' as const, needle: ZH_NEEDLE, question: '烟台基地负责人的留任奖金是多少？' },
    ];
    const model = createBaselineModel();
    for (const c of cases) {
      expect(findBestSentence(withNeedle(c.lang, c.needle), c.question).sentence).toBe(c.needle);
      const answer = await model.complete({ messages: renderMessages(withNeedle(c.lang, c.needle), c.question, c.lang), signal: new AbortController().signal });
      expect(answer.text).toBe(c.needle);
    }
  });

  it('does not find it from a paraphrase in other words and script (賞与 ↔ ボーナス, 工場長 ↔ プラントの責任者)', () => {
    const best = findBestSentence(withNeedle('ja', JA_NEEDLE), 'プラントの責任者へのボーナスの金額は？').sentence;
    expect(best).not.toBe(JA_NEEDLE);
  });

  it('measures word overlap of ja/zh questions by their bigrams', () => {
    expect(wordOverlap('鶴岡工場長の特別賞与はいくらですか？', JA_NEEDLE)).toBeGreaterThan(0.8);
    expect(wordOverlap('プラントの責任者へのボーナスの金額は？', JA_NEEDLE)).toBeLessThan(0.2);
  });
});
