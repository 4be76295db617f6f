// Negation and refusal: "not X", "isn't X", "the document does not say", "I could not find it"; ではない, 記載されていません, 不是, 没有提到.

import type { Span } from './segments.js';

/** Phrases that say the document does not hold the answer (or that the model cannot give one). */
const REFUSALS: RegExp[] = [
  /(?:\bnot|n't) (?:explicitly |directly |specifically |clearly )?(?:mentioned|specified|stated|provided|included|given|found|available|disclosed|present|listed|indicated|addressed|covered|identified|named|said|reported)\b/,
  /\b(?:does not|doesn't|did not|didn't|do not|don't|does't) (?:explicitly |directly |specifically |clearly |actually )?(?:contain|mention|include|say|specify|provide|state|appear|disclose|indicate|name|identify|give|list|report|address|discuss|reference|show|tell|have|quantify|detail|itemize|break (?:out|down)|put a (?:number|figure) on)\b/,
  /\b(?:no|not any) (?:specific |explicit |such |direct |clear )?(?:information|mention|data|record|details?|reference|indication|answer|figure|amount|value|date|number|statement)\b/,
  /\b(?:cannot|can't|can not|could not|couldn't|unable to|am unable to|was unable to|wasn't able to|was not able to|i'm unable to|am not able to|i'm not able to|not able to) (?:find|locate|determine|identify|answer|tell|see|confirm|provide|say|verify|give)\b/,
  /\bi (?:don't|do not|didn't|did not) (?:know|see|find)\b/,
  /\b(?:cannot|can't|can not|could not|couldn't) be (?:determined|found|located|identified|answered|confirmed|inferred|established)\b|\bnot (?:determinable|answerable)\b/,
  /\b(?:is|are|was|remains) silent (?:on|about|as to|regarding)\b/,
  /\bnone of the (?:\S+\s+){0,4}(?:relates?|refers?|corresponds?|match(?:es)?|applies|apply|pertains?|concerns?|answers?)\b/,
  /\b(?:isn't|is not|aren't|are not|wasn't|was not) any (?:specific |explicit |such |direct )?(?:information|mention|data|record|details?|reference|indication|figure|amount)\b/,
  /\b(?:there is|there's|there are|there was) no (?:information|mention|data|record|details?|reference|indication|such|specific|explicit|answer)\b/,
  /\bnot (?:in|within|part of|contained in|found in) the (?:provided )?(?:document|text|context|transcript|report|passage|material)\b/,
  /\bnowhere (?:in|does)\b/,
  /\b(?:insufficient|not enough) (?:information|data|context)\b/,
  /\b(?:has|have|had)(?: not|n't) (?:yet )?been (?:decided|determined|announced|finalized|chosen|selected|set|specified|disclosed|named|agreed)\b/,
  /\b(?:is|are|was|were)(?: not|n't) (?:yet )?(?:decided|determined|known|finalized|settled|specified|disclosed|clear from)\b/,
  /\byet to be (?:decided|determined|announced|finalized|chosen|set)\b|\bto be determined\b|\btbd\b/,
  /^(?:unknown|not known|n\/a|none|no answer|not stated|not specified|not mentioned|not available)\.?$/,
  // A JSON reply with no value: {"answer": null}, {"answer": "unknown"}.
  /"(?:answer|value|result|response)"\s*:\s*(?:null|""|"(?:unknown|n\/a|none|not (?:known|found|stated|specified|mentioned|available))\.?")/,
];

/**
 * The same in Japanese and Chinese: 記載されていません, 記載がありません, 見当たりません, わかりません, 特定できません;
 * 没有提到, 未提及, 无法确定, 文中没有 (read after full-width folding: ！ is !, ： is :).
 */
const REFUSALS_CJK: RegExp[] = [
  /(?:記載|記述|言及|明記|明示|開示|特定|記録|説明|掲載)(?:は|が|も)?(?:されて|して)?(?:い)?(?:ません|ない|なかった|ございません|おりません)/,
  /(?:記載|記述|言及|情報|データ|該当する(?:記載|情報|箇所)?|記録|手がかり)(?:は|が|も)(?:ありません|ない|見当たりません|見つかりません|ございません)/,
  /(?:書かれて|触れられて|含まれて|示されて|述べられて|載って|出て(?:き)?て)(?:い)?(?:ません|ない|おりません)/,
  /(?:見当たりません|見当たらない|見つかりません|見つけられません|見つからない|わかりません|分かりません|わからない|分からない|不明です|不明でした|不明(?=[\u3002]|$))/,
  /(?:特定|判断|確認|断定|判別|回答|お答え|把握)(?:は|が)?(?:でき|いたしかね)(?:ません|ない|かねます)/,
  /(?:没有|没|未|并未|并没有|均未|都没有)(?:明确|具体|直接|详细)?(?:提到|提及|说明|写明|载明|记载|披露|列出|给出|指出|涉及|出现|记录|标明|注明|规定|透露|谈到|讲到|找到|说(?!错|过))/,
  /(?:无法|不能|难以|没法|无从)(?:确定|判断|得知|找到|回答|确认|得出|给出|知道|查到)|不得而知|无从得知|不清楚|不详/,
  /(?:文中|文档中|文件中|报告中|记录中|会议记录中|材料中|文本中|原文中?|上下文中?)(?:并)?(?:没有|未|无)/,
  /(?:没有|无)(?:相关|具体|明确|此项|这方面的?)(?:信息|数据|内容|记载|说明|资料)/,
];

/** The refusal patterns, global, compiled once. */
const REFUSALS_GLOBAL = [...REFUSALS, ...REFUSALS_CJK].map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'));

/** Where the answer says the document does not hold the answer: each match's span. */
export function refusalSpans(lower: string): Span[] {
  const out: Span[] = [];
  for (const re of REFUSALS_GLOBAL) {
    for (const m of lower.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Negating words, when they govern what follows (limits such as "not to exceed" are excluded). */
const NEGATOR = /\b(?:not|never|no|nor|neither|none|nothing|without)\b|n't\b/g;
/** "not exceed", "no more than", "no later than": limits stating the value, not denying it. */
const LIMIT = /^(?:\s+(?:to|be|go|have|been))?\s+(?:exceed|exceeding|surpass|go above|more|greater|higher|later|less|lower|fewer|earlier|sooner|above|below|over|under|beyond|after|before|until|till|only|just|merely|simply)\b/;
/** Words after which a negation no longer reaches the value. */
const SCOPE_BREAK = /\b(?:but|however|instead|rather|actually|although|though|yet|whereas)\b|[:;]|而是|但是|但|不过|然而|しかし|ただし/g;

/**
 * True when the value at `start` is negated: a negating word within the six words before it, in its clause,
 * with no value or contrast word between ("It is not $4.7 million" — but not "not $2.1 million but $4.7
 * million" for the second value, nor "may not exceed 4.15x"), or "instead of" / "rather than" / "other than"
 * right before it, or "is not correct" right after it.
 */
export function isNegated(lower: string, clause: Span, start: number, end: number, previousEnd: number): boolean {
  const from = Math.max(clause.start, previousEnd);
  let window = lower.slice(from, start);
  const breaks = [...window.matchAll(SCOPE_BREAK)];
  if (breaks.length > 0) {
    const last = breaks[breaks.length - 1]!;
    window = window.slice(last.index! + last[0].length);
  }
  const words = window.trim().split(/\s+/);
  const near = words.slice(-7).join(' ');
  if (/\b(?:instead of|rather than|other than|except(?: for)?|excluding|not including)\s+(?:\S+\s+){0,2}$/.test(near + ' ')) return true;
  for (const m of near.matchAll(NEGATOR)) {
    const after = near.slice(m.index! + m[0].length);
    if (m[0] === 'no' && /^\s*[,.!]/.test(after)) continue; // "No, it was …"
    if (LIMIT.test(after)) continue;
    if (/^\s+only\b/.test(after) || /^\s+just\b/.test(after)) continue;
    if (m[0] === 'not' && /\bwhether or $/.test(near.slice(0, m.index!))) continue;
    return true;
  }
  // Chinese puts the negation before the value: 不是 X, 并非 X, 而非 X (also after a contrast: 但不是 X).
  if (/(?:不是|并非|并不是|而非|而不是|并不等于|不等于|并不为|不为)\s*(?:约|大约|大概|为|是)?\s*$/.test(window)) return true;
  // A change that did not reach the value: 并没有降到 X, 没有提高至 X, 未达到 X.
  if (/(?:没有|没|未|并未|并没有)(?:降|减|减少|下降|降低|缩短|提高|提升|增|增加|增长|上升|升|涨|达|达到)(?:了)?(?:到|至)?\s*(?:约|大约)?\s*$/.test(window)) return true;
  // Japanese after it: X ではありません / ではなく / じゃない; also X は誤り, X 是错误的, X 不对. Not ではないか (a guess).
  const tailCjk = lower.slice(end, Math.min(clause.end, end + 30));
  if (/^\s*[^\s\u3002,\u3001]{0,4}?(?:では|じゃ)(?:なく|ありません(?!か|でしょう)|ない(?!か|でしょう|だろう|かと)|ございません)/.test(tailCjk)) return true;
  if (/^\s*[^\s\u3002,\u3001]{0,4}?(?:とは(?:記載|書かれて|明記|言及)|は(?:誤り|間違い|正しくありません)|是错误的|是错的|有误|不对|不正确)/.test(tailCjk)) return true;
  // After it: "X is not correct", "X's request was denied", "X was not chosen".
  const tail = lower.slice(end, Math.min(clause.end, end + 60));
  return (
    /^\W{0,3}(?:is|was|would be|isn't|wasn't)\s+(?:not\s+)?(?:incorrect|wrong|not (?:right|correct|it|the answer))\b/.test(tail) ||
    /^(?:'s)?(?:\s+[a-z0-9-]+){0,6}\s+(?:was|were|is|are|has been|had been|got|gets)\s+(?:denied|rejected|declined|refused|turned down|dropped|not (?:approved|selected|chosen|picked|granted|allowed|accepted))\b/.test(tail)
  );
}
