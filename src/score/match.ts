// Does a text state an answer anywhere? Values by meaning, names by their words (used to check needle texts).

import { readAnswer } from './answer-type.js';
import { cleanAnswer } from './clean.js';
import { findName, tokenize } from './names.js';
import { valueMatches, valuesIn } from './values.js';

/**
 * True when the answer appears anywhere in the text: a value by meaning (`$4,700,000` for `$4.7 million`,
 * `4.15 to 1` for `4.15x`), a name by its words on word boundaries (`Lisbon` is not in `Lisbonne`), with
 * abbreviations read in full (`St.` = `Street`). Occurrence only: it does not tell an answer from a mention
 * (that is `scoreResponse`); it checks that a needle's text states its answer.
 */
export function findAnswer(text: string, answer: string): boolean {
  const spec = readAnswer(answer);
  const clean = cleanAnswer(text);
  if (spec.kind === 'value') return valuesIn(clean.lower).some((f) => valueMatches(spec.value, f.value));
  if (spec.pattern.tokens.length === 0) return false;
  const tokens = tokenize(clean.lower);
  const whole = spec.pattern.tokens;
  for (let i = 0; i + whole.length <= tokens.length; i++) {
    if (whole.every((w, j) => tokens[i + j]!.word === w)) return true;
  }
  return findName({ ...spec.pattern, core: spec.pattern.tokens, person: false }, tokens).length > 0;
}
