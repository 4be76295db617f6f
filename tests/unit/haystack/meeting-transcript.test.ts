// The meeting-transcript generator: deterministic, prefix-stable, well-formed turns, and consistent votes, actions and roles.
import { describe, expect, it } from 'vitest';
import { meetingTranscriptBlocks } from '../../../src/haystack/meeting-transcript/index.js';
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
        const recap = /(?:read back the action items|To recap, \w+ action items?)/.test(body) || /^Sure\. I have \w+\./.test(body);
        if (recap) {
          recapped = [...body.matchAll(/(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Next), ([A-Z][^.]*? will .+? by [A-Z][a-z]+ \d{1,2})\./g)].map((m) => m[1]!);
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
});
