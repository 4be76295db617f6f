// The meeting-transcript generator: deterministic, prefix-stable, well-formed turns, and consistent votes, actions and roles.
import { describe, expect, it } from 'vitest';
import { meetingTranscriptBlocks } from '../../../src/haystack/meeting-transcript/index.js';
import { motionName } from '../../../src/haystack/meeting-transcript/board-motion.js';
import { measureText } from '../../../src/haystack/quality.js';
import type { Block } from '../../../src/types.js';

function take(seed: number, chars: number): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const b of meetingTranscriptBlocks(seed)) {
    out.push(b);
    n += b.text.length + 2;
    if (n >= chars) break;
  }
  return out;
}
const join = (blocks: Block[]) => blocks.map((b) => b.text).join('\n\n');
const TURN = /^(.+?) \[(\d{2}):(\d{2}):(\d{2})\]: (\S.*)$/;
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const num = (w: string) => WORDS.indexOf(w.toLowerCase());

/** Text of each session, split where the section changes. */
function sessions(blocks: Block[]): string[][] {
  const out = new Map<string, string[]>();
  for (const b of blocks) out.set(b.section!, [...(out.get(b.section!) ?? []), b.text]);
  return [...out.values()];
}

const sample = take(4, 600_000);

describe('meeting-transcript generator', () => {
  it('gives the same text for the same seed and another text for another seed', () => {
    expect(join(take(4, 50_000))).toBe(join(take(4, 50_000)));
    expect(join(take(5, 50_000))).not.toBe(join(take(4, 50_000)));
  });

  it('makes a shorter transcript an exact prefix of a longer one', () => {
    expect(join(take(9, 150_000)).startsWith(join(take(9, 40_000)))).toBe(true);
  });

  it('prints every turn as "<label> [HH:MM:SS]: <utterance>" on one line, with its label among the speakers', () => {
    const turns = sample.filter((b) => b.kind === 'turn');
    expect(turns.length).toBeGreaterThan(500);
    for (const b of turns) {
      const m = TURN.exec(b.text);
      expect(m, b.text.slice(0, 80)).not.toBeNull();
      expect(b.text).not.toContain('\n');
      expect(b.time).toBe(`${m![2]}:${m![3]}:${m![4]}`);
      expect(b.speakers).toContain(m![1]);
      expect(b.section).toBeTruthy();
    }
  });

  it('keeps timestamps moving forward within a meeting', () => {
    const last = new Map<string, string>();
    for (const b of sample.filter((x) => x.kind === 'turn')) {
      const prev = last.get(b.section!);
      if (prev) expect(b.time! >= prev).toBe(true);
      last.set(b.section!, b.time!);
    }
  });

  it('reads like a real transcript at about 30K tokens (distinct sentences ≥ 95%)', () => {
    const q = measureText(join(take(12, 130_000)));
    expect(q.distinctRatio).toBeGreaterThanOrEqual(0.95);
  });

  it('compresses no better than 4.5× at about 30K tokens', () => {
    expect(measureText(join(take(12, 130_000))).gzipRatio).toBeLessThanOrEqual(4.5);
  });

  it('never counts more votes than members present at the roll call', () => {
    let votes = 0;
    for (const s of sessions(sample)) {
      const text = s.join('\n');
      const present = /we have (\w+) members present/.exec(text);
      const tallies = [...text.matchAll(/(\w+) ayes?, (\w+) nays? and (\w+) abstentions?/g)];
      if (!present) {
        expect(tallies.length).toBe(0);
        continue;
      }
      for (const t of tallies) {
        votes++;
        expect(num(t[1]!) + num(t[2]!) + num(t[3]!)).toBeLessThanOrEqual(num(present[1]!));
        expect(num(t[1]!)).toBeGreaterThan(0);
      }
    }
    expect(votes).toBeGreaterThan(3);
  });

  it('recaps exactly the action items assigned during the meeting', () => {
    let recaps = 0;
    // The sample may end in the middle of its last meeting, before the recap.
    for (const s of sessions(sample).slice(0, -1)) {
      const assigned: string[] = [];
      let recapped: string[] | null = null;
      for (const line of s) {
        const body = TURN.exec(line)?.[5] ?? '';
        const recap = /\b(?:[Rr]ecap|Recapping)\b.*\b(?:\w+ action items?)/.test(body) || /^Sure\. I have \w+\./.test(body);
        if (recap) {
          recapped = [...body.matchAll(/(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Next),|one action item(?: today| from this one)?:) ([A-Z][^.]*? will .+? by [A-Z][a-z]+ \d{1,2})\./g)].map((m) => m[1]!);
        } else {
          for (const m of body.matchAll(/action item: ([A-Z][^.]*? will .+? by [A-Z][a-z]+ \d{1,2})\./g)) assigned.push(m[1]!);
        }
      }
      if (assigned.length) {
        recaps++;
        expect(recapped).toEqual(assigned);
      }
    }
    expect(recaps).toBeGreaterThan(3);
  });

  it('gives each speaker one role throughout', () => {
    const roles = new Map<string, string>();
    for (const b of take(6, 1_200_000)) {
      if (b.kind !== 'turn') continue;
      const label = TURN.exec(b.text)![1]!;
      const m = /^(.+?) \((.+)\)$/.exec(label);
      if (!m) continue;
      const prev = roles.get(m[1]!);
      if (prev) expect(m[2], m[1]).toBe(prev);
      roles.set(m[1]!, m[2]!);
    }
    expect(roles.size).toBeGreaterThan(15);
  });

  const turnsOf = (blocks: Block[]) => blocks.filter((b) => b.kind === 'turn').map((b) => TURN.exec(b.text)!);
  const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

  it('names a motion in full in the vote call, cut only at a phrase boundary', () => {
    expect(motionName('approve the minutes of the September 4, 2025 meeting as circulated')).toBe('approve the minutes of the September 4, 2025 meeting');
    expect(motionName('authorize the General Counsel to settle the Okafor v. Ironvale matter within the approved reserve', 'authorize the settlement of the Okafor v. Ironvale matter')).toBe('authorize the settlement of the Okafor v. Ironvale matter');
    let calls = 0;
    for (const m of turnsOf(sample)) {
      for (const v of m[5]!.matchAll(/(?:in favor of|roll on|On) the motion to (.+?)(?:, (?:please )?say aye|, the vote is|, that's|, the tally is|\.$)|The motion to (.+?) (?:carries|passes) with/g)) {
        const name = (v[1] ?? v[2])!;
        calls++;
        expect(name, name).not.toMatch(/(?:\b(?:the|a|an|of|and|to|for|with|on|in|at|by)|,)$/);
        // A date keeps its year: "the September 4, 2025 meeting", never "the September 4".
        for (const d of name.matchAll(new RegExp(`${MONTH} \\d{1,2}(,?)( \\d{4})?`, 'g'))) if (/minutes/.test(name)) expect(d[2], name).toBeTruthy();
      }
    }
    expect(calls).toBeGreaterThan(20);
  });

  it('never has a speaker name themselves as pairing partner, reviewer or action-item partner', () => {
    let checked = 0;
    // Board meetings run about three hours, so the stand-ups and plannings checked here need a longer stretch of the series.
    for (const m of turnsOf(take(4, 2_000_000))) {
      const first = m[1]!.split(' ')[0]!;
      // What speakers say about their own work (an action item read out by the lead is about its owner, checked below).
      const own = m[5]!.split(/(?<=[.?!]) /).filter((x) => !/ will /.test(x)).join(' ');
      for (const p of own.matchAll(/\b(?:pair(?:ing)? with|sync with|review from|decision from|access to|waiting on) ([A-Z][a-z]+)\b(?!-)/g)) {
        checked++;
        expect(p[1], m[0]).not.toBe(first);
      }
      for (const a of m[5]!.matchAll(/([A-Z][a-z]+) [A-Z][a-z']+ will (?:pair|sync) with ([A-Z][a-z]+)/g)) {
        checked++;
        expect(a[2], a[0]).not.toBe(a[1]);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the team members distinct first names', () => {
    const labels = new Set(sample.filter((b) => b.kind === 'turn').map((b) => TURN.exec(b.text)![1]!).filter((l) => /Engineer|Manager/.test(l)));
    const firsts = [...labels].map((l) => l.split(' ')[0]!);
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('keeps fillers out of phrasal verbs and set phrases, and after fillers lowercases ordinary words', () => {
    const text = join(sample);
    // ("And, um, on page 35, …" opens a sentence; that is not a split phrase.)
    expect(text).not.toMatch(/(?<!\bAnd), (?:um|uh|you know|I mean|kind of|sort of), (?:up|down|out|off|of|on|in|to|for|with)\b/);
    expect(text).not.toMatch(/\b(?:the|a|an|of|to), (?:um|uh|you know|I mean|kind of|sort of),/);
    expect(text).not.toMatch(/(?:^|[.?!] |: )(?:Um|Uh|So|Yeah|Okay|Well|I mean|You know|Right, so|And, um), (?:The|We|Today|Yesterday|Nothing|Not|Can|Is|Thanks|Hopefully|Mostly|Yeah|Sure|In|At)\b/m);
    expect(text).not.toMatch(/\bi'(?:m|d|ll|ve)\b/);
  });

  it('doubles no word by accident', () => {
    const text = join(take(1, 1_000_000));
    expect(text).not.toMatch(/\b(the|a|an|and|but|so|of|to) \1\b/i);
    expect(text).not.toMatch(/\.\.(?!\.)/);
    expect(text).not.toMatch(/\$[A-Za-z]/);
  });

  it('makes an action item fall due after the event it reports on', () => {
    let checked = 0;
    const doy = (md: string) => {
      const [mon, day] = md.split(' ');
      return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(mon!) * 31 + Number(day);
    };
    for (const m of turnsOf(take(3, 2_000_000))) {
      for (const a of m[5]!.matchAll(new RegExp(`action item: [^.]*? (?:on|after the mediation on) (${MONTH} \\d{1,2}) by (${MONTH} \\d{1,2})\\.`, 'g'))) {
        checked++;
        const gap = (doy(a[2]!) - doy(a[1]!) + 372) % 372;
        expect(gap, a[0]).toBeGreaterThan(0);
        expect(gap, a[0]).toBeLessThan(60);
      }
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('varies the stand-up recap instead of repeating one stock sentence', () => {
    const heads = new Map<string, number>();
    for (const m of turnsOf(take(2, 1_500_000))) {
      if (!/^(?:To recap|Quick recap|Just to recap|So, to recap|Recapping)/.test(m[5]!)) continue;
      const head = m[5]!.split(/(?<=[.:]) /)[0]!;
      heads.set(head, (heads.get(head) ?? 0) + 1);
    }
    expect(heads.size).toBeGreaterThan(20);
    expect(Math.max(...heads.values())).toBeLessThanOrEqual(3);
  });

  it('keeps the boilerplate of every earnings call, however long the series', () => {
    let calls = 0;
    // Late in a long series, where a repetition filter would otherwise have dropped the stock lines.
    for (const s of sessions(take(2, 3_000_000).slice(-8000)).slice(1, -1)) {
      const text = s.join('\n');
      if (!/Earnings Conference Call/.test(text)) continue;
      calls++;
      const turns = s.filter((l) => TURN.test(l));
      expect(turns[0], 'operator opens').toMatch(/^Operator .*welcome.*(?:muted|mute|listen-only)/);
      expect(text).toMatch(/forward-looking statements/);
      expect(text).toMatch(/non-GAAP|adjusted figures/);
      expect(turns.at(-1), 'operator closes').toMatch(/^Operator .*(?:concludes|disconnect)/);
    }
    expect(calls).toBeGreaterThan(1);
  });

  it('answers an interjection with the matching reply and a blocked question with a status', () => {
    const turns = turnsOf(sample);
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

  it('runs a board meeting about three hours: 20K+ words, a lunch roll call, figures questioned, amendments voted before the main motion', () => {
    const boards = sessions(take(2, 1_500_000)).slice(0, -1).filter((x) => x[0]!.includes('BOARD OF DIRECTORS MEETING'));
    expect(boards.length).toBeGreaterThan(2);
    let amended = 0;
    for (const b of boards) {
      const text = b.join('\n');
      expect(text.split(/\s+/).length).toBeGreaterThan(17_000);
      const times = b.map((l) => TURN.exec(l)).filter((m) => m).map((m) => Number(m![2]) * 3600 + Number(m![3]) * 60 + Number(m![4]));
      expect(times.at(-1)!).toBeGreaterThan(2 * 3600);
      expect(times.at(-1)!).toBeLessThan(3.75 * 3600);
      expect(text).toMatch(/\[Lunch recess from \d{1,2}:\d\d [ap]\.m\. to \d{1,2}:\d\d [ap]\.m\.; recording paused\]/);
      // After lunch the roll is called again.
      const after = text.slice(text.indexOf('[Lunch recess'));
      expect(after.slice(0, 3000)).toMatch(/(?:Chair|Director) \w+/);
      // A main motion goes forward "as amended" only after an amendment carried.
      for (const m of text.matchAll(/motion to [^.?]*? as amended/g)) {
        amended++;
        expect(text.slice(0, m.index)).toMatch(/The amendment (?:carries|passes|is adopted)|That amendment (?:carries|passes|is adopted)/);
      }
    }
    expect(amended).toBeGreaterThan(0);
  });
});
