// Scores one response: what it asserts as its answer for each asked value, and what kind of answer it was.

import type { Outcome } from '../types.js';
import { answerGroup, readAnswer, type AnswerSpec } from './answer-type.js';
import { candidateMatches, findCandidates, sameAnswer } from './candidates.js';
import { cleanAnswer } from './clean.js';
import { questionNames } from './attribution.js';
import { readCandidates, type ReadCandidate } from './context.js';
import { refusalSpans } from './negation.js';
import { clauses, finalAnswerStarts, sentences } from './segments.js';
import { splitReasoning } from './think.js';
import { valuesIn } from './values.js';
import { judgeGroup, type GroupVerdict } from './verdict.js';

/** The score of one response. */
export interface ScoreResult {
  /** Asked values the response commits to, as a fraction: 0 or 1 per value (fractional only for multi-part questions). */
  score: number;
  outcome: Outcome;
  /** The expected answers it commits to, in the given order. */
  found: string[];
  /** True when the rules are sure; false when a judge should decide (a guess picked by soft rules, an unreadable answer). */
  decided: boolean;
  /** Same as `!decided` (kept for library callers of earlier versions). */
  ambiguous: boolean;
  /** The response commits to some answer or says the document does not hold it (false: nothing usable, e.g. cut off mid-thought). */
  answered: boolean;
  /** One line on why, e.g. `asserted $4.7 million; $3.2 million is context (from)`. */
  reason: string;
}

/** Options of {@link scoreResponse}. */
export interface ScoreOptions {
  /** The question asked: its own numbers echoed back are not answers, its words tell on-topic sentences apart. */
  question?: string;
  /** Credit a value offered as a guess ("my best guess is X"): the no-document control asks for guesses. @default false */
  acceptGuesses?: boolean;
}

/** Nouns a count is given in: the answer's own ("23 recordable injuries") and the question's ("how many recordable injuries"). */
function countNouns(question: string, specs: AnswerSpec[]): string[] {
  const fromAnswers = specs.flatMap((s) => (s.kind === 'value' ? s.nouns : []));
  const m = /\bhow many\s+((?:[a-z-]+\s+){0,3}[a-z-]+)/.exec(question);
  const fromQuestion = m ? m[1]!.split(/\s+/).filter((w) => !/^(?:did|do|does|were|was|are|is|have|has|had|will|would)$/.test(w)) : [];
  const stop = fromQuestion.findIndex((w) => /^(?:did|do|does|were|was|are|is|have|has|had|will|would|at|in|on)$/.test(w));
  // 何件, 何名, 多少起, 几人: the counter the question asks in.
  const cjk = [...question.matchAll(/(?:何|多少|几|幾)\s*([\u3040-\u30ff\u4e00-\u9fff])/g)].map((x) => x[1]!);
  return [...fromAnswers, ...(stop >= 0 ? fromQuestion.slice(0, stop) : fromQuestion), ...cjk];
}

function describe(c: ReadCandidate, lower: string): string {
  return lower.slice(c.start, c.end);
}

/**
 * Scores a response against the expected answers (all must be given for a score of 1) and the answers of
 * decoys placed in the document. A pure function of (question, expected, decoys, response).
 *
 * For each asked value the response's candidates of that type are read in their sentences: negated ("not X"),
 * inside a refusal ("the document does not mention X"), context ("up from X", "compared with X", a prior
 * year's X, the question's own numbers), or asserted. A response asserting more distinct answers of a kind
 * than were asked for is `hedged` (score 0 for that kind); a value offered only as a guess is not committed.
 */
