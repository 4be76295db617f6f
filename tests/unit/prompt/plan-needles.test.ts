// Planning with built-in needles: one place, one answer (values redrawn when the document already states them), texts fitted to their place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareHaystack, type PreparedHaystack } from '../../../src/haystack/prepare-haystack.js';
import { competingFacts } from '../../../src/needles/builtin.js';
import { DocumentValues } from '../../../src/needles/value-keys.js';
import { FIT_WINDOW, fitsNearDepth } from '../../../src/prompt/build-prompt.js';
import { buildTrialPrompt, planSweep, type NeedleSource } from '../../../src/prompt/plan.js';
import { builtinNeedleSource } from '../../../src/run/needle-source.js';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import type { Tokenizer } from '../../../src/types.js';

let tokenizer: Tokenizer;
let report: PreparedHaystack;
beforeAll(async () => {
  tokenizer = createTiktokenTokenizer('o200k_base');
  report = await prepareHaystack('financial-report', 9, 40_400, tokenizer, competingFacts('financial-report'));
});
afterAll(() => tokenizer.free());

describe('planning built-in needles', () => {
  it('never asks for a value the document part already states elsewhere', () => {
    const values = new DocumentValues(report.document.text);
    const plan = planSweep({ haystack: report, tokenizer, lengths: [10_000, 40_000], depths: [10, 50, 90], repeats: 12, seed: 9, needles: builtinNeedleSource('financial-report', 'mixed', 9, 0) });
    expect(plan.collisions).toEqual([]);
    for (const t of plan.trials) {
      const end = buildTrialPrompt({ haystack: report, tokenizer, seed: 9 }, t).documentEnd!;
      for (const a of t.needles.needle.answers) expect(values.firstMention(a, end), `${a} (${t.needles.needle.template})`).toBe(-1);
    }
  });

  it('redraws a repeat whose value the document states, and every cell then asks for the new value', () => {
    const source = builtinNeedleSource('financial-report', 'lexical', 9, 0);
    // A source whose first draw answers with a figure of the document itself.
    const taken = /\$(\d{1,3}(?:,\d{3})*\.\d) million/.exec(report.document.text)![0];
    const forced: NeedleSource = (repeat, attempt = 0) => {
      const d = source(repeat, attempt);
      if (attempt > 0) return d;
      const text = d.needle.text.replace(d.needle.answers[0]!, taken);
      return { ...d, needle: { ...d.needle, text, answers: [taken] }, renderers: { ...d.renderers!, needle: (p) => ({ ...d.renderers!.needle(p), text, answers: [taken] }) } };
    };
    const plan = planSweep({ haystack: report, tokenizer, lengths: [10_000, 30_000], depths: [20, 70], repeats: 1, seed: 9, needles: forced });
    const answers = new Set(plan.trials.map((t) => t.needles.needle.answers.join('|')));
    expect(answers.size).toBe(1);
    expect([...answers][0]).not.toBe(taken);
    expect(plan.draws[0]!.needle.answers).not.toContain(taken);
  });

  it('renders a report needle for the fiscal year of the report it lands in', async () => {
    // Two or three fiscal years of reports: needles deep in the document read in the later years' terms.
    const long = await prepareHaystack('financial-report', 9, 140_400, tokenizer, competingFacts('financial-report'));
    const plan = planSweep({ haystack: long, tokenizer, lengths: [140_000], depths: [15, 85], repeats: 26, seed: 9, needles: builtinNeedleSource('financial-report', 'lexical', 9, 0) });
    const years = new Set<number>();
    for (const t of plan.trials) {
      const p = t.placements[0]!;
      expect(p.place?.kind).toBe('financial-report');
      const fy = p.place!.kind === 'financial-report' ? p.place!.fiscalYear : 0;
      years.add(fy);
      for (const m of p.placed.text.matchAll(/(?:fiscal|[A-Z][a-z]+(?: \d{1,2},)?) (\d{4})\b/g)) {
        expect(Number(m[1]), `${m[0]} in the fiscal ${fy} report`).toBeGreaterThanOrEqual(fy - 3);
        expect(Number(m[1]), `${m[0]} in the fiscal ${fy} report`).toBeLessThanOrEqual(fy + 12);
      }
      expect(p.rendered).toContain(t.needles.needle.text.trim());
    }
    expect(years.size).toBeGreaterThanOrEqual(2);
  });

  it('places needles in a section they fit where one is near, within a few points of the asked depth', () => {
    // 8K and 40K tokens hold the start of one report only (Items 1 and 1A): a repeat whose template has no section
    // near a cell's depth there takes another built-in template that has one, and the trial says so.
    const plan = planSweep({ haystack: report, tokenizer, lengths: [8_000, 40_000], depths: [10, 30, 50, 70, 90], repeats: 13, seed: 9, needles: builtinNeedleSource('financial-report', 'mixed', 9, 0) });
    const fits = plan.trials.filter((t) => t.placements[0]!.fits).length;
    expect(fits / plan.trials.length).toBeGreaterThanOrEqual(0.9);
    for (const t of plan.trials) {
      expect(Math.abs(t.placements[0]!.depth - t.cell.depth)).toBeLessThanOrEqual(FIT_WINDOW * 100 + 1);
      const own = plan.draws[t.repeat]!.needle;
      expect(t.needles.needle.variant).toBe(own.variant);
      if (t.choice === 'fitted') expect(t.needles.needle.template).not.toBe(own.template);
      else expect(t.needles.needle.template).toBe(own.template);
      expect(t.choice === 'unfitted').toBe(!t.placements[0]!.fits);
    }
    expect(plan.trials.some((t) => t.choice === 'fitted')).toBe(true);
    // The grid still mixes templates: many of them at each length.
    for (const length of [8_000, 40_000]) expect(new Set(plan.trials.filter((t) => t.cell.length === length).map((t) => t.needles.needle.template)).size).toBeGreaterThanOrEqual(8);
  });

  it('tells whether a text has a fitting place near a depth of a document part', () => {
    const trial = planSweep({ haystack: report, tokenizer, lengths: [16_000], depths: [50], repeats: 1, seed: 9, needles: builtinNeedleSource('financial-report', 'lexical', 9, 0) }).trials[0]!;
    const end = buildTrialPrompt({ haystack: report, tokenizer, seed: 9 }, trial).documentEnd!;
    const section = (s: string) => fitsNearDepth(report, end, 50, { sections: [s], role: 'needle' });
    // The middle of a 16K prefix is in Item 1's segment discussion, far from the audit-fee Item of Part III.
    expect([section('reportable segments'), section('item 1')]).toContain(true);
    expect(section('item 14')).toBe(false);
    expect(fitsNearDepth(report, end, 0, { sections: ['reportable segments'], role: 'needle' })).toBe(false);
  });
});
