// Reads a user's needles file (JSON or YAML list of {needle, question, answer}) into validated Needles.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { findAnswer } from '../score/match.js';
import type { Needle } from '../types.js';

const SHAPE = '(expected {needle, question, answer})';

const text = z.string().trim().min(1);
const answer = z.union([text, z.array(text).min(1)]);

// Extra keys (notes, tags, a depth a user kept for themselves) are ignored; `answers` is read as `answer`.
const KNOWN_KEYS = new Set(['id', 'needle', 'question', 'answer', 'answers', 'distractors']);
const withAnswerAlias = (v: unknown) => {
  if (v && typeof v === 'object' && !Array.isArray(v) && !('answer' in v) && 'answers' in v) {
    const { answers, ...rest } = v as Record<string, unknown>;
    return { ...rest, answer: answers };
  }
  return v;
};

const itemSchema = z.preprocess(
  withAnswerAlias,
  z.object({
    id: text.optional(),
    needle: text,
    question: text,
    answer,
    distractors: z.array(z.preprocess(withAnswerAlias, z.object({ needle: text, answer }))).optional(),
  }),
);

/** Reads and validates a needles file; every problem becomes a one-line UsageError naming the file and the item. */
export function loadNeedleFile(path: string): Needle[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read needles file ${path}: ${reason}`, { cause: error });
  }
  const fail = (problem: string): never => {
    throw new UsageError(`needles file ${path}: ${problem}`, {
      hint: 'a needles file is a JSON or YAML list of {needle, question, answer}, with optional id and distractors: [{needle, answer}]',
    });
  };

  const data = parseDocument(raw, path, fail);
  if (!Array.isArray(data)) fail(`expected a list of needles ${SHAPE}, got ${describe(data)}`);
  const items = data as unknown[];
  if (items.length === 0) fail(`the list is empty ${SHAPE}`);

  const needles: Needle[] = [];
  const ids = new Set<string>();
  items.forEach((item, i) => {
    const where = `item ${i + 1}`;
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      // An unknown key usually explains a missing one (a typo of `question`): name it too.
      const issue = parsed.error.issues[0]!;
      const unknown = item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item).filter((k) => !KNOWN_KEYS.has(k)) : [];
      const extra = unknown.length > 0 ? ` (unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')})` : '';
      fail(`${where}: ${describeIssue(issue, item)}${extra} ${SHAPE}`);
    }
    const v = parsed.data!;
    const answers = typeof v.answer === 'string' ? [v.answer] : v.answer;
    const distractors = (v.distractors ?? []).map((d, j) => {
      const dAnswers = typeof d.answer === 'string' ? [d.answer] : d.answer;
      for (const a of answers) {
        if (dAnswers.some((x) => x === a)) fail(`${where}: distractor ${j + 1} has the same answer "${a}" as the needle`);
      }
      return { text: d.needle, answers: dAnswers };
    });
    const id = v.id ?? `custom-${i + 1}`;
    if (ids.has(id)) fail(`${where}: id "${id}" is used twice`);
    ids.add(id);
    needles.push({
      id,
      text: v.needle,
      question: v.question,
      answers,
      ...(distractors.length > 0 ? { distractors } : {}),
      variant: 'custom',
    });
  });
  return needles;
}

function parseDocument(raw: string, path: string, fail: (problem: string) => never): unknown {
  const ext = extname(path).toLowerCase();
  const asJson = () => JSON.parse(raw) as unknown;
  const asYaml = () => parseYaml(raw) as unknown;
  try {
    if (ext === '.json') return asJson();
    if (ext === '.yaml' || ext === '.yml') return asYaml();
  } catch (error) {
    return fail(`not valid ${ext === '.json' ? 'JSON' : 'YAML'}: ${firstLine(error)}`);
  }
  try {
    return asJson();
  } catch {
    try {
      return asYaml();
    } catch (error) {
      return fail(`neither JSON nor YAML: ${firstLine(error)}`);
    }
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.trim().replace(/:$/, '');
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function describeIssue(issue: z.core.$ZodIssue, item: unknown): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return `expected an object, got ${describe(item)}`;
  const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const value = issue.path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), item);
  if (value === undefined) return `"${path}" is required`;
  if (typeof value === 'string' && value.trim() === '') return `"${path}" is empty`;
  const field = issue.path[issue.path.length - 1];
  const wanted = field === 'answer' ? 'a string or a list of strings' : issue.path.includes('distractors') && typeof field === 'number' ? 'an object {needle, answer}' : field === 'distractors' ? 'a list of {needle, answer}' : 'a string';
  return `"${path}" must be ${wanted}, got ${describe(value)}`;
}

/**
 * Answers a needle does not state in so many words (by text or by value). Allowed — a question may need
 * inference, like the original test's "eat a sandwich" — but worth a warning: exact scoring expects the
 * answer's words in the response.
 */
export function impliedAnswers(needles: Needle[]): Array<{ id: string; answer: string }> {
  return needles.flatMap((n) => n.answers.filter((a) => !findAnswer(n.text, a)).map((answer) => ({ id: n.id, answer })));
}
