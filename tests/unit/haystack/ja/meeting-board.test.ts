// The Japanese 取締役会: matters decided at one meeting are reported on at later ones (by the officer who presented
// them, at most twice), and the room's consent fits how the chair called the vote.
import { describe, expect, it } from 'vitest';
import { jaMeetingTranscriptGenerator as g } from '../../../../src/haystack/ja/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import { takeBlocks } from '../../../support/take-blocks.js';

// 460K characters: four board meetings of seed 7 walk their results even with the longer 会議録 sittings around them.
const board = takeBlocks(g.blocks(7), 460_000).filter((b) => (b.context as MeetingPlace).meetingKind === 'board');
const meetings = new Map<number, string[]>();
for (const b of board) {
  const i = (b.context as MeetingPlace).meetingIndex;
  meetings.set(i, [...(meetings.get(i) ?? []), b.text]);
}
const said = (b: string) => b.replace(/^.+? \[\d\d:\d\d:\d\d\]: /s, '');

describe('Japanese board meetings', () => {
  it('reports on a matter only after an earlier meeting decided it, by its presenter, at most twice a series', () => {
    const decided = new Map<string, { meeting: number; presenter: string }>();
    const reported = new Map<string, number>();
    let followUps = 0;
    for (const [index, blocks] of meetings) {
      blocks.forEach((text, k) => {
        const chair = /^議長/.test(text) ? said(text) : '';
        for (const m of chair.matchAll(/第\d+号議案(?:です。)?「([^」]+)の件」/g)) {
          const presenter = said(blocks[k + 1] ?? '') && blocks[k + 1]!.split(' [')[0]!;
          if (!decided.has(m[1]!)) decided.set(m[1]!, { meeting: index, presenter });
        }
        const call = /「([^」]+)の件」(?:について|の(?:進捗|その後|経過))/.exec(chair.replace(/第\d+号議案(?:です。)?「[^」]+の件」/g, ''));
        if (!call) return;
        followUps++;
        const d = decided.get(call[1]!);
        expect(d, call[1]).toBeDefined();
        expect(d!.meeting).toBeLessThan(index);
        expect(blocks[k + 1]!.split(' [')[0], call[1]).toBe(d!.presenter);
        reported.set(call[1]!, (reported.get(call[1]!) ?? 0) + 1);
      });
    }
    expect(followUps).toBeGreaterThan(10);
    for (const [title, n] of reported) expect(n, title).toBeLessThanOrEqual(2);
  });

  it('answers a call for objections with 異議なし and a call for hands with hands, and declares the result to fit', () => {
    for (const blocks of meetings.values()) {
      blocks.forEach((text, k) => {
        if (!/^（「異議なし」/.test(text)) return;
        expect(said(blocks[k - 1]!)).not.toMatch(/挙手[^。]*(?:お願い|願います|お示し)/);
        expect(said(blocks[k + 1]!)).not.toMatch(/挙手/);
      });
    }
  });

  it("titles the results item by what it approves: the year's accounts in May, a quarter's otherwise", () => {
    let year = 0;
    let quarter = 0;
    for (const blocks of meetings.values()) {
      const title = blocks.map(said).join('').match(/「((?:四半期|通期)連結決算承認)の件」/)?.[1];
      if (!title) continue;
      const whole = blocks.join('\n');
      if (title === '通期連結決算承認') year++;
      else quarter++;
      // The CFO's results speak of a fiscal year's whole (`2032年3月期通期`) exactly when the item is the year's.
      expect(/年3月期通期の/.test(whole), title).toBe(title === '通期連結決算承認');
    }
    expect(year).toBeGreaterThan(0);
    expect(quarter).toBeGreaterThan(0);
  });

  it("asks of a new product's edge over competitors only after the head reported one, and opens a report with まず only first", () => {
    let asked = 0;
    // Three series: the question comes up in one board meeting of several.
    const more = [8, 9].flatMap((seed) => {
      const byIndex = new Map<number, string[]>();
      for (const b of takeBlocks(g.blocks(seed), 400_000)) {
        if ((b.context as MeetingPlace).meetingKind !== 'board') continue;
        const i = (b.context as MeetingPlace).meetingIndex;
        byIndex.set(i, [...(byIndex.get(i) ?? []), b.text]);
      }
      return [...byIndex.values()];
    });
    for (const blocks of [...meetings.values(), ...more]) {
      blocks.forEach((text, k) => {
        if (/^.+（[^）]+） \[[^\]]+\]: .{0,12}新製品について、(?:競合と比べた|他社製品に対する)/.test(text)) {
          // (A price revision of the same head may come between the report and the question.)
          expect(blocks.slice(Math.max(0, k - 2), k).join('\n'), said(text)).toMatch(/新製品|新モデル/);
          asked++;
        }
        const s = said(text);
        const m = /。(?:えー、|あのー、|まあ、|ええと、)?(?:まず|はじめに)[^、。]+の足元の状況ですが/.exec(s);
        expect(m, s.slice(0, 80)).toBeNull();
      });
    }
    expect(asked).toBeGreaterThan(0);
  });

  it("walks the segments of the results in wordings of their own: 'セグメント別では' once and first, '続いて／次に' never first", () => {
    let items = 0;
    for (const blocks of meetings.values()) {
      const turns = blocks.map(said);
      const start = turns.findIndex((t) => /連結(?:の)?売上高は/.test(t));
      if (start < 0) continue;
      items++;
      const walk = turns.slice(start + 1, start + 1 + 8).filter((t) => /売上高/.test(t) && !/受注高/.test(t));
      const bare = walk.map((t) => t.replace(/^(?:えー、|あのー、|まあ、|ええと、)/, ''));
      expect(bare.filter((t) => t.startsWith('セグメント別では')).length).toBeLessThanOrEqual(1);
      if (bare.some((t) => t.startsWith('セグメント別では'))) expect(bare[0]).toMatch(/^セグメント別では/);
      expect(bare[0]).not.toMatch(/^(?:続いて|次に)/);
    }
    expect(items).toBeGreaterThan(3);
  });

  it('gives a materials or parts business no maintenance contracts as the cause of its growth', () => {
    let walked = 0;
    for (const blocks of meetings.values()) {
      for (const text of blocks) {
        const t = said(text);
        if (!/^(?:[^。]{0,6})?(?:機能材料|電子部品)事業/.test(t.replace(/^(?:えー、|あのー、|まあ、|ええと、)/, '')) && !/セグメント別では、(?:機能材料|電子部品)事業/.test(t)) continue;
        if (!/売上高/.test(t)) continue;
        walked++;
        expect(t).not.toMatch(/(?:保守|サービス)の契約が/);
      }
    }
    expect(walked).toBeGreaterThan(3);
  });
});
