// Asserted answers versus context mentions: prior-year figures, comparisons, deltas, asides, echoes of the question.

import type { Candidate } from './candidates.js';
import type { CleanText } from './clean.js';
import { attributedName, entityState } from './attribution.js';
import { hedgeIn } from './hedges.js';
import { boundOf } from './bounds.js';
import { cjkBigrams } from './cjk-text.js';
import { findLead } from './lead.js';
import { isNegated } from './negation.js';
import { spanAt, type Span } from './segments.js';

/**
 * What a candidate is in its sentence: `asserted` (offered as the answer), `negated` ("not X"), `refused`
 * (inside a "the document does not mention …" clause) or `context` (a figure the answer is compared with).
 */
export type Role = 'asserted' | 'negated' | 'refused' | 'context';

/** A candidate with what its sentence makes of it. */
export interface ReadCandidate extends Candidate {
  role: Role;
  /** Why it is context (hard rules), for the verdict's reason. */
  why: string | null;
  /** In a sentence that hedges ("might be", "perhaps", "not sure", a question). */
  guess: boolean;
  /** In a sentence with a softer hedge ("I think"): a guess only beside a refusal. */
  weakGuess: boolean;
  /** Its clause reports what the document mentions rather than stating the answer ("it only mentions X"). */
  mention: boolean;
  /**
   * It follows a refusal with nothing that turns it into the answer: no "but" / "however" / "so", and none of
   * the question's words in its item ("Nowhere does the document say; $4.7 million is for Lisbon").
   */
  unlinked: boolean;
  /** Inside parentheses. */
  aside: boolean;
  /** Its clause says it concerns something else ("also", "separately", "while …", "the other …", "…, unrelated"). */
  other: boolean;
  /** Its clause states what stays as it was ("stays on", "still", "as planned"), and the question is not about what stays. */
  unchanged: boolean;
  /** Said of a bound the question does not ask about ("minimum coverage of 2.6x" for a question about a ceiling). */
  otherBound: boolean;
  /** Alone in its clause with at most two words besides fillers ("$4.7 million.", "It's Kesworth."). */
  bare: boolean;
  /** The reply opens with this value, bare, and no other value of its kind stands bare: the answer it leads with. */
  lead: boolean;
  /** A change ("up 4%", "increased by $1.2 million", "percentage points"). */
  delta: boolean;
  /** Within bold Markdown. */
  bold: boolean;
  sentence: Span;
  clause: Span;
  /** The clause with its label ("Maximum leverage ratio: 4.15x"): what the candidate is said about. */
  item: Span;
  /**
   * The part of its item that belongs to this candidate when the item holds several: the words between two
   * candidates go to the first up to a separator (", ", " and ", "/"), and to the second after it
   * ("below 4.15x and coverage above 2.35x").
   */
  local: Span;
  /** Labels that are this candidate's own: a parenthesis right after it ("OPS-2290 (unblocked)"), a "label:" right before it. */
  labels: Span[];
  /**
   * The named thing the candidate is attributed to in its clause ("34.5% in Marine Coatings", "Tampere had 23"):
   * `asked` when the question names it, `other` when it names something else, `none` when no name is attached.
   */
  entity: 'asked' | 'other' | 'none';
}

/**
 * Right before a value: it is a prior, original or compared figure. Group 1 is the marker (checked against
 * the question's words). `from` must be adjacent, and marks only values ("recused from the X rezoning" is no comparison).
 */
