// The figures of a board meeting read as they are said: product-line shares in the order the words give them, a change
// in points only after a percentage, and the slot fills of the financial review's answers in grammatical sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingTranscriptBlocks } from '../../../src/haystack/meeting-transcript/index.js';
import { ordinal, spelled, upperFirst } from '../../../src/haystack/meeting-transcript/talk/words.js';
import { productShares } from '../../../src/haystack/meeting-transcript/talk/segment-review.js';
import { createRng } from '../../../src/util/rng.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

const text = [7, 12].map((seed) => (takeBlocks(meetingTranscriptBlocks(seed), 700_000) as Block[]).map((b) => b.text).join('\n')).join('\n');
const near = (m: RegExpMatchArray) => m.input!.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 20);

describe('board figures, read as said', () => {
  it('gives the biggest product line the largest share and the one "next" a smaller one, together at most 100 percent', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const cut = productShares(createRng(seed), 2 + (seed % 4), 8);
      expect(cut.reduce((a, b) => a + b, 0)).toBe(100);
      expect(cut[0]!).toBeGreaterThan(cut[1]!);
      expect([...cut].sort((a, b) => b - a)).toEqual(cut);
    }
    // As said: the first line named carries the larger share, whichever wording names two.
    const said = [...text.matchAll(/The [a-z -]+ line (?:is the largest|is the biggest|makes up|accounts for)[^.]*?(\d+) percent of (?:revenue|the segment|our revenue)[^.]*?(\d+) percent/g)];
    expect(said.length).toBeGreaterThan(0);
    const bad = said.filter((m) => !(Number(m[1]) > Number(m[2]) && Number(m[1]) + Number(m[2]) <= 100)).map(near);
    expect(bad).toEqual([]);
  });

  it('says a change in points only of a percentage, never of a dollar figure ("earned $152.0 million, up 0.7 points")', () => {
    const bad = [...text.matchAll(/\$[\d.,]+ (?:million|billion|thousand)?,? (?:up|down) [\d.]+ points?\b/g)].map(near);
    expect(bad).toEqual([]);
  });

  it('fills the backlog and range answers grammatically (no "Roughly most ships", no "A slower healthcare dining")', () => {
    const companies = JSON.parse(readFileSync('haystacks/meeting-transcript/companies.json', 'utf8')) as unknown;
    const markets = new Set<string>();
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) k === 'markets' && Array.isArray(v) ? v.forEach((m) => markets.add(String(m))) : walk(v);
    };
    walk(companies);
    expect(markets.size).toBeGreaterThan(10);
    const alt = [...markets].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const bad = [
      ...text.matchAll(/\b(?:About|Roughly|about|roughly) (?:about|roughly|nearly|most|a little over)\b[^.]*ships/g),
      ...text.matchAll(new RegExp(`\\b[Aa] (?:weaker|slower|softer|stronger) (?:${alt})\\b`, 'g')),
    ].map(near);
    expect(bad).toEqual([]);
  });

  it('answers "Sorry, I missed that number?" with a figure the presenter has just said, not only a page', () => {
    const asked = [...text.matchAll(/(?:repeat the last number|missed that number)\?\n+[^\n]*?\]: ([^\n]*)/g)];
    expect(asked.length).toBeGreaterThan(0);
    const bad = asked.filter((m) => {
      const fig = /^(?:Sure|Of course): (.+?)(?:\. It|, page|\.$)/.exec(m[1]!)?.[1];
      // A figure that opened a sentence was said in words there ("Seventy percent of …"), and is repeated as "70 percent".
      const lead = fig && /^(\d{1,2})( .*)?$/.exec(fig);
      const before = text.slice(Math.max(0, m.index! - 4000), m.index!);
      return !fig || !(before.includes(fig) || (lead && before.includes(upperFirst(spelled(Number(lead[1]))) + (lead[2] ?? ''))));
    }).map(near);
    expect(bad).toEqual([]);
  });

  it('reads a long action list with ordinals to the end ("Twenty-first", never "Next, … Next, …")', () => {
    expect([0, 19, 20, 21, 29, 41].map(ordinal)).toEqual(['First', 'Twentieth', 'Twenty-first', 'Twenty-second', 'Thirtieth', 'Forty-second']);
  });
});
