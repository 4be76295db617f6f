// The Japanese meeting-transcript generator: turns as the contract prints them, sentences that end, figures that
// agree with the ledger, fresh worlds per seed, and facts really left out when a sweep's needles compete with them.
import { describe, expect, it } from 'vitest';
import { JA_MEETING_FACTS, jaMeetingTranscriptGenerator as g } from '../../../../src/haystack/ja/meeting-transcript/index.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { monthSales } from '../../../../src/haystack/ja/meeting-transcript/meetings/board.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import type { Block } from '../../../../src/types.js';
import { loadHaystackData } from '../../../../src/haystack/data.js';
import { takeBlocks } from '../../../support/take-blocks.js';

function take(seed: number, chars: number, omit?: Set<string>): Block[] {
  return takeBlocks(g.blocks(seed, omit ? { omit } : undefined), chars);
}
const join = (blocks: Block[]) => blocks.map((b) => b.text).join('\n\n');

const blocks = take(7, 400_000);
const text = join(blocks);
const turns = blocks.filter((b) => b.kind === 'turn');

describe('Japanese meeting transcripts', () => {
  it('is the registered generator for --lang ja', () => {
    expect(generatorFor('meeting-transcript', 'ja')).toBe(g);
    expect(g.lang).toBe('ja');
  });

  it('writes all four kinds of meeting with their Japanese headings', () => {
    const kinds = new Set(blocks.map((b) => (b.context as MeetingPlace).meetingKind));
    expect([...kinds].sort()).toEqual(['assembly', 'board', 'earnings-call', 'engineering']);
    expect(text).toMatch(/第\d+回 取締役会 議事録/);
    expect(text).toMatch(/決算説明会 質疑応答/);
    expect(text).toMatch(/定例会（第\d+回）/);
    expect(text).toMatch(/市議会 令和\d+年第\d回定例会 会議録（第\d号）/);
    expect(text).toMatch(/〔.+君登壇〕/);
  });

  it('prints every turn as `<label> [HH:MM:SS]: <text>` with a label of someone present, the clock never going back', () => {
    let last = { meeting: -1, time: '' };
    for (const b of turns) {
      const place = b.context as MeetingPlace;
      const m = /^(.+?) \[(\d\d:\d\d:\d\d)\]: (.+)$/s.exec(b.text);
      expect(m, b.text.slice(0, 80)).not.toBeNull();
      expect(place.participants.map((p) => p.label)).toContain(m![1]);
      expect(m![2]).toBe(b.time);
      if (last.meeting === place.meetingIndex) expect(m![2] > last.time, b.text.slice(0, 60)).toBe(true);
      expect(place.time).toBe(b.time);
      last = { meeting: place.meetingIndex, time: m![2]! };
    }
  });

  it('ends every utterance with 。！？ and leaves no template syntax or Latin sentence punctuation behind', () => {
    for (const b of turns) {
      const said = b.text.replace(/^.+? \[\d\d:\d\d:\d\d\]: /s, '');
      expect(said, said).toMatch(/[。！？][」』）]?$/u);
      expect(said, said).not.toMatch(/[<>{}|]|\. |、、|。。/);
    }
  });

  it('takes each topic up a limited number of times: an assembly topic at most twice, an engineering proposal once per team', () => {
    const count = (re: RegExp) => [...text.matchAll(re)].length;
    const assembly = ['assembly-topics.json', 'assembly-topics-2.json', 'assembly-topics-3.json', 'assembly-topics-4.json'].flatMap((f) => loadHaystackData<Array<{ name: string }>>(`ja/meeting-transcript/${f}`));
    const used = assembly.filter((t) => {
      // The department's answer, which opens its turn in any of its wordings.
      const n = count(new RegExp(`\\]: (?:ご質問のありました)?${t.name}(?:について|に関するお尋ねに|についてのご質問に|に関しまして)(?:お答えいたします|答弁いたします|お答え申し上げます|ご答弁申し上げます)`, 'g'));
      expect(n, t.name).toBeLessThanOrEqual(2);
      return n > 0;
    });
    expect(used.length).toBeGreaterThan(10);
    const proposals = loadHaystackData<Array<{ name: string }>>('ja/meeting-transcript/engineering-topics.json');
    const raised = proposals.filter((t) => {
      const n = count(new RegExp(`、(?:${t.name}の件|${t.name}について)(?:です|ですね)。`, 'g'));
      expect(n, t.name).toBeLessThanOrEqual(2);
      return n > 0;
    });
    expect(raised.length).toBeGreaterThan(10);
  });

  it('dates meetings in order, and advances the calendar meeting after meeting', () => {
    const dates = [...new Set(blocks.map((b) => `${(b.context as MeetingPlace).meetingIndex}:${(b.context as MeetingPlace).date}`))].map((s) => s.split(':')[1]!);
    expect(dates.length).toBeGreaterThan(20);
    for (let i = 1; i < dates.length; i++) expect(dates[i]! >= dates[i - 1]!).toBe(true);
    expect(dates.at(-1)! > dates[0]!).toBe(true);
  });

  it('states results that agree with the ledger: minutes in 百万円, speech in 億円 truncated from the same figure', () => {
    const world = g.world(7);
    const figures = new Set<number>();
    for (let k = -1; k < 30; k++) {
      const cum = world.book.cumulative(k);
      figures.add(cum.sales).add(cum.op);
      for (const s of cum.segments) figures.add(s.sales).add(s.op);
      figures.add(world.book.results(k).orders);
      if (world.book.results(k).q === 4) for (const v of Object.values(world.book.forecast(k))) figures.add(v);
    }
    // The board's monthly figures (a segment's month, the company's month, sales and profit, and the year to date).
    const total = (t: number, what: 'sales' | 'op' = 'sales') => monthSales(world, t, what).reduce((a, b) => a + b, 0);
    for (let t = -12; t < 90; t++) {
      for (const v of monthSales(world, t)) figures.add(v);
      figures.add(total(t)).add(total(t, 'op'));
      const from = t - ((((t % 12) + 12) % 12) + 9) % 12;
      for (let j = 0; j < world.company.segments.length; j++) {
        let ytd = 0;
        for (let u = from; u <= t; u++) ytd += monthSales(world, u)[j]!;
        figures.add(ytd);
      }
      let ytd = 0;
      for (let u = from; u <= t; u++) ytd += total(u);
      figures.add(ytd);
    }
    const oku = new Set([...figures].map((v) => Math.floor(v / 100)));
    const minutes = [...text.matchAll(/(?:売上高|営業利益|受注高)は?([\d,]+)百万円/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    const spoken = [...text.matchAll(/(?:売上高|営業利益|受注高)は?([\d,]+)億円/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(minutes.length).toBeGreaterThan(10);
    expect(spoken.length).toBeGreaterThan(10);
    for (const v of minutes) expect(figures.has(v), String(v)).toBe(true);
    for (const v of spoken) expect(oku.has(v), String(v)).toBe(true);
  });

  it('prints no percentage from 15% to 30% and every amount a whole number of 1,000万円 (needle ranges stay free)', () => {
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)%/g)) expect(Number(m[1]) < 15 || Number(m[1]) >= 30, m[0]).toBe(true);
    for (const m of text.matchAll(/(?<![\d,])([\d,]+億)?([\d,]+)万円/g)) expect(Number(m[2]!.replace(/,/g, '')) % 1000, m[0]).toBe(0);
  });

  it('is the same for a seed and another for another seed, and only extends when more is asked', () => {
    const again = join(take(7, 60_000));
    expect(text.startsWith(again.slice(0, 50_000))).toBe(true);
    const other = g.world(8);
    const world = g.world(7);
    expect(other.company.name === world.company.name && other.city.name === world.city.name).toBe(false);
    expect(other.company.ceo.person.name).not.toBe(world.company.ceo.person.name);
    expect(join(take(8, 50_000)).slice(0, 40_000)).not.toBe(again.slice(0, 40_000));
  });

  describe('facts a needle competes with', () => {
    const MARKERS: Record<string, RegExp> = {
      [JA_MEETING_FACTS.dividendForecast]: /配当予想/,
      [JA_MEETING_FACTS.priceRevision]: /価格改定|価格転嫁/,
      [JA_MEETING_FACTS.plantStart]: /稼働開始/,
      [JA_MEETING_FACTS.capex]: /新ラインを(?:導入|増設)|に係る設備投資で|総額[^。]*の設備投資/,
      [JA_MEETING_FACTS.officerPay]: /報酬/,
      [JA_MEETING_FACTS.buyback]: /自己株式の取得/,
      [JA_MEETING_FACTS.hiring]: /新卒採用/,
      [JA_MEETING_FACTS.incidents]: /アラート対応|遅延|失敗/,
      [JA_MEETING_FACTS.releaseDates]: /リリース計画ですが/,
      [JA_MEETING_FACTS.projectLeads]: /は、?(?:このまま|これまでどおり|引き続き)\S+さんが(?:リード|取りまとめ)/,
      [JA_MEETING_FACTS.supplementaryBudget]: /補正予算/,
      [JA_MEETING_FACTS.schoolFacilities]: /体育館/,
      [JA_MEETING_FACTS.childcare]: /待機児童/,
    };
    const full = [7, 9].map((seed) => join(take(seed, 500_000))).join('\n\n');
    const bare = [7, 9].map((seed) => join(take(seed, 500_000, new Set(g.facts)))).join('\n\n');

    it('lists every fact it knows', () => {
      expect([...g.facts].sort()).toEqual(Object.keys(MARKERS).sort());
    });

    it.each(Object.entries(MARKERS))('states %s in a long series, and never when it is left out', (_fact, marker) => {
      expect(full).toMatch(marker);
      const hit = bare.match(marker);
      expect(hit?.[0], bare.slice(Math.max(0, (hit?.index ?? 0) - 150), (hit?.index ?? 0) + 150)).toBeUndefined();
    });

    it('leaves the rest of the series as it was: the same meetings on the same dates', () => {
      const dates = (omit?: Set<string>) => [...new Set(take(3, 300_000, omit).map((b) => `${(b.context as MeetingPlace).date} ${(b.context as MeetingPlace).meetingKind}`))];
      const a = dates();
      const b = dates(new Set(g.facts));
      expect(b.slice(0, a.length - 2)).toEqual(a.slice(0, a.length - 2));
    });
  });
});
