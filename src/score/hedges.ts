// Hedges: a value offered as a guess ("it might be", "perhaps", "my best guess", "not sure", "Maybe 18%?", かもしれません, 可能是).

import type { Span } from './segments.js';

/** A guess is never a committed answer. Each pattern is tested on the sentence holding the value. */
const STRONG: RegExp[] = [
  /\b(?:might|could)\s+(?:also\s+|possibly\s+|perhaps\s+)?(?:be|have been|refer to|mean)\b/,
  /\bmay\s+(?:also\s+|possibly\s+)?(?:be|have been|refer to)\b/,
  /\b(?:perhaps|possibly|maybe|presumably|conceivably|supposedly|plausibly)\b/,
  /\bprobably\b/,
  /\b(?:is|was|are|were|be|it's|that's|most|very|quite)\s+likely\b|\blikely\s+(?:to be|around|about|refers?|the)\b|^\W*likely\b/,
  /\b(?:i|we)\s+(?:would\s+|'d\s+)?(?:guess|suspect|assume|speculate|estimate)\b/,
  /\b(?:best|my|a|educated|rough|wild)\s+guess\b|\bguessing\b|\bif i (?:had|have) to\b/,
  /\bnot\s+(?:entirely\s+|completely\s+|totally\s+|100%\s+|fully\s+)?(?:sure|certain|confident|clear)\b|\b(?:unsure|uncertain|unclear)\b/,
  /\b(?:appears|seems|seem|appear)\s+to\s+(?:be|have been|refer)\b|\bit (?:appears|seems)\b/,
  /\bone of (?:these|the following|those)\b|\bpossible (?:values|answers|amounts|options|dates)\b|\bcandidates?\b|\boptions? (?:are|include)\b/,
  /\bcannot be (?:sure|certain)\b|\bhard to (?:say|tell)\b/,
  /\balternatively\b|\bor (?:else|perhaps|maybe|possibly)\b|\bthen again\b/,
  /\b(?:is|are|seems|also|equally|another|remains?)\s+(?:also\s+|equally\s+|just\s+as\s+)?(?:possible|plausible|a\s+possibility|an\s+option|a\s+candidate)\b/,
  // A range offered instead of a value: "between 215 and 340", "somewhere around", "anywhere from".
  /\bbetween\s+[$€£]?\d[\d.]*\s*\S*\s+and\s+[$€£]?\d|\bsomewhere\s+(?:between|around|in)\b|\banywhere\s+(?:from|between)\b|\bin the range of\b/,
];
/** The same in Japanese and Chinese: かもしれません, おそらく, でしょうか, いずれか; 可能是, 也许, 或许, 不确定, 之一. */
const STRONG_CJK: RegExp[] = [
  /かもしれ|可能性(?:が|も)(?:あり|ある|高い)|おそらく|恐らく|たぶん|多分|ではないでしょうか|でしょうか|だろうか|推測(?:され|します|です)|推定(?:され|します)|と推察/,
  /確(?:か|実)では(?:ありません|ない)|確信(?:は|が)?(?:ありません|ない|持てません)|自信(?:は|が)(?:ありません|ない)|定かでは|断定(?:は)?(?:でき|しかね)|はっきり(?:し|とは(?:わかり|分かり|言え))(?:ません|ない)/,
  /いずれか|どちらか|のどれか|候補(?:は|として)/,
  /可能是|也可能|可能为|也许|或许|大概|估计|猜测|我猜|不确定|不太确定|不能确定|说不准|似乎|好像|恐怕|之一|候选/,
  // A range offered instead of a value: 10%から13%の間, 10%到13%之间.
  /\d\S{0,8}\s*(?:から|~|〜|到|至)\s*\d\S{0,12}(?:の間|之间|の範囲|范围)/,
];
/** Softer phrases: a guess only beside a refusal ("I couldn't find it, but I think it is X"). */
const WEAK: RegExp[] = [
  /\bi (?:think|believe|recall|suppose)\b/, /\bif i recall\b/, /\bmy understanding is\b/,
  /と思(?:います|われます|う)|と考えられ|ではないか|我认为|我觉得|我想|应该是|应当是/,
];

/** Which hedges a sentence carries, ignoring any phrase the question itself uses ("the likely cost of …"). */
export function hedgeIn(lower: string, sentence: Span, question: string): { strong: boolean; weak: boolean } {
  const text = lower.slice(sentence.start, sentence.end);
  const fresh = (re: RegExp) => {
    const m = re.exec(text);
    return m !== null && !question.includes(m[0].trim());
  };
  // A sentence that asks ("Maybe 18%?", "Is it $4.7 million?") offers its value as a question.
  const asks = /\?\s*["')\]]*\s*$/.test(text.trim());
  return { strong: asks || STRONG.some(fresh) || STRONG_CJK.some(fresh), weak: WEAK.some(fresh) };
}

/** True when a name stands in an alternative: "X or Y", "either X", "X or". */
export function inAlternative(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 30), start);
  const after = lower.slice(end, end + 30);
  return (
    /\b(?:or|either)\s+(?:the\s+)?$/.test(before) || /^\s*,?\s*(?:or|and\/or)\b/.test(after) || /^\s*\/\s*\w/.test(after) ||
    // または, もしくは, あるいは, X か Y; 或者, 或是, 还是.
    /(?:または|もしくは|あるいは|或者|或是|还是|或)\s*$|[^\s]\s*か\s*$/.test(before) || /^\s*(?:か(?![ら月])|または|もしくは|あるいは|或者|或是|或|还是)/.test(after)
  );
}
