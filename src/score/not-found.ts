// Recognizes responses that say the document does not hold the answer (or give no answer at all).

import { cleanAnswer } from './clean.js';
import { refusalSpans } from './negation.js';
import { stripReasoning } from './think.js';

/** True when the response (its reasoning removed) is empty or says the information is not in the document. */
export function saysNotFound(response: string): boolean {
  const lower = cleanAnswer(stripReasoning(response)).lower;
  return lower.trim() === '' || refusalSpans(lower).length > 0;
}
