// Scores one response: fraction of expected answers found, and what kind of answer it was.
import type { Outcome } from '../types.js';
import { findAnswerIn, prepareResponse } from './match.js';
import { saysNotFound } from './not-found.js';
import { normalizeText } from './normalize.js';

/** The score of one response. */
export interface ScoreResult {
  /** Fraction of expected answers found, 0–1. */
  score: number;
  outcome: Outcome;
  /** The expected answers that were found, in the given order. */
  found: string[];
  /** All expected answers found but a decoy's answer too: worth a second opinion (e.g. a judge). */
  ambiguous: boolean;
}

/**
 * Scores a response against the expected answers and, optionally, the answers of decoys placed in the
 * document. Outcome: `correct` (all found), `partial` (some), `distractor` (none, but a decoy's answer),
 * `not_found` (none, and the response says the document does not say), else `wrong`.
 */
export function scoreResponse(response: string, expected: string[], decoys: string[][] = []): ScoreResult {
  const prepared = prepareResponse(response);
  const found = expected.filter((a) => findAnswerIn(prepared, a));
  const score = expected.length === 0 ? 0 : found.length / expected.length;
  // A decoy answer that is also an expected answer says nothing about being misled.
  const expectedKeys = new Set(expected.map(normalizeText));
  const decoyHit = decoys.some((answers) =>
    answers.some((a) => !expectedKeys.has(normalizeText(a)) && findAnswerIn(prepared, a)),
  );
  let outcome: Outcome;
  if (expected.length > 0 && found.length === expected.length) outcome = 'correct';
  else if (found.length > 0) outcome = 'partial';
  else if (decoyHit) outcome = 'distractor';
  else if (saysNotFound(response)) outcome = 'not_found';
  else outcome = 'wrong';
  return { score, outcome, found, ambiguous: outcome === 'correct' && decoyHit };
}
