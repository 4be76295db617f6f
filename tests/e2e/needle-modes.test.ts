// End to end: built-in needle sets, several needles per prompt, decoys, control questions and the judge.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecords, runCli } from '../support/cli.js';
import { startFakeServer, type FakePrompt } from '../support/fake-openai-server.js';
import type { RunManifest } from '../../src/types.js';

const NEEDLES = [
  { needle: 'The Orvik pilot line will start production on March 3, 2027.', question: 'When will the Orvik pilot line start production?', answer: 'March 3, 2027' },
  { needle: 'Ingrid Solberg was named owner of the Kestrel migration.', question: 'Who owns the Kestrel migration?', answer: 'Ingrid Solberg' },
  { needle: 'The Tamsin warehouse lease costs $812,000 a year.', question: 'What does the Tamsin warehouse lease cost per year?', answer: '$812,000' },
];

/** A model that reads perfectly: it answers with every planted fact's answer it can see. */
function reader(prompt: FakePrompt): string {
  const found = NEEDLES.filter((n) => prompt.document.includes(n.needle)).map((n) => n.answer);
  return found.length > 0 ? `The answers: ${found.join('; ')}.` : 'The document does not say.';
}

let work: string;
let needlesFile: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'needle-modes-'));
  needlesFile = join(work, 'needles.yaml');
  writeFileSync(
    needlesFile,
    NEEDLES.map((n) => `- needle: "${n.needle}"\n  question: "${n.question}"\n  answer: "${n.answer}"\n`).join(''),
  );
});

