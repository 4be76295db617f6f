// What kind of answer is asked for: a value of some type (money, percent, ratio, date, time, count) or a name/text.

import { cleanAnswer } from './clean.js';
import { designatorClass, namePattern, tokenize, type NamePattern } from './names.js';
import { valuesIn, type Value, type ValueType } from './values.js';

/** An expected (or decoy) answer, read once. */
export type AnswerSpec =
  | {
      kind: 'value';
      raw: string;
      value: Value;
      /** Words around the value in the answer itself (`recordable injuries` of `23 recordable injuries`). */
      nouns: string[];
    }
  | { kind: 'text'; raw: string; pattern: NamePattern; /** Identity of the name: its core, or a code without separators. */ key: string };

/** Words that may follow a value in an answer without making it text ("$0.42 per share", "$42,300 a month"). */
const UNIT_FILLER = new Set(['per', 'a', 'an', 'each', 'the', 'of', 'in', 'total', 'share', 'month', 'year', 'annually', 'monthly']);

/** Counters written right after a Chinese or Japanese count (23件, 23名, 23起, 23社). */
export const CJK_COUNTER = /^(?:件|人|名|起|个|個|社|台|回|次|家|项|項|宗|位|株|股|票|枚|本|辆|条|店|拠|口|戸|户|つ|例|局|棟|基|席|校|行|款)$/;

/** Reads an answer string: a single value with at most a few unit words is a value; anything else is text. */
export function readAnswer(raw: string): AnswerSpec {
  const { text, lower } = cleanAnswer(raw);
  const values = valuesIn(lower);
  if (values.length === 1) {
    const v = values[0]!;
    const rest = tokenize(lower.slice(0, v.start) + ' ' + lower.slice(v.end)).map((t) => t.word);
    const nouns = rest.filter((w) => !UNIT_FILLER.has(w) && !/^\d/.test(w));
    // "23 recordable injuries" is a count with its noun; "Kesholt by June 9" is text. 23件, 23名, 二十三起: a count with its counter.
    const counted = rest.length === 1 && CJK_COUNTER.test(rest[0]!) && lower.slice(v.end).trim().startsWith(rest[0]!);
    if (counted || (rest.length <= 4 && (v.value.type !== 'number' || rest.every((w) => /^[a-z]+$/.test(w))))) {
      return { kind: 'value', raw, value: v.value, nouns };
    }
  }
  const pattern = namePattern(text, lower);
  const key = pattern.code ? lower.replace(/[-_\s]/g, '') : pattern.core.join(' ');
  return { kind: 'text', raw, pattern, key };
}

/** The group an answer's rivals are counted in: the value type, or one group per text answer shape. */
export function answerGroup(spec: AnswerSpec): string {
  if (spec.kind === 'value') return spec.value.type;
  if (spec.pattern.code) return 'code';
  // Plain names (a surname, a town, a word) are one group: their rivals are the other plain answers given.
  return spec.pattern.designator ? `name:${designatorClass(spec.pattern.designator)}` : 'text';
}

/** The value type of a spec, or null for text. */
export function valueType(spec: AnswerSpec): ValueType | null {
  return spec.kind === 'value' ? spec.value.type : null;
}