const BEFORE_CONTEXT: Array<[RegExp, string, boolean]> = [
  [/\b(from)\s+(?:the\s+|a\s+|an\s+|its\s+|approximately\s+|about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$/, 'from', true],
  [/\b(compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|relative\s+to|as\s+opposed\s+to|replacing|replaced|replaces|supersed(?:es|ing|ed)|unlike)\b(?:\s+\S+){0,4}\s*$/, 'compared', false],
  [/\b(previously|originally|formerly|initially|had\s+been|used\s+to\s+be|was\s+once)\b(?:\s+\S+){0,3}\s*$/, 'previously', false],
  [/\b(prior|previous|original|old|earlier|former|initial|preceding|last\s+year'?s?|prior[\s-]year'?s?)\b(?:\s+\S+){0,3}\s*$/, 'prior', false],
  // A reference figure the answer is measured against: "above its target of 15", "against a goal of 20".
  [/\b(target|goal|benchmark|threshold|forecast)\s+(?:of|was|is|had\s+been)\s+(?:about\s+|approximately\s+|only\s+|just\s+)?$/, 'target', true],
  // A sum the answer is part of, or a part of the answer: "bringing total cuts to 1,100", "two installments of $4.45 million".
  [/\b(?:bringing|brings|bring|raising|taking)\s+(?:the\s+|its\s+|our\s+|their\s+)?(total|overall|cumulative|combined|aggregate)\b(?:\s+\S+){0,3}\s+to\s+(?:about\s+|approximately\s+|roughly\s+)?$|\bfor\s+an?\s+(total|combined|aggregate)\s+of\s+$/, 'total', true],
  [/\b(installments?|instalments?|tranches?)\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?$/, 'part', true],
];
/** Right after a value: it belongs to an earlier period (group 1 is the marker). */
const AFTER_CONTEXT = /^\W{0,3}(?:\S+\s+){0,4}?(last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:year|quarter)\s+before|in\s+the\s+(?:prior|previous|preceding)\s+(?:year|quarter|period|fiscal\s+year)|previously|originally|at\s+the\s+time)\b/;
/** Right after a value: it is one part's amount ("two roles at $120,000 each"). */
const EACH_AFTER = /^\s*(each)\s*(?:[.,;)]|$)/;
/** An old value with an arrow to the new one: `$4.10 -> $4.35`. */
const ARROW_AFTER = /^\s*(?:->|=>|\u2192|\u27f6)/;
/** Changes rather than levels. */
const DELTA_BEFORE = /\b(?:up|down|increased|decreased|increase|decrease|rose|fell|grew|declined|gained|dropped|jumped|slipped|improved|expanded|contracted|higher|lower|raise|cut)\s+(?:by\s+|of\s+|about\s+|approximately\s+|roughly\s+)?$|\bby\s+(?:about\s+|approximately\s+)?$/;
const DELTA_AFTER = /^\s*(?:increase|decrease|rise|drop|gain|decline|higher|lower|more|less|improvement|reduction|change|year[\s-]over[\s-]year|over the prior)\b/;
/** Japanese and Chinese: a prior or original figure (前年同期は, 前期の, 上年同期为, 原定, 変更前の), marker in group 1. */
const PRIOR_CJK =
  /(前年同期|前年度|前連結会計年度|前事業年度|前期|前年|昨年度|昨年|去年|上年同期|上年度|上一年度|上年|上期|前回|従来|当初|変更前|改定前|修正前|原来|原定|原计划|此前|之前|上次)[^\u3002,\u3001!?]{0,14}?(?:は|が|の|で|には|为|為|是|的|:)?\s*(?:約|约|およそ|大约)?\s*$/;
/** A change in Japanese or Chinese: 3.5%増, 前期比…の増加, 増加し…; 增长12.5%, 提高了1.7个百分点. */
const DELTA_BEFORE_CJK = /(?:増加|減少|上昇|低下|増額|減額|増収|減収|增长|增加|下降|减少|提高|降低|上升|下滑|增幅|降幅|上调|下调)(?:率|幅)?\s*(?:了|し|は|が|为)?\s*(?:約|约)?\s*$/;
const DELTA_AFTER_CJK = /^\s*(?:の)?(?:増加|減少|増|減|上昇|低下|改善|悪化|アップ|ダウン|の伸び)/;
/** 3.85倍から (ja) or 从/由 3.85倍 (zh) before another value of the kind: the figure it changed from. */
const FROM_AFTER_CJK = /^\s*から/;
const FROM_BEFORE_CJK = /(?:从|由|自)\s*$/;
/** Set apart as another matter: 一方, ちなみに, 参考までに, なお; 另外, 此外, 其他, 其余. */
const OTHER_CJK = /(一方|ちなみに|参考までに|参考として|なお|另外|此外|其他|其余|另一)/;

