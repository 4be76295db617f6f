// The control asks every question the heatmap scores: each repeat's own, and each template a cell took in its place.
import { describe, expect, it } from 'vitest';
import { controlQuestions } from '../../../src/run/control.js';
import type { TrialNeedles } from '../../../src/prompt/plan.js';

const draw = (id: string, question: string, answer: string): TrialNeedles => ({
  needle: { id, text: `${question} ${answer}.`, question, answers: [answer] },
  companions: [],
  distractors: [],
});

describe('controlQuestions', () => {
  const own = [draw('fin-a.lexical', 'What was A?', '$1.2 million'), draw('fin-b.lexical', 'What was B?', '4.5%')];
  const fittedC = draw('fin-c.lexical', 'What was C?', '17 days');

  it('asks each repeat its own question first, in repeat order', () => {
    expect(controlQuestions(own, []).map((q) => [q.repeat, q.draw.needle.id])).toEqual([[0, 'fin-a.lexical'], [1, 'fin-b.lexical']]);
  });

  it('adds each template a cell took in its place once per repeat, and nothing for drawn or unfitted cells', () => {
    const trials = [
      { repeat: 0, needles: own[0]!, choice: 'drawn' },
      { repeat: 0, needles: fittedC, choice: 'fitted' },
      { repeat: 0, needles: fittedC, choice: 'fitted' },
      { repeat: 1, needles: fittedC, choice: 'fitted' },
      { repeat: 1, needles: draw('fin-d.lexical', 'What was D?', '9'), choice: 'unfitted' },
      { repeat: 1, needles: own[1]! },
    ];
    expect(controlQuestions(own, trials).map((q) => [q.repeat, q.draw.needle.id])).toEqual([
      [0, 'fin-a.lexical'], [1, 'fin-b.lexical'], [0, 'fin-c.lexical'], [1, 'fin-c.lexical'],
    ]);
  });

  it('does not ask a fitted question twice when it is also a repeat\'s own', () => {
    const trials = [{ repeat: 1, needles: own[1]!, choice: 'fitted' }];
    expect(controlQuestions(own, trials)).toHaveLength(2);
  });
});
