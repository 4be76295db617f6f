// The meeting-transcript generator read like an editor, over several seeds: defects that can be parsed from the text
// (exact figures said as approximate, punctuation after a question mark, an incident paged after it ended, replies to
// a line nobody said) do not occur.
import { describe, expect, it } from 'vitest';
import { meetingTranscriptBlocks } from '../../../src/haystack/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../src/haystack/place-context.js';
import { pointFits } from '../../../src/prompt/build-prompt.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

function take(seed: number, chars: number): Block[] {
  return takeBlocks(meetingTranscriptBlocks(seed), chars);
}

const SEEDS = [3, 8, 21, 44];
const series = SEEDS.map((seed) => ({ seed, blocks: take(seed, 350_000) }));
const kindOf = (b: Block) => (b.context as MeetingPlace).meetingKind;
/** A turn's words without its speaker label and timestamp. */
const said = (b: Block) => b.text.replace(/^.+? \[\d{2}:\d{2}:\d{2}\]: /, '');

/** Significant digits of a figure as written: "7.69" → 3, "25,320" → 4, "5,400" → 2. */
function significantDigits(figure: string): number {
  const s = figure.replace(/[$,]/g, '');
  return s.includes('.') ? s.replace('.', '').replace(/^0+/, '').length : s.replace(/^0+/, '').replace(/0+$/, '').length;
}

describe('meeting transcripts read by an editor', () => {
  it('never says "about" before a figure given to three significant digits', () => {
    const bad: string[] = [];
    // After a verb of speech or a pronoun, "about" is a preposition ("we talked about it"), not an approximation.
    const PREPOSITIONAL = /\b(?:talk|talked|think|ask|asked|know|hear|heard|it|that|this|how|what|much|more)$/i;
    for (const { seed, blocks } of series) {
      for (const b of blocks) {
        const t = said(b);
        for (const m of t.matchAll(/\b(?:about|around|roughly|approximately) (\$?\d[\d,]*(?:\.\d+)?)/gi)) {
          if (PREPOSITIONAL.test(t.slice(0, m.index).trimEnd())) continue;
          if (/^(?:19|20)\d\d$/.test(m[1]!)) continue;
          if (significantDigits(m[1]!) >= 3) bad.push(`seed ${seed}: …${t.slice(Math.max(0, m.index! - 40), m.index! + 30)}…`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('ends no sentence with a question mark and a full stop, or a comma and a full stop', () => {
    const bad = series.flatMap(({ seed, blocks }) => blocks.filter((b) => /[?,;]\.(?!\.)/.test(b.text)).map((b) => `seed ${seed}: ${b.text}`));
    expect(bad).toEqual([]);
  });

  it('pages the on-call while the incident is still going, and puts the status page up after the page', () => {
    let incidents = 0;
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      const reviews = new Map<number, string>();
      for (const b of blocks) {
        if (kindOf(b) !== 'incident-review') continue;
        const i = (b.context as MeetingPlace).meetingIndex;
        reviews.set(i, `${reviews.get(i) ?? ''}\n${said(b)}`);
      }
      for (const text of reviews.values()) {
        const paged = /(?:first page came about|we were paged|it took|detection took) (\d+) minutes?/.exec(text);
        const lasted = /(?:lasted|degraded for|[Ii]mpact was) (\d+) minutes?/.exec(text);
        if (/status page went up about twenty minutes in/i.test(text)) bad.push(`seed ${seed}: a fixed status-page time`);
        if (!paged || !lasted) continue;
        incidents++;
        if (Number(paged[1]) >= Number(lasted[1])) bad.push(`seed ${seed}: paged after ${paged[1]} minutes of a ${lasted[1]}-minute incident`);
      }
    }
    expect(incidents).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });

  it('answers a design-review question only after it is asked, and costs option two only once the options are named', () => {
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      for (const [k, b] of blocks.entries()) {
        if (kindOf(b) !== 'incident-review') continue;
        const t = said(b);
        if (/dead-letter queue and (?:get replayed|we replay them)/.test(t) && !/\?$/.test(said(blocks[k - 1]!))) bad.push(`seed ${seed}: ${t}`);
        if (/(?:Cost-wise|On cost), option two/.test(t) && !/read replica/.test(t)) bad.push(`seed ${seed}: ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('splits a ticket in sprint planning only when somebody proposed splitting it', () => {
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      for (const [k, b] of blocks.entries()) {
        if (kindOf(b) !== 'sprint-planning' || !/let's split it/.test(b.text)) continue;
        if (!/\bsplit\b/.test(said(blocks[k - 1]!))) bad.push(`seed ${seed}: ${said(blocks[k - 1]!)} — ${said(b)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps a question with its answer and a presenter\'s turns together: no needle turn fits between them', () => {
    const { blocks } = series[0]!;
    const turns = blocks.filter((b) => b.kind === 'turn');
    const afterQuestion = turns.filter((b, k) => k > 0 && turns[k - 1]!.text.endsWith('?') && (b.context as MeetingPlace).meetingIndex === (turns[k - 1]!.context as MeetingPlace).meetingIndex);
    expect(afterQuestion.length).toBeGreaterThan(50);
    for (const b of afterQuestion) expect((b.context as MeetingPlace).awaitsAnswer).toBe(true);
    const sameSpeaker = turns.filter((b, k) => k > 0 && !turns[k - 1]!.text.endsWith('?') && b.text.split(' [')[0] === turns[k - 1]!.text.split(' [')[0]);
    expect(sameSpeaker.length).toBeGreaterThan(50);
    for (const b of sameSpeaker) expect((b.context as MeetingPlace).continuesTurn).toBe(true);
    // The same place with room on the clock fits a needle once the exchange is over, and not while it is open.
    const open = { ...(afterQuestion[0]!.context as MeetingPlace), time: '00:10:10', previousTime: '00:10:00' };
    const needle = { sections: [open.meetingKind], role: 'needle' as const };
    expect(pointFits({ offset: 0, kind: 'turn', context: open }, needle, 'turn')).toBe(false);
    expect(pointFits({ offset: 0, kind: 'turn', context: { ...open, awaitsAnswer: false, continuesTurn: false } }, needle, 'turn')).toBe(true);
  });

  it('tells one site event once per operations review, not at two sites in the same words', () => {
    // Each site event has its own wording; the returns spike is the clearest to parse ("returns … above normal, most of it from …").
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      const perMeeting = new Map<number, number>();
      for (const b of blocks) {
        if (kindOf(b) !== 'operations-review' || !/returns (?:were|ran) (?:about|around|roughly|approximately) \d+ percent above normal/i.test(b.text)) continue;
        const i = (b.context as MeetingPlace).meetingIndex;
        perMeeting.set(i, (perMeeting.get(i) ?? 0) + 1);
      }
      for (const [i, n] of perMeeting) if (n > 1) bad.push(`seed ${seed}: meeting ${i} has ${n} returns spikes`);
    }
    expect(bad).toEqual([]);
  });
});
