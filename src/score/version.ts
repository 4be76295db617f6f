// The version of the scoring rules, recorded in run.json so runs scored by different rules are never compared as like for like.

/**
 * Version of the scoring rules. 1: the value found anywhere in the response (needle 0.1). 2: what the response
 * asserts, with negations, hedges and lists of guesses never credited (issue #9). Bump it whenever a rule change
 * can change a score; `needle report --rescore` brings an old run to the current version.
 */
export const SCORER_VERSION = '2';
