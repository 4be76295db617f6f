// Cuts the haystack to a cell's length, places needles at their depths, and counts the assembled prompt.

import type { ChatMessage, InsertionPoint, Tokenizer } from '../types.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { UsageError } from '../errors.js';
import type { Rng } from '../util/rng.js';
import { frameChat, type ChatFrame } from './chat-frame.js';
import { countParts, type Part } from './count-parts.js';
import { DOCUMENT_PREFIX, SYSTEM_PROMPT, TOKENS_PER_MESSAGE, TOKENS_REPLY_PRIMING, questionSuffix } from './template.js';

/** A sentence to plant: the needle itself, a companion fact it depends on, or a decoy. */
export interface Insertion {
  text: string;
  /** Target depth in percent of the document part. */
  depth: number;
  role: 'needle' | 'companion' | 'distractor';
  /** Section-title fragments where the text fits; a nearby point in such a section is preferred. */
  sections?: string[];
}

/** Where an insertion landed. */
export interface Placement {
  role: Insertion['role'];
  /** Tokens of the document part before the inserted text. */
  tokenOffset: number;
  /** tokenOffset / (document tokens − inserted tokens) × 100. */
  depth: number;
  /** Character offset in the document part. */
  charOffset: number;
  /** The text as inserted (with a transcript label, if any). */
  rendered: string;
}

/** A finished prompt with its exact counts. */
export interface BuiltPrompt {
  messages: ChatMessage[];
  /**
   * Whole prompt in the run's tokenizer: every message with OpenAI's chat overhead, or, with a model's chat
   * template, the fully templated prompt (BOS, role markers, generation prompt).
   */
  promptTokens: number;
  documentTokens: number;
  placements: Placement[];
}

/** Tokens OpenAI's chat format adds to a system and a user message, besides their contents. */
export function chatOverhead(tokenizer: Tokenizer): number {
  return 2 * TOKENS_PER_MESSAGE + tokenizer.count('system') + tokenizer.count('user') + TOKENS_REPLY_PRIMING;
}

/**
 * Builds the prompt of one trial: the longest document prefix, cut at a boundary, that keeps the whole
 * prompt within `length` tokens, with each insertion at the allowed point nearest its target depth.
 */
export function buildPrompt(
  haystack: PreparedHaystack,
  tokenizer: Tokenizer,
  length: number,
  insertions: readonly Insertion[],
  question: string,
  rng: Rng,
): BuiltPrompt {
  const { document, index, pointTokens } = haystack;
  const suffix = questionSuffix(question);
  // Tokens around the document: chat format or template, system message, instructions and question.
  const frame = frameChat(tokenizer, SYSTEM_PROMPT, DOCUMENT_PREFIX, suffix);
  const fixed = frame.outside + tokenizer.count(frame.head) + tokenizer.count(frame.tail);
  // Rendering decides transcript labels; draw them once so every retry of the cut uses the same text.
  const labels = insertions.map(() => rng.next());
  const inserted = insertions.reduce((sum, ins) => sum + tokenizer.count(ins.text), 0);
  // Start just past the longest cut that can fit, then step back until the exact count fits: the result is
  // the longest prompt within `length`, so rebuilding with length = its own count gives the same prompt.
  let budget = length - fixed - inserted + 16;
  if (budget < 48) {
    throw new UsageError(`length ${length} is too short for this prompt: the instructions, question and needles alone take about ${fixed + inserted} tokens`, {
      hint: 'raise --min (or the shortest of --lengths)',
    });
  }
  if (budget > index.tokens.length) budget = index.tokens.length;

  let endPoint = lastPointWithin(pointTokens, budget);
  for (let attempt = 0; attempt < 256 && endPoint >= 0; attempt++) {
    const built = assemble(haystack, tokenizer, endPoint, insertions, labels, suffix, frame);
    if (built.promptTokens <= length) return built;
    // Over by a seam or a label: give up one more sentence.
    endPoint = previousDistinctPoint(document.points, endPoint);
  }
  throw new UsageError(`cannot fit a prompt into ${length} tokens with this haystack`, { hint: 'raise the shortest length' });
}

