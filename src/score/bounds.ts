// Upper and lower bounds: a ceiling ("maximum", "at most", "below") against a floor ("minimum", "at least", "above").

const LOWER = /\b(?:minimum|min|floor|at\s+least|no\s+(?:less|fewer)\s+than|not\s+(?:fall\s+|go\s+|drop\s+)?below|lower\s+(?:limit|bound)|above)\b|下限|最低|以上|不低于|不少于|至少|最少/;
const LOWER_ALL = new RegExp(LOWER.source, 'g');
const UPPER = /\b(?:maximum|max|ceiling|cap|capped|at\s+most|no\s+more\s+than|not\s+(?:to\s+)?exceed|upper\s+(?:limit|bound)|below|up\s+to)\b|上限|最大|最高|以下|不超过|不得超过|不高于|至多|最多|を超えない/;

/**
 * Which bound a text speaks of: `upper` ("What ceiling on debt…", "leverage must stay below"), `lower`
 * ("minimum interest coverage", "at least"), or null when it speaks of neither or of both.
 */
export function boundOf(text: string): 'upper' | 'lower' | null {
  const lower = LOWER.test(text);
  // "not below" is a floor: the lower-bound phrases are taken out before looking for an upper one.
  const upper = UPPER.test(text.replace(LOWER_ALL, ' '));
  return lower === upper ? null : lower ? 'lower' : 'upper';
}
