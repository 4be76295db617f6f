// Chinese and Japanese text in the rules: which characters are CJK, and the character pairs that stand for words.

/** A Chinese or Japanese character (Han, hiragana, katakana). */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** True when a text holds Chinese or Japanese characters. */
export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/**
 * Pairs of adjacent Han or katakana characters: the words of text written without spaces (工場, 報酬, 上限,
 * インセ…). Hiragana (particles, endings) are left out so that two texts share pairs only where they share words.
 */
export function cjkBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/g)) {
    const run = m[0];
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}
