// `needle audit`: checks the built-in needles against the documents they go into, and what keyword matching alone solves.
//
// Per template and haystack kind, over several seeds and lengths, with the needle placed as a sweep places it:
// - value collisions: the expected answer also appears elsewhere in the document part (after the planner's redraws);
// - competing statements: a document sentence matching the template's rival patterns that holds a value of the
//   answer's type (it would answer the question too); the best BM25 matches for the paraphrased question are kept
//   as evidence;
// - contradictions: the document part states a fact the template competes with (the generator's own tags) or
//   matches one of the template's contradiction patterns;
// - section fit: the needle landed in a section (meeting kind, speaker) it fits, and how far it moved to get there;
// - the keyword baseline (BM25) solve rate for lexical and paraphrased questions.

import { generatorFor } from '../haystack/generators.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { FactKey } from '../haystack/place-context.js';
import { prepareHaystack } from '../haystack/prepare-haystack.js';
import { isCjkText, sentenceStarts } from '../haystack/sentences.js';
import { createBaselineModel } from '../models/baseline.js';
import { queryTerms } from '../models/lexical-retriever.js';
import { competingFacts, templatesFor } from '../needles/builtin.js';
import type { QuestionVariant, WorldTemplate } from '../needles/template.js';
import { wordOverlap } from '../needles/overlap.js';
import { DocumentValues, valueType, type ValueType } from '../needles/value-keys.js';
import { planSweep, type Trial } from '../prompt/plan.js';
import { scoreResponse } from '../score/score.js';
import type { HaystackKind, Lang, Tokenizer } from '../types.js';
import { chooseFitting, drawNeedles } from './needle-source.js';
import { buildTrialPrompt, type NeedleSource, type TrialNeedles } from '../prompt/plan.js';
import { drawSpec, type NeedleSpec } from '../needles/builtin.js';
import { createRng } from '../util/rng.js';

/** Bars the built-in sets must meet: keyword matching solves at most 20% of paraphrased and at least 90% of lexical. */
export const AUDIT_BARS = { paraphrasedMax: 0.2, lexicalMin: 0.9 } as const;

/** What the audit found for one template. */
export interface AuditRow {
  template: string;
  twoHop: boolean;
  /** Placed needles checked (seeds × draws × lengths). */
  trials: number;
  /** Value redraws the planner needed before the answer was unique in the document. */
  redraws: number;
  /** Trials whose answer still appears elsewhere in the document part. */
  collisions: number;
  /** Trials whose document part holds a rival statement (rival pattern and a value of the answer's type). */
  competing: number;
  /** Trials whose document part states a competing fact (generator tags) or a contradiction pattern. */
  contradictions: number;
  /** Trials whose needle landed where it fits (section; in a transcript also a fitting speaker and room on the clock). */
  fits: number;
  /** Distance between target and achieved depth, in percent points. */
  depthError: { mean: number; max: number };
  /** Keyword baseline, per question variant. */
  keyword: Partial<Record<QuestionVariant, { trials: number; solved: number; overlap: number }>>;
  /** A few findings to read (collisions, rival sentences, the paraphrased question's best matches). */
  evidence: string[];
}

/** The audit of one haystack kind. */
export interface AuditResult {
  kind: HaystackKind;
  /** The documents' language (issue #14); absent in audits written before it: `en`. */
  lang: Lang;
  seeds: number[];
  lengths: number[];
  /** Length of the keyword-baseline prompts. */
  baselineLength: number;
  /** Facts the haystack left out (the union of the templates' `competes`). */
  omitted: FactKey[];
  /** Template `competes` keys the generator does not know (leaving them out would do nothing). */
  unknownFacts: string[];
  rows: AuditRow[];
  totals: { trials: number; redraws: number; collisions: number; competing: number; contradictions: number; fits: number };
  /** Share of placed needles that fit their place, per prompt length. */
  fitByLength: Record<string, number>;
  /** Share solved per variant by the keyword baseline. */
  solvedRate: Partial<Record<QuestionVariant, number>>;
}

/** What an audit run needs. */
export interface AuditInput {
  kind: HaystackKind;
  /** Language of the documents and needles audited. @default 'en' */
  lang?: Lang;
  tokenizer: Tokenizer;
  seeds: number[];
  /** Prompt lengths the needles are placed at (the longest is generated once per seed; shorter ones are its prefixes). */
  lengths: number[];
  /** Draws per template and seed. @default 2 */
  draws?: number;
  /** Length of the keyword-baseline prompts. @default the shortest of `lengths` */
  baselineLength?: number;
  variants?: QuestionVariant[];
  /** Generate the haystack with every fact stated (to see what the omission prevents). @default false */
  keepFacts?: boolean;
  onProgress?: (message: string) => void;
}

