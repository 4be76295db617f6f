// The keyword baseline answers from the document alone, with the best-matching sentence or a refusal.

import { describe, expect, it } from 'vitest';
import { BASELINE_NOT_FOUND, createBaselineModel } from '../../../src/models/baseline.js';
import { fillerDocument, needlePrompt } from './prompt-fixture.js';

const NEEDLE = 'The secret launch code for the Helsinki office is 7345-alpha.';

describe('baseline model', () => {
  it('answers with the needle sentence hidden in a 200-sentence document', async () => {
    const model = createBaselineModel();
    const document = fillerDocument(200, { text: NEEDLE, at: 137 });
    const result = await model.complete({ messages: needlePrompt(document, 'What is the secret launch code for the Helsinki office?') });
    expect(result.text).toBe(NEEDLE);
    expect(result.usage.promptTokens).toBeNull();
    expect(result.attempts).toBe(1);
  });

  it('says the document does not contain the answer when no sentence shares a word with the question', async () => {
    const model = createBaselineModel();
    const document = fillerDocument(200, { text: NEEDLE, at: 137 });
    const result = await model.complete({ messages: needlePrompt(document, 'Which violinist played at the gala dinner?') });
    expect(result.text).toBe(BASELINE_NOT_FOUND);
  });

  it('never answers from the instructions or the question itself', async () => {
    const model = createBaselineModel();
    const result = await model.complete({ messages: needlePrompt('Nothing relevant is written here.', 'What is the launch code?') });
    expect(result.text).toBe(BASELINE_NOT_FOUND);
  });

  it('answers a transcript question with the utterance, without the speaker label', async () => {
    const model = createBaselineModel();
    const document = [
      'Dana Ortiz (CFO) [00:12:04]: Thanks everyone, let us start with the numbers.',
      '',
      'Sam Lee (Operator) [00:13:40]: The backup generator in Lisbon was tested on Tuesday.',
      '',
      'Dana Ortiz (CFO) [00:15:02]: Margins held steady this quarter.',
    ].join('\n');
    const result = await model.complete({ messages: needlePrompt(document, 'When was the backup generator in Lisbon tested?') });
    expect(result.text).toBe('The backup generator in Lisbon was tested on Tuesday.');
  });

  it('identifies itself as the baseline with no endpoint', async () => {
    const model = createBaselineModel();
    expect([model.id, model.kind, model.baseUrl]).toEqual(['baseline', 'baseline', null]);
    await expect(model.probe()).resolves.toBeUndefined();
  });

  it('answers a 1M-token document in about a second or less', async () => {
    const model = createBaselineModel();
    const document = fillerDocument(60_000, { text: NEEDLE, at: 41_000 });
    expect(document.length).toBeGreaterThan(2_500_000);
    const big = document + '\n\n' + document.slice(0, 2_000_000);
    const started = performance.now();
    const result = await model.complete({ messages: needlePrompt(big, 'What is the secret launch code for the Helsinki office?') });
    const elapsed = performance.now() - started;
    expect(result.text).toBe(NEEDLE);
    expect(elapsed).toBeLessThan(3_000);
  });
});
