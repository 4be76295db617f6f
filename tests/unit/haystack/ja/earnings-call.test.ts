// The Japanese 決算説明会: the CFO names every segment and states its margin as the ledger has it, analysts' themes
// are asked once a series, the board's decisions are reported once, and speakers are labelled as Q&A transcripts do.
import { describe, expect, it } from 'vitest';
import { jaMeetingTranscriptGenerator as g } from '../../../../src/haystack/ja/meeting-transcript/index.js';
import { dayOf } from '../../../../src/haystack/ja/meeting-transcript/model/calendar.js';
import { reportedQuarter } from '../../../../src/haystack/ja/meeting-transcript/model/periods.js';
import { loadHaystackData } from '../../../../src/haystack/data.js';
import { irFigures } from '../../../../src/haystack/ja/meeting-transcript/meetings/earnings-figures.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import type { Block } from '../../../../src/types.js';
import { byMeeting, takeBlocks } from '../../../support/take-blocks.js';

const SEED = 11;
const world = g.world(SEED);
const series = takeBlocks(g.blocks(SEED), 700_000);
const all = series.map((b) => b.text).join('\n\n');
const blocks = series.filter((b) => (b.context as MeetingPlace).meetingKind === 'earnings-call');
const briefings = byMeeting(blocks);
/** The longest fixed run of a template (between variables, alternatives and commas): said verbatim wherever it is said. */
const fixed = (template: string) => template.split(/<[^>]*>|\{[^}]*\}|、/).reduce((a, b) => (b.length > a.length ? b : a), '');
/** The quarter a briefing reports: the latest one reported by its date. */
const quarterOf = (place: MeetingPlace) => reportedQuarter(world.year, dayOf(place.date));
const said = (b: Block) => b.text.replace(/^.+? \[\d\d:\d\d:\d\d\]: /s, '');
const cfo = `${world.company.cfo.person.family} [`;
const text = blocks.map((b) => b.text).join('\n\n');

