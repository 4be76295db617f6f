// Built-in needle templates: enough of them, fitted answers, near-miss distractors, lexical vs paraphrased questions.
import { describe, expect, it } from 'vitest';
import { drawFromTemplate, listTemplates, templatesFor } from '../../../src/needles/builtin.js';
import { wordOverlap } from '../../../src/needles/overlap.js';
import { findAnswer } from '../../../src/score/match.js';
import type { HaystackKind } from '../../../src/types.js';
import { createRng } from '../../../src/util/rng.js';

const KINDS: HaystackKind[] = ['financial-report', 'meeting-transcript'];
const DRAWS = 50;

describe.each(KINDS)('built-in %s needles', (kind) => {
  it('offers at least 25 templates with unique ids, some of them two-hop', () => {
    const list = listTemplates(kind);
    expect(list.length).toBeGreaterThanOrEqual(25);
    expect(new Set(list.map((t) => t.id)).size).toBe(list.length);
    expect(list.some((t) => t.twoHop)).toBe(true);
  });

  describe.each(templatesFor(kind).map((t) => t.id))('template %s', (id) => {
    it('asks lexical questions that reuse at least half of their content words from the needle', () => {
      for (let i = 0; i < DRAWS; i++) {
        const { needle, companions } = drawFromTemplate(kind, id, 'lexical', createRng(`${id}/${i}`));
        const placed = [needle.text, ...companions.map((c) => c.text)].join(' ');
        expect(wordOverlap(needle.question, placed), needle.question).toBeGreaterThanOrEqual(0.5);
      }
    });

    it('asks paraphrased questions that share at most a fifth of their content words with the needle', () => {
      for (let i = 0; i < DRAWS; i++) {
        const { needle, companions } = drawFromTemplate(kind, id, 'paraphrased', createRng(`${id}/${i}`));
        const placed = [needle.text, ...companions.map((c) => c.text)].join(' ');
        expect(wordOverlap(needle.question, placed), needle.question).toBeLessThanOrEqual(0.2);
      }
    });

    it('puts every answer verbatim in the needle and keeps distractor answers out of it', () => {
      for (let i = 0; i < DRAWS; i++) {
        const { needle } = drawFromTemplate(kind, id, 'paraphrased', createRng(`${id}/${i}`));
        expect(needle.answers.length).toBeGreaterThan(0);
        for (const a of needle.answers) expect(needle.text).toContain(a);
        expect(needle.distractors?.length ?? 0).toBeGreaterThan(0);
        for (const d of needle.distractors ?? []) {
          for (const da of d.answers) {
            expect(d.text).toContain(da);
            expect(needle.answers).not.toContain(da);
            expect(needle.text).not.toContain(da);
            expect(findAnswer(needle.text, da), `${da} in ${needle.text}`).toBe(false);
          }
          for (const a of needle.answers) expect(findAnswer(d.text, a), `${a} in ${d.text}`).toBe(false);
        }
      }
    });
  });
});

describe('drawing needles', () => {
  it('gives the same needle for the same rng state and fresh values for another seed', () => {
    const a = drawFromTemplate('financial-report', 'fin-retention-bonus', 'lexical', createRng(7));
    const b = drawFromTemplate('financial-report', 'fin-retention-bonus', 'lexical', createRng(7));
    const c = drawFromTemplate('financial-report', 'fin-retention-bonus', 'lexical', createRng(8));
    expect(b).toEqual(a);
    expect(c.needle.text).not.toBe(a.needle.text);
  });

  it('builds both question variants from the same values, so paired runs compare like with like', () => {
    const lex = drawFromTemplate('meeting-transcript', 'mtg-action-item-owner', 'lexical', createRng(3));
    const par = drawFromTemplate('meeting-transcript', 'mtg-action-item-owner', 'paraphrased', createRng(3));
    expect(par.needle.text).toBe(lex.needle.text);
    expect(par.needle.answers).toEqual(lex.needle.answers);
    expect(par.needle.question).not.toBe(lex.needle.question);
  });

  it('names needles <template>.<variant> and records template, variant and kind', () => {
    const { needle } = drawFromTemplate('meeting-transcript', 'mtg-rezoning-recusal', 'paraphrased', createRng(1));
    expect(needle.id).toBe('mtg-rezoning-recusal.paraphrased');
    expect(needle.template).toBe('mtg-rezoning-recusal');
    expect(needle.variant).toBe('paraphrased');
    expect(needle.kinds).toEqual(['meeting-transcript']);
  });

  it('returns the code-name definition of a two-hop needle as a companion without a question', () => {
    for (const kind of KINDS) {
      for (const t of listTemplates(kind)) {
        const { needle, companions } = drawFromTemplate(kind, t.id, 'lexical', createRng(t.id));
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
        // (A lexical question may name the code word: it is meant to be solvable by keywords.)
        const code = /Project (\w+)/.exec(needle.text)?.[1];
        expect(code).toBeDefined();
        const paraphrased = drawFromTemplate(kind, t.id, 'paraphrased', createRng(t.id)).needle;
        expect(paraphrased.question).not.toContain(code!);
      }
    }
  });

  it('keeps fictional values fresh: 50 draws of one template give many different answers', () => {
    const answers = new Set<string>();
    for (let i = 0; i < 50; i++) {
      answers.add(drawFromTemplate('financial-report', 'fin-lawsuit-accrual', 'lexical', createRng(i)).needle.answers[0]!);
    }
    expect(answers.size).toBeGreaterThan(35);
  });

  it('rejects an unknown template id', () => {
    expect(() => drawFromTemplate('financial-report', 'no-such-template', 'lexical', createRng(1))).toThrow(/no-such-template/);
  });
});
