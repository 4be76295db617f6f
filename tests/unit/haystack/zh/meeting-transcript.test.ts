// The Chinese meeting-transcript generator: deterministic and fresh per seed, well-formed turns with their place,
// one ledger quoted alike at the board and on the call, votes that add up, sentences that end in 。！？, and none of
// the value forms the needles own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zhMeetingTranscriptGenerator as gen, ZH_MEETING_FACTS } from '../../../../src/haystack/zh/meeting-transcript/index.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { pct, yuan } from '../../../../src/haystack/zh/meeting-transcript/model/numbers.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import type { Block } from '../../../../src/types.js';
import { takeBlocks } from '../../../support/take-blocks.js';

function take(seed: number, chars: number, omit?: Set<string>): Block[] {
  return takeBlocks(gen.blocks(seed, omit ? { omit } : undefined), chars);
}
const join = (blocks: Block[]) => blocks.map((b) => b.text).join('\n\n');
/** Whether the turn holding a tally at `index` says, before it, that a related director abstained (回避表决). */
const recusedBefore = (text: string, index: number): boolean => text.slice(text.lastIndexOf('\n', index) + 1, index).includes('回避');
const TURN = /^(\S+) \[(\d{2}):(\d{2}):(\d{2})\]: (\S.*)$/u;

// One series per seed, generated once for the file.
const SERIES = new Map([11, 12, 13].map((seed) => [seed, take(seed, 160_000)]));
const blocksOf = (seed: number) => SERIES.get(seed)!;

