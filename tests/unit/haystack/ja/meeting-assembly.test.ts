// The Japanese 会議録 (市議会 一般質問): each figure a member or a department states stands for one quantity, and a
// department head who answers two topics in a row does so in one turn.
import { describe, expect, it } from 'vitest';
import { jaMeetingTranscriptGenerator as g } from '../../../../src/haystack/ja/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import { loadHaystackData } from '../../../../src/haystack/data.js';
import type { Block } from '../../../../src/types.js';
import { byMeeting, takeBlocks } from '../../../support/take-blocks.js';

interface LocalTopic {
  name: string;
  bg: string[];
  ask: string[];
  ans: string[];
  mayor?: string[];
}

const FILES = ['assembly-topics.json', 'assembly-topics-2.json', 'assembly-topics-3.json', 'assembly-topics-4.json'];
const more = loadHaystackData<Record<string, Partial<LocalTopic>>>('ja/meeting-transcript/assembly-topics-more.json');
const depth = loadHaystackData<Record<string, Partial<LocalTopic>>>('ja/meeting-transcript/assembly-topics-depth.json');
const topics = FILES.flatMap((f) => loadHaystackData<LocalTopic[]>(`ja/meeting-transcript/${f}`)).map((t) => {
  const m0 = more[t.name] ?? {};
  const d = depth[t.name] ?? {};
  const m = { bg: [...(m0.bg ?? []), ...(d.bg ?? [])], ask: [...(m0.ask ?? []), ...(d.ask ?? [])], ans: [...(m0.ans ?? []), ...(d.ans ?? [])], mayor: [...(m0.mayor ?? []), ...(d.mayor ?? [])] };
  return { name: t.name, said: [...t.bg, ...t.ask, ...(m.bg ?? []), ...(m.ask ?? [])], answered: [...t.ans, ...(m.ans ?? []), ...(t.mayor ?? []), ...(m.mayor ?? [])] };
});
const figures = (s: string) => [...s.matchAll(/<(\w+)>/g)].map((m) => m[1]!).filter((v) => v !== 'd');

// The first 255K characters (about 200K o200k tokens) of three series, generated once for the file.
const SEEDS = [11, 12, 13];
const series = SEEDS.map((seed) => takeBlocks(g.blocks(seed), 255_000).filter((b) => (b.context as MeetingPlace).meetingKind === 'assembly'));

/** Each member's exchange in a series' assembly meetings: from the call to the chair's closing line. */
function exchanges(blocks: Block[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const b of blocks) {
    if (/登壇〕$/.test(b.text) && /番/.test(b.text) && cur.length > 0) out.push(cur.join('\n')), (cur = []);
    cur.push(b.text);
  }
  if (cur.length > 0) out.push(cur.join('\n'));
  return out;
}

