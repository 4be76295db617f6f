// loadNeedleFile: a user's own needles from JSON or YAML, with one-line errors naming the file and the item.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { impliedAnswers, loadNeedleFile } from '../../../src/needles/load-needle-file.js';

const dir = mkdtempSync(join(tmpdir(), 'needle-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function errorOf(path: string): UsageError {
  try {
    loadNeedleFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected loadNeedleFile to throw');
}

describe('loadNeedleFile', () => {
  it('reads a YAML list, numbering ids custom-1, custom-2 … and marking them custom', () => {
    const path = file(
      'needles.yaml',
      [
        '- needle: The vault code is 7391.',
        '  question: What is the vault code?',
        '  answer: "7391"',
        '- needle: Marta Quenby chairs the Ellhaven committee.',
        '  question: Who chairs the committee?',
        '  answer: [Marta, Quenby]',
      ].join('\n'),
    );
    const needles = loadNeedleFile(path);
    expect(needles).toEqual([
      { id: 'custom-1', text: 'The vault code is 7391.', question: 'What is the vault code?', answers: ['7391'], variant: 'custom' },
      { id: 'custom-2', text: 'Marta Quenby chairs the Ellhaven committee.', question: 'Who chairs the committee?', answers: ['Marta', 'Quenby'], variant: 'custom' },
    ]);
  });

  it('reads JSON with its own ids and distractors', () => {
    const path = file(
      'needles.json',
      JSON.stringify([
        {
          id: 'bonus',
          needle: 'The board approved a $4.7 million bonus.',
          question: 'What bonus was approved?',
          answer: '$4.7 million',
          distractors: [{ needle: 'Last year the bonus was $3.1 million.', answer: '$3.1 million' }],
        },
      ]),
    );
    const [n] = loadNeedleFile(path);
    expect(n!.id).toBe('bonus');
    expect(n!.distractors).toEqual([{ text: 'Last year the bonus was $3.1 million.', answers: ['$3.1 million'] }]);
  });

  it('tries JSON then YAML when the extension says neither', () => {
    const json = file('list.txt', '[{"needle":"Code 12.","question":"Code?","answer":"12"}]');
    const yaml = file('list.data', '- needle: Code 12.\n  question: Code?\n  answer: "12"\n');
    expect(loadNeedleFile(json)[0]!.answers).toEqual(['12']);
    expect(loadNeedleFile(yaml)[0]!.answers).toEqual(['12']);
  });

  it('rejects a needles file whose item has no question, naming the file and the item', () => {
    const path = file('no-question.yaml', '- needle: A is 1.\n  question: A?\n  answer: "1"\n- needle: B is 2.\n  answer: "2"\n');
    expect(errorOf(path).message).toBe(`needles file ${path}: item 2: "question" is required (expected {needle, question, answer})`);
  });

  it('reads "answers" as "answer" and ignores fields it does not use', () => {
    const path = file('alias.yaml', '- needle: A is 1.\n  question: A?\n  answers: ["1"]\n  notes: from last quarter\n');
    expect(loadNeedleFile(path)[0]).toMatchObject({ question: 'A?', answers: ['1'] });
  });

  it('names a misspelled field beside the missing one', () => {
    const path = file('typo.yaml', '- needle: A is 1.\n  qestion: A?\n  answer: "1"\n');
    expect(errorOf(path).message).toMatch(/item 1: "question" is required \(unknown field "qestion"\)/);
  });

  it('rejects an answer that is neither a string nor a list of strings', () => {
    const path = file('bad-answer.json', '[{"needle":"A is 1.","question":"A?","answer":{"value":1}}]');
    expect(errorOf(path).message).toMatch(/item 1: "answer" must be a string or a list of strings/);
  });

  it('rejects an empty question', () => {
    const path = file('empty-question.json', '[{"needle":"A is 1.","question":"  ","answer":"1"}]');
    expect(errorOf(path).message).toMatch(/item 1: "question" is empty/);
  });

  it('accepts an answer the needle only implies, and lists it for a warning', () => {
    const path = file('absent.json', '[{"needle":"The best thing to do here is eat a sandwich in the park.","question":"What is best to do?","answer":"picnic"}]');
    const needles = loadNeedleFile(path);
    expect(needles[0]!.answers).toEqual(['picnic']);
    expect(impliedAnswers(needles)).toEqual([{ id: 'custom-1', answer: 'picnic' }]);
  });

  it('accepts an answer written differently from the needle when the value is the same', () => {
    const path = file('value.json', '[{"needle":"The bonus is $4,700,000.","question":"Bonus?","answer":"$4.7 million"}]');
    expect(loadNeedleFile(path)[0]!.answers).toEqual(['$4.7 million']);
  });

  it('rejects a distractor without an answer, pointing at it', () => {
    const path = file('distractor.json', '[{"needle":"A is 1.","question":"A?","answer":"1","distractors":[{"needle":"B is 2."}]}]');
    expect(errorOf(path).message).toMatch(/item 1: "distractors\[1\]\.answer" is required/);
  });

  it('rejects an empty list', () => {
    const path = file('empty.json', '[]');
    expect(errorOf(path).message).toBe(`needles file ${path}: the list is empty (expected {needle, question, answer})`);
  });

  it('rejects a file that is not a list', () => {
    const path = file('object.yaml', 'needle: A is 1.\nquestion: A?\nanswer: "1"\n');
    expect(errorOf(path).message).toMatch(/expected a list of needles .* got an object/);
  });

  it('rejects two items with the same id', () => {
    const path = file('dup.yaml', '- {id: x, needle: A is 1., question: A?, answer: "1"}\n- {id: x, needle: B is 2., question: B?, answer: "2"}\n');
    expect(errorOf(path).message).toMatch(/item 2: id "x" is used twice/);
  });

  it('reports malformed JSON on one line', () => {
    const path = file('broken.json', '[{"needle": ');
    const message = errorOf(path).message;
    expect(message).toMatch(new RegExp(`^needles file ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON: `));
    expect(message).not.toContain('\n');
  });

  it('reports a missing file as unreadable', () => {
    const path = join(dir, 'missing.yaml');
    expect(errorOf(path).message).toBe(`cannot read needles file ${path}: no such file`);
  });
});
