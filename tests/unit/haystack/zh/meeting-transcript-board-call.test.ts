// The Chinese board meetings and results calls: standing 议案 with their discussion and tallies, capital projects that
// advance across the series, long analyst questions each answered, formal wording, and the facts they state tagged
// and left out when a needle competes with them.
import { describe, expect, it } from 'vitest';
import { zhMeetingTranscriptGenerator as gen, ZH_MEETING_FACT_KEYS, ZH_MEETING_FACTS } from '../../../../src/haystack/zh/meeting-transcript/index.js';
import { projectOf, stateAt } from '../../../../src/haystack/zh/meeting-transcript/model/projects.js';
import { schedule } from '../../../../src/haystack/zh/meeting-transcript/model/world.js';
import { supplierOf } from '../../../../src/haystack/zh/meeting-transcript/model/organization.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import type { Block } from '../../../../src/types.js';
import { byMeeting, takeBlocks } from '../../../support/take-blocks.js';

function take(seed: number, chars: number, omit?: Set<string>): Block[] {
  return takeBlocks(gen.blocks(seed, omit ? { omit } : undefined), chars);
}
const kindOf = (b: Block) => (b.context as MeetingPlace).meetingKind;
/** Whether the turn holding a tally at `index` says, before it, that a related director abstained (回避表决). */
const recusedBefore = (text: string, index: number): boolean => text.slice(text.lastIndexOf('\n', index) + 1, index).includes('回避');
const formal = (blocks: Block[]) => blocks.filter((b) => kindOf(b) !== 'weekly');
const speech = (b: Block) => b.text.replace(/^\S+ \[\d\d:\d\d:\d\d\]: /u, '');

// One long series per seed, generated once for the file (boards and calls are a few per 100K characters).
const SERIES = new Map([11, 13].map((seed) => [seed, take(seed, 260_000)]));

