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

  it('explains a row of a table by the way it moved, and forecasts no figure worse than an improvement', () => {
    const num = (x: string) => Number(x.replace(/[$,]|(?: (?:million|billion|hours))/g, '')) * (/billion/.test(x) ? 1000 : 1);
    // Hours of overtime improve downwards, revenue upwards; each has causes that explain only one direction.
    const MEASURES = [
      { unit: / hours$/, better: -1, rise: /to catch up on|to get ahead of|had to do on nights and weekends|open positions we couldn't fill|absenteeism/, fall: /Hiring caught up|filled the open positions|this year we didn't need|nothing like that this year/ },
      { unit: /^\$.* (?:million|billion)$/, better: 1, rise: /\bwon\b|pulled forward|restocking|started shipping/, fall: /\blost\b|slipped a quarter|softer|running lean|slid to the right/ },
    ];
    const FIG = '(\\$?[\\d,.]+(?: (?:million|billion|hours)))';
    const PAIR = new RegExp(`(?:went|moved) from ${FIG} to ${FIG}|${FIG} (?:against|versus) ${FIG} a year ago`);
    let checked = 0;
    const bad: string[] = [];
    // The opening board meetings of more seeds, where most tables are shown.
    const boards = [5, 9, 13, 17, 29, 33].map((seed) => ({ seed, blocks: take(seed, 200_000) }));
    for (const { seed, blocks } of [...series, ...boards]) {
      for (const [k, b] of blocks.entries()) {
        const q = said(b);
        const m = PAIR.exec(q);
        const a = blocks[k + 1];
        if (!m || !a || !q.endsWith('?')) continue;
        const [priorText, nowText] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
        const measure = MEASURES.find((x) => x.unit.test(nowText));
        if (!measure || !measure.unit.test(priorText)) continue;
        const [prior, now] = [num(priorText), num(nowText)];
        if (now === prior) continue;
        const answer = said(a);
        checked++;
        const up = now > prior;
        if (up ? measure.fall.test(answer) : measure.rise.test(answer)) bad.push(`seed ${seed}: ${priorText} to ${nowText}: ${answer}`);
        const fore = new RegExp(FIG).exec(answer);
        if (fore && measure.unit.test(fore[1]!) && Math.sign(now - prior) === measure.better && Math.sign(num(fore[1]!) - now) === -measure.better) bad.push(`seed ${seed}: improved from ${priorText} to ${nowText}, forecast ${fore[1]}: ${answer}`);
      }
    }
    expect(checked).toBeGreaterThan(2);
    expect(bad).toEqual([]);
  });

  it('keeps side talk out of a question round: nobody chats while a question waits for its answer', () => {
    const SIDE = /did you see the (?:new coffee machine|renovated lobby)|have you seen the (?:new coffee machine|renovated lobby)|(?:are you still|will you still be) (?:at the dinner|joining us for dinner)|is it freezing in here|is the room really warm today/;
    let threads = 0;
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      for (const [k, b] of blocks.entries()) {
        if (!SIDE.test(said(b)) || k === 0) continue;
        threads++;
        const before = said(blocks[k - 1]!);
        // The turn before is no question left hanging, nor a member's question round in progress.
        if (before.endsWith('?')) bad.push(`seed ${seed}: ${before} — ${said(b)}`);
      }
    }
    expect(threads).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('reviews the action log from the month of the body\'s last meeting', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const NAMED = new RegExp(`(?:action log from|action items from|There are \\S+ from|all from|Following up on the action items from|On the action items from) (${MONTHS.join('|')})\\b`);
    let checked = 0;
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      // The dates each kind of meeting was held on, in order; the last but one is the body's previous meeting.
      const held = new Map<string, string[]>();
      let current = -1;
      for (const b of blocks) {
        const c = b.context as MeetingPlace;
        if (c.meetingIndex !== current) {
          current = c.meetingIndex;
          held.set(c.meetingKind, [...(held.get(c.meetingKind) ?? []), c.date]);
        }
        const m = NAMED.exec(said(b));
        const dates = held.get(c.meetingKind)!;
        if (!m || dates.length < 2) continue;
        checked++;
        const prev = dates.at(-2)!;
        if (m[1] !== MONTHS[Number(prev.slice(5, 7)) - 1]) bad.push(`seed ${seed}: ${c.meetingKind} of ${c.date} names ${m[1]}, last met ${prev}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('asks an operations review about a figure only in words that state it', () => {
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      for (const b of blocks) {
        if (kindOf(b) !== 'operations-review') continue;
        const t = said(b);
        if (/^(?:\w+, )?(?:Scrap went up|Why did on-time slip at|What happened to on-time delivery|What happened to output|Why the drop in output)\b/.test(t)) bad.push(`seed ${seed}: ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('lets at most two engineers say they are free in a sprint planning, each in their own words', () => {
    const FREE = /\b(?:I'm free|I am free|My list is clear for new work|No carry-over; I can take|Nothing carried over from me|I finished everything I had)/i;
    let plannings = 0;
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      const perMeeting = new Map<number, string[]>();
      for (const b of blocks) {
        if (kindOf(b) !== 'sprint-planning') continue;
        const i = (b.context as MeetingPlace).meetingIndex;
        if (!perMeeting.has(i)) perMeeting.set(i, []);
        // Taking a ticket ("MES-2446, since I'm free") is no status line.
        const m = /\b[A-Z]{2,}-\d+\b/.test(said(b)) ? null : FREE.exec(said(b));
        if (m) perMeeting.get(i)!.push(m[0].toLowerCase().replace('i am', "i'm"));
      }
      for (const [i, free] of perMeeting) {
        plannings++;
        if (free.length > 2 || new Set(free).size < free.length) bad.push(`seed ${seed}: meeting ${i}: ${free.join(' / ')}`);
      }
    }
    expect(plannings).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });
  it('opens no sentence with a numeral: small numbers are spelled, larger figures recast', () => {
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      for (const b of blocks) {
        if (b.kind !== 'turn') continue;
        for (const m of said(b).matchAll(/(?:^|[.?!] )([$\d][^ ]*(?: \S+){0,4})/g)) bad.push(`seed ${seed}: ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('asks about a table row that held as steady, and explains why it held rather than what moved it', () => {
    const STEADY_Q = /for a reason, or (?:is that luck|will it move)\?$|(?:barely|hardly) moved(?: from a year ago)?\. (?:Why is that|What kept it there)\?$|what's kept it steady\?$|is it steady by design\?$/;
    let checked = 0;
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      for (const [k, b] of blocks.entries()) {
        const a = blocks[k + 1];
        if (!a || !STEADY_Q.test(said(b))) continue;
        checked++;
        if (/\b(?:the change|the move|the increase|the drop|the difference|the swing|most of the|explains (?:most|some))\b/i.test(said(a))) bad.push(`seed ${seed}: ${said(b)} — ${said(a)}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('never has a member say they support an item and then vote against it or abstain', () => {
    const SUPPORT = /\b(?:I've come round|I've come around|I'm persuaded|I'll support it|I can support it|I'll vote for it|I'm supportive|I support it|I'm comfortable with the recommendation|I'm in favor|I won't oppose it|I won't stand in the way)\b/;
    const AGAINST = /\b(?:vote no|voting no|vote against|abstain|Opposed\.|^No\.$)/;
    let checked = 0;
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      let supporters = new Set<string>();
      for (const b of blocks) {
        if (b.kind !== 'turn') continue;
        const who = b.text.slice(0, b.text.indexOf(' [')).replace(/ \([^)]*\)$/, '');
        const t = said(b);
        // The chair speaking other than to run the vote or log a follow-up (closing an item, calling the next) starts afresh.
        if (who === (b.context as MeetingPlace).chair && !/\b(?:motion|moved?|second|vote|ayes?|opposed|against|abstain|abstentions|discussion|roll|record|follow-up|action|will send|will bring|will report)\b/i.test(t)) {
          supporters = new Set();
          continue;
        }
        // Voting against an amendment ("I would vote no on the amendment") is no vote against the item.
        if (SUPPORT.test(t)) {
          supporters.add(who);
          checked++;
        } else if (AGAINST.test(t) && !/\bamendment\b/.test(t) && supporters.has(who)) bad.push(`seed ${seed}: ${who}: ${t}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('sums an update up in words that fit it: no "broadly on plan" in a turn that reports a slip', () => {
    const ON_PLAN = /\b(?:on plan overall|broadly on plan|no surprises since|mostly steady since|roughly where we said we'd be|most of it is on track|mostly good news)\b/;
    const SLIP = /\b(?:is behind|are behind|running late|slipped|(?:weeks?|months?) late|over budget)\b/;
    const bad: string[] = [];
    for (const { seed, blocks } of series) {
      for (const b of blocks) {
        const t = said(b);
        if (ON_PLAN.test(t) && SLIP.test(t)) bad.push(`seed ${seed}: ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