describe('needle modes', () => {
  it('asks for every needle of a prompt with --multi and scores the fraction found', async () => {
    const server = await startFakeServer({ answer: reader });
    try {
      const dir = join(work, 'multi');
      const r = await runCli(['sweep', '--base-url', server.url, '--model', 'm', '--needles', needlesFile, '--multi', '3', '--repeats', '1', '--lengths', '4k', '--depths', '0,50,100', '--seed', '1', '--out', dir], work);
      expect(r.code).toBe(0);
      for (const rec of readRecords(dir)) {
        expect(rec.needle_count).toBe(3);
        expect(rec.expected).toHaveLength(3);
        expect(rec.question).toMatch(/has 3 parts/);
        expect(rec.score).toBe(1);
      }
    } finally {
      await server.close();
    }
  });

  it('places decoys with --distractors and classifies an answer that gives a decoy as distractor', async () => {
    const decoy = 'The Tamsin depot lease costs $655,000 a year.';
    const file = join(work, 'decoys.json');
    writeFileSync(file, JSON.stringify([{ ...NEEDLES[2], distractors: [{ needle: decoy, answer: '$655,000' }] }]));
    // A model fooled by the near-miss: it reports the decoy's figure whenever it sees it.
    const server = await startFakeServer({ answer: (p) => (p.document.includes(decoy) ? 'It costs $655,000 a year.' : reader(p)) });
    try {
      const dir = join(work, 'distractors');
      const r = await runCli(['sweep', '--base-url', server.url, '--model', 'm', '--needles', file, '--distractors', '1', '--lengths', '4k', '--depths', '0,50,100', '--seed', '2', '--out', dir], work);
      expect(r.code).toBe(0);
      const records = readRecords(dir);
      for (const rec of records) {
        expect(rec.distractor_count).toBe(1);
        expect(rec.outcome).toBe('distractor');
        expect(rec.score).toBe(0);
      }
      expect(server.requests.every((q) => String(q.body.messages[1].content).includes(decoy))).toBe(true);
      const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.summary!.outcomes.distractor).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('draws built-in needles fitted to the transcript as speaker turns, with intervals per length', async () => {
    const server = await startFakeServer({ answer: (p) => p.document.split('\n').find((l) => l.includes(']: ') && p.messages.length > 0) ?? '' });
    try {
      const dir = join(work, 'transcript');
      const r = await runCli(['sweep', '--base-url', server.url, '--model', 'm', '--haystack', 'meeting-transcript', '--needle-set', 'paraphrased', '--lengths', '4k,8k', '--depths', '3', '--repeats', '3', '--seed', '3', '--out', dir], work);
      expect(r.code).toBe(0);
      const requests = server.requests.map((q) => String(q.body.messages[1].content));
      // Each prompt carries its needle as a turn: "<speaker> [HH:MM:SS]: <utterance>".
      const records = readRecords(dir);
      for (const rec of records) {
        expect(rec.needle_variant).toBe('paraphrased');
        expect(rec.overlap).toBeLessThanOrEqual(0.2);
      }
      expect(requests.every((u) => /\n[^\n[]+ \[\d\d:\d\d:\d\d\]: [^\n]+\n/.test(u))).toBe(true);
      const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.summary!.byLength.every((g) => g.interval !== null)).toBe(true);
      expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/95% CI/);
    } finally {
      await server.close();
    }
  });

  it('asks each question without the document with --control and reports its accuracy', async () => {
    const server = await startFakeServer({ answer: reader });
    try {
      const dir = join(work, 'control');
      const r = await runCli(['sweep', '--base-url', server.url, '--model', 'm', '--needles', needlesFile, '--control', '--lengths', '2k', '--depths', '2', '--seed', '4', '--out', dir], work);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/control \(no document, best guess\): guess rate 0\.00 over 3 questions/);
      const controls = readRecords(dir, 'control.jsonl');
      expect(controls).toHaveLength(3);
      expect(controls.every((c) => c.length === 0 && c.score === 0)).toBe(true);
      // The control asks for a best guess: no "say it is not there" instruction, since there is no document.
      const asked = server.requests.filter((q) => !String(q.body.messages[1].content).includes('<document>'));
      expect(asked).toHaveLength(3);
      for (const q of asked) expect(JSON.stringify(q.body.messages)).toMatch(/best guess/i);
      for (const q of asked) expect(JSON.stringify(q.body.messages)).not.toMatch(/does not contain the answer/);
      const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.summary!.control).toMatchObject({ trials: 3, ok: 3, accuracy: 0 });
      expect(manifest.summary!.control!.by_template!.map((t) => t.template).sort()).toEqual(['custom-1', 'custom-2', 'custom-3']);
      expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/Control \(no document, best guess asked for\)/);
    } finally {
      await server.close();
    }
  });

  it('lets the judge decide where the rules cannot, keeping the rules\' score beside its verdict', async () => {
    const model = await startFakeServer({ answer: (p) => (p.document.includes(NEEDLES[0]!.needle) ? 'Early spring of 2027, on the third.' : 'Not stated.') });
    const judge = await startFakeServer({ model: 'judge', answer: () => 'CORRECT' });
    try {
      const dir = join(work, 'judge');
      const file = join(work, 'one.json');
      writeFileSync(file, JSON.stringify([{ needle: NEEDLES[0]!.needle, question: NEEDLES[0]!.question, answer: NEEDLES[0]!.answer }]));
      const r = await runCli(['sweep', '--base-url', model.url, '--model', 'm', '--judge-model', 'judge', '--judge-base-url', judge.url, '--needles', file, '--lengths', '2k', '--depths', '0,100', '--seed', '5', '--out', dir], work);
      expect(r.code).toBe(0);
      for (const rec of readRecords(dir)) {
        // The rules find no date in "Early spring of 2027, on the third." and cannot decide; the judge's verdict is the score.
        expect(rec.score_rule).toBe(0);
        expect(rec.score).toBe(1);
        expect(rec.outcome).toBe('correct');
        expect(rec.judge).toMatchObject({ model: 'judge', verdict: 'correct' });
        expect(rec.judge_verdict).toBe('correct');
      }
      expect(judge.requests).toHaveLength(2);
      // The judge is shown the question, the expected answer and the response, and given room to reason.
      const prompt = String(judge.requests[0]!.body.messages[1].content);
      expect(prompt).toContain(NEEDLES[0]!.question);
      expect(prompt).toContain('March 3, 2027');
      expect(prompt).toContain('Early spring of 2027, on the third.');
      expect(judge.requests[0]!.body.max_tokens).toBeGreaterThanOrEqual(4096);
      const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunManifest;
      expect(manifest.summary!.judge).toMatchObject({ asked: 2, correct: 2, failed: 0, disagreements: 2 });
      expect(r.stdout).toMatch(/judge: 2 trials \(where the rules were unsure\).*disagreed with the rules on 2 of 2/);
      expect(existsSync(join(dir, 'report.html'))).toBe(true);
    } finally {
      await model.close();
      await judge.close();
    }
  });
});
