// The Chinese board minutes and results calls as an editor checks their reasoning: a cause goes the way of what it
// explains (a fall in net profit is not put down to a high-margin product taking off), a segment's new customers and
// products are its own, and a director's question is asked as a question.
import { describe, expect, it } from 'vitest';
import { zhMeetingTranscriptGenerator as gen } from '../../../../src/haystack/zh/meeting-transcript/index.js';
import { takeBlocks } from '../../../support/take-blocks.js';

const SEEDS = [11, 12, 13];
const TEXT = new Map(SEEDS.map((seed) => [seed, takeBlocks(gen.blocks(seed), 120_000).map((b) => b.text).join('\n\n')]));

/** What raises profit or margin (common.json reason_cost) and what presses on them (reason_pressure). */
const RAISES = /价格(?:有所|明显|小幅)?(?:回落|下降)|结构(?:持续|进一步)优化|(?:显现|见效)|良率提升|产能利用率提高|(?:占比提升|放量)/u;
const PRESSES = /仍在高位|上涨较快|波动较大|竞争加剧|压价|爬坡期|折旧开始计提|(?:运费|成本)(?:上升|增加)|占比上升|出货增加/u;

describe('Chinese meeting causes and questions', () => {
  it('explains a rise in net profit or margin by what raises it, and a fall by what presses on it', () => {
    let checked = 0;
    for (const text of TEXT.values()) {
      const found = [
        ...[...text.matchAll(/净利润[\d.]+(?:亿|万)元，同比(增长|下降)[\d.]+%[，。](?:主要是|主要原因是)([^。]+)。/gu)],
        ...[...text.matchAll(/毛利率[\d.]+%，(?:环比|比上个季度)(提高|下降)[\d.]+个百分点，(?:主要是因为|主要源于)([^。]+)。/gu)],
      ];
      for (const [sentence, move, cause] of found) {
        checked++;
        const up = move === '增长' || move === '提高';
        expect(up ? PRESSES.test(cause!) : RAISES.test(cause!), sentence).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('explains receivables that fell by collections, not by slower payment', () => {
    let checked = 0;
    for (const text of TEXT.values()) {
      for (const [sentence, move, cause] of text.matchAll(/应收账款[\d.]+亿元，环比(增长|下降)[\d.]+%，主要是([^。]+)。/gu)) {
        checked++;
        const slower = /滞后|拉长|变长|较长|长一些|更长/u.test(cause!);
        expect(move === '下降' ? slower : !slower, sentence).toBe(false);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(0);
  });

  it("names a segment's new customers and products from that segment, and 其中 only a part of them", () => {
    let checked = 0;
    for (const [seed, text] of TEXT) {
      const segments = gen.world(seed).company.segments;
      for (const m of text.matchAll(/[，、]([^，。\s]+?)(?:业务|板块)(?:新开拓|新增)了(?:一批|几家)([^，。\s]+?)客户，([^。]+)。/gu)) {
        const seg = segments.find((s) => s.name === m[1]);
        if (!seg) continue;
        checked++;
        expect(seg.customers, m[0]).toContain(m[2]);
        const product = seg.products.find((p) => m[3]!.includes(p));
        const other = segments.filter((s) => s !== seg).flatMap((s) => s.products).find((p) => m[3]!.includes(p) && !product?.includes(p));
        expect(product, m[0]).toBeDefined();
        expect(other, m[0]).toBeUndefined();
        // 其中 introduces some of the customers just named, not a product line.
        if (m[3]!.startsWith('其中')) expect(m[3], m[0]).toMatch(/^其中[两三一]家/u);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("asks a director's question as a question", () => {
    const asks = /吗|呢|是否|是不是|多少|什么|哪|怎|如何|能不能|能否|会不会|有没有|还有没有|几|多久|够不够|不够|可不可以|需不需要|要不要|跟得上|多[大长远久少高快]|谁|何|还是|没有？$|([\u4e00-\u9fff])不\1/u;
    let checked = 0;
    for (const text of TEXT.values()) {
      for (const line of text.split('\n')) {
        const turn = /^(?:独立)?董事（\S+?） \[[\d:]+\]: (.+)$/u.exec(line);
        if (!turn) continue;
        for (const q of turn[1]!.match(/[^。！？]*？/gu) ?? []) {
          checked++;
          expect(q, line).toMatch(asks);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
