// With the model's own tokenizer (`hf:` or a preset) and a server that has /tokenize: count a few built prompts
// both ways before sending, so a wrong tokenizer or chat template is caught before the sweep runs.

import type { ServerCounter } from '../tokenize/server-counter.js';
import { buildTrialPrompt, type Plan, type PlanInput } from '../prompt/plan.js';
import type { TokenizerCrossCheck } from '../types.js';

/** The first trial of the shortest, a middle and the longest length (distinct lengths only). */
export function crossCheckTrials(plan: Plan, count = 3): Plan['trials'] {
  const lengths = [...new Set(plan.trials.map((t) => t.cell.length))].sort((a, b) => a - b);
  const picked = count >= lengths.length ? lengths : [lengths[0]!, lengths[Math.floor((lengths.length - 1) / 2)]!, lengths.at(-1)!].slice(0, count);
  return [...new Set(picked)].map((length) => plan.trials.find((t) => t.cell.length === length)!);
}

/**
 * Tokens a server's count may differ from ours and still agree. vLLM's /tokenize applies the chat template and must
 * agree exactly; llama.cpp's counts message contents and adds a template overhead calibrated from a tiny chat, which
 * can be a token or two off on its own.
 */
export function crossCheckTolerance(kind: ServerCounter['kind'], ours: number): number {
  return kind === 'vllm' ? 0 : Math.max(2, Math.round(ours * 0.002));
}

/** Counts the picked prompts with the server and compares them with our counts. */
export async function crossCheckTokenizer(plan: Plan, input: Pick<PlanInput, 'haystack' | 'tokenizer' | 'seed'>, counter: ServerCounter): Promise<TokenizerCrossCheck> {
  const prompts: TokenizerCrossCheck['prompts'] = [];
  for (const trial of crossCheckTrials(plan)) {
    const built = buildTrialPrompt(input, trial);
    const server = await counter.countMessages(built.messages);
    prompts.push({ length: trial.cell.length, depth: trial.cell.depth, ours: built.promptTokens, server });
  }
  const agreed = prompts.filter((p) => Math.abs(p.ours - p.server) <= crossCheckTolerance(counter.kind, p.ours)).length;
  return { server: `${counter.kind} /tokenize`, prompts, agreed, exact: prompts.filter((p) => p.ours === p.server).length };
}

/** One line for the terminal: agreement, or what a disagreement means. */
export function describeCrossCheck(check: TokenizerCrossCheck, tokenizer: string): { ok: boolean; message: string } {
  const n = check.prompts.length;
  if (check.agreed === n) {
    const sizes = check.prompts.map((p) => p.ours.toLocaleString('en-US')).join(', ');
    const how = check.exact === n ? 'exactly as' : 'within a calibration error of';
    return { ok: true, message: `tokenizer check: the server's ${check.server} counts ${n} of ${n} prompts ${how} ${tokenizer} does (${sizes} tokens)` };
  }
  const worst = check.prompts.reduce((a, b) => (Math.abs(b.server - b.ours) > Math.abs(a.server - a.ours) ? b : a));
  const ratio = (worst.server / Math.max(1, worst.ours)).toFixed(3);
  return {
    ok: false,
    message:
      `tokenizer check: the server's ${check.server} agrees on ${check.agreed} of ${n} prompts; it counts ${worst.server.toLocaleString('en-US')} tokens ` +
      `where ${tokenizer} counts ${worst.ours.toLocaleString('en-US')} (×${ratio}): the tokenizer or chat template does not match this model's ` +
      `(lengths stay in ${tokenizer}'s count; check --tokenizer and --chat-template before trusting them)`,
  };
}
