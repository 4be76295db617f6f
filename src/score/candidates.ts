// Candidate answers in a response: every value of the asked type, or every naming of a name-shaped answer.

import type { AnswerSpec } from './answer-type.js';
import type { CleanText } from './clean.js';
import { findName, shapeCandidates, tokenize, type Token } from './names.js';
import { valueMatches, valuesIn, type FoundValue, type Value } from './values.js';

/**
 * One candidate answer. `tier` ranks how plainly it is an answer of the asked type: 0 plainly (`$4.7
 * million`, `23 injuries`, `23`), 1 loosely (a bare number for money, a month without a day, a count of
 * some other noun), 2 hardly (a count of years, quarters, installments…). Lower tiers win when both occur.
 */
export interface Candidate {
  start: number;
  end: number;
  /** Identity: candidates with equal keys are the same answer. */
  key: string;
  tier: 0 | 1 | 2;
  value?: Value;
  /** The expected or decoy spec this candidate names, when it names one. */
  names?: AnswerSpec;
}

/** Nouns that measure time or instalments: a count of them is rarely the count asked for. */
const UNIT_NOUNS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?|installments?|instalments?|sprints?|times?|basis|points?|percent|parts?|steps?|phases?|rounds?|members?|votes?|pages?|items?|sections?|年|月|日|期|週|周|時|时|分|秒|季|歳|岁|号|倍|点)$/;
/** Words that may sit between a count and its noun ("23 recordable injuries", "340 more jobs"). */
const BETWEEN = /^(?:recordable|more|additional|new|total|full-time|part-time|separate|other|of|the|such|individual|open|permanent)$/;

/** The noun after a number: the first word that is not a modifier, within three words; null when none. */
function nounAfter(tokens: Token[], lower: string, end: number): string | null {
  const rest = lower.slice(end, end + 60);
  if (/^\s*[.,;:!?)\n\u3002\u3001]|^\s*$/.test(rest)) return null;
  const hyphen = /^-([a-z]+)/.exec(rest);
  if (hyphen) return hyphen[1]!;
  let seen = 0;
  for (const t of tokens) {
    if (t.start < end) continue;
    if (lower.slice(end, t.start).search(/[.,;:!?\n\u3002\u3001]/) >= 0) return null;
    if (seen++ >= 3) return null;
    if (BETWEEN.test(t.word)) continue;
    return t.word;
  }
  return null;
}

/** Counters that count the same thing: 人, 名 and 位 all count people (37人 answers 何名, 163名 answers 多少人). */
const COUNTER_FAMILY: Record<string, string> = { 人: '人', 名: '人', 位: '人', 个: '个', 個: '个', 件: '件', 起: '件', 宗: '件' };

/** Same word family: the first five letters agree ("injuries" / "injury", "positions" / "position"), or the same kind of counter. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (COUNTER_FAMILY[a] !== undefined && COUNTER_FAMILY[a] === COUNTER_FAMILY[b]) return true;
  const n = Math.min(5, a.length, b.length);
  return n >= 3 && a.slice(0, n) === b.slice(0, n);
}

/** Words that follow a verb or preposition, not a noun: a bare count ("23 at the mill", "23 were recorded"). */
const NOT_NOUNS = /^(?:at|in|on|for|by|to|from|with|during|over|this|that|these|those|were|was|are|is|have|has|had|been|recorded|reported|logged|total|in total|overall|so|and|or|but|as|per|each|people|of|last)$/;

/** Integers that are list numbers ("1." or "(2)" at the start of an item) rather than answers. */
function isEnumerator(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 6), start);
  const after = lower.slice(end, end + 2);
  if (/\($/.test(before) && /^\)/.test(after)) return true;
  // "1) … 2) …" inline: a number closing a parenthesis nobody opened on its line.
  const line = lower.slice(lower.lastIndexOf('\n', start - 1) + 1, start);
  if (/^\)\s/.test(lower.slice(end, end + 2)) && /(?:^|\s)$/.test(before) && (line.match(/\(/g)?.length ?? 0) <= (line.match(/\)/g)?.length ?? 0)) return true;
  if (/(?:^|\n)\s*$/.test(lower.slice(0, start).slice(-6)) && /^[.)]\s+\S/.test(lower.slice(end, end + 4))) return true;
  // 第23期, 第3四半期, 第2号: an ordinal, not a count.
  return /\b(?:part|item|question|step|no\.?|number|#)\s*$|第\s*$/.test(before);
}

