// The meeting-transcript generator: deterministic, prefix-stable, well-formed turns with their place, and consistent votes, actions and roles.
import { describe, expect, it } from 'vitest';
import { meetingTranscriptBlocks, meetingTranscriptGenerator } from '../../../src/haystack/meeting-transcript/index.js';
import { motionName } from '../../../src/haystack/meeting-transcript/talk/procedure.js';
import { measureText } from '../../../src/haystack/quality.js';
import type { MeetingPlace } from '../../../src/haystack/place-context.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

function take(seed: number, chars: number, omit?: Set<string>): Block[] {
  return takeBlocks(omit ? meetingTranscriptGenerator.blocks(seed, { omit }) : meetingTranscriptBlocks(seed), chars);
}
const join = (blocks: Block[]) => blocks.map((b) => b.text).join('\n\n');
const TURN = /^(.+?) \[(\d{2}):(\d{2}):(\d{2})\]: (\S.*)$/;
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const num = (w: string) => (w.toLowerCase() === 'none' ? 0 : WORDS.indexOf(w.toLowerCase()));
const place = (b: Block) => b.context as MeetingPlace;
/** The printed label without the title a speaker's first turn carries. */
const bareLabel = (label: string) => label.replace(/ \([^)]*\)$/, '');

/** Blocks of each meeting, in order. */
function meetings(blocks: Block[]): Block[][] {
  const out = new Map<number, Block[]>();
  for (const b of blocks) out.set(place(b).meetingIndex, [...(out.get(place(b).meetingIndex) ?? []), b]);
  return [...out.values()];
}
const lines = (m: Block[]) => m.map((b) => b.text);

const sample = take(4, 900_000);

