// Fits a prompt to a length in the SERVER's tokens: build in our tokens, count on the server, correct by secant steps.

import { UsageError } from '../errors.js';
import type { ChatMessage } from '../types.js';
import type { BuiltPrompt } from './build-prompt.js';

/** Tuning of the search. */
export interface FitOptions {
  /** Accept a prompt within this fraction below the target. @default 0.01 */
  tolerance?: number;
  /** Most server counts per prompt. @default 6 */
  maxSteps?: number;
  /** Learned relation between our tokens and the server's, shared across the cells of a sweep. */
  cache?: RatioCache;
  /** Starting ratio our/server when no cache has a prediction. @default 1 */
  ratio?: number;
}

/** The prompt chosen. */
export interface FitResult {
  prompt: BuiltPrompt;
  /** Its length in the server's tokens (≤ target). */
  serverTokens: number;
  /** Its length in our tokens. */
  ourTokens: number;
  /** Server counts spent (identical prompts are counted once). */
  steps: number;
}

/**
 * Remembers measured (our, server) pairs and predicts the our-token length that gives a server length.
 * Chat templates add a constant, so the relation is affine: server ≈ a × ours + b; two measurements far enough
 * apart fix both, one gives a ratio. A sweep that shares one cache needs one or two counts per cell.
 */
export interface RatioCache {
  /** Our-token length expected to give `serverTarget` server tokens, or null before any measurement. */
  predict(serverTarget: number): number | null;
  /** Records one measurement. */
  record(ourTokens: number, serverTokens: number): void;
}

/** Creates an empty RatioCache. */
export function createRatioCache(): RatioCache {
  // Latest measurement first; a few are enough to pick a well-separated pair.
  const points: Array<{ ours: number; server: number }> = [];
  return {
    predict(serverTarget: number): number | null {
      if (points.length === 0) return null;
      const line = affineFrom(points, serverTarget);
      return line ? line : (serverTarget * points[0]!.ours) / points[0]!.server;
    },
    record(ours: number, server: number): void {
      if (!(ours > 0 && server > 0)) return;
      points.unshift({ ours, server });
      if (points.length > 8) points.pop();
    },
  };
}

/** Prediction from the two points that bracket or lie nearest the target (need ≥ 5% spread), or null. */
function affineFrom(points: Array<{ ours: number; server: number }>, target: number): number | null {
  const near = points.slice().sort((p, q) => Math.abs(p.server - target) - Math.abs(q.server - target));
  const a = near[0]!;
  const b = near.find((p) => Math.abs(p.server - a.server) > 0.05 * Math.max(a.server, p.server));
  if (!b) return null;
  const slope = (b.ours - a.ours) / (b.server - a.server);
  if (!(slope > 0)) return null;
  return a.ours + (target - a.server) * slope;
}

/**
 * Finds the prompt whose server count is at most `target` and as close to it as the haystack allows.
 * `build(ourLength)` must return the longest prompt of at most `ourLength` of our tokens (it may throw when too short);
 * `count` measures a prompt in the server's tokens. Aims just below the target so the first try usually lands.
 */
export async function fitToServerLength(
  target: number,
  build: (ourLength: number) => BuiltPrompt,
  count: (messages: ChatMessage[]) => Promise<number>,
  opts: FitOptions = {},
): Promise<FitResult> {
  const tolerance = opts.tolerance ?? 0.01;
  const maxSteps = Math.max(1, opts.maxSteps ?? 6);
  const floor = Math.ceil(target * (1 - tolerance));
  const aim = (target + floor) / 2;
  const seen = new Map<string, { prompt: BuiltPrompt; server: number }>();
  const tried: Array<{ ours: number; server: number }> = [];
  let best: { prompt: BuiltPrompt; server: number } | null = null;
  let smallestOver: { ours: number; server: number } | null = null;
  let steps = 0;

  let request = Math.round(opts.cache?.predict(aim) ?? aim * (opts.ratio ?? 1));
  let repeated = false;
  for (let round = 0; round < maxSteps * 4 && steps < maxSteps; round++) {
    const prompt = build(Math.max(1, request));
    const fingerprint = `${prompt.promptTokens}:${prompt.messages.map((m) => m.content.length).join(',')}`;
    let measured = seen.get(fingerprint);
    repeated = measured !== undefined;
    if (!measured) {
      measured = { prompt, server: await count(prompt.messages) };
      steps++;
      seen.set(fingerprint, measured);
      tried.push({ ours: prompt.promptTokens, server: measured.server });
      opts.cache?.record(prompt.promptTokens, measured.server);
    }
    const { server } = measured;
    if (server <= target && (!best || server > best.server)) best = measured;
    if (server > target && (!smallestOver || server < smallestOver.server)) smallestOver = { ours: prompt.promptTokens, server };
    if (best && best.server >= floor) break;

    let next = nextRequest(tried, aim, best, smallestOver);
    // The estimate fell between two cut points and rebuilt a prompt already counted: reach for the next cut up.
    if (repeated && (next === null || next <= request) && best) {
      const ceiling = smallestOver ? smallestOver.ours - 1 : Infinity;
      const stepUp = request + Math.max(4, Math.round(0.004 * target));
      next = stepUp <= ceiling ? stepUp : null;
    }
    // No new length to try (the haystack's cut points are too coarse to get closer): keep the best so far.
    if (next === null || next === request) break;
    request = next;
  }
  if (!best) {
    throw new UsageError(`cannot fit a prompt into ${target} server tokens: the closest took ${smallestOver?.server ?? '?'} after ${steps} counts`, {
      hint: 'the server counts far more tokens than expected; lower the length or check the tokenizer setting',
    });
  }
  return { prompt: best.prompt, serverTokens: best.server, ourTokens: best.prompt.promptTokens, steps };
}

/** Next our-length to build: a secant step through the two latest measurements, kept inside the bracket found so far (null when it is closed). */
function nextRequest(
  tried: Array<{ ours: number; server: number }>,
  aim: number,
  best: { prompt: BuiltPrompt; server: number } | null,
  over: { ours: number; server: number } | null,
): number | null {
  const last = tried[tried.length - 1]!;
  const prev = tried.length > 1 ? tried[tried.length - 2]! : null;
  let guess: number;
  if (prev && prev.server !== last.server && prev.ours !== last.ours) {
    guess = last.ours + ((aim - last.server) * (last.ours - prev.ours)) / (last.server - prev.server);
  } else {
    guess = (last.ours * aim) / last.server;
  }
  // Stay strictly between the longest prompt that fits and the shortest that does not.
  const lo = best ? best.prompt.promptTokens + 1 : 1;
  const hi = over ? over.ours - 1 : Infinity;
  if (lo > hi) return null;
  if (!Number.isFinite(guess)) guess = lo;
  return Math.round(Math.min(hi, Math.max(lo, guess)));
}
