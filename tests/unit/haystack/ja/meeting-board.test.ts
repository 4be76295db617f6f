// The Japanese 取締役会: matters decided at one meeting are reported on at later ones (by the officer who presented
// them, at most twice), and the room's consent fits how the chair called the vote.
import { describe, expect, it } from 'vitest';
import { jaMeetingTranscriptGenerator as g } from '../../../../src/haystack/ja/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import { jaSentences } from '../../../../src/haystack/ja/meeting-transcript/talk/memory.js';
import { byMeeting, takeBlocks } from '../../../support/take-blocks.js';

// 460K characters: four board meetings of seed 7 walk their results even with the longer 会議録 sittings around them.
const board = takeBlocks(g.blocks(7), 460_000).filter((b) => (b.context as MeetingPlace).meetingKind === 'board');
const meetings = new Map([...byMeeting(board)].map(([i, bs]) => [i, bs.map((b) => b.text)]));
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
    let hands = 0;
    let objections = 0;
    for (const blocks of meetings.values()) {
      blocks.forEach((text, k) => {
        if (!/^議長/.test(text)) return;
        const t = said(text);
        // Each call for a vote, and what follows it: the rest of the chair's speech (with the room's answer noted
        // inline), or the next turn (a director's 異議なし) and the chair's turn after it.
        for (const m of t.matchAll(/[^。？]*(?:挙手[^。]*(?:お願い|願います|お示し)|ご異議(?:ございませんか|はございませんか)|ご異論のある方|反対の方はいらっしゃいますか)[^。？]*[。？]/g)) {
          const rest = t.slice(m.index! + m[0].length) || `${said(blocks[k + 1] ?? '')}${said(blocks[k + 2] ?? '')}`;
          if (!rest) continue;
          const result = rest.replace(/^(?:〔[^〕]+〕|（[^）]+）|異議(?:なし|ありません)。)/, '').split(/第\d+号議案「/)[0]!;
          if (/挙手/.test(m[0])) {
            hands++;
            expect(rest, m[0]).toMatch(/^〔(?:出席取締役)?全員挙手〕/);
            expect(result, m[0]).not.toMatch(/異議|異論|反対/);
          } else {
            objections++;
            expect(rest, m[0]).toMatch(/^(?:（「異議なし」[^）]*）|異議(?:なし|ありません)。)/);
            expect(result, m[0]).not.toMatch(/挙手|賛成/);
          }
        }
      });
    }
    expect(hands).toBeGreaterThan(5);
    expect(objections).toBeGreaterThan(5);
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
      const boards = takeBlocks(g.blocks(seed), 400_000).filter((b) => (b.context as MeetingPlace).meetingKind === 'board');
      return [...byMeeting(boards).values()].map((bs) => bs.map((b) => b.text));
    });
    for (const blocks of [...meetings.values(), ...more]) {
      blocks.forEach((text, k) => {
        if (/^[^\[\n]+ \[[^\]]+\]: .{0,12}新製品について、(?:競合と比べた|他社製品に対する)/.test(text)) {
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
      // The CFO presents the results in one turn: the consolidated figures, then the segments one by one.
      const turn = blocks.map(said).find((t) => /連結(?:の)?売上高は/.test(t) && !/前年同月/.test(t));
      if (!turn) continue;
      items++;
      const sentences = jaSentences(turn).map((t) => t.replace(/^(?:えー、|あのー、|まあ、|ええと、)/, ''));
      const at = sentences.findIndex((t) => /連結(?:の)?売上高は/.test(t));
      const walk = sentences.slice(at + 1);
      expect(walk.filter((t) => t.startsWith('セグメント別では')).length).toBeLessThanOrEqual(1);
      if (walk.some((t) => t.startsWith('セグメント別では'))) expect(walk[0]).toMatch(/^セグメント別では/);
      expect(walk[0]).not.toMatch(/^(?:続いて|次に)/);
      // Every segment is named where its figures are given.
      for (const x of g.world(7).company.segments) expect(turn).toContain(x.name);
    }
    expect(items).toBeGreaterThan(3);
  });

  it('gives a materials or parts business no maintenance contracts as the cause of its growth', () => {
    let walked = 0;
    const names = g.world(7).company.segments.map((x) => x.name);
    for (const blocks of meetings.values()) {
      for (const text of blocks) {
        const t = said(text);
        if (!/売上高/.test(t)) continue;
        // Each segment's part of a turn: from its name to the next segment's name.
        for (const name of names.filter((x) => /^(?:機能材料|電子部品)/.test(x))) {
          for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
            const next = Math.min(...names.filter((x) => x !== name).map((x) => t.indexOf(x, at)).filter((x) => x > at), t.length);
            walked++;
            expect(t.slice(at, next)).not.toMatch(/(?:保守|サービス)の契約が/);
          }
        }
      }
    }
    expect(walked).toBeGreaterThan(3);
  });

  it("gives last month's figures that add up: the heads' sales add up to the CFO's consolidated month", () => {
    const world = g.world(7);
    const money = (t: string) => Number(/([\d,]+)百万円/.exec(t)![1]!.replace(/,/g, ''));
    let checked = 0;
    // (The last meeting is cut short by the length taken.)
    for (const blocks of [...meetings.values()].slice(0, -1)) {
      const header = blocks.find((b) => b.startsWith('出席者：') || b.includes('\n出席者：'))!;
      const at = blocks.findIndex((b) => b.startsWith(`${world.company.cfo.address} [`) && /前年同月/.test(b));
      expect(at, 'the CFO reports the month').toBeGreaterThan(0);
      const cfo = said(blocks[at]!);
      const heads = blocks.slice(at + 1).filter((b) => /^[^\[]+本部長 \[/.test(b) && /前年同月/.test(b)).map(said);
      if (header.includes('欠席')) continue;
      expect(heads.length).toBe(world.company.segments.length);
      // Each head names their business (a repeated opening dropped by the memory once left the figures nameless).
      heads.forEach((t, j) => expect(t, t.slice(0, 60)).toContain(world.company.segments[j]!.name));
      expect(heads.reduce((a, t) => a + money(t), 0)).toBe(money(cfo));
      checked++;
    }
    expect(checked).toBeGreaterThan(4);
  });

  it('states attendance as the header does, and the absent neither speak nor vote', () => {
    let away = 0;
    for (const blocks of meetings.values()) {
      const header = blocks.find((b) => b.includes('出席者：'))!;
      const [, all, here] = /取締役(\d+)名中(\d+)名/.exec(header)!;
      const absent = /欠席：(?:社外)?取締役 (\S+)/.exec(header)?.[1];
      const opening = said(blocks.find((b) => /^議長/.test(b))!);
      if (absent) {
        away++;
        expect(Number(here)).toBe(Number(all) - 1);
        expect(opening).toMatch(/欠席|出席がかないません/);
        const family = g.world(7).company.outside.concat(g.world(7).company.segments.map((x) => x.head)).find((x) => x.person.name === absent)!.person.family;
        for (const b of blocks) expect(b.startsWith(family)).toBe(false);
        expect(blocks.join('\n')).not.toContain('〔全員挙手〕');
      } else expect(here).toBe(all);
    }
    expect(away).toBeGreaterThan(0);
  });
});

