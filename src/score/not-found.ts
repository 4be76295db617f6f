// Recognizes responses that say the document does not hold the answer (or give no answer at all).

const PATTERNS: RegExp[] = [
  /\bnot (?:explicitly |directly |specifically )?(?:mentioned|specified|stated|provided|included|given|found|available|disclosed|present|listed|indicated)\b/,
  /\b(?:does not|doesn't|did not|didn't|do not|don't) (?:explicitly |directly |specifically )?(?:contain|mention|include|say|specify|provide|state|appear|disclose|indicate)\b/,
  /\bno (?:information|mention|data|record|details?|reference|indication)\b/,
  /\b(?:cannot|can't|can not|could not|couldn't|unable to|am unable to|was unable to) (?:find|locate|determine|identify|answer|tell|see)\b/,
  /\bi (?:don't|do not) know\b/,
  /\b(?:there is|there's|there are) no (?:information|mention|data|record|details?|reference|indication|such)\b/,
  /\bnot (?:in|within|part of) the (?:document|text|context|transcript|report|provided)\b/,
  /^(?:unknown|not known|n\/a|none|no answer)\.?$/,
];

/** True when the response is empty or says the information is not in the document. */
export function saysNotFound(response: string): boolean {
  const text = response
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .trim();
  if (text.length === 0) return true;
  return PATTERNS.some((re) => re.test(text));
}
