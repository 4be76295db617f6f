// Native zh 年报 needles: drawn from the report's own company, answers verbatim, questions lexical vs paraphrased, values absent from the report.
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../src/haystack/assemble.js';
import type { ZhReportWorld } from '../../../../src/haystack/zh/financial-report/world.js';
import { zhFinancialReportGenerator } from '../../../../src/haystack/zh/financial-report/index.js';
import type { ReportPlace } from '../../../../src/haystack/place-context.js';
import { competingFacts, drawFromTemplate, listTemplates, templatesFor } from '../../../../src/needles/builtin.js';
import { createRng } from '../../../../src/util/rng.js';

const SEEDS = [21, 22, 23];
const templates = templatesFor('financial-report', 'zh');
const worlds = SEEDS.map((s) => zhFinancialReportGenerator.world(s));
const place = (w: ZhReportWorld, k: number): ReportPlace => ({ kind: 'financial-report', fiscalYear: w.firstYear + k, periodEnd: w.periodEnd(w.firstYear + k), filedOn: w.filedOn(w.firstYear + k) });

/** About 200K o200k tokens of each seed's report (≈ 0.62 tokens a character), with every competing fact left out. */
const omit = competingFacts('financial-report', templates);
const docs = SEEDS.map((seed) => assembleBlocks(zhFinancialReportGenerator.blocks(seed, { omit }), 330_000, { type: 'generated', kind: 'financial-report', seed }).text);

/** Character bigrams of the Han/kana text of a string (Chinese has no spaces to split words at). */
function bigrams(s: string): Set<string> {
  const han = s.replace(/[^\p{Script=Han}]/gu, ' ');
  const out = new Set<string>();
  for (const run of han.split(' ')) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}
function overlap(question: string, needle: string): number {
  const q = bigrams(question);
  const n = bigrams(needle);
  return [...q].filter((b) => n.has(b)).length / Math.max(1, q.size);
}
/** The answer's number with its unit, in any form that reads as the same value (`15.4元` as `15.40元`, `70%` as `70.00%`). */
function numberIn(text: string, answer: string): boolean {
  const m = answer.match(/^(.*?)([\d,]+(?:\.\d+)?)(.*)$/);
  if (!m) return text.includes(answer);
  const [, , num, unit] = m as unknown as [string, string, string, string];
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const zeros = num.includes('.') ? '0*' : '(?:\\.0+)?';
  return new RegExp(`(?<![\\d.,])${esc(num)}${zeros}${esc(unit)}`).test(text);
}

function draws(id: string, variant: 'lexical' | 'paraphrased') {
  return SEEDS.flatMap((seed, s) => [0, 1, 2].map((k) => {
    const w = worlds[s]!;
    const p = place(w, k);
    return { seed: s, ...drawFromTemplate('financial-report', id, variant, createRng(`${id}/${seed}/${k}`), w, p) };
  }));
}

describe('built-in zh financial-report needles', () => {
  it('offers at least 12 native templates with unique zh-fin ids', () => {
    const list = listTemplates('financial-report', 'zh');
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(new Set(list.map((t) => t.id)).size).toBe(list.length);
    for (const t of templates) {
      expect(t.id).toMatch(/^zh-fin-/);
      expect(t.lang).toBe('zh');
      expect(t.sections.length).toBeGreaterThan(0);
    }
  });

  it('only competes with facts the zh generator can leave out', () => {
    const known = new Set(zhFinancialReportGenerator.facts);
    for (const f of omit) expect(known.has(f), f).toBe(true);
  });

  describe.each(templates.map((t) => t.id))('template %s', (id) => {
    it('names the report’s company world, puts answers verbatim in the needle and keeps decoy answers out of it', () => {
      for (const { needle } of draws(id, 'lexical')) {
        expect(needle.text).toMatch(/[。！？]$/);
        expect(needle.answers.length).toBeGreaterThan(0);
        for (const a of needle.answers) expect(needle.text).toContain(a);
        for (const d of needle.distractors ?? []) for (const da of d.answers) {
          expect(d.text).toContain(da);
          expect(needle.text).not.toContain(da);
        }
      }
    });

    it('asks a lexical question close to the needle and a paraphrased one far from it', () => {
      const lex = draws(id, 'lexical');
      const par = draws(id, 'paraphrased');
      for (let i = 0; i < lex.length; i++) {
        const l = overlap(lex[i]!.needle.question, lex[i]!.needle.text);
        const p = overlap(par[i]!.needle.question, par[i]!.needle.text);
        expect(l, lex[i]!.needle.question).toBeGreaterThanOrEqual(0.5);
        expect(p, par[i]!.needle.question).toBeLessThanOrEqual(0.35);
        expect(l).toBeGreaterThan(p);
      }
    });

    it('draws values the 200K-token report never prints, and the report makes no rival or contradicting statement', () => {
      const template = templates.find((t) => t.id === id)!;
      // As a sweep's plan does, a draw whose value the document already prints is redrawn once; few may need it.
      const clash = (seed: number, answers: string[]) => answers.some((a) => (/\d/.test(a) ? numberIn(docs[seed]!, a) : docs[seed]!.includes(a)));
      let redraws = 0;
      for (const [i, { seed, needle }] of draws(id, 'paraphrased').entries()) {
        if (!clash(seed, needle.answers)) continue;
        redraws++;
        const w = worlds[seed]!;
        const again = drawFromTemplate('financial-report', id, 'paraphrased', createRng(`${id}/redraw/${i}`), w, place(w, i % 3));
        expect(clash(seed, again.needle.answers), `${again.needle.answers} in seed ${SEEDS[seed]}`).toBe(false);
      }
      expect(redraws).toBeLessThanOrEqual(1);
      worlds.forEach((w, s) => {
        const values = template.draw(createRng(`audit/${id}`), w);
        for (const re of [...(template.rivals?.(values, w) ?? []), ...(template.contradicts?.(values, w) ?? [])]) {
          expect(re.test(docs[s]!), `${re} in seed ${SEEDS[s]}`).toBe(false);
        }
      });
    });
  });
});