/**
 * Right before a value: it is what something changed to (降到了X, 降至X, 提高到X, 从A到X, AからX, "fell from A to X",
 * "dropped to X"). Markers of the origin before it (从原来的A, 従来のA, "its original A") are about A, not X.
 */
const TARGET_BEFORE =
  /(?:(?:降|减|减少|下降|降低|缩短|缩减|压缩|压|提高|提升|增|增加|增长|上升|升|涨|上涨|扩大|延长|变|改|调|调整|优化|回落|回升|跌|降低了|缩小)\s*(?:了)?\s*(?:到|至|为|為|成)|从[^\u3002]*?(?:到|至)|から|\bfrom\b(?:[^.;!?]|\.\d){1,80}?\bto|\b(?:fell|dropped|decreased|declined|reduced|cut|lowered|improved|rose|increased|raised|grew|climbed|jumped|shortened|down|brought\s+(?:\S+\s+)?down|went\s+(?:down|up))\s+(?:\S+\s+){0,2}?to)\s*(?:了)?\s*(?:约|約|大约|およそ|about\s+|approximately\s+|roughly\s+|around\s+|just\s+|only\s+)?$/;
/** The connector that ends a target marker ("to", 到, 至, から): the origin lies before it. */
const TARGET_CONNECTOR = /(?:到|至|为|為|成|から|\bto)\s*(?:了)?\s*(?:约|約|大约|およそ|about\s+|approximately\s+|roughly\s+|around\s+|just\s+|only\s+)?$/;
/** Right after a value: it is what something changed to (183ミリ秒に短縮, 4.15倍へ上昇, 5日まで短縮). */
const TARGET_AFTER_CJK = /^\s*(?:に|へ|まで)(?:と)?\s*(?:短縮|減少|増加|改善|低下|上昇|削減|拡大|延長|変更|引き上げ|引き下げ|下が|上が|伸び|縮|増|減|なり|なっ|な[るり])/;
/** Names of the before-markers that speak of an origin, which a target after them leaves behind. */
const ORIGIN_MARKERS = new Set(['previously', 'prior', 'compared']);

/** True when a CJK marker is the question's own (then it marks nothing: "前期の…は？"). */
function freshCjk(match: RegExpExecArray | null, question: string): boolean {
  return match !== null && !question.includes(match[1] ?? match[0]);
}

/** Clause words that set a mention apart from the answer (group 1 is the marker). */
const OTHER_MARKERS = /\b(also|for\s+comparison|by\s+comparison|for\s+reference|for\s+context|separately|additionally|in\s+addition|meanwhile|by\s+contrast|in\s+contrast|whereas|while|the\s+other|another|other|remaining|second-largest|the\s+rest|note(?=:)|note\s+that|(?:as\s+)?an\s+aside|incidentally|by\s+the\s+way)\b/;
/** After a value, in its clause: the speaker says it has nothing to do with the question ("…, unrelated"). */
const UNRELATED_AFTER = /\b(?:unrelated|not related|irrelevant|not relevant|a separate (?:issue|matter|item)|(?:is|was) (?:a )?different|(?:does|do|did) not apply|(?:doesn't|don't|didn't) apply|not applicable|(?:is|was)(?: not|n't) (?:it|the one|what is asked|asked about))\b/;
/** A clause stating what stays as it was ("X stays on", "still closes on", "holds at", "as planned"): beside a change, it is the background. */
const UNCHANGED = /\b(?:stays?|stayed|remains?|remained|still|continues?|continued|unchanged|holds?\s+(?:at|steady)|held\s+at|as\s+(?:planned|scheduled|advertised|before|usual)|(?:like|same as)\s+(?:last\s+time|before|last\s+year)|again\s+this\s+year|no\s+change)\b/;
/** A question about what continues ("until when will it keep operating?"): then such words mark the answer, not the background. */
const ASKS_UNCHANGED = /\b(?:stay|stays|remain|remains|still|keep|keeps|continu\w*|unchanged|hold|holds|same)\b/;

/** Where the words between two values divide: before it they label the first, after it the second. */
const SEPARATOR = /,\s+|;\s*|\s+(?:and|or|while|whereas|but|vs\.?|versus)\s+|\s+\/\s+|\s+\|\s+|\s+-\s+/;