export function scoreResponse(response: string, expected: string[], decoys: string[][] = [], opts: ScoreOptions = {}): ScoreResult {
  const answer = splitReasoning(response).answer;
  const clean = cleanAnswer(answer);
  const questionClean = cleanAnswer(opts.question ?? '');
  const question = questionClean.lower;
  const names = questionNames(questionClean.text);
  const lower = clean.lower;
  const expectedSpecs = expected.map(readAnswer);
  const expectedKeys = new Set(expectedSpecs.map((s) => `${answerGroup(s)}|${s.raw.trim().toLowerCase()}`));
  const decoySpecs = decoys.flat().map(readAnswer).filter((s) => !expectedKeys.has(`${answerGroup(s)}|${s.raw.trim().toLowerCase()}`));
  const sents = sentences(clean.text);
  const clauseSpans = clauses(lower, sents);
  const items = clauses(lower, sents, true);
  const refusals = refusalSpans(lower);
  const finals = finalAnswerStarts(lower);
  const questionValues = valuesIn(question).map((f) => f.value);

  const groups = new Map<string, AnswerSpec[]>();
  for (const s of expectedSpecs) groups.set(answerGroup(s), [...(groups.get(answerGroup(s)) ?? []), s]);

  const verdicts: Array<{ group: string; expected: AnswerSpec[]; verdict: GroupVerdict; read: ReadCandidate[] }> = [];
  let refusal = false;
  for (const [group, specs] of groups) {
    const rivals = decoySpecs.filter((d) => answerGroup(d) === group);
    const all = [...specs, ...rivals];
    let candidates = findCandidates(group, clean, { specs: all, nouns: countNouns(question, all), questionValues });
    // After working-out, the last "Final answer:" / "So," that is followed by an answer of this kind is the answer.
    const from = [...finals].reverse().find((f) => candidates.some((c) => c.start >= f));
    if (from !== undefined) candidates = candidates.filter((c) => c.start >= from);
    const groupRefusal = refusals.some((r) => r.start >= (from ?? 0));
    refusal ||= groupRefusal;
    const read = readCandidates(candidates, { clean, sentences: sents, clauses: clauseSpans, items, refusals, question, dates: specs[0]!.kind === 'value' && specs[0]!.value.type === 'date', questionNames: names, answerStart: from });
    const verdict = judgeGroup(specs, read, { refusal: groupRefusal, acceptGuesses: opts.acceptGuesses ?? false, lower, question, questionHasNames: names.size > 0 });
    verdicts.push({ group, expected: specs, verdict, read });
  }
  if (groups.size === 0) refusal = refusals.length > 0;

  const foundSpecs = new Set(verdicts.flatMap((v) => v.verdict.found));
  const found = expected.filter((_, i) => foundSpecs.has(expectedSpecs[i]!));
  const score = expected.length === 0 ? 0 : found.length / expected.length;
  const committed = verdicts.flatMap((v) => v.verdict.committed);
  const decoyGiven = committed.some((c) => decoySpecs.some((d) => candidateMatches(d, c)) && !expectedSpecs.some((e) => candidateMatches(e, c)));
  const hedged = verdicts.some((v) => v.verdict.hedged || (v.verdict.guessed && !refusal));
  const expectedSeen = verdicts.some((v) => v.read.some((c) => v.expected.some((e) => candidateMatches(e, c)) && c.role !== 'negated'));

  let outcome: Outcome;
  let decided: boolean;
  if (expected.length > 0 && found.length === expected.length) {
    outcome = 'correct';
    decided = noSoftChoice(verdicts);
  } else if (found.length > 0) {
    outcome = 'partial';
    decided = false;
  } else if (hedged) {
    outcome = 'hedged';
    decided = !expectedSeen;
  } else if (decoyGiven) {
    outcome = 'distractor';
    decided = noSoftChoice(verdicts);
  } else if (refusal || lower.trim() === '') {
    outcome = 'not_found';
    decided = !expectedSeen;
  } else {
    outcome = 'wrong';
    // A clear other value is a sure miss; a response with nothing of the asked kind may say it in words we cannot read.
    decided = committed.length > 0 || verdicts.some((v) => v.read.some((c) => c.role === 'negated'));
  }
  // A list of candidates that stops mid-sentence is working-out cut short, not an answer.
  const answered = (committed.length > 0 || refusal) && !(outcome === 'hedged' && unfinished(answer));
  return { score, outcome, found, decided, ambiguous: !decided, answered, reason: explain(verdicts, lower, refusal, outcome) };
}

/** False when soft rules chose among distinct answers (an aside, another subject, the bolded one): a judge may confirm. */
function noSoftChoice(verdicts: Array<{ verdict: GroupVerdict }>): boolean {
  return verdicts.every((v) => v.verdict.setAside.every((s) => v.verdict.committed.some((c) => sameAnswer(c, s))));
}

/** True when an answer stops mid-sentence (no closing punctuation): a cut-off output. */
function unfinished(answer: string): boolean {
  return !/[.!?)"'*`\]\u3002\uff01\uff1f\uff09\u300d\u300f]\s*$/.test(answer.trim());
}

function explain(verdicts: Array<{ group: string; verdict: GroupVerdict; read: ReadCandidate[] }>, lower: string, refusal: boolean, outcome: Outcome): string {
  const parts: string[] = [];
  for (const { group, verdict, read } of verdicts) {
    const asserted = verdict.committed.map((c) => describe(c, lower));
    const other = read.filter((c) => c.role !== 'asserted').map((c) => `${describe(c, lower)} ${c.role}${c.why ? ` (${c.why})` : ''}`);
    const aside = verdict.setAside.map((c) => `${describe(c, lower)} set aside`);
    const head = verdict.hedged ? `${verdict.offered} ${group} answers offered` : asserted.length > 0 ? `asserted ${[...new Set(asserted)].join(', ')}` : `no ${group} answer`;
    parts.push([head, ...other, ...aside].join('; '));
  }
  if (refusal) parts.push('says the document does not hold it');
  return `${outcome}: ${parts.join(' | ')}`;
}