/** What the candidates of one group are read against. */
export interface GroupContext {
  /** Specs of the group (expected ones and decoys). */
  specs: AnswerSpec[];
  /** Nouns of counts: from the question ("how many recordable injuries") and the answers themselves. */
  nouns: string[];
  /** Values the question itself states (echoed back, they are not answers). */
  questionValues: Value[];
}

function isYear(v: Value): boolean {
  return v.type === 'number' && Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2100;
}

/** Candidates of a value group: every value of the asked type, ranked by tier. */
function valueCandidates(type: Value['type'], clean: CleanText, ctx: GroupContext): Candidate[] {
  const values = valuesIn(clean.lower);
  const tokens = tokenize(clean.lower);
  const asked = ctx.specs.flatMap((s) => (s.kind === 'value' ? [s.value] : []));
  const wanted = (v: Value) => asked.some((a) => valueMatches(a, v));
  const out: Candidate[] = [];
  for (const found of values) {
    // Asked for a count ("how many days"), a duration is the count of its unit.
    const f = type === 'number' && found.value.type === 'duration' ? { ...found, value: countOf(found.value) } : found;
    const v = f.value;
    const tier = found !== f ? durationCountTier(found.value, ctx) : tierOf(type, f, clean, tokens, ctx, wanted(v));
    if (tier === null) continue;
    if (!wanted(v) && ctx.questionValues.some((q) => valueMatches(q, v) || valueMatches(v, q))) continue;
    out.push({ start: f.start, end: f.end, key: keyOf(v), tier, value: v });
  }
  return out;
}

/** A duration read as a count of its written unit: 3 weeks is 3. */
function countOf(v: Value): Value {
  return v.type === 'duration' ? { type: 'number', value: Number((v.value / v.unit).toPrecision(12)) } : v;
}

/** Names of each duration unit, English and Japanese/Chinese, to match the noun a count question asks in. */
const UNIT_NAMES: Record<string, string[]> = {
  'second:0.001': ['milliseconds', '毫', 'ミ'], 'second:1': ['seconds', '秒'], 'second:60': ['minutes', '分'],
  'second:3600': ['hours', '時', '时', '小'], 'second:86400': ['days', '日', '天'], 'second:604800': ['weeks', '週', '周', '星'],
  'month:1': ['months', '月', 'か', 'ヶ', 'カ', '个', '個'], 'month:12': ['years', '年'],
};

/** A duration as a candidate count: plainly one when the question counts its unit ("how many days"), hardly one otherwise. */
function durationCountTier(v: Value, ctx: GroupContext): Candidate['tier'] {
  if (v.type !== 'duration') return 2;
  const names = UNIT_NAMES[`${v.per}:${v.unit}`] ?? [];
  return ctx.nouns.some((n) => names.some((u) => sameStem(n, u) || n === u)) ? 0 : 2;
}

