// Japanese transcript needle templates rendered at meetings of generated series: answers verbatim, a speaker who is
// there, two different questions, and values said nowhere else in a 200K-token (o200k) series.
import { get_encoding } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { jaMeetingTranscriptGenerator as g, type JaMeetingWorld } from '../../../../src/haystack/ja/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import { templatesFor } from '../../../../src/needles/builtin.js';
import { voices } from '../../../../src/prompt/build-prompt.js';
import type { PlacedInstance, WorldTemplate } from '../../../../src/needles/template.js';
import { createRng } from '../../../../src/util/rng.js';

const SEEDS = [1, 2, 3];
const PLACES = 6;
const templates = templatesFor('meeting-transcript', 'ja') as Array<WorldTemplate<JaMeetingWorld, unknown>>;
const omit = new Set(templates.flatMap((t) => t.competes));
const o200k = get_encoding('o200k_base');
afterAll(() => o200k.free());

/** A series of at least 200K o200k tokens per seed, generated as a sweep carrying these templates generates it. */
const series = SEEDS.map((seed) => {
  const world = g.world(seed);
  const places: MeetingPlace[] = [];
  const texts: string[] = [];
  const dates = new Set<string>();
  let n = 0;
  for (const b of g.blocks(seed, { omit })) {
    texts.push(b.text);
    // A date printed without its year ("次回は9月2日（火）", "前回12月19日") is the one nearest the meeting that says it.
    const at = Date.parse((b.context as MeetingPlace).date);
    const year = new Date(at).getUTCFullYear();
    for (const m of b.text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g)) {
      const near = [year - 1, year, year + 1].sort((p, q) => Math.abs(Date.UTC(p, Number(m[2]) - 1, Number(m[3])) - at) - Math.abs(Date.UTC(q, Number(m[2]) - 1, Number(m[3])) - at))[0]!;
      dates.add(`${m[1] ?? near}-${m[2]}-${m[3]}`);
    }
    if (b.kind === 'turn') places.push(b.context as MeetingPlace);
    n += b.text.length + 2;
    if (n > 300_000) break;
  }
  const text = texts.join('\n\n');
  return { seed, world, places, text, dates, amounts: amountsIn(text) };
});

/** Every amount of money in a text, in 万円. */
function amountsIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(?:([\d,]+)億)?(?:([\d,]+)万)?円/g)) {
    if (!m[1] && !m[2]) continue;
    out.add(Number((m[1] ?? '0').replace(/,/g, '')) * 10_000 + Number((m[2] ?? '0').replace(/,/g, '')));
  }
  for (const m of text.matchAll(/([\d,]+)百万円/g)) out.add(Number(m[1]!.replace(/,/g, '')) * 100);
  return out;
}

/** Whether an answer's value occurs in the series: an amount or a date by value, a count with its counter, a name. */
function occursIn(answer: string, s: (typeof series)[number]): boolean {
  const date = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(answer);
  if (date) return s.dates.has(`${date[1]}-${date[2]}-${date[3]}`);
  if (/億|万円/.test(answer) && /円$/.test(answer)) return [...amountsIn(answer)].some((v) => s.amounts.has(v));
  const count = /^(\d+)(%|件|人|名|校|円|万株)$/.exec(answer);
  if (count) return new RegExp(`(?<![\\d,.])${count[1]}(?:\\.0)?${count[2] === '%' ? '[%％]' : count[2]}`).test(s.text);
  return s.text.includes(answer);
}

function placesFor(t: WorldTemplate<JaMeetingWorld, unknown>, all: MeetingPlace[]): MeetingPlace[] {
  const fit = all.filter((p) => t.sections.includes(p.meetingKind));
  return Array.from({ length: PLACES }, (_, i) => fit[Math.floor(((i + 0.5) * fit.length) / PLACES)]!);
}

function renders(t: WorldTemplate<JaMeetingWorld, unknown>): Array<{ s: (typeof series)[number]; place: MeetingPlace; inst: PlacedInstance }> {
  return series.flatMap((s) => placesFor(t, s.places).map((place, i) => ({ s, place, inst: t.render(t.draw(createRng(`${s.seed}/${t.id}/${i}`), s.world), s.world, place) })));
}

describe('built-in Japanese meeting-transcript needle templates', () => {
  it('has at least twelve native templates with unique ja-mtg ids', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) {
      expect(t.id).toMatch(/^ja-mtg-/);
      expect(t.lang).toBe('ja');
      expect(t.competes.length).toBeGreaterThan(0);
      for (const f of t.competes) expect(g.facts).toContain(f);
    }
  });

  it('generates each test series past 200K o200k tokens', () => {
    for (const s of series) expect(o200k.encode(s.text).length).toBeGreaterThan(200_000);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s renders at its meetings: answer verbatim, a speaker present, two questions', (_id, t) => {
    for (const { place, inst } of renders(t)) {
      expect(place, t.id).toBeDefined();
      expect(inst.text).toMatch(/[。！？]$/);
      for (const a of inst.answers) expect(inst.text).toContain(a);
      expect(inst.lexical).toMatch(/[？。か]$/);
      expect(inst.paraphrased).not.toBe(inst.lexical);
      expect(inst.speakerRoles!.some((r) => place.participants.some((p) => voices(r, p))), `${t.id} at ${place.meetingKind}`).toBe(true);
      for (const d of inst.distractors) for (const a of d.answers) expect(inst.text).not.toContain(a);
    }
  });

  it('has a city fact voiced by the department that holds it (budget: 財政, school gyms: 教育, day care: こども), not any head present', () => {
    const holder: Record<string, RegExp> = { 'ja-mtg-supplementary-budget': /財政部長/, 'ja-mtg-school-aircon': /教育部長/, 'ja-mtg-waiting-children': /こども|子ども|健康福祉/ };
    let checked = 0;
    for (const t of templates.filter((x) => holder[x.id])) {
      for (const { place, inst } of renders(t)) {
        const first = inst.speakerRoles!.find((r) => place.participants.some((p) => voices(r, p)))!;
        const who = place.participants.filter((p) => voices(first, p));
        for (const p of who) expect(p.label, t.id).toMatch(first === 'mayor' ? /市長/ : holder[t.id]!);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s has a value said nowhere else in the series', (_id, t) => {
    for (const { s, inst } of renders(t)) for (const a of inst.answers) expect(occursIn(a, s), `${t.id}: ${a} (seed ${s.seed})`).toBe(false);
  });

  it('draws the same values for a seed and others for another seed', () => {
    for (const t of templates) {
      const a = t.render(t.draw(createRng('x'), series[0]!.world), series[0]!.world, undefined).answers;
      const b = t.render(t.draw(createRng('x'), series[0]!.world), series[0]!.world, undefined).answers;
      expect(a).toEqual(b);
    }
    const values = (seed: string) => templates.map((t) => t.render(t.draw(createRng(seed), series[1]!.world), series[1]!.world, undefined).answers.join()).join('|');
    expect(values('p')).not.toBe(values('q'));
  });

  it('no generated sentence matches what a template names as a rival or a contradiction', () => {
    for (const t of templates) {
      for (const s of series) {
        const v = t.draw(createRng(`${s.seed}/audit/${t.id}`), s.world);
        for (const re of [...(t.rivals?.(v, s.world) ?? []), ...(t.contradicts?.(v, s.world) ?? [])]) expect(s.text.match(re)?.[0], `${t.id} ${re}`).toBeUndefined();
      }
    }
  });
});
