// Control trials: every question asked with no document and a best guess asked for, to catch needles a model knows or guesses.

import { EndpointError, NeedleError } from '../errors.js';
import type { Model } from '../models/model.js';
import type { TrialNeedles } from '../prompt/plan.js';
import { renderControlMessages } from '../prompt/template.js';
import { scoreResponse } from '../score/score.js';
import type { OutputLimit } from './output-limit.js';
import type { ControlSummary, Lang, TrialRecord } from '../types.js';
import { hashId, sha256 } from '../util/hash.js';

/**
 * The questions a control asks: each repeat's own, then each other built-in template a cell took in its place (a
 * `fitted` trial), once per repeat and question, so every question the heatmap scores is also asked without the document.
 */
export function controlQuestions(draws: readonly TrialNeedles[], trials: ReadonlyArray<{ repeat: number; needles: TrialNeedles; choice?: string }>): Array<{ repeat: number; draw: TrialNeedles }> {
  const out = draws.map((draw, repeat) => ({ repeat, draw }));
  const seen = new Set(out.map(({ repeat, draw }) => JSON.stringify([repeat, draw.needle.question, draw.needle.answers])));
  for (const t of trials) {
    if (t.choice !== 'fitted') continue;
    const key = JSON.stringify([t.repeat, t.needles.needle.question, t.needles.needle.answers]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ repeat: t.repeat, draw: t.needles });
  }
  return out;
}

/** Asks each question without the document; returns one record per question. */
export async function runControls(
  questions: ReadonlyArray<{ repeat: number; draw: TrialNeedles }>,
  model: Model,
  opts: { temperature: number | null; maxOutputTokens: number | null; signal: AbortSignal; skip: Set<string>; outputLimit?: OutputLimit; /** Language of the question (and the control's frame). @default 'en' */ lang?: Lang },
  onRecord: (record: TrialRecord) => void,
): Promise<void> {
  for (const { repeat, draw } of questions) {
    if (opts.signal.aborted) return;
    const messages = renderControlMessages(draw.needle.question, opts.lang ?? 'en');
    const promptSha = sha256(JSON.stringify(messages));
    const id = hashId({ v: 2, control: true, repeat, prompt: promptSha, answers: draw.needle.answers });
    if (opts.skip.has(id)) continue;
    const base = {
      trial_id: id, length: 0, depth: 0, repeat, prompt_tokens: 0, document_tokens: 0, needle_position: 0, needle_depth: 0,
      needle_id: draw.needle.id, needle_variant: draw.needle.variant ?? null, question: draw.needle.question, expected: draw.needle.answers,
      prompt_sha256: promptSha, model: model.id, finished_at: '',
    };
    try {
      const maxOutputTokens = opts.outputLimit?.current() ?? opts.maxOutputTokens;
      const r = await model.complete({ messages, temperature: opts.temperature ?? undefined, maxOutputTokens: maxOutputTokens ?? undefined, signal: opts.signal });
      opts.outputLimit?.note(r);
      // A guess is what the control asks for, so a guessed value counts.
      const s = scoreResponse(r.text, draw.needle.answers, [], { question: draw.needle.question, acceptGuesses: true });
      onRecord({
        ...base, status: 'ok', score: s.score, outcome: s.outcome, score_rule: s.score, score_reason: s.reason, usage_prompt_tokens: r.usage.promptTokens,
        usage_completion_tokens: r.usage.completionTokens, response: r.text, reasoning: r.reasoning ?? null, reasoning_tokens: r.usage.reasoningTokens ?? null,
        max_output_tokens: maxOutputTokens, finish_reason: r.finishReason, latency_ms: r.latencyMs, attempts: r.attempts, error: null, finished_at: new Date().toISOString(),
      });
    } catch (error) {
      if (opts.signal.aborted) return;
      if (error instanceof EndpointError || !(error instanceof NeedleError)) throw error;
      onRecord({
        ...base, status: 'error', score: null, outcome: null, usage_prompt_tokens: null, usage_completion_tokens: null, response: null,
        finish_reason: null, latency_ms: null, attempts: 1, error: error.message, finished_at: new Date().toISOString(),
      });
    }
  }
}

/** The template a needle id was drawn from: `fin-retention-bonus.lexical` → `fin-retention-bonus`; a user's `custom-3` stays. */
export function templateOf(needleId: string): string {
  return needleId.replace(/\.(?:lexical|paraphrased|custom)(?:\.multi-key-\d+)?$/, '').replace(/\.multi-key-\d+$/, '');
}

/** Accuracy over ok control trials, and the guess rate of each template (highest first). */
export function summarizeControls(records: TrialRecord[]): ControlSummary {
  const ok = records.filter((r) => r.status === 'ok');
  const byTemplate = new Map<string, { asked: number; guessed: number }>();
  for (const r of ok) {
    const t = templateOf(r.needle_id);
    const entry = byTemplate.get(t) ?? { asked: 0, guessed: 0 };
    entry.asked++;
    entry.guessed += r.score ?? 0;
    byTemplate.set(t, entry);
  }
  const by_template = [...byTemplate]
    .map(([template, e]) => ({ template, asked: e.asked, guessed: e.guessed, rate: e.guessed / e.asked }))
    .sort((a, b) => b.rate - a.rate || a.template.localeCompare(b.template));
  return { trials: records.length, ok: ok.length, accuracy: ok.length === 0 ? null : ok.reduce((n, r) => n + (r.score ?? 0), 0) / ok.length, by_template };
}