describe('Japanese 決算説明会', () => {
  it('has enough briefings to check', () => {
    expect(briefings.size).toBeGreaterThanOrEqual(10);
  });

  it('labels officers by family name (酒井), analysts by name and firm (山下（あおば証券）), with full titles in the header', () => {
    const c = world.company;
    expect(text).toContain(`\n${c.ceo.person.family} [`);
    expect(text).toContain(`\n${cfo}`);
    expect(text).toContain(`登壇者：${c.ceo.title} ${c.ceo.person.name}、${c.cfo.title} ${c.cfo.person.name}`);
    // Each officer's first turn says who they are.
    for (const list of briefings.values()) {
      const first = (family: string) => list.find((b) => b.text.startsWith(`${family} [`));
      expect(said(first(c.ceo.person.family)!)).toMatch(new RegExp(`社長.{0,10}${c.ceo.person.family}`));
      expect(said(first(c.cfo.person.family)!)).toContain(c.cfo.person.family);
    }
    for (const a of world.analysts) expect(text).not.toContain(`質問者（${a.firm}`);
  });

  it('names every segment in the CFO walk-through, and a margin it states is the ledger margin of that segment', () => {
    let margins = 0;
    for (const list of briefings.values()) {
      const place = list[0]!.context as MeetingPlace;
      const cum = world.book.cumulative(quarterOf(place));
      // The CFO's turns before the moderator opens the Q&A.
      const qa = list.findIndex((b, i) => i > 0 && b.text.startsWith('司会') && list.slice(0, i).some((x) => x.text.startsWith(cfo)));
      // The window can end inside the last briefing's prepared remarks: only a briefing that reached its Q&A is whole.
      if (qa < 0) continue;
      const prepared = list.slice(0, qa).filter((b) => b.text.startsWith(cfo)).map(said);
      for (const s of cum.segments) {
        const turns = prepared.filter((t) => t.slice(0, 40).includes(s.short));
        expect(turns.length, `${place.title} ${s.short}`).toBeGreaterThanOrEqual(1);
        const own = turns.find((t) => /売上高|売上で/.test(t));
        const m = own ? /営業利益率は(\d+\.\d)%/.exec(own) : null;
        if (m) {
          expect(m[1], `${place.title} ${s.short}`).toBe(((s.op / s.sales) * 100).toFixed(1));
          margins++;
        }
      }
    }
    expect(margins).toBeGreaterThan(5);
  });

  it('asks each analyst theme at most once a series (the longest fixed run of its question is never said twice)', () => {
    const topics = ['earnings-topics.json', 'earnings-topics-2.json'].flatMap((f) => loadHaystackData<Array<{ name: string; q: string[]; repeat?: boolean }>>(`ja/meeting-transcript/${f}`));
    let asked = 0;
    for (const t of topics.filter((x) => !x.repeat)) {
      const head = fixed(t.q.join(''));
      if (head.length < 6) continue;
      const n = text.split(head).length - 1;
      expect(n, t.name).toBeLessThanOrEqual(1);
      if (n === 1) asked++;
    }
    expect(asked).toBeGreaterThan(30);
  });

  it("reports each of the board's decisions at most once, and only after the board took it", () => {
    const news = loadHaystackData<Record<string, string[]>>('ja/meeting-transcript/earnings-news.json');
    const agenda = new Map(loadHaystackData<Array<{ name: string; title: string }>>('ja/meeting-transcript/board-agenda.json').map((a) => [a.name, a.title]));
    let told = 0;
    for (const [key, lines] of Object.entries(news)) {
      const head = fixed(lines[0]!);
      const n = text.split(head).length - 1;
      expect(n, key).toBeLessThanOrEqual(1);
      if (n === 1) expect(all.indexOf(agenda.get(key)!), key).toBeLessThan(all.indexOf(head));
      if (n === 1) expect(all.indexOf(agenda.get(key)!), key).toBeGreaterThanOrEqual(0);
      told += n;
    }
    expect(told).toBeGreaterThan(3);
  });

  it('an analyst who announces two questions asks two, and one who asks one does not announce two', () => {
    let two = 0;
    let one = 0;
    for (const list of briefings.values()) {
      const firms = new Set(world.analysts.map((a) => a.firm));
      // An analyst's turns from the moderator's call to the next call: the question, a second one or not, the thanks.
      list.forEach((b, i) => {
        const m = /^(\S+)（(\S+)） \[/.exec(b.text);
        if (!m || !firms.has(m[2]!) || i === 0 || !list[i - 1]!.text.startsWith('司会')) return;
        const label = `${m[1]}（${m[2]}） [`;
        // The analyst's turns that an officer answers (a closing thanks, when the analyst says one, is not answered).
        let asked = 0;
        const rest = list.slice(i);
        for (const [n, x] of rest.entries()) {
          if (x.text.startsWith('司会') && x !== b) break;
          const next = rest[n + 1];
          if (x.text.startsWith(label) && next !== undefined && !next.text.startsWith(label) && !next.text.startsWith('司会')) asked++;
        }
        const opening = said(b).slice(0, 70);
        if (/[2２][点つ問]お願い|質問は2つ|[1１](?:点目|つ目)/.test(opening)) {
          expect(asked, opening).toBe(2);
          two++;
        } else if (/[1１][点つ]だけ|質問は1つ|[1１]点お(?:願い|伺い)|[1１]つお伺い/.test(opening)) {
          expect(asked, opening).toBe(1);
          one++;
        }
      });
    }
    expect(two).toBeGreaterThan(5);
    expect(one).toBeGreaterThan(2);
  });

  it("calls a segment's margin poor against the others ('見劣り') only of the segment with the lowest margin", () => {
    let asked = 0;
    for (const list of briefings.values()) {
      const place = list[0]!.context as MeetingPlace;
      const cum = world.book.cumulative(quarterOf(place));
      const low = cum.segments.reduce((a, b) => (b.op / b.sales < a.op / a.sales ? b : a));
      for (const b of list) {
        const q = /([^。、]+?)の利益率は(\d+\.\d)%と、他の事業と比べて見劣り/.exec(b.text);
        if (!q) continue;
        expect(q[1]!.endsWith(low.short), `${place.title}: ${q[0]}`).toBe(true);
        expect(q[2]).toBe(((low.op / low.sales) * 100).toFixed(1));
        asked++;
      }
    }
    expect(asked).toBeGreaterThanOrEqual(1);
  });

  it('compares the full year with the last year (前期比) and a quarter with the same period a year ago (前年同期比)', () => {
    let year = 0;
    for (const list of briefings.values()) {
      const place = list[0]!.context as MeetingPlace;
      const whole = list.map((b) => b.text).join('\n');
      if (!/通期決算説明会/.test(whole)) continue;
      year++;
      // (The orders are the fourth quarter's own, against the same quarter a year ago.)
      const yearly = list.map((b) => b.text).filter((t) => !/受注高/.test(t)).join('\n');
      expect(yearly, place.title).not.toMatch(/前年同期/);
      const qa = list.findIndex((b, i) => i > 0 && b.text.startsWith('司会') && list.slice(0, i).some((x) => x.text.startsWith(cfo)));
      for (const t of list.slice(0, qa).map(said).filter((x) => /^[^。]*受注高は/.test(x))) expect(t, place.title).toMatch(/^(?:えー、|あのー、|まあ、|ええと、)?(?:受注の状況です。)?(?:当四半期の|第4四半期単独の|直近3か月の|この3か月の)受注高/);
      expect(whole, place.title).toMatch(/前期比/);
    }
    expect(year).toBeGreaterThan(1);
    expect(text).toMatch(/前年同期比/);
  });

  it("states the world's FX rate, a profit bridge that adds up to the stated profits, and the backlog the orders leave", () => {
    const fig = irFigures(world);
    const oku = (x: string) => Number(x.replace(/,/g, ''));
    let bridges = 0;
    let backlogs = 0;
    let rates = 0;
    for (const list of briefings.values()) {
      const place = list[0]!.context as MeetingPlace;
      const k = quarterOf(place);
      const cum = world.book.cumulative(k);
      const before = world.book.cumulative(k - 4);
      const whole = list.map(said).join('');
      const rate = /期中平均(?:で|の為替レートは)1ドル(\d+)円|ドルの期中平均レートは(\d+)円/.exec(whole);
      if (rate) {
        expect(Number(rate[1] ?? rate[2]), place.title).toBe(fig.averageRate(k));
        rates++;
      }
      // The bridge's parts add up to the change of the operating profit as stated (億円, truncated).
      const b = fig.bridge(k);
      expect(b.parts.reduce((a, p) => a + p.oku, 0)).toBe(b.total);
      expect(b.total).toBe(Math.floor(cum.op / 100) - Math.floor(before.op / 100));
      const net = /(\d+)億円の(増益|減益)(?:でございます|となります|となりました)。/.exec(whole);
      if (b.total !== 0) {
        expect(net, place.title).not.toBeNull();
        expect(oku(net![1]!) * (net![2] === '増益' ? 1 : -1), place.title).toBe(b.total);
        bridges++;
      }
      // The backlog moves by the quarter's orders less its sales, and an answer that gives it gives the ledger's.
      expect(fig.backlog(k) - fig.backlog(k - 1)).toBe(world.book.results(k).orders - world.book.results(k).sales);
      for (const mm of whole.matchAll(/受注残高は(?:前四半期末の[\d,]+億円に対して(?:第\d四半期末|期末)は)?([\d,]+)億円/g)) {
        expect(oku(mm[1]!), place.title).toBe(Math.floor(fig.backlog(k) / 100));
        backlogs++;
      }
    }
    expect(bridges).toBeGreaterThan(3);
    expect(rates).toBeGreaterThan(briefings.size / 2);
    expect(backlogs).toBeGreaterThan(0);
  });

  it("recalls only what the last briefing answered on a theme ('前回…とのお話'), of a theme asked there", () => {
    const topics = ['earnings-topics.json', 'earnings-topics-2.json'].flatMap((f) => loadHaystackData<Array<{ name: string; q: string[]; prev?: string }>>(`ja/meeting-transcript/${f}`));
    const list = [...briefings.values()].map((bs) => bs.map((b) => b.text).join('\n'));
    let recalled = 0;
    list.forEach((whole, i) => {
      for (const t of topics.filter((x) => x.prev !== undefined && whole.includes(x.prev))) {
        expect(i, t.name).toBeGreaterThan(0);
        // Fillers (えー、まあ、…) and a comma of hesitation may fall inside the question as it was said.
        const bare = (x: string) => x.replace(/(^|[。？！])(?:えー|あのー|まあ|ええと)、/g, '$1').replace(/、/g, '');
        const piece = bare(t.q.join('')).split(/<[^>]*>|\{[^}]*\}|。/).reduce((a, b) => (b.length > a.length ? b : a), '');
        expect(bare(list[i - 1]!), t.name).toContain(piece);
        recalled++;
      }
    });
    expect(recalled).toBeGreaterThan(0);
  });
});
