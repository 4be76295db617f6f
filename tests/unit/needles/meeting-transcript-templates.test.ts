// Transcript needle templates rendered at meetings of generated series: the world's entities, a speaker who is there, dates after the meeting, one answer.
import { describe, expect, it } from 'vitest';
import { meetingTranscriptGenerator, MEETING_FACT_KEYS, type MeetingWorld } from '../../../src/haystack/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../src/haystack/place-context.js';
import { TRANSCRIPT_TEMPLATES } from '../../../src/needles/meeting-transcript/index.js';
import { wordOverlap } from '../../../src/needles/overlap.js';
import type { PlacedInstance, WorldTemplate } from '../../../src/needles/template.js';
import { findAnswer } from '../../../src/score/match.js';
import { createRng } from '../../../src/util/rng.js';

const SEEDS = [1, 2, 3, 4, 5, 6];
const PLACES = 8;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FULL_DATE = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g');
const KINDS = ['board', 'audit-committee', 'compensation-committee', 'governance-committee', 'earnings-call', 'operations-review', 'town-hall', 'standup', 'sprint-planning', 'incident-review'];
const templates = TRANSCRIPT_TEMPLATES as Array<WorldTemplate<MeetingWorld, unknown>>;

/** A series of about 200K tokens generated as a sweep carrying any built-in template generates it: every competing fact left out. */
const omit = new Set(templates.flatMap((t) => t.competes));
const series = SEEDS.map((seed) => {
  const world = meetingTranscriptGenerator.world(seed);
  const places: MeetingPlace[] = [];
  const texts: string[] = [];
  let n = 0;
  for (const b of meetingTranscriptGenerator.blocks(seed, { omit })) {
    texts.push(b.text);
    if (b.kind === 'turn') places.push(b.context as MeetingPlace);
    n += b.text.length + 2;
    if (n > 760_000) break;
  }
  const text = texts.join('\n\n');
  return { seed, world, places, text, norm: ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} ` };
});

/** `PLACES` turns of meetings the template fits, spread over the series. */
function placesFor(t: WorldTemplate<MeetingWorld, unknown>, all: MeetingPlace[]): MeetingPlace[] {
  const fit = all.filter((p) => t.sections.includes(p.meetingKind));
  return Array.from({ length: PLACES }, (_, i) => fit[Math.floor(((i + 0.5) * fit.length) / PLACES)]!);
}

function renders(t: WorldTemplate<MeetingWorld, unknown>): Array<{ seed: number; world: MeetingWorld; place: MeetingPlace; inst: PlacedInstance; text: string; norm: string }> {
  return series.flatMap(({ seed, world, places, text, norm }) =>
    placesFor(t, places).map((place, i) => ({ seed, world, place, text, norm, inst: t.render(t.draw(createRng(`${seed}/${t.id}/${i}`), world), world, place) })),
  );
}

/** Whether an answer value occurs in the series text: a full date, an amount or percentage by value, a name as whole words. */
function occursIn(answer: string, text: string, norm: string): boolean {
  if (/^\$[\d,]+(?:\.\d+)?(?: million)?$/.test(answer)) {
    const v = Number(answer.replace(/[$,]|million/g, '')) * (/million/.test(answer) ? 1e6 : 1);
    for (const m of text.matchAll(/\$(\d[\d,]*(?:\.\d+)?)( million| billion)?/g)) {
      if (Math.abs(Number(m[1]!.replace(/,/g, '')) * (m[2] === ' million' ? 1e6 : m[2] === ' billion' ? 1e9 : 1) - v) < 0.5) return true;
    }
    return false;
  }
  if (/^[\d.]+%$/.test(answer)) return new RegExp(`(?<![\\d.])${answer.slice(0, -1).replace('.', '\\.')}(?:%| percent)`).test(text);
  return norm.includes(` ${answer.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `);
}

describe('built-in meeting-transcript needle templates', () => {
  it('are 26, with unique ids, laid out by topic, some two-hop, each naming the meetings it fits and the facts it competes with', () => {
    expect(templates).toHaveLength(26);
    expect(new Set(templates.map((t) => t.id)).size).toBe(26);
    expect(templates.filter((t) => t.twoHop).length).toBeGreaterThanOrEqual(2);
    for (const t of templates) {
      expect(t.kind).toBe('meeting-transcript');
      expect(t.sections.length, t.id).toBeGreaterThan(0);
      for (const s of t.sections) expect(KINDS, t.id).toContain(s);
      expect(t.competes.length, t.id).toBeGreaterThan(0);
      for (const f of t.competes) expect(MEETING_FACT_KEYS, t.id).toContain(f);
    }
  });

  it('draw the same values for the same rng and world, so every cell of a repeat asks for the same thing', () => {
    const { world, places } = series[0]!;
    for (const t of templates) {
      const a = t.draw(createRng(`same/${t.id}`), world);
      expect(t.draw(createRng(`same/${t.id}`), world), t.id).toEqual(a);
      const place = placesFor(t, places)[3]!;
      expect(t.render(a, world, place)).toEqual(t.render(a, world, place));
    }
  });

  it('cannot be guessed without reading: across worlds, one fixed guess hits any answer at most 1 time in 50', () => {
    // Someone who has not read the series knows neither its world nor the draw: 300 worlds, 20 draws in each.
    const worlds = Array.from({ length: 300 }, (_, i) => meetingTranscriptGenerator.world(5000 + i));
    const guessable: string[] = [];
    for (const t of templates) {
      const counts = new Map<string, number>();
      let n = 0;
      worlds.forEach((world, w) => {
        for (let i = 0; i < 20; i++, n++) {
          const answers = t.render(t.draw(createRng(`guess/${t.id}/${w}/${i}`), world), world, undefined).answers;
          const key = answers.map((a) => a.toLowerCase().replace(/,/g, '')).join(' & ');
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      });
      const top = Math.max(...counts.values()) / n;
      if (top > 1 / 50) guessable.push(`${t.id}: ${(top * 100).toFixed(1)}% over ${counts.size} answers`);
    }
    expect(guessable).toEqual([]);
  });

  describe.each(templates.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const all = renders(t);

    it('puts every answer verbatim in the needle, and no decoy answer in it', () => {
      for (const { inst } of all) {
        expect(inst.answers.length).toBeGreaterThan(0);
        for (const a of inst.answers) expect(inst.text, inst.text).toContain(a);
        expect(inst.distractors.length).toBeGreaterThan(0);
        for (const d of inst.distractors) {
          for (const da of d.answers) {
            expect(d.text).toContain(da);
            expect(findAnswer(inst.text, da), `${da} in ${inst.text}`).toBe(false);
          }
          for (const a of inst.answers) expect(findAnswer(d.text, a), `${a} in ${d.text}`).toBe(false);
        }
      }
    });

    it('asks a lexical question that reuses the needle\'s words and a paraphrased one that shares at most a fifth of them', () => {
      for (const { inst } of all) {
        const placed = [inst.text, ...(inst.companions ?? [])].join(' ');
        expect(wordOverlap(inst.lexical, placed), inst.lexical).toBeGreaterThanOrEqual(0.5);
        expect(wordOverlap(inst.paraphrased, placed), inst.paraphrased).toBeLessThanOrEqual(0.2);
      }
    });

    it('is voiced by someone whose role fits and who is at the meeting, and answered by whoever runs it', () => {
      let present = 0;
      for (const { inst, place } of all) {
        expect(inst.speakerRoles?.length).toBeGreaterThan(0);
        const roles = new Set(place.participants.map((p) => p.role));
        if (inst.speakerRoles!.some((r) => roles.has(r))) present++;
        if (inst.reply) expect(inst.reply.roles.some((r) => roles.has(r)), `${place.meetingKind}: ${inst.reply.roles}`).toBe(true);
      }
      // The planner picks another point of a fitting meeting when nobody of those roles is in the room.
      expect(present / all.length, t.id).toBeGreaterThanOrEqual(0.9);
    });

    it('dates what it commits to after the meeting it is said in, within a few months', () => {
      for (const { inst, place } of all) {
        const at = Date.parse(`${place.date}T00:00:00Z`);
        for (const m of [inst.text, ...(inst.companions ?? [])].join(' ').matchAll(FULL_DATE)) {
          const d = Date.UTC(Number(m[3]), MONTHS.indexOf(m[1]!), Number(m[2]));
          expect(d, `${m[0]} said on ${place.date}`).toBeGreaterThan(at);
          expect((d - at) / 86_400_000, `${m[0]} said on ${place.date}`).toBeLessThanOrEqual(160);
        }
      }
    });

    it('names things of the series\' own organization, or names the series never uses', () => {
      for (const { inst, world } of all) {
        const o = world.org;
        const known = [
          ...o.sites.map((s) => s.city), o.hq.city, ...o.segments.map((s) => s.name), ...o.segments.flatMap((s) => s.productLines.map((p) => p.name)),
          ...o.segments.flatMap((s) => s.accounts.map((a) => a.name)), ...o.launches.map(([l]) => l), ...o.regions.map((r) => r.name), o.controller.first,
          ...o.teams.flatMap((t) => t.services), ...o.teams.map((t) => t.prefix),
          ...o.reserved.people.flatMap((p) => [p.first, p.last]), ...o.reserved.codeWords, ...o.reserved.roots, ...o.reserved.cities.flat(), ...o.reserved.streets,
        ];
        // Every capitalized name in the needle (beyond its first word and common words) belongs to the world.
        const COMMON = /^(?:I|I'm|I'll|We|We'll|We've|Our|The|For|Effective|Sales|Finance|Heads|Starting|Good|Quick|Just|In|Heads|Project|Root|TLS|RFP|EPS|API|Street|Avenue|Freight|Logistics|Transport|Carriers|Trucking|Sensors|Controls|Robotics|Analytics|Instruments|This|After|Gross|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
        for (const w of inst.text.replace(/'s\b/g, '').match(/\b[A-Z][A-Za-z]+\b/g) ?? []) {
          if (COMMON.test(w)) continue;
          expect(known.some((k) => k.split(/[\s-]+/).includes(w) || k === w), `${w} in ${inst.text}`).toBe(true);
        }
      }
    });

    it("carries a value that, for most draws, appears nowhere else in the series' text", () => {
      let clashes = 0;
      for (const { inst, text, norm } of all) if (inst.answers.some((a) => occursIn(a, text, norm))) clashes++;
      // The planner redraws the rest; a template whose values clash most of the time could never be placed.
      expect(clashes / all.length, t.id).toBeLessThanOrEqual(0.3);
    });
  });
});
