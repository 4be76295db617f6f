// Japanese and Chinese turns that leave the floor to a reply (a question, a host or chair calling on someone) mark the
// next point so a needle turn never goes between them.
import { describe, expect, it } from 'vitest';
import { awaitsReply } from '../../../src/haystack/turn-awaits.js';
import { generatorFor } from '../../../src/haystack/generators.js';
import type { MeetingPlace } from '../../../src/haystack/place-context.js';
import { takeBlocks } from '../../support/take-blocks.js';

describe('awaitsReply', () => {
  it('reads questions and calls on the next speaker', () => {
    expect(awaitsReply('主持人（尹静怡） [00:06:49]: 谢谢，下一位提问者，兴华证券的文海峰。')).toBe(true);
    expect(awaitsReply('董事长（明立群） [00:06:09]: 第三项议案是《关于…的议案》，副总经理龙曦，请你介绍。')).toBe(true);
    expect(awaitsReply('独立董事（叶立新） [00:06:53]: 管理团队能不能顾得过来？')).toBe(true);
    expect(awaitsReply('議長（山本一郎） [00:10:02]: 健康福祉部長。')).toBe(true);
    expect(awaitsReply('辻社外取締役 [00:11:40]: 売却した先との取引に、何か変化は出ていませんか。')).toBe(true);
    expect(awaitsReply('○十二番（森洋平君） [00:00:42]: …以上、3項目についてお尋ねいたしました。市民の皆様に伝わる答弁を期待いたしまして、壇上での質問を終わります。')).toBe(true);
  });

  it('leaves statements and thanks alone', () => {
    expect(awaitsReply('主持人（尹静怡） [00:06:53]: 好的，谢谢。')).toBe(false);
    expect(awaitsReply('経理財務本部長（井上洋平） [00:12:00]: 以上で説明を終わります。')).toBe(false);
    expect(awaitsReply('議長（藤田会長） [00:06:47]: ありがとうございます。承知いたしました。')).toBe(false);
  });
});

describe.each(['ja', 'zh'] as const)('%s meetings', (lang) => {
  it('mark the turn after a question or a call as awaiting its answer', () => {
    const blocks = takeBlocks(generatorFor('meeting-transcript', lang).blocks(5, {}), 120_000);
    const turns = blocks.filter((b) => (b.context as MeetingPlace | undefined)?.time !== undefined && b.text.includes(']: '));
    let marked = 0;
    for (let i = 1; i < turns.length; i++) {
      const awaits = (turns[i]!.context as MeetingPlace).awaitsAnswer === true;
      expect(awaits, turns[i - 1]!.text.slice(0, 80)).toBe(awaitsReply(turns[i - 1]!.text));
      if (awaits) marked++;
    }
    expect(marked).toBeGreaterThan(20);
  });
});
