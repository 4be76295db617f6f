// Built-in needle templates: drawn from the document's world, rendered at their place, lexical vs paraphrased questions, near-miss decoys.
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../../src/haystack/generators.js';
import { loadHaystackData } from '../../../src/haystack/data.js';
import type { Names } from '../../../src/haystack/financial-report/company.js';
import type { ReportWorld } from '../../../src/haystack/financial-report/world.js';
import type { ReportPlace } from '../../../src/haystack/place-context.js';
import { competingFacts, drawFromTemplate, listTemplates, templatesFor } from '../../../src/needles/builtin.js';
import { wordOverlap } from '../../../src/needles/overlap.js';
import { findAnswer } from '../../../src/score/match.js';
import type { HaystackKind } from '../../../src/types.js';
import { createRng } from '../../../src/util/rng.js';

const KINDS: HaystackKind[] = ['financial-report', 'meeting-transcript'];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const worlds = new Map(KINDS.map((k) => [k, SEEDS.map((s) => GENERATORS[k].world(s))]));

/** A report place for the world's k-th fiscal year. */
function reportPlace(world: ReportWorld, k: number): ReportPlace {
  const year = world.calendar.firstYear + k;
  return { kind: 'financial-report', fiscalYear: year, periodEnd: world.calendar.periodEnd(year), filedOn: world.calendar.filedOn(year) };
}

/** Every draw of a template: 5 per seed, at the world's first few fiscal years for reports. */
function draws(kind: HaystackKind, id: string, variant: 'lexical' | 'paraphrased') {
  return SEEDS.flatMap((seed, s) =>
    [0, 1, 2, 3, 4].map((i) => {
      const world = worlds.get(kind)![s]!;
      const place = kind === 'financial-report' ? reportPlace(world as ReportWorld, i) : undefined;
      return { world, place, ...drawFromTemplate(kind, id, variant, createRng(`${id}/${seed}/${i}`), world, place) };
    }),
  );
}

describe.each(KINDS)('built-in %s needles', (kind) => {
  it('offers at least 25 templates with unique ids, some of them two-hop', () => {
    const list = listTemplates(kind);
    expect(list.length).toBeGreaterThanOrEqual(25);
    expect(new Set(list.map((t) => t.id)).size).toBe(list.length);
    expect(list.some((t) => t.twoHop)).toBe(true);
  });

  it('only competes with facts its generator can leave out', () => {
    const known = new Set(GENERATORS[kind].facts);
    for (const f of competingFacts(kind)) expect(known.has(f), f).toBe(true);
  });

  describe.each(templatesFor(kind).map((t) => t.id))('template %s', (id) => {
    it('asks lexical questions that reuse at least half of their content words from the needle', () => {
      for (const { needle, companions } of draws(kind, id, 'lexical')) {
        const placed = [needle.text, ...companions.map((c) => c.text)].join(' ');
        expect(wordOverlap(needle.question, placed), needle.question).toBeGreaterThanOrEqual(0.5);
      }
    });

    it('asks paraphrased questions that share at most a fifth of their content words with the needle', () => {
      for (const { needle, companions } of draws(kind, id, 'paraphrased')) {
        const placed = [needle.text, ...companions.map((c) => c.text)].join(' ');
        expect(wordOverlap(needle.question, placed), needle.question).toBeLessThanOrEqual(0.2);
      }
    });

    it('puts every answer verbatim in the needle and keeps distractor answers out of it', () => {
      for (const { needle } of draws(kind, id, 'paraphrased')) {
        expect(needle.answers.length).toBeGreaterThan(0);
        for (const a of needle.answers) expect(needle.text).toContain(a);
        for (const d of needle.distractors ?? []) {
          for (const da of d.answers) {
            expect(d.text).toContain(da);
            expect(needle.answers).not.toContain(da);
            expect(findAnswer(needle.text, da), `${da} in ${needle.text}`).toBe(false);
          }
          for (const a of needle.answers) expect(findAnswer(d.text, a), `${a} in ${d.text}`).toBe(false);
        }
      }
    });
  });
});