describe('meeting-transcript generator', () => {
  it('gives the same text for the same seed and another text for another seed', () => {
    expect(join(take(4, 50_000))).toBe(join(take(4, 50_000)));
    expect(join(take(5, 50_000))).not.toBe(join(take(4, 50_000)));
  });

  it('makes a shorter transcript an exact prefix of a longer one', () => {
    expect(join(take(9, 150_000)).startsWith(join(take(9, 40_000)))).toBe(true);
  });

  it('prints every turn as "<label> [HH:MM:SS]: <utterance>" on one line, its speaker among the participants', () => {
    const turns = sample.filter((b) => b.kind === 'turn');
    expect(turns.length).toBeGreaterThan(500);
    for (const b of turns) {
      const m = TURN.exec(b.text);
      expect(m, b.text.slice(0, 80)).not.toBeNull();
      expect(b.text).not.toContain('\n');
      expect(b.time).toBe(`${m![2]}:${m![3]}:${m![4]}`);
      expect(b.speakers).toContain(bareLabel(m![1]!));
      expect(place(b).participants.map((p) => p.label)).toContain(bareLabel(m![1]!));
    }
  });

  it('introduces each speaker once per meeting with a title, then by name', () => {
    for (const m of meetings(sample)) {
      const seen = new Set<string>();
      for (const b of m) {
        if (b.kind !== 'turn') continue;
        const label = TURN.exec(b.text)![1]!;
        const bare = bareLabel(label);
        if (bare === 'Operator') continue;
        if (seen.has(bare)) expect(label, b.text.slice(0, 80)).toBe(bare);
        else expect(label, b.text.slice(0, 80)).not.toBe(bare);
        seen.add(bare);
      }
    }
  });

  it('keeps timestamps moving forward within a meeting, and gives each point the time of its turn and of the one before', () => {
    for (const m of meetings(sample)) {
      let prev: string | undefined;
      for (const b of m) {
        const c = place(b);
        if (b.kind === 'turn') {
          if (prev) expect(b.time! >= prev).toBe(true);
          expect(c.time).toBe(b.time);
          expect(c.previousTime).toBe(prev);
          prev = b.time;
        }
      }
    }
  });

  it('gives every block its meeting: index, kind, title, date, chair and participants with role keys', () => {
    const kinds = new Set<string>();
    let lastIndex = -1;
    let lastDate = '';
    for (const b of sample) {
      const c = place(b);
      expect(c.kind).toBe('meeting-transcript');
      expect(c.meetingIndex).toBeGreaterThanOrEqual(lastIndex);
      if (c.meetingIndex > lastIndex) expect(c.date >= lastDate).toBe(true);
      lastIndex = c.meetingIndex;
      lastDate = c.date;
      expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.participants.length).toBeGreaterThan(1);
      for (const p of c.participants) expect(p.role).toMatch(/^[a-z-]+$/);
      expect(c.participants.map((p) => p.label)).toContain(c.chair);
      kinds.add(c.meetingKind);
    }
    expect([...kinds].sort()).toEqual(['audit-committee', 'board', 'compensation-committee', 'earnings-call', 'governance-committee', 'incident-review', 'operations-review', 'sprint-planning', 'standup', 'town-hall']);
  });

  it('has every committee chaired by its own chair, and the board by the chair of the board', () => {
    const world = meetingTranscriptGenerator.world(4);
    const chairOf: Record<string, string> = {
      board: world.org.chair.label, 'audit-committee': world.org.committees.audit.chair.label,
      'compensation-committee': world.org.committees.compensation.chair.label, 'governance-committee': world.org.committees.governance.chair.label,
    };
    let checked = 0;
    for (const m of meetings(sample)) {
      const c = place(m[0]!);
      if (!chairOf[c.meetingKind]) continue;
      checked++;
      expect(c.chair).toBe(chairOf[c.meetingKind]);
      // The chair calls the meeting to order.
      const first = m.find((b) => b.kind === 'turn')!;
      expect(bareLabel(TURN.exec(first.text)![1]!)).toBe(c.chair);
      expect(c.participants.find((p) => p.label === c.chair)!.role).toBe(c.meetingKind === 'board' ? 'chair' : 'committee-chair');
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('reads like a real transcript at about 30K tokens (distinct sentences ≥ 95%, gzip ≤ 4.0)', () => {
    const q = measureText(join(take(12, 130_000)));
    expect(q.distinctRatio).toBeGreaterThanOrEqual(0.95);
    expect(q.gzipRatio).toBeLessThanOrEqual(4.0);
  });

  it('never counts more votes than members present, and the quorum it states is the attendance it printed', () => {
    let votes = 0;
    for (const m of meetings(sample)) {
      const text = lines(m).join('\n');
      const header = /Members present: (.+)\nMembers absent: (.+)/.exec(text);
      const counts = [...text.matchAll(/(?:(fails|does not carry|is defeated) (?:with )?)?(?:(\w+) ayes?, (\w+) nays? and (\w+) abstentions?|(\w+) in favor, (\w+) opposed and (\w+) abstaining|(\w+) to (\w+), with (\w+|no) abstentions?)/g)];
      if (!header) {
        expect(counts.length).toBe(0);
        continue;
      }
      const present = header[1]!.split(', ').length;
      for (const q of text.matchAll(/we have (\w+) members present|(\w+) of (?:the )?\w+ members (?:are )?(?:here|present)|We still have (\w+) members/g)) {
        expect(num((q[1] ?? q[2] ?? q[3])!), q[0]).toBe(present);
      }
      for (const t of counts) {
        const [a, n, x] = (t[2] ? [t[2], t[3], t[4]] : t[5] ? [t[5], t[6], t[7]] : [t[8], t[9], t[10]]) as [string, string, string];
        votes++;
        expect(num(a) + num(n) + num(x), t[0]).toBeLessThanOrEqual(present);
        // What carries has a majority; what fails does not.
        if (t[1]) expect(num(a), t[0]).toBeLessThanOrEqual(num(n));
        else expect(num(a), t[0]).toBeGreaterThan(num(n));
      }
    }
    expect(votes).toBeGreaterThan(3);
  });

  it('recaps exactly the action items assigned during the meeting', () => {
    let recaps = 0;
    const ITEM = /([A-Z][a-z]+ [A-Z][a-z']+(?:-[A-Z][a-z]+)? will .+? by [A-Z][a-z]+ \d{1,2})\./g;
    // The sample may end in the middle of its last meeting, before the recap.
    for (const m of meetings(sample).slice(0, -1)) {
      const assigned: string[] = [];
      let recapped: string[] | null = null;
      for (const line of lines(m)) {
        const body = TURN.exec(line)?.[5] ?? '';
        const isRecap = /\b(?:[Rr]ecap|Recapping)\b|^(?:Sure|Yes)\. (?:I have|There are) \w+|^I have \w+|^There are \w+|(?:Before we drop|Quick recap)/.test(body) && (/(?:First|one action item)/.test(body) || /\b(?:have|are) one\b/.test(body));
        const items = [...body.matchAll(ITEM)].map((x) => x[1]!);
        // A chair who takes an item herself says "I'll … by June 3" (or "I will", as a speaker who rarely contracts); the recap names her.
        const speaker = TURN.exec(line)?.[1] ?? '';
        for (const x of body.matchAll(/(?:mine|that one|for me): I(?:'ll| will) (.+? by [A-Z][a-z]+ \d{1,2})\./g)) items.push(`${speaker} will ${x[1]!}`);
        if (isRecap) recapped = items;
        else assigned.push(...items);
      }
      if (assigned.length) {
        recaps++;
        expect(recapped, place(m[0]!).title).toEqual(assigned);
      }
    }
    expect(recaps).toBeGreaterThan(3);
  });

  it('gives each speaker one title and one role key throughout the series (a committee chair is committee-chair in its meetings)', () => {
    const titles = new Map<string, string>();
    const roles = new Map<string, string>();
    for (const b of take(6, 1_500_000)) {
      for (const p of place(b).participants) {
        if (p.role === 'committee-chair') {
          expect(p.label).toBe(place(b).chair);
          continue;
        }
        const prev = roles.get(p.label);
        if (prev) expect(p.role, p.label).toBe(prev);
        roles.set(p.label, p.role);
      }
      if (b.kind !== 'turn') continue;
      const m = /^(.+?) \((.+)\) \[/.exec(b.text);
      if (!m) continue;
      const prev = titles.get(m[1]!);
      if (prev) expect(m[2], m[1]).toBe(prev);
      titles.set(m[1]!, m[2]!);
    }
    expect(titles.size).toBeGreaterThan(40);
  });

  it('names a motion in full in the vote call, cut only at a phrase boundary', () => {
    expect(motionName('approve the minutes of the September 4, 2025 meeting as circulated')).toBe('approve the minutes of the September 4, 2025 meeting');
    expect(motionName('authorize the General Counsel to settle the Okafor matter within the approved reserve', 'authorize the settlement of the Okafor matter')).toBe('authorize the settlement of the Okafor matter');
    let calls = 0;
    for (const b of sample) {
      const m = TURN.exec(b.text);
      if (!m) continue;
      for (const v of m[5]!.matchAll(/(?:in favor of|roll on|On) the motion to (.+?)(?:, (?:please )?say aye|, the vote is|, that's|, the tally is|\.$)|The motion to (.+?) (?:carries|passes|is adopted) (?:with|unanimously)/g)) {
        const name = (v[1] ?? v[2])!;
        calls++;
        expect(name, name).not.toMatch(/(?:\b(?:the|a|an|of|and|to|for|with|on|in|at|by)|,)$/);
      }
    }
    expect(calls).toBeGreaterThan(20);
  });

  it('never has a speaker name themselves as pairing partner, reviewer or action-item partner', () => {
    let checked = 0;
    for (const b of take(4, 2_000_000)) {
      const m = TURN.exec(b.text);
      if (!m) continue;
      const first = m[1]!.split(' ')[0]!;
      const own = m[5]!.split(/(?<=[.?!]) /).filter((x) => !/ will /.test(x)).join(' ');
      for (const p of own.matchAll(/\b(?:pair(?:ing|ed)? with|sync with|review from|decision from|waiting on|in review with|reviewed|spent an hour with) ([A-Z][a-z]+)\b(?!-)/g)) {
        checked++;
        expect(p[1], m[0]).not.toBe(first);
      }
      for (const p of own.matchAll(/\b([A-Z][a-z]+)(?: approved|'s comments| left comments| is reviewing)/g)) {
        checked++;
        expect(p[1], m[0]).not.toBe(first);
      }
      for (const a of m[5]!.matchAll(/([A-Z][a-z]+) [A-Z][a-z']+ will (?:pair|sync) with ([A-Z][a-z]+)/g)) {
        checked++;
        expect(a[2], a[0]).not.toBe(a[1]);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('gives the people of the organization distinct first names', () => {
    const world = meetingTranscriptGenerator.world(4);
    const o = world.org;
    const people = [o.chair, ...o.directors, o.ceo, o.cfo, o.coo, o.gc, o.chro, o.cto, o.ir, o.sales, o.ehs, o.supply, o.internalAudit, o.controller, o.treasurer,
      ...o.teams.flatMap((t) => [t.lead, t.pm, ...t.engineers]), ...o.sites.flatMap((s) => (s.manager ? [s.manager] : []))];
    expect(new Set(people.map((p) => p.first)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.last)).size).toBe(people.length);
  });

  it('keeps fillers out of phrasal verbs and set phrases, and after fillers lowercases ordinary words', () => {
    const text = join(sample);
    expect(text).not.toMatch(/(?<!\bAnd), (?:um|uh|you know|I mean|kind of|sort of), (?:up|down|out|off|of|on|in|to|for|with)\b/);
    expect(text).not.toMatch(/\b(?:the|a|an|of|to), (?:um|uh|you know|I mean|kind of|sort of),/);
    expect(text).not.toMatch(/(?:^|[.?!] |: )(?:Um|Uh|So|Yeah|Okay|Well|I mean|You know|Right, so|And, um), (?:The|We|Today|Yesterday|Nothing|Not|Can|Is|Thanks|Hopefully|Mostly|Yeah|Sure|In|At|My)\b/m);
    expect(text).not.toMatch(/\bi'(?:m|d|ll|ve)\b/);
  });

  it('doubles no word by accident and leaves no template syntax', () => {
    const text = join(take(1, 1_000_000));
    expect(text).not.toMatch(/\b(the|a|an|and|but|so|of|to) \1\b/i);
    expect(text).not.toMatch(/\.\.(?!\.)/);
    expect(text).not.toMatch(/\$[A-Za-z]/);
    expect(text).not.toMatch(/[<>{}|]/);
  });

  it('lists every speaker of a team meeting or an operations review among the attendees its header prints', () => {
    let checked = 0;
    for (const m of meetings(sample)) {
      const header = m[0]!.text;
      const listed = [...header.matchAll(/^(?:Attendees|Chair): (.+)$/gm)].flatMap((x) => x[1]!.split(', ').map((n) => n.replace(/,? .*Officer$/, '')));
      if (!/^Attendees: /m.test(header)) continue;
      checked++;
      for (const line of lines(m)) {
        const label = TURN.exec(line)?.[1];
        if (label && label !== 'Operator') expect(listed, `${place(m[0]!).title}: ${label}`).toContain(bareLabel(label));
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('prints every drawn figure as a number: no NaN, undefined or Infinity from a variable spec', () => {
    const text = join(take(2, 1_000_000));
    expect(text).not.toMatch(/\b(?:NaN|undefined|Infinity)\b/);
  });

  it('gives a sentence after a lead that ends in a full stop its capital ("… page 37. We added …")', () => {
    const text = join(sample);
    expect(text).not.toMatch(/\b(?:page \d+|[Pp]re-read)\. [a-z]/);
  });

  it('makes an action item fall due after the meeting and after any date it reports on', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const MONTH = `(?:${MONTHS.join('|')})`;
    const day = (md: string, year: number) => Date.UTC(year, MONTHS.indexOf(md.split(' ')[0]!), Number(md.split(' ')[1])) / 86_400_000;
    let checked = 0;
    for (const b of take(3, 2_000_000)) {
      const m = TURN.exec(b.text);
      if (!m) continue;
      const meeting = Date.parse(`${place(b).date}T00:00:00Z`) / 86_400_000;
      const year = new Date(meeting * 86_400_000).getUTCFullYear();
      for (const a of m[5]!.matchAll(new RegExp(`will ([^.]*?) by (${MONTH} \\d{1,2})\\.`, 'g'))) {
        checked++;
        let due = day(a[2]!, year);
        if (due < meeting) due = day(a[2]!, year + 1);
        expect(due - meeting, a[0]).toBeGreaterThan(0);
        for (const d of a[1]!.matchAll(new RegExp(`(${MONTH} \\d{1,2})`, 'g'))) {
          let at = day(d[1]!, year);
          if (at < meeting) at = day(d[1]!, year + 1);
          expect(due, a[0]).toBeGreaterThan(at);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('quotes a quarter\'s revenue the same on the earnings call, at the town hall and at the board', () => {
    const all = meetings(take(7, 3_000_000)).slice(0, -1);
    let checked = 0;
    for (const [i, m] of all.entries()) {
      const c = place(m[0]!);
      if (c.meetingKind !== 'earnings-call') continue;
      const text = lines(m).join('\n');
      const q = /(First|Second|Third|Fourth) Quarter Fiscal/.exec(text)![1]!.toLowerCase();
      const rev = /(?:Revenue for the quarter was|Net sales for the quarter were) (\$[\d.]+ (?:million|billion))/.exec(text)?.[1];
      if (!rev) continue;
      const day = Date.parse(c.date);
      for (const later of all.slice(i + 1)) {
        const lc = place(later[0]!);
        if (Date.parse(lc.date) - day > 60 * 86_400_000) break;
        if (lc.meetingKind !== 'town-hall' && lc.meetingKind !== 'board') continue;
        for (const x of lines(later).join('\n').matchAll(new RegExp(`${q} quarter (?:came in at|closed at|ended at|was|were) (\\$[\\d.]+ (?:million|billion))`, 'gi'))) {
          checked++;
          expect(x[1], `${lc.meetingKind} ${lc.date}: ${x[0]}`).toBe(rev);
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('asks about a row of a table with the figures the table gave', () => {
    let checked = 0;
    // Two series: such questions are a handful per series, and how many one seed draws moves with any data change.
    for (const m of [...meetings(take(8, 2_500_000)), ...meetings(take(9, 2_500_000))]) {
      const text = lines(m).join('\n');
      // Only questions: the table's own row may say it first.
      for (const x of text.matchAll(/(?:went|moved) from ([\d$][\d,.]*\d(?: (?:million|billion|percent|hours?))?) to ([\d$][\d,.]*\d(?: (?:million|billion|percent|hours?))?)[^.?\n]*\?/g)) {
        checked++;
        // The table gave this year's figure; the question may read last year's from its other column.
        expect(text.slice(0, x.index), x[0]).toContain(x[2]!);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('makes nouns agree with the counts before them', () => {
    const text = join(take(9, 2_000_000));
    const NOUNS = 'site|hour|incident|injury|member|item|person|day|week|page|ticket|point|bidder|unit|employee|minute|finding|report|recordable injury|action item|pickup|operator|technician';
    const plural = (n: string) => n.replace(/y$/, 'ie').replace(/person$/, 'people') + (n.endsWith('person') ? '' : 's');
    const one = new RegExp(`(?<![\\d.,])\\b(?:1|one) (?:${NOUNS.split('|').map(plural).join('|')})\\b`, 'gi');
    const many = new RegExp(`(?<![\\d.,])\\b(?:[2-9]|\\d{2,}|\\d{1,3}(?:,\\d{3})+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:${NOUNS})\\b(?![-'])`, 'gi');
    expect(text.match(one) ?? []).toEqual([]);
    expect(text.match(many) ?? []).toEqual([]);
  });

  it('keeps the boilerplate of every earnings call, however long the series', () => {
    let calls = 0;
    for (const m of meetings(take(2, 3_000_000).slice(-30_000)).slice(1, -1)) {
      if (place(m[0]!).meetingKind !== 'earnings-call') continue;
      calls++;
      const text = lines(m).join('\n');
      const turns = lines(m).filter((l) => TURN.test(l));
      expect(turns[0], 'operator opens').toMatch(/^Operator .*(?:welcome|standing by).*(?:muted|mute|listen-only|being recorded)/);
      expect(text).toMatch(/forward-looking statements/);
      expect(text).toMatch(/non-GAAP|adjusted figures/);
      expect(turns.at(-1), 'operator closes').toMatch(/^Operator .*(?:concludes|disconnect|has (?:now )?ended|is now over)/);
    }
    expect(calls).toBeGreaterThan(1);
  });

  it('answers an interjection with the matching reply and a blocked question with a status', () => {
    const turns = take(5, 2_500_000).map((b) => TURN.exec(b.text)).filter((m): m is RegExpExecArray => m !== null);
    let checked = 0;
    for (let i = 0; i + 1 < turns.length; i++) {
      const q = turns[i]![5]!;
      const a = turns[i + 1]![5]!;
      if (/^Sorry, (?:which page|what page|where is that)/.test(q)) {
        checked++;
        expect(a, q).toMatch(/^(?:Page|Sure|Yep)/);
      }
      if (/^(?:\w+, )*(?:is|Is) \w+-\d+ (?:still|actually) (?:blocked|waiting)/.test(q)) {
        checked++;
        expect(a, q).not.toMatch(/^(?:\w+, )*(?:No blockers|Nothing blocking|Not blocked)/);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('runs a board meeting of one to three hours with its items debated, lunch after the morning, and amendments voted before the main motion', () => {
    const boards = meetings(take(2, 2_500_000)).slice(0, -1).filter((m) => place(m[0]!).meetingKind === 'board');
    expect(boards.length).toBeGreaterThan(1);
    let amended = 0;
    for (const m of boards) {
      const text = lines(m).join('\n');
      expect(text.split(/\s+/).length).toBeGreaterThan(7_000);
      const times = m.filter((b) => b.time).map((b) => b.time!.split(':').map(Number)).map(([h, mi, s]) => h! * 3600 + mi! * 60 + s!);
      expect(times.at(-1)!).toBeGreaterThan(1 * 3600);
      expect(times.at(-1)!).toBeLessThan(4 * 3600);
      // Lunch once the morning is gone (the meeting starts at nine), then the roll again.
      const lunch = /\[Lunch recess from (\d{1,2}):(\d\d) ([ap])\.m\. to \d{1,2}:\d\d [ap]\.m\.; recording paused\]/.exec(text);
      if (times.at(-1)! > 3.5 * 3600) expect(lunch).not.toBeNull();
      if (lunch) {
        const hour = (Number(lunch[1]) % 12) + (lunch[3] === 'p' ? 12 : 0);
        expect(hour * 60 + Number(lunch[2])).toBeGreaterThanOrEqual(11 * 60 + 30);
        expect(text.slice(lunch.index, lunch.index + 3000)).toMatch(/(?:Chair|Director) \w+\?|quorum|members/);
      }
      for (const x of text.matchAll(/motion to [^.?]*? as amended/g)) {
        amended++;
        expect(text.slice(0, x.index)).toMatch(/(?:The|That) amendment (?:carries|passes|is adopted)/);
      }
    }
    expect(amended).toBeGreaterThan(0);
  });
});
