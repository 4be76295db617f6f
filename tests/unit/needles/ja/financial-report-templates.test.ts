// Native Japanese report needles: answers verbatim, values the 200K-token document never states, no rival or contradicting sentence, two kinds of question.
import { get_encoding } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../src/haystack/assemble.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import type { JaReportWorld } from '../../../../src/haystack/ja/financial-report/world.js';
import type { ReportPlace } from '../../../../src/haystack/place-context.js';
import { competingFacts, drawFromTemplate, templatesFor } from '../../../../src/needles/builtin.js';
import { createRng } from '../../../../src/util/rng.js';

const gen = generatorFor('financial-report', 'ja');
const templates = templatesFor('financial-report', 'ja');
const omit = competingFacts('financial-report', templates);
const SEEDS = [31, 32, 33];
const o200k = get_encoding('o200k_base');
afterAll(() => o200k.free());

/** A document of at least 200K o200k tokens per seed, generated once, with the templates' facts left out. */
const docs = SEEDS.map((seed) => {
  const doc = assembleBlocks(gen.blocks(seed, { omit }), 300_000, { type: 'generated', kind: 'financial-report', seed });
  const sections = new Set(doc.points.map((p) => p.section ?? ''));
  const units = doc.text.split(/(?<=[。！？])|\n+/).filter((u) => u.trim() !== '');
  const years = [...new Set(doc.points.map((p) => (p.context as ReportPlace | undefined)?.fiscalYear).filter((y): y is number => y !== undefined))];
  return { seed, text: doc.text, sections, units, years, world: gen.world(seed) as JaReportWorld };
});

const place = (world: JaReportWorld, year: number): ReportPlace => ({ kind: 'financial-report', fiscalYear: year, periodEnd: world.calendar.periodEnd(year), filedOn: world.calendar.filedOn(year) });

/** Every draw: 4 per seed, at fiscal years the document covers. */
function draws(id: string, variant: 'lexical' | 'paraphrased') {
  return docs.flatMap((d) => [0, 1, 2, 3].map((i) => ({ d, ...drawFromTemplate('financial-report', id, variant, createRng(`${id}/${d.seed}/${i}`), d.world, place(d.world, d.years[i % d.years.length]!)) })));
}

/** Character bigrams of the CJK and alphanumeric text (how much two Japanese strings share, without a segmenter). */
function bigrams(s: string): Set<string> {
  const t = s.replace(/[^\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z0-9]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}
const share = (q: string, n: string) => {
  const a = bigrams(q);
  const b = bigrams(n);
  return [...a].filter((x) => b.has(x)).length / Math.max(1, a.size);
};

/** A value of the answer's kind in a sentence (money, percent, multiple, date). */
function holdsValue(unit: string, answer: string): boolean {
  if (answer.endsWith('円')) return /\d[\d,]*(億|百万|万|千)?円/.test(unit);
  if (answer.endsWith('%')) return /\d(\.\d+)?%/.test(unit);
  if (answer.endsWith('倍')) return /\d(\.\d+)?倍/.test(unit);
  if (/年\d+月\d+日$/.test(answer)) return /\d{4}年\d{1,2}月\d{1,2}日/.test(unit);
  return true;
}

/** The numeric core a scorer could match in another form: `4.15` of `4.15倍`, `2023年10月16日` as `2023-10-16` … */
function cores(answer: string): string[] {
  const date = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(answer);
  if (date) return [answer, `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`, `${date[1]}/${date[2]}/${date[3]}`];
  if (/^[\d.]+[%倍]$/.test(answer)) return [answer, answer.slice(0, -1)];
  return [answer];
}

describe('Japanese financial-report needles', () => {
  it('are at least 12 native templates with unique ja-fin- ids, competing only with facts the generator can leave out', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) {
      expect(t.id.startsWith('ja-fin-')).toBe(true);
      expect(t.lang).toBe('ja');
      expect(t.competes.length).toBeGreaterThan(0);
      for (const f of t.competes) expect(gen.facts).toContain(f);
    }
  });

  it('documents of the tests reach 200K o200k tokens', () => {
    for (const d of docs) expect(o200k.encode(d.text).length).toBeGreaterThanOrEqual(200_000);
  });

  describe.each(templates.map((t) => t.id))('template %s', (id) => {
    const template = templates.find((t) => t.id === id)!;

    it('puts every answer verbatim in the needle, ends it with 。 and keeps distractor answers out of it', () => {
      for (const { needle } of draws(id, 'lexical')) {
        expect(needle.text).toMatch(/。$/);
        expect(needle.question).toMatch(/か。$/);
        for (const a of needle.answers) expect(needle.text).toContain(a);
        for (const dd of needle.distractors ?? []) for (const da of dd.answers) {
          expect(dd.text).toContain(da);
          expect(needle.text).not.toContain(da);
        }
      }
    });

    it('draws values that appear nowhere in a 200K-token document of the same company', () => {
      for (const { d, needle } of draws(id, 'lexical')) {
        for (const a of needle.answers) for (const c of cores(a)) expect(new RegExp(`(?<![\\d.,])${c.replace(/[.]/g, '\\.')}(?![\\d])`).test(d.text), `${c} in seed ${d.seed}`).toBe(false);
        // Amounts are never a whole number of 百万円, the unit of every table and of prose figures.
        for (const a of needle.answers) {
          const m = /^(?:(\d+)億)?(?:([\d,]+)万)?円$/.exec(a);
          if (m && (m[1] || m[2])) expect((Number(m[1] ?? 0) * 10_000 + Number((m[2] ?? '0').replace(/,/g, ''))) % 100).not.toBe(0);
        }
      }
    });

    it('finds no rival statement nor contradiction in the document', () => {
      const { d, needle } = draws(id, 'lexical')[0]!;
      const values = template.draw(createRng(`${id}/${d.seed}/0`), d.world);
      for (const doc of docs) {
        const rivals = template.rivals?.(values, doc.world) ?? [];
        const contra = template.contradicts?.(values, doc.world) ?? [];
        const rival = doc.units.find((u) => rivals.some((re) => re.test(u)) && holdsValue(u, needle.answers[0]!));
        expect(rival, `rival in seed ${doc.seed}`).toBeUndefined();
        expect(doc.units.find((u) => contra.some((re) => re.test(u))), `contradiction in seed ${doc.seed}`).toBeUndefined();
      }
    });

    it('has a section of the document where it reads naturally', () => {
      for (const d of docs) expect([...d.sections].some((s) => template.sections.some((f) => s.includes(f))), [...d.sections].join(' / ')).toBe(true);
    });

    it('asks a lexical question close to the needle and a paraphrased one that shares much less', () => {
      const lex = draws(id, 'lexical');
      const par = draws(id, 'paraphrased');
      lex.forEach(({ needle }, i) => {
        const p = par[i]!.needle;
        expect(p.text).toBe(needle.text);
        expect(share(needle.question, needle.text), needle.question).toBeGreaterThanOrEqual(0.45);
        expect(share(p.question, p.text), p.question).toBeLessThanOrEqual(0.35);
      });
    });
  });

  it('gives fresh values per seed: 40 draws of a template give many answers', () => {
    const answers = new Set<string>();
    for (let i = 0; i < 40; i++) answers.add(drawFromTemplate('financial-report', 'ja-fin-officer-bonus', 'lexical', createRng(i), docs[0]!.world).needle.answers[0]!);
    expect(answers.size).toBeGreaterThan(35);
  });
});
