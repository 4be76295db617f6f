// The scorer against blind batches of graded responses (fixtures/blind, see GRADING.md there): development and held-out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerGroup, readAnswer } from '../../../src/score/answer-type.js';
import { scoreResponse } from '../../../src/score/score.js';
import type { Outcome } from '../../../src/types.js';

interface NeedleSpec {
  text: string;
  question?: string;
  lexical?: string;
  paraphrased?: string;
  answers: string[];
  distractors?: Array<{ text: string; answers: string[] }>;
}
interface Case {
  id: string;
  needle: string;
  ask?: 'lexical' | 'paraphrased';
  response: string;
  verdict: Outcome;
  score?: number;
}
interface Batch {
  name: string;
  needles: Record<string, NeedleSpec>;
  cases: Case[];
}

const dir = join(__dirname, 'fixtures/blind');
const batches: Batch[] = readdirSync(dir)
  .filter((f) => /^batch-.*\.yaml$/.test(f))
  .sort()
  .map((f) => ({ name: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(dir, f), 'utf8')) as Omit<Batch, 'name'>) }));

function run(batch: Batch) {
  return batch.cases.map((c) => {
    const needle = batch.needles[c.needle];
    if (!needle) throw new Error(`${c.id}: unknown needle ${c.needle}`);
    const question = needle.question ?? (c.ask === 'paraphrased' ? needle.paraphrased : needle.lexical);
    if (!question) throw new Error(`${c.id}: needle ${c.needle} has no ${c.ask ?? 'lexical'} question`);
    const want = c.verdict === 'partial' ? c.score! : c.verdict === 'correct' ? 1 : 0;
    const got = scoreResponse(c.response, needle.answers, (needle.distractors ?? []).map((d) => d.answers), { question });
    return { c, want, got, scoreAgrees: Math.abs(got.score - want) < 0.01, outcomeAgrees: got.outcome === c.verdict };
  });
}

const results = batches.map((b) => ({ batch: b, results: run(b) }));
const all = results.flatMap((r) => r.results);
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

describe('blind graded batches', () => {
  it('hold 300+ well-formed cases across every kind of asked value', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const { c } of all) {
      expect(typeof c.response, c.id).toBe('string');
      if (c.verdict === 'partial') expect(c.score, c.id).toBeGreaterThan(0);
    }
    const kinds = new Set(batches.flatMap((b) => Object.values(b.needles).flatMap((n) => n.answers.map((a) => answerGroup(readAnswer(a)).replace(/^name:.*/, 'name')))));
    for (const kind of ['amount', 'percent', 'multiple', 'date', 'time', 'number', 'code', 'text', 'name']) expect(kinds).toContain(kind);
    expect(batches.some((b) => Object.values(b.needles).some((n) => n.answers.length > 1))).toBe(true);
  });

  it('never credits a response graded hedged or not_found', () => {
    const credited = all.filter((r) => (r.c.verdict === 'hedged' || r.c.verdict === 'not_found') && r.got.score > 0);
    expect(credited.map((r) => `${r.c.id}: ${r.got.reason}`)).toEqual([]);
  });

  it('scores at least 95% of each batch as the grader did', () => {
    const lines = results.map(({ batch, results: rs }) => {
      const s = rs.filter((r) => r.scoreAgrees).length;
      const o = rs.filter((r) => r.outcomeAgrees).length;
      const misses = rs.filter((r) => !r.scoreAgrees || !r.outcomeAgrees).map((r) => `    ${r.c.id}: graded ${r.c.verdict}/${r.want}, scored ${r.got.outcome}/${r.got.score.toFixed(2)} — ${r.got.reason}`);
      return [`  ${batch.name}: score ${s}/${rs.length} (${pct(s, rs.length)}), outcome ${o}/${rs.length} (${pct(o, rs.length)})`, ...misses].join('\n');
    });
    const s = all.filter((r) => r.scoreAgrees).length;
    console.log(`blind batches: score agreement ${pct(s, all.length)} over ${all.length} cases\n${lines.join('\n')}`);
    for (const { batch, results: rs } of results) {
      expect(rs.filter((r) => r.scoreAgrees).length / rs.length, batch.name).toBeGreaterThanOrEqual(0.95);
      expect(rs.filter((r) => r.outcomeAgrees).length / rs.length, batch.name).toBeGreaterThanOrEqual(0.9);
    }
  });
});
