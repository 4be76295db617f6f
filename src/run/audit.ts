// Keyword-baseline audit: how much of a needle set plain keyword matching (BM25) solves, per template.

import type { HaystackKind, Tokenizer } from '../types.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { createBaselineModel } from '../models/baseline.js';
import { drawFromTemplate, listTemplates } from '../needles/builtin.js';
import type { QuestionVariant } from '../needles/template.js';
import { wordOverlap } from '../needles/overlap.js';
import { buildPrompt } from '../prompt/build-prompt.js';
import { insertionsFor } from '../prompt/plan.js';
import { scoreResponse } from '../score/score.js';
import { createRng } from '../util/rng.js';

/** Result of one template and variant. */
export interface AuditRow {
  template: string;
  variant: QuestionVariant;
  twoHop: boolean;
  trials: number;
  /** Trials the baseline answered with every expected answer. */
  solved: number;
  /** Mean question–needle word overlap. */
  overlap: number;
}

/** The audit of a needle set over a haystack. */
export interface AuditResult {
  kind: HaystackKind;
  length: number;
  rows: AuditRow[];
  /** Share solved per variant. */
  solvedRate: Partial<Record<QuestionVariant, number>>;
}

/** Bars the built-in sets must meet: keyword matching solves at most 20% of paraphrased and at least 90% of lexical. */
export const AUDIT_BARS = { paraphrasedMax: 0.2, lexicalMin: 0.9 } as const;

/**
 * Runs the in-process keyword baseline over `draws` instances of every template, at depths spread over
 * the document, for the given variants.
 */
export async function auditNeedles(input: {
  kind: HaystackKind;
  haystack: PreparedHaystack;
  tokenizer: Tokenizer;
  length: number;
  variants: QuestionVariant[];
  draws: number;
  seed: number;
}): Promise<AuditResult> {
  const model = createBaselineModel();
  const rows: AuditRow[] = [];
  const signal = new AbortController().signal;
  for (const { id, twoHop } of listTemplates(input.kind)) {
    for (const variant of input.variants) {
      let solved = 0;
      let overlap = 0;
      for (let i = 0; i < input.draws; i++) {
        const rng = createRng(input.seed).fork(`audit/${id}/${i}`);
        const draw = drawFromTemplate(input.kind, id, variant, rng);
        const depth = input.draws === 1 ? 50 : (i * 100) / (input.draws - 1);
        const insertions = insertionsFor(depth, { needle: draw.needle, companions: draw.companions, distractors: [] });
        const prompt = buildPrompt(input.haystack, input.tokenizer, input.length, insertions, draw.needle.question, rng.fork('place'));
        const answer = await model.complete({ messages: prompt.messages, signal });
        if (scoreResponse(answer.text, draw.needle.answers).score === 1) solved++;
        overlap += wordOverlap(draw.needle.question, [draw.needle.text, ...draw.companions.map((c) => c.text)].join(' '));
      }
      rows.push({ template: id, variant, twoHop, trials: input.draws, solved, overlap: overlap / input.draws });
    }
  }
  const solvedRate: AuditResult['solvedRate'] = {};
  for (const v of input.variants) {
    const rs = rows.filter((r) => r.variant === v);
    solvedRate[v] = rs.reduce((n, r) => n + r.solved, 0) / Math.max(1, rs.reduce((n, r) => n + r.trials, 0));
  }
  return { kind: input.kind, length: input.length, rows, solvedRate };
}
