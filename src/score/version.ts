// The version of the scoring rules, recorded in run.json so runs scored by different rules are never compared as like for like.

/**
 * Version of the scoring rules. 1: the value found anywhere in the response (needle 0.1). 2: what the response
 * asserts, with negations, hedges and lists of guesses never credited (issue #9). 3: Japanese and Chinese forms
 * (full-width digits, 万/億/亿 amounts, 年月日 and era dates, 割/分, 倍, Chinese numerals, names without spaces) and
 * their negations, refusals and hedges (issue #14); year-first slash dates (2031/4/3) in any language. 4: durations as values
 * equal across units (183毫秒 = 0.183秒 = 183 ms), the target of a change asserted and its origin context (从原来的A降到了X,
 * AからXに, "fell from A to X"), counters 人/名/位 alike (issue #14, round 2). Bump it whenever a rule change
 * can change a score; `needle report --rescore` brings an old run to the current version.
 */
export const SCORER_VERSION = '4';
