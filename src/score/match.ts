// Does a response contain an expected answer? Values by meaning, text by normalized whole words.
import { containsWords, normalizeText } from './normalize.js';
import { extractValues, parseValue, valueMatches } from './values.js';
import type { FoundValue } from './values.js';

/** A response prepared once for checking several answers against it. */
export interface PreparedResponse {
  text: string;
  values: FoundValue[];
}

/** Normalizes a response and extracts its values, for repeated `findAnswerIn` calls. */
export function prepareResponse(response: string): PreparedResponse {
  return { text: normalizeText(response), values: extractValues(response) };
}

/** `findAnswer` against a prepared response. */
export function findAnswerIn(prepared: PreparedResponse, answer: string): boolean {
  const expected = parseValue(answer);
  if (expected) return prepared.values.some((f) => valueMatches(expected, f.value));
  const wanted = normalizeText(answer);
  return wanted.length > 0 && containsWords(prepared.text, wanted);
}

/**
 * True when the answer appears in the response. An answer that is a single value (money, number, percent,
 * multiple, date, time) matches any equal value in the response (`$4,700,000` for `$4.7 million`); any other
 * answer matches as normalized text on word boundaries (`Lisbon` does not match `Lisbonne`).
 */
export function findAnswer(response: string, answer: string): boolean {
  return findAnswerIn(prepareResponse(response), answer);
}