function lastPointWithin(pointTokens: Int32Array, budget: number): number {
  let lo = 0;
  let hi = pointTokens.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (pointTokens[mid]! <= budget) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function previousDistinctPoint(points: InsertionPoint[], i: number): number {
  let j = i - 1;
  while (j >= 0 && points[j]!.offset >= points[i]!.offset) j--;
  return j;
}

/** End offset of a cut at point `i` (the whole text when the cut is past the last point). */
function cutOffset(haystack: PreparedHaystack, endPoint: number): number {
  const { document } = haystack;
  const offset = document.points[endPoint]!.offset;
  // A cut at offset 0 would leave nothing: take up to the next point instead.
  return offset > 0 ? offset : (document.points[endPoint + 1]?.offset ?? document.text.length);
}

function assemble(
  haystack: PreparedHaystack,
  tokenizer: Tokenizer,
  endPoint: number,
  insertions: readonly Insertion[],
  labels: number[],
  suffix: string,
  frame: ChatFrame,
): BuiltPrompt {
  const { document, pointTokens, index } = haystack;
  let end = cutOffset(haystack, endPoint);
  const text = document.text;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const endTokens = pointTokens[endPoint]! || index.tokens.length;

  // Candidate points: those of the needle style up to the cut, plus the cut itself ("the very end").
  const chosen = choosePoints(haystack, endPoint, endTokens, insertions);
  const order = insertions.map((_, i) => i).sort((a, b) => chosen[a]!.offset - chosen[b]!.offset || a - b);

  const parts: Part[] = [];
  const rendered: string[] = [];
  const partIndexOf: number[] = [];
  let cursor = 0;
  for (const i of order) {
    const point = chosen[i]!;
    const at = Math.min(point.offset, end);
    if (at > cursor) parts.push({ from: cursor, to: at });
    cursor = Math.max(cursor, at);
    const atEnd = at >= end;
    const r = renderInsertion(insertions[i]!.text, asTurnIfNeeded(haystack, point), labels[i]!, atEnd);
    rendered[i] = r;
    partIndexOf[i] = parts.length;
    parts.push(r);
  }
  if (end > cursor) parts.push({ from: cursor, to: end });
  // The document never ends in whitespace, whatever was inserted last.
  const last = parts[parts.length - 1];
  if (typeof last === 'string') parts[parts.length - 1] = last.replace(/\s+$/, '');

  const documentTokens = countParts(parts, index, tokenizer);
  const promptTokens = frame.outside + countParts([frame.head, ...parts, frame.tail], index, tokenizer, frame.context);
  const docText = parts.map((p) => (typeof p === 'string' ? p : text.slice(p.from, p.to))).join('');

  const placements: Placement[] = insertions.map((ins, i) => {
    const before = parts.slice(0, partIndexOf[i]);
    const tokenOffset = countParts(before, index, tokenizer);
    const own = tokenizer.count(rendered[i]!);
    const charOffset = before.reduce<number>((n, p) => n + (typeof p === 'string' ? p.length : p.to - p.from), 0);
    const room = Math.max(1, documentTokens - own);
    return { role: ins.role, tokenOffset, depth: Math.min(100, (tokenOffset / room) * 100), charOffset, rendered: rendered[i]! };
  });
  return {
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: DOCUMENT_PREFIX + docText + suffix },
    ],
    promptTokens,
    documentTokens,
    placements,
  };
}

/** For each insertion, the allowed point nearest its target depth; no two insertions share a point. */
function choosePoints(haystack: PreparedHaystack, endPoint: number, endTokens: number, insertions: readonly Insertion[]): InsertionPoint[] {
  const { document, pointTokens, style } = haystack;
  // In a transcript, the very start (before the first meeting's header) also takes a turn: that is what depth 0 means.
  const allowed = (p: InsertionPoint) => (style === 'turn' ? p.kind === 'turn' || p.offset === 0 : p.kind === 'sentence' || p.kind === 'paragraph');
  const candidates: number[] = [];
  for (let i = 0; i <= endPoint; i++) if (allowed(document.points[i]!)) candidates.push(i);
  if (candidates.length === 0) candidates.push(0);
  const used = new Set<number>();
  // Needles first, then companions and decoys, so a decoy never takes the needle's spot.
  const priority = insertions.map((_, i) => i).sort((a, b) => rank(insertions[a]!.role) - rank(insertions[b]!.role) || a - b);
  const out: InsertionPoint[] = [];
  // A needle may move this far (in tokens) from its target to sit in a section it fits; never at 0% or 100%.
  const window = Math.round(0.015 * endTokens);
  const tokensAt = (c: number) => (c === endPoint && document.points[c]!.offset > 0 ? endTokens : pointTokens[c]!);
  for (const i of priority) {
    const ins = insertions[i]!;
    const target = (ins.depth / 100) * endTokens;
    const fits = (c: number) => {
      const title = document.points[c]!.section?.toLowerCase();
      return title !== undefined && ins.sections!.some((s) => title.includes(s));
    };
    const useSections = ins.sections !== undefined && ins.sections.length > 0 && ins.depth > 0 && ins.depth < 100;
    let best = -1;
    let bestDist = Infinity;
    let bestFit = -1;
    let bestFitDist = Infinity;
    for (const c of candidates) {
      if (used.has(c)) continue;
      const dist = Math.abs(tokensAt(c) - target);
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
      if (useSections && dist <= window && dist < bestFitDist && fits(c)) {
        bestFitDist = dist;
        bestFit = c;
      }
    }
    if (bestFit >= 0) best = bestFit;
    if (best < 0) best = candidates[0]!;
    used.add(best);
    out[i] = document.points[best]!;
  }
  return out;
}

function rank(role: Insertion['role']): number {
  return role === 'needle' ? 0 : role === 'companion' ? 1 : 2;
}

/** In a transcript, a needle at the document's start is a turn by one of the first meeting's participants. */
function asTurnIfNeeded(haystack: PreparedHaystack, point: InsertionPoint): InsertionPoint {
  if (haystack.style !== 'turn' || point.kind === 'turn') return point;
  const first = haystack.document.points.find((p) => p.kind === 'turn');
  return { ...point, kind: 'turn', speakers: first?.speakers, time: '00:00:00' };
}

/** The inserted text as it reads in place: a sentence before the next one, a paragraph, or a transcript turn. */
function renderInsertion(text: string, point: InsertionPoint, labelDraw: number, atEnd: boolean): string {
  const sentence = text.trim();
  if (point.kind === 'turn') {
    const speakers = point.speakers && point.speakers.length > 0 ? point.speakers : ['Participant'];
    const speaker = speakers[Math.floor(labelDraw * speakers.length)]!;
    return `${atEnd ? '\n\n' : ''}${speaker} [${point.time ?? '00:00:00'}]: ${sentence}\n\n`;
  }
  if (point.kind === 'sentence') return `${atEnd ? ' ' : ''}${sentence} `;
  return `${atEnd ? '\n\n' : ''}${sentence}\n\n`;
}
