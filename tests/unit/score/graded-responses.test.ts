// The scorer against responses written the way real models answer, each graded by a careful reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreResponse } from '../../../src/score/score.js';
import type { Outcome } from '../../../src/types.js';

interface Question {
  question: string;
  expected: string[];
  decoys: string[][];
}
interface Case {
  id: string;
  q: string;
  response: string;
  outcome: Outcome;
  score: number;
  tags: string[];
}

const data = parse(readFileSync(join(__dirname, 'fixtures/graded-responses.yaml'), 'utf8')) as { questions: Record<string, Question>; cases: Case[] };

/** Cases a scorer must never credit: negations, hedges, lists of guesses, echoes, refusals. */
const NEVER_CREDITED = new Set(['negation', 'hedge', 'list', 'echo', 'refusal']);

describe('graded responses', () => {
  const results = data.cases.map((c) => {
    const q = data.questions[c.q];
    if (!q) throw new Error(`case ${c.id}: unknown question ${c.q}`);
    const got = scoreResponse(c.response, q.expected, q.decoys, { question: q.question });
    return { c, got, scoreAgrees: Math.abs(got.score - c.score) < 1e-9, outcomeAgrees: got.outcome === c.outcome };
  });

  it('covers every value type with at least 60 cases', () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(60);
    const tags = new Set(data.cases.flatMap((c) => c.tags));
    for (const kind of ['money', 'percent', 'ratio', 'date', 'count', 'time', 'name', 'code', 'multi-part', 'multi-value']) expect(tags).toContain(kind);
  });

  it('scores at least 95% of them as the grader did, and never credits a negation, a hedge or a list of guesses', () => {
    const disagreements = results.filter((r) => !r.scoreAgrees || !r.outcomeAgrees);
    const report = disagreements.map((r) => `${r.c.id}: expected ${r.c.outcome}/${r.c.score}, got ${r.got.outcome}/${r.got.score.toFixed(2)} — ${r.got.reason}`);
    const scoreAgreement = results.filter((r) => r.scoreAgrees).length / results.length;
    const outcomeAgreement = results.filter((r) => r.outcomeAgrees).length / results.length;
    console.log(`graded responses: score agreement ${(scoreAgreement * 100).toFixed(1)}%, outcome agreement ${(outcomeAgreement * 100).toFixed(1)}% over ${results.length} cases${report.length ? '\n  ' + report.join('\n  ') : ''}`);
    const wronglyCredited = results.filter((r) => r.c.score === 0 && r.got.score > 0 && r.c.tags.some((t) => NEVER_CREDITED.has(t)));
    expect(wronglyCredited.map((r) => r.c.id)).toEqual([]);
    expect(scoreAgreement).toBeGreaterThanOrEqual(0.95);
    expect(outcomeAgreement).toBeGreaterThanOrEqual(0.9);
  });
});