describe('annual-report needles belong to their report', () => {
  const names = loadHaystackData<Names>('financial-report/names.json');
  const allCities = [...names.citiesUS.map(([c]) => c), ...names.citiesWorld.map(([c]) => c)];
  const industries = loadHaystackData<Array<{ segments: Array<{ name: string }> }>>('financial-report/industries.json');
  const allSegments = industries.flatMap((i) => i.segments.map((s) => s.name));
  const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

  it.each(templatesFor('financial-report').map((t) => t.id))('%s names only the company\'s sites and segments, and dates inside its place', (id) => {
    for (const { needle, companions, world, place } of draws('financial-report', id, 'lexical')) {
      const w = world as ReportWorld;
      const text = [needle.text, ...companions.map((c) => c.text), ...(needle.distractors ?? []).map((d) => d.text)].join(' ');
      const ownCities = new Set([w.company.hqCity, ...w.company.properties.map((p) => p.city)]);
      // A code-named acquisition target may sit abroad ("a Lyon-based maker"): the only city not of the company.
      for (const city of allCities) if (new RegExp(`\\b${city}\\b(?!-based)`).test(text)) expect(ownCities.has(city), `${city} in "${text}"`).toBe(true);
      const ownSegments = new Set(w.company.segments.map((s) => s.name));
      for (const seg of allSegments) if (new RegExp(`\\b${seg}\\b`).test(text) && !ownSegments.has(seg)) expect.fail(`segment ${seg} is not the company's: "${text}"`);
      const fy = place!.fiscalYear;
      for (const m of text.matchAll(new RegExp(`${MONTH}(?: \\d{1,2},)? (\\d{4})|fiscal (\\d{4})`, 'g'))) {
        const year = Number(m[2] ?? m[3]);
        expect(year, `${m[0]} in a fiscal ${fy} report: "${text}"`).toBeGreaterThanOrEqual(fy - 3);
        expect(year, `${m[0]} in a fiscal ${fy} report: "${text}"`).toBeLessThanOrEqual(fy + 12);
      }
    }
  });

  it('dates events after the year end between the period end and the filing', () => {
    for (const id of ['fin-special-dividend']) {
      for (const { needle, place } of draws('financial-report', id, 'lexical')) {
        const m = new RegExp(`On ${MONTH} (\\d{1,2}), (\\d{4})`).exec(needle.text)!;
        const iso = new Date(`${m[1]} ${m[2]}, ${m[3]} UTC`).toISOString().slice(0, 10);
        expect(iso > place!.periodEnd && iso < place!.filedOn, `${iso} not in (${place!.periodEnd}, ${place!.filedOn})`).toBe(true);
      }
    }
  });
});

describe('drawing needles', () => {
  const world = worlds.get('financial-report')![0]!;
  it('gives the same needle for the same rng state and fresh values for another seed', () => {
    const a = drawFromTemplate('financial-report', 'fin-retention-bonus', 'lexical', createRng(7), world);
    const b = drawFromTemplate('financial-report', 'fin-retention-bonus', 'lexical', createRng(7), world);
    const c = drawFromTemplate('financial-report', 'fin-retention-bonus', 'lexical', createRng(8), world);
    expect(b).toEqual(a);
    expect(c.needle.text).not.toBe(a.needle.text);
  });

  it('builds both question variants from the same values, so paired runs compare like with like', () => {
    const lex = drawFromTemplate('financial-report', 'fin-plant-closure', 'lexical', createRng(3), world);
    const par = drawFromTemplate('financial-report', 'fin-plant-closure', 'paraphrased', createRng(3), world);
    expect(par.needle.text).toBe(lex.needle.text);
    expect(par.needle.answers).toEqual(lex.needle.answers);
    expect(par.needle.question).not.toBe(lex.needle.question);
  });

  it('names needles <template>.<variant> and records template, variant and kind', () => {
    const t = worlds.get('meeting-transcript')![0]!;
    const { needle } = drawFromTemplate('meeting-transcript', 'mtg-rezoning-recusal', 'paraphrased', createRng(1), t);
    expect(needle.id).toBe('mtg-rezoning-recusal.paraphrased');
    expect(needle.template).toBe('mtg-rezoning-recusal');
    expect(needle.variant).toBe('paraphrased');
    expect(needle.kinds).toEqual(['meeting-transcript']);
  });

  it('returns the code-name definition of a two-hop needle as a companion without a question', () => {
    for (const kind of KINDS) {
      const w = worlds.get(kind)![1]!;
      for (const t of listTemplates(kind)) {
        const { needle, companions } = drawFromTemplate(kind, t.id, 'lexical', createRng(t.id), w);
        if (!t.twoHop) {
          expect(companions).toEqual([]);
          continue;
        }
        expect(companions.length).toBeGreaterThan(0);
        for (const c of companions) {
          expect(c.question).toBe('');
          expect(c.answers).toEqual([]);
          expect(c.id.startsWith(`${needle.id}.companion-`)).toBe(true);
        }
        // The paraphrased question names neither the code word nor the figure: both hops are needed.
        const code = /Project (\w+)/.exec(needle.text)?.[1];
        expect(code).toBeDefined();
        expect(drawFromTemplate(kind, t.id, 'paraphrased', createRng(t.id), w).needle.question).not.toContain(code!);
      }
    }
  });

  it('keeps fictional values fresh: 50 draws of one template give many different answers', () => {
    const answers = new Set<string>();
    for (let i = 0; i < 50; i++) answers.add(drawFromTemplate('financial-report', 'fin-lawsuit-accrual', 'lexical', createRng(i), world).needle.answers[0]!);
    expect(answers.size).toBeGreaterThan(35);
  });

  it('rejects an unknown template id', () => {
    expect(() => drawFromTemplate('financial-report', 'no-such-template', 'lexical', createRng(1), world)).toThrow(/no-such-template/);
  });
});
