// Chinese transcript needle templates rendered at meetings of generated series: native, a speaker who is there,
// answers verbatim, values found nowhere else in a 200K-token (o200k) series that leaves out their competing facts.
import { get_encoding } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { zhMeetingTranscriptGenerator as gen, ZH_MEETING_FACT_KEYS, type ZhMeetingWorld } from '../../../../src/haystack/zh/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import { templatesFor } from '../../../../src/needles/builtin.js';
import type { WorldTemplate } from '../../../../src/needles/template.js';
import { createRng } from '../../../../src/util/rng.js';

const templates = templatesFor('meeting-transcript', 'zh') as Array<WorldTemplate<ZhMeetingWorld, unknown>>;
const SEEDS = [21, 22, 23];
const PLACES = 6;
const omit = new Set(templates.flatMap((t) => t.competes));
const o200k = get_encoding('o200k_base');
afterAll(() => o200k.free());

/** One 200K-token series per seed, generated as a sweep carrying every template would generate it. */
const series = SEEDS.map((seed) => {
  const places: MeetingPlace[] = [];
  const texts: string[] = [];
  let n = 0;
  for (const b of gen.blocks(seed, { omit })) {
    texts.push(b.text);
    if (b.kind === 'turn') places.push(b.context as MeetingPlace);
    n += b.text.length + 2;
    if (n > 300_000) break;
  }
  return { seed, world: gen.world(seed), places, text: texts.join('\n\n') };
});

function placesFor(t: WorldTemplate<ZhMeetingWorld, unknown>, all: MeetingPlace[]): MeetingPlace[] {
  const fit = all.filter((p) => t.sections.some((s) => p.title.includes(s)));
  return Array.from({ length: PLACES }, (_, i) => fit[Math.floor(((i + 0.5) * fit.length) / PLACES)]!);
}

describe('Chinese meeting-transcript needle templates', () => {
  it('are at least twelve, zh-mtg-…, each fitting meetings by their Chinese headings and competing with facts the generator knows', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) {
      expect(t.id).toMatch(/^zh-mtg-/);
      expect(t.lang).toBe('zh');
      expect(t.sections.length).toBeGreaterThan(0);
      for (const s of t.sections) expect(['董事会', '业绩说明会', '周例会']).toContain(s);
      for (const f of t.competes) expect(ZH_MEETING_FACT_KEYS).toContain(f);
    }
  });

  it('run 200K o200k tokens in each test series', () => {
    for (const s of series) expect(o200k.encode(s.text).length).toBeGreaterThanOrEqual(200_000);
  });

  it('draw the same values for the same rng and world', () => {
    const { world } = series[0]!;
    for (const t of templates) expect(t.draw(createRng(`same/${t.id}`), world)).toEqual(t.draw(createRng(`same/${t.id}`), world));
  });

  it('render at meetings they fit with answers verbatim, a speaker present, Chinese questions that differ, and distractors of other values', () => {
    for (const { seed, world, places } of series) {
      for (const t of templates) {
        placesFor(t, places).forEach((place, i) => {
          const inst = t.render(t.draw(createRng(`${seed}/${t.id}/${i}`), world), world, place);
          for (const a of inst.answers) expect(inst.text, t.id).toContain(a);
          expect(inst.text).toMatch(/[。！？]$/u);
          expect(inst.lexical).toMatch(/？$/u);
          expect(inst.paraphrased).toMatch(/？$/u);
          expect(inst.paraphrased).not.toBe(inst.lexical);
          const roles = place.participants.map((p) => p.role);
          expect(inst.speakerRoles!.some((r) => roles.includes(r)), `${t.id} at ${place.meetingKind}`).toBe(true);
          for (const d of inst.distractors) for (const a of d.answers) expect(inst.text).not.toMatch(new RegExp(`(?<![\\d.])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
        });
      }
    }
  });

  it('hold values found nowhere else in the series', () => {
    for (const { seed, world, places, text } of series) {
      for (const t of templates) {
        placesFor(t, places).forEach((place, i) => {
          const inst = t.render(t.draw(createRng(`${seed}/${t.id}/${i}`), world), world, place);
          for (const a of inst.answers) expect(text.includes(a), `${t.id}: ${a}`).toBe(false);
        });
      }
    }
  });

  it('draw other values for another seed', () => {
    for (const t of templates) {
      const a = JSON.stringify(t.draw(createRng(`a/${t.id}`), series[0]!.world));
      const b = JSON.stringify(t.draw(createRng(`b/${t.id}`), series[1]!.world));
      expect(a, t.id).not.toBe(b);
    }
  });
});