/** The tier of a found value as a candidate of `type`, or null when it is no candidate at all. */
function tierOf(type: Value['type'], f: FoundValue, clean: CleanText, tokens: Token[], ctx: GroupContext, wanted: boolean): Candidate['tier'] | null {
  const v = f.value;
  switch (type) {
    case 'amount':
      if (v.type === 'amount') return 0;
      if (v.type !== 'number' || (isYear(v) && !wanted) || isEnumerator(clean.lower, f.start, f.end)) return null;
      return 1;
    case 'number': {
      if (v.type !== 'number' || (isYear(v) && !wanted) || isEnumerator(clean.lower, f.start, f.end)) return null;
      // A count is whole: 288.2 in an echoed table is no count of positions.
      const written = clean.lower.slice(f.start, f.end);
      if (/\./.test(written) && ctx.specs.every((s) => s.kind !== 'value' || !/\./.test(s.raw))) return null;
      const noun = nounAfter(tokens, clean.lower, f.end);
      if (noun === null || NOT_NOUNS.test(noun) || ctx.nouns.some((n) => sameStem(n, noun))) return 0;
      return UNIT_NOUNS.test(noun) ? 2 : 1;
    }
    case 'duration':
      if (v.type === 'duration') return 0;
      // A bare number for a duration, read in the asked unit ("183" for 183 ms), is a looser form.
      if (v.type !== 'number' || (isYear(v) && !wanted) || isEnumerator(clean.lower, f.start, f.end)) return null;
      return 1;
    case 'date':
      if (v.type !== 'date') return null;
      return v.day === null ? 1 : 0;
    case 'percent':
    case 'multiple':
      // The same proportion said the other way ("1.17 times base salary" for 117%) is a looser form.
      if (v.type === type) return 0;
      return v.type === 'percent' || v.type === 'multiple' ? 1 : null;
    default:
      return v.type === type ? 0 : null;
  }
}

/** Key of a value: dates by month and day (a missing year is compatible with any), numbers by size. */
function keyOf(v: Value): string {
  switch (v.type) {
    case 'amount':
    case 'number':
    case 'percent':
    case 'multiple':
      return `${v.type === 'number' ? 'amount' : v.type}:${Number(v.value.toPrecision(12))}`;
    case 'time':
      return `time:${v.minutes}`;
    case 'duration':
      return `duration:${v.per}:${Number(v.value.toPrecision(12))}`;
    case 'date':
      return `date:${v.year ?? '?'}-${v.month}-${v.day ?? '?'}`;
  }
}

/** Candidates of a text group: where the response names each spec, plus rival names of the same shape. */
function textCandidates(clean: CleanText, ctx: GroupContext): Candidate[] {
  const tokens = tokenize(clean.lower);
  const out: Candidate[] = [];
  const specs = ctx.specs.filter((s): s is Extract<AnswerSpec, { kind: 'text' }> => s.kind === 'text');
  // Every spec's namings first, so a decoy named in full is the decoy, not a rival shape of the expected name.
  for (const spec of specs) {
    for (const s of findName(spec.pattern, tokens)) out.push({ start: s.start, end: s.end, key: `name:${spec.key}`, tier: 0, names: spec });
  }
  for (const spec of specs) {
    for (const s of shapeCandidates(spec.pattern, clean.text)) {
      if (out.some((c) => c.start < s.end && s.start < c.end)) continue;
      out.push({ start: s.start, end: s.end, key: `name:${s.key}`, tier: 0 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The candidates of one group in the response (value types by the asked type; text by naming). */
export function findCandidates(group: string, clean: CleanText, ctx: GroupContext): Candidate[] {
  const first = ctx.specs[0];
  if (first?.kind === 'value') return valueCandidates(first.value.type, clean, ctx);
  if (group === 'code' || group.startsWith('name:') || group === 'text') {
    const found = textCandidates(clean, ctx);
    // Shape rivals found by two specs are one candidate.
    const seen = new Set<string>();
    return found.filter((c) => {
      const id = `${c.start}:${c.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
  return [];
}

/** True when two candidates are the same answer (a date without a year equals the same day in any year). */
export function sameAnswer(a: Candidate, b: Candidate): boolean {
  if (a.key === b.key) return true;
  if (a.value && b.value) return valueMatches(a.value, b.value) || valueMatches(b.value, a.value);
  return false;
}

/** True when a candidate gives this spec's answer. */
export function candidateMatches(spec: AnswerSpec, c: Candidate): boolean {
  if (spec.kind === 'value') return c.value !== undefined && valueMatches(spec.value, c.value);
  return c.names === spec || c.key === `name:${spec.key}`;
}