/** Where the text between two candidates divides: [end of the first's part, start of the second's part]. */
function divide(lower: string, from: number, to: number): [number, number] {
  const m = SEPARATOR.exec(lower.slice(from, to));
  return m ? [from + m.index, from + m.index + m[0].length] : [to, from];
}

/** A candidate's own labels within its part of the item: "(blocked)" right after it, "Blocked:" right before it. */
function ownLabels(lower: string, c: Candidate, local: Span): Span[] {
  const out: Span[] = [];
  const paren = /^\s*\([^()]*\)/.exec(lower.slice(c.end, local.end));
  if (paren) out.push({ start: c.end, end: c.end + paren[0].length });
  const before = lower.slice(local.start, c.start);
  const label = /(?:^|[,;]\s*)([^,;:]{1,40}):\s*$/.exec(before);
  if (label) out.push({ start: local.start + label.index, end: c.start });
  return out;
}

/** True when the last refusal before a value leaves it a plain statement of something else (see `ReadCandidate.unlinked`). */
function unlinked(lower: string, c: Candidate, item: Span, refusals: Span[], sentences: Span[], questionWords: Set<string>, questionBigrams: Set<string>): boolean {
  const refusal = refusals.filter((r) => r.end <= c.start).pop();
  if (!refusal || LINK.test(lower.slice(refusal.end, c.start))) return false;
  // A refusal of one part of a multi-part answer ("1. Not stated. 2. 18.2%.") says nothing of the next part.
  if (/(?:^|\n|[.;:]\s+|\s)(?:\(?\d{1,2}[.)]|part\s+\d{1,2}\b)\s/.test(lower.slice(refusal.end, c.start))) return false;
  // A refusal conceded in a leading clause ("While the document doesn't name it, the bonus was …") leads to the answer.
  if (/^\W*(?:while|whilst|although|though|even though|even if|despite|granted)\b|^\s*(?:虽然|尽管|虽|雖然)/.test(lower.slice(spanAt(sentences, refusal.start).start, refusal.start))) return false;
  const said = (lower.slice(item.start, c.start) + ' ' + lower.slice(c.end, item.end)).split(/[^a-z0-9']+/);
  if (said.some((w) => w.length >= 4 && !COMMON.has(w) && questionWords.has(w))) return false;
  // Text without spaces: two word pairs shared with the question tie the item to it.
  const shared = [...cjkBigrams(lower.slice(item.start, item.end))].filter((b) => questionBigrams.has(b));
  return shared.length < 2;
}

/** Between a refusal and a value: words that turn the value into the answer after all ("…, but the ratio is 4.15x"). */
const LINK = /\b(?:but|however|though|although|still|that said|nevertheless|nonetheless|yet|even so|instead|so|therefore|thus|hence|answer)\b|(?:が|けど|けれど(?:も)?|ものの)[\u3001,]|ですが|しかし|ただし|ただ[\u3001,]|とはいえ|但|不过|然而|可是|只是|因此|所以|答案|答え/;
/** Words too common to tie a sentence to a question. */
const COMMON = new Set('what which when where how many much does did that this with from have been will would could should their there about into than then they them were your whose while also only'.split(' '));

/** A clause that reports a mention instead of answering ("it only mentions", "there is a reference to"). */
const MENTION = /\b(?:mention(?:s|ed)?|refer(?:s|red)?\s+to|references?|referenced|discuss(?:es|ed)?|talks?\s+about|cites?|cited|describes?|described|lists?|listed|contains?|includes?|notes?|noted|only)\b|言及|触れ|のみ|だけ|提到|提及|只有|仅有|只是/;

function words(text: string): string[] {
  return text.split(/[^a-z0-9']+/).filter(Boolean);
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'with', 'by', 'from', 'for', 'in', 'on', 'at', 'as', 'than']);

/** Markers the question uses itself do not mark context ("What was the original proposal?"). Group 1 is the marker. */
function freshMarker(match: RegExpExecArray | null, questionWords: Set<string>): boolean {
  if (!match) return false;
  return !words(match[1] ?? match[0]).some((w) => questionWords.has(w) && !FUNCTION_WORDS.has(w));
}

/** Years (1900–2100) written in a text. */
function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.$])(19\d\d|20\d\d|2100)(?![\d.%]|\s*(?:million|billion))/g)].map((m) => Number(m[1]));
}

