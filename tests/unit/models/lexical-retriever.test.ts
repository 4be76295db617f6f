// Sentence splitting, stemming and BM25 ranking behave predictably on the documents needle generates.

import { describe, expect, it } from 'vitest';
import { findBestSentence, queryTerms, stem } from '../../../src/models/lexical-retriever.js';
import { parsePrompt } from '../../../src/models/parse-prompt.js';
import { splitSentences } from '../../../src/models/split-sentences.js';
import { needlePrompt } from './prompt-fixture.js';

describe('lexical retriever', () => {
  it('splits prose into sentences without breaking decimals', () => {
    expect(splitSentences('Revenue rose 4.5% to $1.2 billion. Costs fell! Why? "Quoted" start.')).toEqual([
      'Revenue rose 4.5% to $1.2 billion.',
      'Costs fell!',
      'Why?',
      '"Quoted" start.',
    ]);
  });

  it('strips transcript labels and keeps table rows whole', () => {
    expect(splitSentences('Ana Ruiz (CEO) [01:02:03]: Good morning. We grew.\n| Q1 | 4.2 |')).toEqual([
      'Good morning.',
      'We grew.',
      '| Q1 | 4.2 |',
    ]);
  });

  it('brings word forms to one stem', () => {
    expect(new Set(['increase', 'increased', 'increases', 'increasing'].map(stem)).size).toBe(1);
    expect(new Set(['company', 'companies'].map(stem)).size).toBe(1);
    expect(new Set(['meeting', 'meetings'].map(stem)).size).toBe(1);
  });

  it('ignores question words and stopwords', () => {
    expect(queryTerms('What is the name of the dog?')).toEqual(['dog']);
  });

  it('prefers the sentence matching more and rarer question words, the first one on ties', () => {
    const doc = 'The dog sleeps. The dog in Rome eats figs. The cat in Rome sleeps. The dog in Rome eats figs.';
    expect(findBestSentence(doc, 'What does the dog in Rome eat?').sentence).toBe('The dog in Rome eats figs.');
    expect(findBestSentence('Alpha. Beta.', 'gamma?')).toEqual({ sentence: null, score: 0 });
  });

  it('parses the document and the question out of a prompt', () => {
    const parsed = parsePrompt(needlePrompt('Line one.\n\nLine two.', 'Who won?'));
    expect(parsed).toEqual({ document: 'Line one.\n\nLine two.', question: 'Who won?' });
  });
});