describe('Chinese board meetings and results calls', () => {
  it('take up standing 议案 beyond the two reports, each put to a vote whose tally adds up to the board', () => {
    for (const [seed, blocks] of SERIES) {
      const members = 2 + gen.world(seed).company.directors.length + 3;
      const boards = byMeeting(blocks.filter((x) => kindOf(x) === 'board'));
      expect(boards.size).toBeGreaterThan(3);
      const titles = new Set<string>();
      for (const meeting of [...boards.values()].slice(0, -1)) {
        const text = meeting.map((b) => b.text).join('\n');
        const items = [...text.matchAll(/[一二三四五六七八九十]+、(《[^》]+》)/gu)].map((m) => m[1]!);
        expect(items.length).toBeGreaterThanOrEqual(5);
        for (const it of items) titles.add(it.replace(/\d{4}年度?/u, ''));
        const tallies = [...text.matchAll(/同意(\d+)票[，、]反对(\d+)票[，、]弃权(\d+)票/gu)];
        expect(tallies.length).toBe(items.length);
        for (const v of tallies) expect(Number(v[1]) + Number(v[2]) + Number(v[3])).toBe(members - (recusedBefore(text, v.index!) ? 1 : 0));
      }
      // Across the series the board takes up many kinds of 议案, not the same few.
      expect(titles.size).toBeGreaterThan(15);
    }
  });

  it('report a capital project from its approval on, its progress as the quarters pass', () => {
    const seed = 11;
    const world = gen.world(seed);
    const project = projectOf(world.company, seed, 0);
    const quarterOf = new Map<number, number>();
    for (const m of schedule(world)) {
      if (m.index > 400) break;
      quarterOf.set(m.index, m.k);
    }
    const blocks = formal(SERIES.get(seed)!);
    expect(blocks.some((b) => b.text.includes(`投资建设${project.name}`))).toBe(true);
    let checked = 0;
    for (const b of blocks) {
      if (!b.text.includes(project.name) && !b.text.includes(project.short)) continue;
      const k = quarterOf.get((b.context as MeetingPlace).meetingIndex)!;
      for (const m of speech(b).matchAll(/(?:工程进度|建设进度)(?:目前)?(?:大约|约)(\d+)%/gu)) {
        expect(Number(m[1])).toBe(stateAt(project, k).progress);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('take up at the next board meeting a concern a director raised at the last one', () => {
    // The floor is over both series: whether a director comments and management takes it up is drawn per item, so one
    // seed's four board meetings may hold none (the related-party item of the annual meeting shifted seed 11's draws).
    let total = 0;
    for (const [seed, blocks] of SERIES) {
      const c = gen.world(seed).company;
      const boards = blocks.filter((b) => kindOf(b) === 'board');
      const followUps = boards.filter((b) => b.text.startsWith(`总经理（${c.ceo.name}）`) && /上次/u.test(b.text));
      total += followUps.length;
      for (const f of followUps) {
        const concern = /上次\S*?(?:提醒|关注|提出|提到)的(.+?)，/u.exec(speech(f))![1]!;
        const index = (f.context as MeetingPlace).meetingIndex;
        const earlier = boards.filter((b) => (b.context as MeetingPlace).meetingIndex < index && /^(?:独立)?董事（/u.test(b.text));
        expect(earlier.some((b) => b.text.includes(concern)), concern).toBe(true);
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  it('name for a material a supplier of its kind, one of the company\'s and never a name kept for needles', () => {
    const kinds: Record<string, string> = { 工程塑料: '化工', 铜材: '金属制品', 钢材: '金属制品', 芯片: '电子', 碳酸锂: '新能源', 线缆: '机电', 包装材料: '包装', 抗原原料: '材料' };
    for (let seed = 1; seed <= 20; seed++) {
      const c = gen.world(seed).company;
      const stems = new Set(c.suppliers.map((x) => x.replace(/(?:材料|精密|电子|机电|化工|金属制品|包装|物流|自动化|新能源)$/u, '')));
      for (const m of [...c.materials, ...Object.keys(kinds)]) {
        const s = supplierOf(c, m);
        if (kinds[m]) expect(s.endsWith(kinds[m]!), `${m} ${s}`).toBe(true);
        expect(stems.has(s.replace(/(?:材料|电子|机电|化工|金属制品|包装|新能源)$/u, '')), s).toBe(true);
        for (const r of c.reserved.suppliers) expect(s.startsWith(r.replace(/(?:材料|精密|电子|机电|化工|金属制品|包装|物流|自动化|新能源)$/u, '')), `${s} ${r}`).toBe(false);
      }
    }
  });

  it('say the years by number on the annual call, held the spring after (not 今年 of the year being reported)', () => {
    let annual = 0;
    for (const [, blocks] of SERIES) {
      const calls = blocks.filter((b) => kindOf(b) === 'earnings-call' && /\d{4}年度业绩说明会$/u.test((b.context as MeetingPlace).title));
      const byCall = new Map<number, Block[]>();
      for (const b of calls) byCall.set((b.context as MeetingPlace).meetingIndex, [...(byCall.get((b.context as MeetingPlace).meetingIndex) ?? []), b]);
      for (const call of byCall.values()) {
        annual++;
        const turns = call.filter((b) => b.kind === 'turn');
        const qa = turns.slice(turns.findIndex((b) => /分析师（/u.test(b.text)));
        expect(qa.length).toBeGreaterThan(10);
        for (const b of qa) expect(speech(b), b.text.slice(0, 40)).not.toMatch(/今年|明年|去年/u);
      }
    }
    expect(annual).toBeGreaterThan(0);
  });

  it('let analysts ask long questions, mostly of two or three parts, each followed by an answer from the company', () => {
    for (const [seed, blocks] of SERIES) {
      const c = gen.world(seed).company;
      const company = new Set([c.chair, c.ceo, c.cfo, c.secretary, c.vp, ...c.independents].map((p) => `${p.title}（${p.name}）`));
      const calls = blocks.filter((b) => kindOf(b) === 'earnings-call' && b.kind === 'turn');
      const questions = calls.map((b, i) => [b, calls[i + 1]] as const).filter(([b]) => /分析师（/u.test(b.text) && /？/u.test(b.text));
      expect(questions.length).toBeGreaterThan(20);
      const multi = questions.filter(([q]) => speech(q).match(/？/gu)!.length >= 2);
      expect(multi.length / questions.length).toBeGreaterThan(0.8);
      for (const [q, next] of questions) {
        expect([...speech(q)].length).toBeGreaterThan(50);
        expect(company).toContain(next!.text.slice(0, next!.text.indexOf(' [')));
      }
    }
  });

  it('keep to formal wording at the board and on the call', () => {
    for (const [, blocks] of SERIES) {
      for (const b of formal(blocks)) expect(b.text).not.toMatch(/眼下|差不多|伙伴|下个星期|这个星期|进度情况|现在宣布.{0,3}眼下/u);
    }
  });

  it('tag the turns that report a project with plantStart, and leave them out with it', () => {
    const blocks = formal(SERIES.get(11)!);
    const reports = blocks.filter((b) => /(?:工程|建设)进度(?:目前)?(?:大约|约)\d/u.test(b.text));
    expect(reports.length).toBeGreaterThan(0);
    for (const b of reports) expect(b.facts).toContain(ZH_MEETING_FACTS.plantStart);
    const without = formal(take(11, 260_000, new Set([ZH_MEETING_FACTS.plantStart])));
    expect(without.some((b) => /(?:工程|建设)进度(?:目前)?(?:大约|约)|在建项目进展|累计投入/u.test(b.text))).toBe(false);
  });

  it('state no fact at all when every fact is left out', () => {
    const blocks = formal(take(13, 160_000, new Set(ZH_MEETING_FACT_KEYS)));
    expect(blocks.filter((b) => b.facts?.length)).toEqual([]);
    const text = blocks.map((b) => b.text).join('\n');
    for (const words of ['联动机制总体执行得比较顺', '不对单个季度的收入做公开预测', '长期激励我们一直在研究', '兼顾股东回报']) expect(text).not.toContain(words);
  });
});