/** Inputs of reading candidates. */
export interface ReadInput {
  clean: CleanText;
  sentences: Span[];
  clauses: Span[];
  /** Clauses that keep labels with their values (see `clauses(…, items)`). */
  items: Span[];
  refusals: Span[];
  /** The question, cleaned and lower-case. */
  question: string;
  /** True when the candidates are dates (their own year is not a different period). */
  dates: boolean;
  /** Lower-case words of the names the question uses ("tampere", "marine", "coatings"). */
  questionNames: Set<string>;
  /** Where the final answer starts after working-out ("The answer is", "So,"), when the reply marks one. */
  answerStart?: number;
}

/** Reads each candidate's role and flags from its sentence and clause. */
export function readCandidates(candidates: Candidate[], input: ReadInput): ReadCandidate[] {
  const { clean, question } = input;
  const lower = clean.lower;
  const questionWords = new Set(words(question));
  const questionBigrams = cjkBigrams(question);
  const questionYears = yearsIn(question);
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const askedBound = boundOf(question);
  const { bare, lead: leadIndex } = findLead(sorted, lower, input);
  const targets: boolean[] = [];
  const read = sorted.map((c, i) => {
    const sentence = spanAt(input.sentences, c.start);
    const clause = spanAt(input.clauses, c.start);
    const item = spanAt(input.items, c.start);
    const prevInItem = sorted[i - 1] && sorted[i - 1]!.end <= c.start && sorted[i - 1]!.start >= item.start ? sorted[i - 1] : undefined;
    const nextInItem = sorted[i + 1] && sorted[i + 1]!.start >= c.end && sorted[i + 1]!.end <= item.end ? sorted[i + 1] : undefined;
    const local: Span = {
      start: prevInItem ? divide(lower, prevInItem.end, c.start)[1] : item.start,
      end: nextInItem ? divide(lower, c.end, nextInItem.start)[0] : item.end,
    };
    const previous = sorted.slice(0, i).reverse().find((p) => p.end <= c.start && p.end > clause.start);
    const before = lower.slice(clause.start, c.start);
    const after = lower.slice(c.end, clause.end);
    const hedge = hedgeIn(lower, sentence, question);
    let role: Role = 'asserted';
    let why: string | null = null;
    const target = TARGET_BEFORE.exec(before);
    // Where the change's target begins: origin markers before it are about the origin (从原来的A降到了X).
    const targetAt = target ? target.index + target[0].search(TARGET_CONNECTOR) : TARGET_AFTER_CJK.test(after) ? before.length : -1;
    const aboutOrigin = (m: RegExpExecArray | null) => m !== null && m.index < targetAt;
    targets[i] = targetAt >= 0;
    if (input.refusals.some((r) => r.start < clause.end && r.end > clause.start)) role = 'refused';
    else if (isNegated(lower, clause, c.start, c.end, previous?.end ?? clause.start)) role = 'negated';
    else {
      for (const [re, name, valuesOnly] of BEFORE_CONTEXT) {
        if (valuesOnly && c.value === undefined) continue;
        const m = re.exec(before);
        if (ORIGIN_MARKERS.has(name) && aboutOrigin(m)) continue;
        if (freshMarker(m, questionWords)) {
          role = 'context';
          why = name;
          break;
        }
      }
      if (role === 'asserted' && freshMarker(AFTER_CONTEXT.exec(after), questionWords)) {
        role = 'context';
        why = 'earlier period';
      }
      if (role === 'asserted' && c.value !== undefined && freshMarker(EACH_AFTER.exec(after), questionWords)) {
        role = 'context';
        why = 'part';
      }
      if (role === 'asserted' && ARROW_AFTER.test(lower.slice(c.end, sentence.end))) {
        role = 'context';
        why = 'changed to a later value';
      }
      const prior = PRIOR_CJK.exec(before);
      if (role === 'asserted' && !aboutOrigin(prior) && freshCjk(prior, question)) {
        role = 'context';
        why = 'prior';
      }
      // Changed from one value to the next: 3.85倍から4.15倍に, 从3.85倍提高至4.15倍.
      const nextInSentence = sorted[i + 1] && sorted[i + 1]!.start < sentence.end;
      if (role === 'asserted' && nextInSentence && (FROM_AFTER_CJK.test(lower.slice(c.end, clause.end)) || FROM_BEFORE_CJK.test(before))) {
        role = 'context';
        why = 'from';
      }
      // A figure of another fiscal year than the one asked about.
      if (role === 'asserted' && !input.dates && questionYears.length > 0) {
        const clauseYears = yearsIn(lower.slice(clause.start, c.start) + ' ' + lower.slice(c.end, clause.end));
        if (clauseYears.length > 0 && !clauseYears.some((y) => questionYears.includes(y))) {
          role = 'context';
          why = `fiscal ${clauseYears[0]}`;
        }
      }
    }
    const opened = lower.slice(sentence.start, c.start);
    const aside = (opened.match(/\(/g)?.length ?? 0) > (opened.match(/\)/g)?.length ?? 0);
    // Markers may stand before a label ("Note: the commercial reserve is $6.1 million"), so the item is read, not the clause.
    const otherMatch = OTHER_MARKERS.exec(lower.slice(Math.min(item.start, clause.start), c.start));
    return {
      ...c,
      role,
      why,
      guess: hedge.strong,
      weakGuess: hedge.weak,
      mention: MENTION.test(lower.slice(clause.start, clause.end).replace(lower.slice(c.start, c.end), ' ')),
      unlinked: unlinked(lower, c, item, input.refusals, input.sentences, questionWords, questionBigrams),
      aside,
      other: freshMarker(otherMatch, questionWords) || UNRELATED_AFTER.test(lower.slice(c.end, Math.max(clause.end, item.end))) || freshCjk(OTHER_CJK.exec(lower.slice(Math.min(item.start, clause.start), c.start)), question),
      unchanged: !ASKS_UNCHANGED.test(question) && UNCHANGED.test(lower.slice(clause.start, clause.end).replace(lower.slice(c.start, c.end), ' ')),
      otherBound: askedBound !== null && boundOf(lower.slice(local.start, c.start)) === (askedBound === 'upper' ? 'lower' : 'upper'),
      bare: bare[i]!,
      lead: i === leadIndex,
      // What something changed to is a level, not a change.
      delta: (targetAt < 0 && (DELTA_BEFORE.test(before) || DELTA_AFTER.test(after) || DELTA_BEFORE_CJK.test(before) || DELTA_AFTER_CJK.test(after))) || (c.value?.type === 'percent' && c.value.points === true),
      bold: clean.bold.some(([s, e]) => s <= c.start && c.end <= e),
      sentence,
      clause,
      item,
      local,
      labels: ownLabels(lower, c, local),
      entity: entityState(attributedName(c, clean.text, clause, sorted, input.questionNames), input.questionNames),
    };
  });
  return originsOfChanges(read, targets, question);
}

/** A question about the value before a change ("what was it originally?", 原来是多少, 従来は): then the origin is the answer. */
const ASKS_ORIGIN = /\b(?:originally|previously|before|used\s+to|initially|from)\b|原来|原先|以前|之前|此前|最初|従来|当初|以前|変更前|元の|から/;

/**
 * "It was 183 ms, and has since dropped to 90 ms", 原来是183毫秒，现在降到了90毫秒: a value stated earlier in the
 * sentence of a change's target is where the change started, context unless the question asks about the origin.
 */
function originsOfChanges(read: ReadCandidate[], targets: boolean[], question: string): ReadCandidate[] {
  if (ASKS_ORIGIN.test(question)) return read;
  return read.map((c, i) => {
    if (c.role !== 'asserted' || c.value === undefined) return c;
    const changedTo = read.some((t, j) => j > i && targets[j] && t.role === 'asserted' && t.key !== c.key && t.start < c.sentence.end);
    return changedTo ? { ...c, role: 'context', why: 'changed to a later value' } : c;
  });
}