describe('Japanese 会議録 (assembly)', () => {
  it('names a figure once per sentence: a local topic sentence never uses one drawn number for two quantities', () => {
    for (const t of topics)
      for (const s of [...t.said, ...t.answered]) {
        const v = figures(s);
        expect(new Set(v).size, `${t.name}: ${s}`).toBe(v.length);
      }
  });

  it('shares a count between question and answer only where both speak of it (<s1>: 特定空家等, 判定区分3の橋)', () => {
    for (const t of topics) {
      const asked = t.said.some((s) => s.includes('<s1>'));
      const answered = t.answered.some((s) => s.includes('<s1>'));
      expect(asked, t.name).toBe(answered);
    }
    expect(topics.filter((t) => t.said.some((s) => s.includes('<s1>'))).length).toBeGreaterThan(0);
  });

  it('gives each quantity its own value: no three-digit figure counts two kinds of thing in one exchange', () => {
    // ごみ排出量 649グラム, 参加団体が649団体, 協力店が現在649店 in one question and its answers was the defect.
    series.forEach((blocks, k) => {
      const seed = SEEDS[k];
      for (const ex of exchanges(blocks)) {
        const counters = new Map<string, Set<string>>();
        for (const m of ex.matchAll(/(?<![\d,.:])(\d{3}|\d,\d{3})(?![\d,.:%])(グラム|団体|店|戸|人|世帯|回|件|か所|品目|橋|台|頭|ヘクタール|手続|施設|組|日|万人)/g)) {
          const set = counters.get(m[1]!) ?? new Set<string>();
          set.add(m[2]!);
          counters.set(m[1]!, set);
        }
        for (const [n, set] of counters) expect([...set], `seed ${seed}: ${n} in ${ex.slice(0, 80)}`).toHaveLength(1);
      }
    });
  });

  it('has a department head answer two topics in a row in one turn, never called twice running', () => {
    const blocks = series.flat().filter((b) => b.kind === 'turn');
    // A merged answer goes on to its next topic inside the turn.
    const merged = blocks.filter((b) => /^○\S+(?:部長|監)（/.test(b.text) && /。(?:次に|続きまして|また)、[^。]+(?:お答えいたします|答弁いたします|お答え申し上げます|ご答弁申し上げます)。/.test(b.text));
    expect(merged.length).toBeGreaterThan(0);
    // No chair's call of a head right after that head spoke.
    for (let i = 1; i < blocks.length; i++) {
      const call = /^○議長（[^）]*）\s\[[^\]]*\]: (\S+(?:部長|監))。$/.exec(blocks[i]!.text);
      if (call) expect(blocks[i - 1]!.text.startsWith(`○${call[1]}（`), blocks[i - 1]!.text.slice(0, 40)).toBe(false);
    }
  });

  it('prints recess and adjournment times that follow the clock, greets by the time of day, dates its figures to months already past, and has school heat or childcare asked once a sitting', () => {
    let sittings = 0;
    for (const blocks of series) {
      for (const list of byMeeting(blocks).values()) {
        const texts = list.map((b) => b.text);
        const clock = (t: string) => {
          const m = /\[(\d\d):(\d\d):(\d\d)\]/.exec(t);
          return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
        };
        const recess = texts.findIndex((t) => /^午後0時\d\d分休憩$/.test(t));
        const adjourn = texts.find((t) => /分散会$/.test(t));
        if (recess < 0 || !adjourn) continue;
        sittings++;
        // Afternoon minutes run from 1 p.m.: the adjournment is as long after it as the turns' clock ran.
        const resumeClock = clock(texts[recess + 2]!)!;
        const lastClock = Math.max(...texts.map(clock).filter((x): x is number => x !== undefined));
        const [, ampm, h, mm] = /^(午前|午後)(\d+)時(\d\d)分散会$/.exec(adjourn)!;
        const end = (ampm === '午後' ? 12 * 60 : 0) + Number(h) * 60 + Number(mm);
        expect(Math.abs(end - (13 * 60 + (lastClock - resumeClock) / 60)), adjourn).toBeLessThanOrEqual(3);
        texts.forEach((t, k) => {
          if (k < recess) expect(t, t.slice(0, 60)).not.toMatch(/こんにちは/);
          else expect(t, t.slice(0, 60)).not.toMatch(/おはようございます/);
        });
        const month = Number((list[0]!.context as MeetingPlace).date.split('-')[1]);
        const past: number[] = [];
        for (let x = 4; x !== month; x = (x % 12) + 1) past.push(x);
        for (const m of texts.join('\n').matchAll(/(?<![0-9年])(\d{1,2})月末時点/g)) expect(past, m[0]).toContain(Number(m[1]));
        // School heat and childcare, which one department answers with its own figures, are asked by one member at most.
        for (const topic of ['学校施設の暑さ対策', '保育の受け皿確保']) {
          const askers = new Set(texts.filter((t) => /^○[^（]+番（/.test(t) && t.includes(topic)).map((t) => t.split('）')[0]));
          expect(askers.size, topic).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(sittings).toBeGreaterThan(3);
  });

  it('adjourns to what the next sitting does: the general questions tomorrow after the first day, the votes after the last', () => {
    let seen = 0;
    for (const blocks of series) {
      for (const b of blocks) {
        if (!/散会いたします。$/.test(b.text)) continue;
        seen++;
        const first = (b.context as MeetingPlace).title.endsWith('（第3号）');
        expect(b.text).toMatch(first ? /明日[^。]*一般質問を行います/ : /\d+月\d+日[^。]*採決を行います/);
      }
    }
    expect(seen).toBeGreaterThan(3);
  });

  it('reports the absent members at the opening, none of them a member who asks that day, and counts them out of the roll', () => {
    let reported = 0;
    for (const blocks of series) {
      for (const list of byMeeting(blocks).values()) {
        const texts = list.map((b) => b.text);
        const roll = Number(/出席議員（(\d+)名）/.exec(texts.join('\n'))?.[1]);
        const open = texts.find((t) => t.startsWith('○議長'))!;
        const excused = /(?:本日、|なお、本日は)([^。]*)から(?:欠席の届出がございました|欠席する旨の届出がありました)/.exec(open)?.[1] ?? '';
        const away = [...excused.matchAll(/[一二三四五六七八九十]+番、(\S+?)議員/g)].map((m) => m[1]!);
        const asking = new Set(texts.filter((t) => /^〔.+番 .+君登壇〕$/.test(t)).map((t) => /番 (\S+)君登壇/.exec(t)![1]!));
        for (const name of away) expect(asking.has(name), name).toBe(false);
        const stated = Number(/出席議員は(\d+)名/.exec(open)?.[1]);
        expect(stated).toBe(roll);
        reported += away.length;
      }
    }
    expect(reported).toBeGreaterThan(0);
  });

  it('has the mayor hand each topic not taken up to the head who then answers it', () => {
    let handed = 0;
    for (const blocks of series) {
      const all = exchanges(blocks);
      for (const [i, ex] of all.entries()) {
        const mayor = ex.split('\n').find((l) => l.startsWith('○市長'));
        if (!mayor) continue;
        for (const hit of mayor.matchAll(/(?:、|なお、|また、)([^、。]+?)(?:につきましては|については)([^、。]+?(?:部長|管理監))から/g)) {
          const head = hit[2]!;
          // The stock handover ('その他の項目につきましては、関係部長から') names no one.
          if (/関係|担当|所管|各/.test(head)) continue;
          handed++;
          const answer = ex.split('\n').find((l) => l.startsWith(`○${head}（`));
          // The window may end right after the mayor's answer, before the heads take the floor.
          if (!answer && i === all.length - 1) continue;
          expect(answer, `${head}: ${hit[1]}`).toBeDefined();
        }
      }
    }
    expect(handed).toBeGreaterThan(5);
  });

  it('states one count of school gyms for a fiscal year at every sitting of that year, and the stage the works reached by the sitting', () => {
    let repeated = 0;
    let staged = 0;
    // The stages of a year's works: contract and summer works in June, works under way in September, done after.
    const notYet: Record<number, RegExp> = { 6: /工事を終え|完了いたしました/, 9: /入札の準備|着工する予定|工事を終え|完了いたしました/, 12: /入札の準備|着工する予定|工事を進めており/, 3: /入札の準備を進めて|着工する予定|本年度は\d+校で工事を進めて/ };
    // Two longer series (the topic comes up at a few sittings a year).
    const long = [41, 42].map((seed) => takeBlocks(g.blocks(seed), 800_000).filter((b) => (b.context as MeetingPlace).meetingKind === 'assembly'));
    for (const blocks of long) {
      const byYear = new Map<number, Set<string>>();
      for (const b of blocks) {
        const [y, m] = (b.context as MeetingPlace).date.split('-').map(Number);
        const fy = m! >= 4 ? y! : y! - 1;
        for (const hit of b.text.matchAll(/体育館[^。]*?本年度は?(\d+)校/g)) byYear.set(fy, new Set([...(byYear.get(fy) ?? []), hit[1]!]));
        for (const hit of b.text.matchAll(/体育館については本年度(\d+)校/g)) byYear.set(fy, new Set([...(byYear.get(fy) ?? []), hit[1]!]));
        if (b.text.startsWith('○教育部長') && /体育館[^。]*本年度/.test(b.text)) {
          staged++;
          expect(b.text, `${m}月`).not.toMatch(notYet[m!]!);
        }
      }
      for (const [fy, counts] of byYear) {
        expect([...counts], String(fy)).toHaveLength(1);
        repeated += counts.size;
      }
    }
    expect(repeated).toBeGreaterThan(0);
    expect(staged).toBeGreaterThan(1);
  });
});