interface Unit {
  text: string;
  offset: number;
}

/** Sentences of prose and rows of tables, with their offsets (a turn's label stays: it never holds a value). */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|') && isCjkText(line)) {
      // Japanese and Chinese: sentences end at 。！？ with no space after them.
      let from = 0;
      for (const at of [...sentenceStarts(line), line.length]) {
        if (line.slice(from, at).trim()) out.push({ text: line.slice(from, at), offset: offset + from });
        from = at;
      }
    } else if (line.startsWith('|') || !/[.!?]\s/.test(line)) {
      if (line.trim()) out.push({ text: line, offset });
    } else {
      const re = /(?<=[.!?]["'”’)\]]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
      let from = 0;
      for (const m of line.matchAll(re)) {
        out.push({ text: line.slice(from, m.index), offset: offset + from });
        from = m.index! + m[0].length;
      }
      out.push({ text: line.slice(from), offset: offset + from });
    }
    offset += line.length + 1;
  }
  return out;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/** True when a sentence or table row states a value of the type (a table row in millions counts as money). */
function holdsValue(text: string, type: ValueType): boolean {
  switch (type) {
    case 'money':
      return /\$\s?\d/.test(text) || (text.startsWith('|') && /\d\.\d/.test(text)) || /\d(?:兆|億|亿|千万|百万|万|千)?\s*(?:円|元)/.test(text);
    case 'percent':
      return /\d\s*(%|％|percent)/.test(text);
    case 'multiple':
      return /\d(\.\d+)?\s*(x\b|to 1|倍)|\b\d\.\d\d\b/.test(text);
    case 'date':
      return new RegExp(`${MONTH} \\d{1,2}, \\d{4}`).test(text) || /\d{1,4}年\d{1,2}月\d{1,2}日/.test(text);
    case 'count':
      return /(?<![\d.,$])\d{2,}(?![\d.,%])/.test(text);
    default:
      return true;
  }
}

/** The `k` best BM25 matches of a question among units (a small index over the units' terms). */
function bestMatches(all: Unit[], end: number, question: string, k: number): Unit[] {
  const terms = queryTerms(question);
  if (terms.length === 0) return [];
  const docs = all.filter((u) => u.offset < end);
  const tf = docs.map((u) => {
    const words = queryTerms(u.text);
    return { n: words.length, hits: terms.map((t) => (words.includes(t) ? 1 : 0)) };
  });
  const avg = tf.reduce((a, d) => a + d.n, 0) / Math.max(1, tf.length);
  const df = terms.map((_, i) => tf.reduce((a, d) => a + d.hits[i]!, 0));
  const idf = df.map((d) => Math.log(1 + (docs.length - d + 0.5) / (d + 0.5)));
  const scored = tf.map((d, i) => ({ i, s: d.hits.reduce<number>((a, h, t) => a + (h ? (idf[t]! * 2.2) / (1 + 1.2 * (0.25 + (0.75 * d.n) / avg)) : 0), 0) }));
  return scored.filter((x) => x.s > 0).sort((a, b) => b.s - a.s).slice(0, k).map((x) => docs[x.i]!);
}

/**
 * A needle source whose repeat draws template `t`, recording the values of the draw the planner accepts (the last
 * one asked for). With `fit`, it behaves as a sweep's: a cell where `t` has no fitting place near its depth takes
 * another template that has one (`chooseFitting`), whose draw `specOf` returns.
 */
function templateSource(kind: HaystackKind, t: WorldTemplate, templates: readonly WorldTemplate[], world: unknown, seed: number, label: string, variant: QuestionVariant, fit: boolean) {
  const state = { attempt: 0, spec: null as NeedleSpec | null };
  const stream = createRng(seed).fork(`audit/${t.id}/${label}`);
  const fitting = chooseFitting(kind, templates, world, stream, 0);
  const own = new Map<number, TrialNeedles>();
  const source: NeedleSource = (_repeat, attempt = 0, at) => {
    let drawn = own.get(attempt);
    if (!drawn) {
      const spec = drawSpec(kind, t.id, variant, world, attempt === 0 ? stream.fork('values') : stream.fork(`values/redraw-${attempt}`));
      state.attempt = attempt;
      state.spec = spec;
      own.set(attempt, (drawn = drawNeedles([spec], world, 'value', 0)));
    }
    return at && fit ? (fitting.choose(0, attempt, drawn, at) ?? drawn) : drawn;
  };
  /** The draw behind a planned trial: `t`'s, or the template a cell took instead. */
  const specOf = (trial: Trial): NeedleSpec => {
    const id = trial.needles.needle.template;
    return id === t.id || !id ? state.spec! : fitting.spec(0, state.attempt, templates.find((x) => x.id === id)!, variant);
  };
  return { source, state, specOf };
}

/** Runs the audit for one kind. */
export async function auditNeedles(input: AuditInput): Promise<AuditResult> {
  const { kind, tokenizer, seeds } = input;
  const lengths = [...input.lengths].sort((a, b) => a - b);
  const draws = input.draws ?? 2;
  const baselineLength = input.baselineLength ?? lengths[0]!;
  const variants = input.variants ?? ['lexical', 'paraphrased'];
  const lang = input.lang ?? 'en';
  const templates = templatesFor(kind, lang);
  const generator = generatorFor(kind, lang);
  const omit = input.keepFacts ? new Set<FactKey>() : competingFacts(kind, templates);
  const known = new Set(generator.facts);
  const unknownFacts = [...new Set(templates.flatMap((t) => t.competes.filter((f) => !known.has(f)).map((f) => `${t.id}: ${f}`)))];
  const rows = new Map<string, AuditRow & { errSum: number }>();
  const fitCount = new Map<number, [number, number]>();
  for (const t of templates) {
    rows.set(t.id, { template: t.id, twoHop: t.twoHop === true, trials: 0, redraws: 0, collisions: 0, competing: 0, contradictions: 0, fits: 0, depthError: { mean: 0, max: 0 }, keyword: {}, evidence: [], errSum: 0 });
  }
  const model = createBaselineModel();
  const signal = new AbortController().signal;
  const longest = lengths[lengths.length - 1]!;

  for (const [s, seed] of seeds.entries()) {
    input.onProgress?.(`${kind}${lang === 'en' ? '' : ` (${lang})`}: seed ${seed} (${s + 1}/${seeds.length}), ${Math.max(longest, baselineLength).toLocaleString('en-US')}-token haystack`);
    const haystack = await prepareHaystack(kind, seed, Math.max(longest, baselineLength) + 400, tokenizer, omit, lang);
    const doc = { haystack, tokenizer, seed, values: new DocumentValues(haystack.document.text), units: units(haystack.document.text), tagged: factOffsets(kind, lang, seed, omit, haystack.document.text.length) };
    const world = generator.world(seed);
    for (const t of templates) {
      const row = rows.get(t.id)!;
      // Placed as a sweep places them: the planner's draw, redraw and placement, at depths spread over the document.
      for (let d = 0; d < draws; d++) {
        const depth = [9, 31, 53, 77, 94][(d * 2 + s) % 5]!;
        const { source, state, specOf } = templateSource(kind, t, templates, world, seed, `place-${d}`, 'paraphrased', true);
        const plan = planSweep({ haystack, tokenizer, lengths, depths: [depth], repeats: 1, seed, needles: source });
        row.redraws += state.attempt;
        for (const trial of plan.trials) {
          // A cell where `t` has no fitting place carries the template a sweep would choose there: checked as that one.
          const spec = specOf(trial);
          checkTrial(rows.get(spec.template.id)!, spec.template, spec.values, world, trial, doc);
          const f = fitCount.get(trial.cell.length) ?? [0, 0];
          fitCount.set(trial.cell.length, [f[0] + (trial.placements[0]!.fits ? 1 : 0), f[1] + 1]);
        }
      }
      // The keyword baseline, on the baseline length, for each variant.
      for (const variant of variants) {
        const k = (row.keyword[variant] ??= { trials: 0, solved: 0, overlap: 0 });
        for (let d = 0; d < draws; d++) {
          const depth = draws === 1 ? 50 : (d * 100) / (draws - 1);
          const { source } = templateSource(kind, t, templates, world, seed, `keyword-${d}`, variant, false);
          const trial = planSweep({ haystack, tokenizer, lengths: [baselineLength], depths: [depth], repeats: 1, seed, needles: source }).trials[0]!;
          const messages = buildTrialPrompt({ haystack, tokenizer, seed }, trial).messages;
          const answer = await model.complete({ messages, signal });
          if (scoreResponse(answer.text, trial.needles.needle.answers, [], { question: trial.needles.needle.question }).score === 1) k.solved++;
          k.trials++;
          k.overlap += wordOverlap(trial.needles.needle.question, [trial.needles.needle.text, ...trial.needles.companions.map((c) => c.text)].join(' '));
        }
      }
    }
  }
  const out: AuditRow[] = [...rows.values()].map(({ errSum, ...r }) => ({
    ...r,
    depthError: { mean: r.trials ? Math.round((errSum / r.trials) * 100) / 100 : 0, max: Math.round(r.depthError.max * 100) / 100 },
    keyword: Object.fromEntries(Object.entries(r.keyword).map(([v, k]) => [v, { ...k, overlap: k.trials ? Math.round((k.overlap / k.trials) * 1000) / 1000 : 0 }])),
  }));
  const sum = (f: (r: AuditRow) => number) => out.reduce((a, r) => a + f(r), 0);
  const solvedRate: AuditResult['solvedRate'] = {};
  for (const v of variants) solvedRate[v] = sum((r) => r.keyword[v]?.solved ?? 0) / Math.max(1, sum((r) => r.keyword[v]?.trials ?? 0));
  return {
    kind, lang, seeds, lengths, baselineLength, omitted: [...omit], unknownFacts, rows: out, solvedRate,
    fitByLength: Object.fromEntries([...fitCount.entries()].map(([l, [f, n]]) => [String(l), Math.round((f / n) * 1000) / 1000])),
    totals: { trials: sum((r) => r.trials), redraws: sum((r) => r.redraws), collisions: sum((r) => r.collisions), competing: sum((r) => r.competing), contradictions: sum((r) => r.contradictions), fits: sum((r) => r.fits) },
  };
}

/** Offsets of the first block stating each fact (as the generator tagged them). */
function factOffsets(kind: HaystackKind, lang: Lang, seed: number, omit: ReadonlySet<FactKey>, chars: number): Map<FactKey, number> {
  const first = new Map<FactKey, number>();
  let offset = 0;
  for (const block of generatorFor(kind, lang).blocks(seed, { omit })) {
    if (offset >= chars) break;
    for (const f of block.facts ?? []) if (!first.has(f)) first.set(f, offset);
    offset += block.text.length + 2;
  }
  return first;
}

interface AuditDocument {
  haystack: PreparedHaystack;
  tokenizer: Tokenizer;
  seed: number;
  values: DocumentValues;
  units: Unit[];
  tagged: Map<FactKey, number>;
}

/** Checks one placed trial of a template and adds what it finds to the row. */
function checkTrial(row: AuditRow & { errSum: number }, t: WorldTemplate, drawn: unknown, world: unknown, trial: Trial, doc: AuditDocument): void {
  const end = buildTrialPrompt(doc, trial).documentEnd ?? doc.haystack.document.text.length;
  const needle = trial.needles.needle;
  const placement = trial.placements[0]!;
  const at = `${trial.cell.length.toLocaleString('en-US')} tokens, depth ${trial.cell.depth}%`;
  const note = (s: string) => {
    if (row.evidence.length < 8) row.evidence.push(s);
  };
  row.trials++;
  if (placement.fits) row.fits++;
  const err = Math.abs(placement.depth - trial.cell.depth);
  row.errSum += err;
  row.depthError.max = Math.max(row.depthError.max, err);
  for (const answer of needle.answers) {
    const where = doc.values.firstMention(answer, end);
    if (where >= 0) {
      row.collisions++;
      note(`collision (${at}): "${answer}" also in "${doc.values.excerpt(where)}"`);
      break;
    }
  }
  const type = valueType(needle.answers[0] ?? '');
  const rivals = t.rivals?.(drawn, world) ?? [];
  const rival = rivals.length ? doc.units.find((u) => u.offset < end && rivals.some((re) => re.test(u.text)) && holdsValue(u.text, type)) : undefined;
  if (rival) {
    row.competing++;
    note(`competing statement (${at}): "${rival.text.slice(0, 200)}"`);
  }
  const stated = t.competes.filter((f) => (doc.tagged.get(f) ?? Infinity) < end);
  const patterns = t.contradicts?.(drawn, world) ?? [];
  const contradiction = patterns.length ? doc.units.find((u) => u.offset < end && patterns.some((re) => re.test(u.text))) : undefined;
  if (stated.length > 0 || contradiction) {
    row.contradictions++;
    note(stated.length > 0 ? `states facts it competes with (${at}): ${stated.join(', ')}` : `contradiction (${at}): "${contradiction!.text.slice(0, 200)}"`);
  }
  // Evidence to read: the sentence keyword matching ranks first for the paraphrased question.
  if (row.trials === 1) {
    const best = bestMatches(doc.units, end, needle.question, 1)[0];
    if (best) note(`best match for "${needle.question}" (${at}): "${best.text.slice(0, 180)}"${holdsValue(best.text, type) ? ' [holds a value of the answer type]' : ''}`);
  }
}
