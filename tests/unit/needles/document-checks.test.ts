// A user's needles checked against the document: warn when the answer is already there or another sentence already answers.
import { describe, expect, it } from 'vitest';
import { needleFileWarnings } from '../../../src/needles/document-checks.js';
import { DocumentValues } from '../../../src/needles/value-keys.js';
import type { Needle } from '../../../src/types.js';

const DOC = [
  'The company operates plants in Ohio and Texas. Net sales were $812.4 million in fiscal 2022.',
  '| Segment | Net sales |\n| Valves (in millions) | 4.7 |',
  'The audit committee approved the retention bonus plan for the Lisbon plant manager last spring.',
  'The board met on March 3, 2023 to review the budget.',
].join('\n\n');

const needle = (id: string, text: string, question: string, answer: string): Needle => ({ id, text, question, answers: [answer], variant: 'custom' });

describe('needleFileWarnings', () => {
  it("warns when a needle's answer already appears in the document, in any form a scorer accepts", () => {
    const w = needleFileWarnings([needle('custom-1', 'The grant was $812,400,000.', 'How large was the grant?', '$812,400,000')], DOC);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/custom-1.*\$812,400,000.*already appears/);
    expect(needleFileWarnings([needle('custom-2', 'Review on March 3, 2023.', 'When is the review?', 'March 3, 2023')], DOC)[0]).toMatch(/already appears/);
  });

  it("warns when the question's key terms already meet in one sentence of the document", () => {
    const w = needleFileWarnings([needle('custom-3', 'The committee set the bonus at $1.27 million.', 'What retention bonus did the audit committee approve for the Lisbon plant manager?', '$1.27 million')], DOC);
    expect(w.some((m) => /key terms/.test(m) && /Lisbon plant manager/.test(m))).toBe(true);
  });

  it('says nothing about a needle that is the only place answering its question', () => {
    expect(needleFileWarnings([needle('custom-4', 'The depot lease runs to 2031.', 'Until when does the depot lease run?', '2031')], DOC)).toEqual([]);
  });
});

describe('DocumentValues', () => {
  it('finds a money answer as a table cell in millions and as prose', () => {
    const v = new DocumentValues(DOC);
    expect(v.firstMention('$4.7 million')).toBeGreaterThan(0);
    expect(v.firstMention('$812.4 million')).toBeGreaterThan(0);
    expect(v.firstMention('$4.8 million')).toBe(-1);
    expect(v.firstMention('$812.4 million', 10)).toBe(-1);
  });
});
