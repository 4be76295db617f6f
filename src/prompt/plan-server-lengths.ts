// Server-side lengths (--tokenizer server): re-cut every planned trial so the SERVER's count of its prompt fits the cell.

import type { ChatMessage } from '../types.js';
import { createRatioCache, fitToServerLength } from './fit-server-length.js';
import { buildTrialPrompt, promptHash, type Plan, type PlanInput, type Trial } from './plan.js';
import { hashId } from '../util/hash.js';

/** Counts a prompt in the model's own tokens (the server's /tokenize, or a calibration request). */
export type CountMessages = (messages: ChatMessage[]) => Promise<number>;

/**
 * Fits each trial's cut to the server's token count: one or two counts per cell once the ratio between
 * the tokenizers is learned. Trials keep the cut (in our tokens) so resending rebuilds the same prompt.
 */
export async function fitPlanToServer(
  plan: Plan,
  input: Pick<PlanInput, 'haystack' | 'tokenizer' | 'seed'>,
  count: CountMessages,
  onProgress?: (done: number, total: number) => void,
): Promise<Plan> {
  const cache = createRatioCache();
  const trials: Trial[] = [];
  for (const trial of plan.trials) {
    const fit = await fitToServerLength(trial.cell.length, (ours) => buildTrialPrompt(input, { ...trial, cutLength: ours }), count, { cache });
    const cutLength = fit.prompt.promptTokens;
    const promptSha256 = promptHash(fit.prompt);
    trials.push({
      ...trial,
      id: hashId({ v: 1, server: true, length: trial.cell.length, depth: trial.cell.depth, repeat: trial.repeat, prompt: promptSha256, answers: trial.needles.needle.answers }),
      cutLength,
      serverTokens: fit.serverTokens,
      promptTokens: fit.prompt.promptTokens,
      documentTokens: fit.prompt.documentTokens,
      placements: fit.prompt.placements,
      promptSha256,
    });
    onProgress?.(trials.length, plan.trials.length);
  }
  return { ...plan, trials };
}
