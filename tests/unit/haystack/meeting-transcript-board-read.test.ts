// The board meetings as a corporate secretary reads them: sentences open with a capital, a count said "about" is a
// round one, the company's counts (legal entities, banks) agree across topics, and a topic taken up again states the
// same company it did the first time.
import { describe, expect, it } from 'vitest';
import { meetingTranscriptBlocks } from '../../../src/haystack/meeting-transcript/index.js';
import { loadTopics } from '../../../src/haystack/meeting-transcript/talk/phrase-files.js';
import { roundCount, topicVars, worldCount, type Topic } from '../../../src/haystack/meeting-transcript/talk/topic.js';
import { createWorld, schedule, worldRng, type MeetingWorld } from '../../../src/haystack/meeting-transcript/model/world.js';
import { MeetingContext, type SeriesState } from '../../../src/haystack/meeting-transcript/talk/meeting-context.js';
import { Outsiders } from '../../../src/haystack/meeting-transcript/talk/outsiders.js';
import { TurnMemory } from '../../../src/haystack/meeting-transcript/talk/turn-memory.js';
import type { ScheduledMeeting } from '../../../src/haystack/meeting-transcript/model/calendar.js';
import type { MeetingPlace } from '../../../src/haystack/place-context.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

// Enough of a series for many board meetings, so topics come back.
const blocks = takeBlocks(meetingTranscriptBlocks(46), 2_000_000) as Block[];
const board = blocks.filter((b) => (b.context as MeetingPlace).meetingKind === 'board').map((b) => b.text);
const all = blocks.map((b) => b.text).join('\n');

function* takeMeetings(world: MeetingWorld, n: number): Generator<ScheduledMeeting> {
  for (const m of schedule(world)) {
    if (n-- <= 0) return;
    yield m;
  }
}

describe('board meetings, read by a corporate secretary', () => {
  it('opens every sentence of a speaker with a capital ("Thank you, Ann. The format of …")', () => {
    const bad = board.filter((t) => !t.startsWith('[') && /[a-z][.?!] [a-z]/.test(t.replace(/\b(?:e\.g|i\.e|vs|etc|a\.m|p\.m)\./g, '')));
    expect(board.length).toBeGreaterThan(500);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('rounds a count of three or more digits said with "about" (410, 27,000; never 1,191)', () => {
    expect([roundCount(99), roundCount(412), roundCount(1_191), roundCount(27_384), roundCount(995)]).toEqual([99, 410, 1_200, 27_000, 1_000]);
    const bad = board.flatMap((t) => [...t.matchAll(/\b(?:[Aa]bout|[Rr]oughly|[Aa]round|[Aa]pproximately) (\d{1,3}(?:,\d{3})+|\d{3,})\b(?! percent)/g)])
      .filter((m) => String(Number(m[1]!.replace(/,/g, ''))).replace(/0+$/, '').length > 2)
      .map((m) => m.input!.slice(Math.max(0, m.index! - 40), m.index! + 30));
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('states the company\'s own counts the same in every topic', () => {
    expect(worldCount('Acme Industries', 'legalEntities')).toBe(worldCount('Acme Industries', 'legalEntities'));
    expect(worldCount('Acme Industries', 'lenders')).toBeLessThan(worldCount('Acme Industries', 'banks'));
    const said = (re: RegExp) => [...all.matchAll(re)].map((m) => m[1]);
    expect(new Set(said(/\b(\d+) legal entities\b/g)).size).toBeLessThanOrEqual(1);
    expect(new Set(said(/\bbusiness with (\d+) banks\b/g)).size).toBeLessThanOrEqual(1);
    // The banks of the credit facility are the core banks treasury keeps and the ones that hold our deposits.
    const lenders = [/\bshared by (\d+) banks\b/g, /\bkeep (\d+) core banks\b/g, /\bwith the (\d+) banks in our credit facility\b/g].flatMap(said);
    expect(new Set(lenders).size).toBeLessThanOrEqual(1);
    // Every topic that counts the company's legal entities, banks or bank accounts draws the company's own count.
    const specs = loadTopics('board').flatMap((t) => Object.entries(t.vars).map(([k, x]) => [t.id, k, x] as const));
    const counted = specs.filter(([, k]) => /^(?:entities|banks|core|accounts)$/.test(k)).filter(([id]) => ['global-minimum-tax', 'faster-close', 'bank-relationships', 'revolver-renewal', 'cash-investments'].includes(id));
    expect(counted.length).toBe(7);
    expect(counted.filter(([, , x]) => !x.startsWith('world ')).map(([id, k]) => `${id}.${k}`)).toEqual([]);
  });

  it('keeps the figures of a topic taken up again (the forklift fleet, the supplier count), and draws its dates afresh', () => {
    const world = createWorld(46);
    const series: SeriesState = {
      world, omit: new Set(), memory: new TurnMemory(), outsiders: new Outsiders(world.org), committeeNotes: new Map(), actionLog: new Map(), lastMet: new Map(),
      tickets: new Map(), sprints: new Map(), reviewed: new Set(), topics: new Map(), codeNames: new Set(), visits: new Map(), siteEvents: new Map(), boards: new Map(),
    };
    const meetings = [...takeMeetings(world, 40)].filter((m) => m.kind === 'board');
    expect(meetings.length).toBeGreaterThan(1);
    const visit = (k: number, topic: Topic) => topicVars(new MeetingContext(series, meetings[k]!, worldRng(k + 1)), topic);
    const fleet = loadTopics('board').find((t) => t.id === 'fleet-electrification')!;
    const diversity = loadTopics('board').find((t) => t.id === 'supplier-diversity')!;
    const [a, b] = [visit(0, fleet), visit(1, fleet)];
    expect([b.forklifts, b.vehicles, b.electric, b.site]).toEqual([a.forklifts, a.vehicles, a.electric, a.site]);
    expect(Number(String(a.forklifts).replace(/,/g, '')) % 10).toBe(0);
    const [c, d] = [visit(0, diversity), visit(1, diversity)];
    // "Last year we spent about <spend> with <suppliers> such suppliers": the same year's figures stand, a new year's
    // are new ("last year" is another year by then); the site stands either way.
    const year = (k: number) => new MeetingContext(series, meetings[k]!, worldRng(99)).date().getUTCFullYear();
    expect(d.site).toBe(c.site);
    if (year(1) === year(0)) expect([d.spend, d.suppliers, d.share]).toEqual([c.spend, c.suppliers, c.share]);
    else expect([d.spend, d.suppliers, d.share]).not.toEqual([c.spend, c.suppliers, c.share]);
    // A topic with a date: drawn again from the later meeting.
    const dated = loadTopics('board').find((t) => !t.persist && Object.values(t.vars).some((v) => /^future /.test(v)))!;
    const name = Object.entries(dated.vars).find(([, v]) => /^future /.test(v))![0];
    const e = visit(0, dated);
    const f = visit(1, dated);
    expect(f[name]).not.toBe(e[name]);
  });

  it('answers the interjection it was asked and keeps "keeps me up at night" whole', () => {
    expect(all).not.toMatch(/up at night here's/);
    expect(all).not.toMatch(/for all the sites\?\n\n[^\n]*\]: It does\./);
  });
});