describe('Chinese meeting transcripts', () => {
  it('are registered for --lang zh', () => {
    expect(generatorFor('meeting-transcript', 'zh')).toBe(gen);
    expect(gen.lang).toBe('zh');
  });

  it('are deterministic per seed, prefix-stable, and another seed writes another company', () => {
    const a = join(take(11, 40_000));
    expect(join(blocksOf(11)).startsWith(a)).toBe(true);
    expect(gen.world(12).company.name).not.toBe(gen.world(11).company.name);
    expect(join(blocksOf(12)).slice(0, 5000)).not.toBe(join(blocksOf(11)).slice(0, 5000));
  });

  it('hold a board meeting, a results call and weekly meetings, dates advancing', () => {
    for (const [, blocks] of SERIES) {
      const kinds = new Set(blocks.map((b) => (b.context as MeetingPlace).meetingKind));
      expect([...kinds].sort()).toEqual(['board', 'earnings-call', 'weekly']);
      const dates = blocks.map((b) => (b.context as MeetingPlace).date);
      for (let i = 1; i < dates.length; i++) expect(dates[i]! >= dates[i - 1]!).toBe(true);
    }
  });

  it('print every turn as `<title>（<name>） [HH:MM:SS]: <text>` (a weekly meeting\'s transcript: `<name> [HH:MM:SS]`), by someone present, with the clock running forward', () => {
    for (const [, blocks] of SERIES) {
      let last = -1;
      let meeting = -1;
      for (const b of blocks.filter((x) => x.kind === 'turn')) {
        const m = TURN.exec(b.text);
        expect(m, b.text.slice(0, 60)).not.toBeNull();
        const place = b.context as MeetingPlace;
        expect(place.participants.map((p) => p.label)).toContain(m![1]);
        expect(m![1]).toMatch(place.meetingKind === 'weekly' ? /^[^（）]+$/u : /^\S+（\S+?）$/u);
        const t = Number(m![2]) * 3600 + Number(m![3]) * 60 + Number(m![4]);
        if (place.meetingIndex === meeting) expect(t).toBeGreaterThan(last);
        meeting = place.meetingIndex;
        last = t;
        expect(place.time).toBe(b.time);
      }
    }
  });

  it('end every sentence of a turn in 。！？ and never break a number across a sentence end', () => {
    for (const [, blocks] of SERIES) {
      for (const b of blocks.filter((x) => x.kind === 'turn')) {
        const text = TURN.exec(b.text)![5]!;
        expect(text, text).toMatch(/[。！？]$/u);
        expect(text).not.toMatch(/\d[。！？]\d/u);
        expect(text).not.toMatch(/[<>{}|]/);
      }
    }
  });

  it('quote the quarter the same way at the board and on the results call', () => {
    const world = gen.world(11);
    const q = world.ledger.quarter(0);
    const blocks = blocksOf(11);
    const board = join(blocks.filter((b) => (b.context as MeetingPlace).meetingKind === 'board' && (b.context as MeetingPlace).meetingIndex === 0));
    const call = join(blocks.filter((b) => (b.context as MeetingPlace).meetingKind === 'earnings-call').slice(0, 80));
    for (const text of [board, call]) {
      expect(text).toContain(yuan(q.revenue));
      for (const s of q.segments) expect(text).toContain(`${yuan(s.revenue)}`);
    }
    // Segments add up to the total (in 万元, before rounding for print).
    expect(q.segments.reduce((a, s) => a + s.revenue, 0)).toBe(q.revenue);
    expect(board).toContain(pct(q.segments[0]!.margin));
  });

  it('count votes that add up to the board, none over the members', () => {
    for (const [seed, blocks] of SERIES) {
      const members = 2 + gen.world(seed).company.directors.length + 3;
      const text = join(blocks);
      const votes = [...text.matchAll(/同意(\d+)票，反对(\d+)票，弃权(\d+)票/gu)];
      expect(votes.length).toBeGreaterThan(3);
      // A related director who abstains (回避表决, said in the same turn before the tally) does not vote.
      for (const v of votes) expect(Number(v[1]) + Number(v[2]) + Number(v[3])).toBe(members - (recusedBefore(text, v.index!) ? 1 : 0));
    }
  });

  it('never say a change twice over (同比增长增长4.8%, 增长下降)', () => {
    for (const [, blocks] of SERIES) expect(join(blocks)).not.toMatch(/(?:增长|下降|变动)(?:增长|下降)/u);
  });

  it('never print the value forms the needles own', () => {
    for (const [, blocks] of SERIES) {
      const text = join(blocks);
      expect(text.match(/\d+\.[13579]%/gu)).toBeNull();
      expect(text.match(/(?<![\d.])\d+\.\d亿元/gu)).toBeNull();
      expect(text.match(/\d+(?:次|名|万股)/gu)).toBeNull();
      expect(text.match(/(?<![\d,.])\d+(?:\.\d+)?元/gu)).toBeNull();
      for (const m of text.matchAll(/(\d+)毫秒/gu)) expect(Number(m[1]) % 10).toBe(0);
      const dates = new Set(blocks.map((b) => (b.context as MeetingPlace).date));
      for (const m of text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/gu)) {
        expect(dates).toContain(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
      }
    }
  });

  it('leave out a fact a needle competes with', () => {
    expect(join(blocksOf(11))).toMatch(/P99/u);
    expect(join(take(11, 160_000, new Set([ZH_MEETING_FACTS.latency])))).not.toMatch(/P99/u);
  });

  it('leave out the weekly topics that state a fact a needle competes with', () => {
    const text = join(blocksOf(11));
    const without = join(take(11, 160_000, new Set([ZH_MEETING_FACTS.releaseDate, ZH_MEETING_FACTS.plantStart, ZH_MEETING_FACTS.suppliers])));
    for (const words of ['发布清单和验证安排', '新产线的工艺路线评估', '新基地的系统上线计划', '第三方厂商的合同续签', '发布窗口', '工艺路线发过来', '新建的厂区', '收购了一家工厂', '短信服务合同', '外包团队合同']) {
      expect(without).not.toContain(words);
    }
    expect(text).toMatch(/发布清单和验证安排|新产线的工艺路线评估|新基地的系统上线计划|第三方厂商的合同续签/u);
    // The weekly turns that state a latency or a fact-bearing topic say so in Block.facts (for `needle audit`).
    const tagged = blocksOf(11).filter((b) => b.facts?.length);
    expect(tagged.some((b) => b.facts!.includes(ZH_MEETING_FACTS.latency) && /毫秒/u.test(b.text))).toBe(true);
    for (const b of blocksOf(11)) if (/P99/u.test(b.text)) expect(b.facts).toContain(ZH_MEETING_FACTS.latency);
  });

  it("give each report its substance and a tester's first round that adds up", () => {
    const text = join(blocksOf(12));
    for (const m of text.matchAll(/(?:提了|发现)(\d+)个(?:缺陷|bug)，(?:目前|现在)(?:修了|关了)(\d+)个，(?:剩下的|没关的)(\d+)个(?:里面|中)(?:有|大概有)(\d+)个/gu)) {
      expect(Number(m[2]) + Number(m[3])).toBe(Number(m[1]));
      expect(Number(m[4])).toBeLessThanOrEqual(Number(m[3]));
    }
    // The weekly reports are long: an engineer's report (the turn that names their ticket) runs to several sentences;
    // the engineers' other turns are answers and acknowledgements.
    const engineers = new Set(gen.world(12).company.teams.flatMap((t) => t.engineers.map((e) => e.name)));
    const reports = blocksOf(12).filter((b) => engineers.has(TURN.exec(b.text)?.[1] ?? '') && /[A-Z]+-\d+/u.test(b.text));
    const sentences = reports.map((b) => b.text.split(/(?<=[。！？])/u).filter((x) => x.trim()).length);
    expect(reports.length).toBeGreaterThan(20);
    expect(sentences.reduce((a, b) => a + b, 0) / sentences.length).toBeGreaterThan(4);
    expect(reports.reduce((a, b) => a + [...b.text].length, 0) / reports.length).toBeGreaterThan(180);
  });

  it("take up last week's decisions at the team's next meeting, answered by whoever took them on", () => {
    const topics = new Set(
      (JSON.parse(readFileSync(new URL('../../../../haystacks/zh/meeting-transcript/weekly-discussions.json', import.meta.url), 'utf8')) as { topics: { name: string }[] }).topics
        .concat((JSON.parse(readFileSync(new URL('../../../../haystacks/zh/meeting-transcript/weekly-details.json', import.meta.url), 'utf8')) as { topics: { name: string }[] }).topics)
        .map((x) => x.name),
    );
    // Common words are said several ways (synonyms.json): compare with each said the first way.
    const groups = JSON.parse(readFileSync(new URL('../../../../haystacks/zh/meeting-transcript/synonyms.json', import.meta.url), 'utf8')) as string[][];
    const words = new Map(groups.flatMap((g) => g.map((w) => [w, g[0]!] as const)));
    const plain = (x: string) => x.replace(new RegExp([...words.keys()].sort((p, q) => q.length - p.length).join('|'), 'gu'), (w) => words.get(w)!);
    const weekly = blocksOf(11).filter((b) => (b.context as MeetingPlace | undefined)?.meetingKind === 'weekly');
    const meetings = new Map<number, Block[]>();
    for (const b of weekly) meetings.set((b.context as MeetingPlace).meetingIndex, [...(meetings.get((b.context as MeetingPlace).meetingIndex) ?? []), b]);
    const order = [...meetings.keys()].sort((a, b) => a - b);
    let asked = 0;
    for (const [i, index] of order.entries()) {
      const turns = meetings.get(index)!.filter((b) => b.kind === 'turn');
      if (!turns.length && i === order.length - 1) continue; // (the fixture may end right after the last meeting's heading)
      const title = (turns[0]!.context as MeetingPlace).title;
      const before = order.slice(0, i).reverse().map((k) => meetings.get(k)!).find((m) => (m[0]!.context as MeetingPlace).title === title);
      for (const [j, b] of turns.entries()) {
        const text = TURN.exec(b.text)![5]!;
        if (!/^(?:开始之前|先|我先|上周)/u.test(text) || !/上周/u.test(text)) continue;
        const topic = [...topics].find((x) => plain(text).includes(plain(x)));
        if (!topic || !turns[j + 1]) continue; // (the fixture may end between the question and its answer)
        // The topic was decided at the team's previous meeting, and its owner (named in the question) answers.
        expect(before, text).toBeDefined();
        const recap = TURN.exec(before!.filter((x) => x.kind === 'turn').at(-1)!.text)![5]!;
        const owner = TURN.exec(turns[j + 1]!.text)![1]!;
        expect(recap, text).toContain(`${owner}`);
        expect(plain(recap)).toContain(plain(topic));
        expect(text).toContain(owner);
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(5);
  });

  it('say almost every sentence once', () => {
    const sentences = join(blocksOf(12)).split(/(?<=[。！？])|\n+/u).map((s) => s.trim()).filter((s) => [...s].length >= 10);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.97);
  });

  describe("an editor's read of the weekly meetings and the board", () => {
    const topics = (JSON.parse(readFileSync(new URL('../../../../haystacks/zh/meeting-transcript/weekly-discussions.json', import.meta.url), 'utf8')) as { topics: Array<{ open: string[]; decide: string[] }> }).topics;
    const long = take(14, 600_000);
    const turns = [...SERIES.values(), long].flatMap((bs) => bs.filter((b) => b.kind === 'turn' && (b.context as MeetingPlace).meetingKind === 'weekly').map((b) => {
      const m = TURN.exec(b.text)!;
      return { who: m[1]!, text: m[5]! };
    }));

    it('never has anyone speak of themself as the colleague a topic is about', () => {
      // '<peer>下个月要去支持集团的一个项目' said by <peer> would be a person speaking of themself in the third person.
      const tails = topics.flatMap((t) => t.open).filter((o) => o.startsWith('<peer>')).map((o) => o.slice('<peer>'.length).split(/[，<{]/u)[0]!).filter((x) => x.length >= 4);
      expect(tails.length).toBeGreaterThan(0);
      let spoken = 0;
      for (const { who, text } of turns) {
        for (const tail of tails) {
          if (!text.includes(tail)) continue;
          spoken++;
          expect(text, who).not.toContain(`${who}${tail}`);
        }
      }
      expect(spoken).toBeGreaterThan(0);
    });

    it('give a topic\'s item in the recap to whom its decision named: never to the colleague leaving, who owns the handover', () => {
      const names = new Set(topics.flatMap((t) => [(t as { name?: string }).name ?? '', ...((t as { names?: string[] }).names ?? [])]).filter(Boolean));
      const meetings = new Map<string, Array<{ who: string; text: string }>>();
      for (const bs of [...SERIES.values(), long]) {
        for (const b of bs.filter((x) => x.kind === 'turn' && (x.context as MeetingPlace).meetingKind === 'weekly')) {
          const key = `${(b.context as MeetingPlace).title}#${(b.context as MeetingPlace).meetingIndex}`;
          const m = TURN.exec(b.text)!;
          meetings.set(key, [...(meetings.get(key) ?? []), { who: m[1]!, text: m[5]! }]);
        }
      }
      let items = 0;
      let leaving = 0;
      for (const ts of meetings.values()) {
        const recap = ts.at(-1)!;
        const said = ts.slice(0, -1).map((x) => x.text).join('\n');
        const away = /([^，。：\s]{2,3})下个月要(?:去支持集团的一个项目|调到)/u.exec(said)?.[1];
        for (const m of recap.text.matchAll(/\d\.(我|[^\d；。.]{2,3}?)(?:跟进|负责|牵头)([^；。]+)/gu)) {
          if (!names.has(m[2]!)) continue;
          items++;
          const owner = m[1] === '我' ? recap.who : m[1]!;
          // The owner was named in the meeting before the recap (a decision that was never said gives nobody an item).
          if (m[1] !== '我') expect(said, recap.text).toContain(owner);
          if (away && m[2] === '组内的分工调整') expect(owner, recap.text).not.toBe(away);
          if (away && (m[2] === '工作交接' || m[2] === '人员交接')) {
            leaving++;
            expect(owner, recap.text).toBe(away);
          }
        }
      }
      expect(items).toBeGreaterThan(20);
      expect(leaving).toBeGreaterThan(0);
    });

    it('says 她 of a woman colleague and 他 of a man (帮张倩看了她写的脚本)', () => {
      const said = { she: 0, he: 0 };
      for (const [seed, bs] of [...SERIES.entries(), [14, long] as const]) {
        const team = gen.world(seed).company.teams.flatMap((t) => [t.lead, t.product, t.qa, ...t.engineers]);
        const text = bs.filter((b) => b.kind === 'turn' && (b.context as MeetingPlace).meetingKind === 'weekly').map((b) => b.text).join('\n');
        for (const p of team) {
          // The pronoun the templates put after the colleague's name, within the same sentence.
          for (const m of text.matchAll(new RegExp(`(?:帮|跟|给|发给|之前一直是|以前|之前)${p.name}[^。！？<]{0,14}?[，]?(他|她)(?!们)`, 'gu'))) {
            if (m[1] === '她') said.she++;
            else said.he++;
            expect(m[1], m[0]).toBe(p.she ? '她' : '他');
          }
        }
      }
      expect(said.she).toBeGreaterThan(0);
      expect(said.he).toBeGreaterThan(0);
    });

    it('never has anyone say 嗯。 and then, in the next turn, go on talking themself', () => {
      for (let i = 1; i < turns.length; i++) {
        if (turns[i - 1]!.who === turns[i]!.who) expect([...turns[i - 1]!.text].length, `${turns[i - 1]!.text} / ${turns[i]!.text.slice(0, 20)}`).toBeGreaterThan(6);
      }
    });

    it('never has the manager answer and then decide in the next turn as if someone else had answered', () => {
      const heads = topics.flatMap((t) => t.decide).map((d) => d.split(/[<{]/u)[0]!).filter((h) => [...h].length >= 6);
      let decisions = 0;
      for (let i = 1; i < turns.length; i++) {
        if (!heads.some((h) => turns[i]!.text.startsWith(h))) continue;
        decisions++;
        expect(turns[i - 1]!.who, turns[i]!.text).not.toBe(turns[i]!.who);
      }
      expect(decisions).toBeGreaterThan(0);
    });

    it('word the review of an item as after the 2023 independent-director reform, and answer a margin question of its own kind', () => {
      let reviews = 0;
      for (const bs of [...SERIES.values(), long]) {
        // No 监事会 since 2026 (the 2023 公司法): nobody of it attends or is greeted.
        expect(bs.filter((b) => (b.context as MeetingPlace).meetingKind === 'board').map((b) => b.text).join('\n')).not.toContain('监事');
        const board = bs.filter((b) => b.kind === 'turn' && (b.context as MeetingPlace).meetingKind === 'board').map((b) => b.text);
        let item = '';
        for (const [i, text] of board.entries()) {
          item = /《[^》]+议案》/u.exec(text)?.[0] ?? item;
          // No 事前认可 and no routine 独立意见 (meetings are held from 2026 on); the 独立董事专门会议 reviews a
          // related-party transaction, whose related director abstains; the 审计委员会 the reports and the auditor.
          expect(text).not.toMatch(/事前认可|独立意见|监事/u);
          if (text.includes('独立董事专门会议审议通过') || text.includes('召开了独立董事专门会议')) {
            reviews++;
            expect(item).toContain('关联交易');
            expect(text).toMatch(/关联董事|作为关联董事/u);
          }
          if (/审计委员会审议通过|审计委员会.{0,12}(?:审议了这项议案|对该议案进行了审议)/u.test(text)) expect(item).not.toContain('关联交易');
          if (/这个水平|后续(?:能不能|可不可以)(?:维持|持续)/u.test(text)) expect(board[i + 1]).toMatch(/一方面是|一是/u);
        }
      }
      expect(reviews).toBeGreaterThan(0);
    });

    it('greet for the hour of the call, and give the year so far at a 半年度 or 年度 call as the board gave it', () => {
      let calls = 0;
      for (const bs of [...SERIES.values(), long]) {
        const text = join(bs);
        for (const m of text.matchAll(/时间：[^（\n]+（[^）]+）(\d+):00-\d+:\d+\n[\s\S]*?主持人（[^）]+） \[[^\]]+\]: ([^\n]*)/gu)) {
          calls++;
          if (m[2]!.includes('大家上午好')) expect(Number(m[1])).toBeLessThan(12);
          if (m[2]!.includes('大家下午好')) expect(Number(m[1])).toBeGreaterThanOrEqual(12);
        }
        // The minutes' cumulative revenue of a half-year or year is the call's.
        const board = new Map([...text.matchAll(/(\d{4})年(上半年|全年)，公司累计实现营业收入([\d.]+亿元)/gu)].map((m) => [`${m[1]}${m[2]}`, m[3]]));
        for (const m of text.matchAll(/(\d{4})年(半年度|度)业绩说明会\n[\s\S]*?先说一下(上半年|全年)的整体情况：公司营业收入([\d.]+亿元)/gu)) {
          const key = `${m[1]}${m[3]}`;
          if (board.has(key)) expect(m[4]).toBe(board.get(key));
        }
        expect(text).not.toMatch(/\d{4}年度的财务情况。报告期内/u);
      }
      expect(calls).toBeGreaterThan(0);
    });
  });
});

