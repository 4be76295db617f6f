// Cuts the haystack to a cell's length, places needles at their depths, and counts the assembled prompt.

import type { PlaceContext } from '../haystack/place-context.js';
import type { ChatMessage, InsertionPoint, Tokenizer } from '../types.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import { UsageError } from '../errors.js';
import type { Rng } from '../util/rng.js';
import { frameChat, type ChatFrame } from './chat-frame.js';
import { countParts, type Part } from './count-parts.js';
import { PROMPT_FRAMES, TOKENS_PER_MESSAGE, TOKENS_REPLY_PRIMING, questionSuffix } from './template.js';

/** A sentence to plant: the needle itself, a companion fact it depends on, or a decoy. */
export interface Insertion {
  /** The text as it reads with no place known (also what the length budget is estimated from). */
  text: string;
  /** Target depth in percent of the document part. */
  depth: number;
  role: 'needle' | 'companion' | 'distractor';
  /** Section-title fragments (or meeting kinds) where the text fits; a nearby point in such a section is preferred. */
  sections?: string[];
  /** Built-in needles: the text as it reads at a point (that fiscal year's dates; in a transcript, who may say it). */
  render?: (point: InsertionPoint) => PlacedText;
  /** Transcript needles: role keys that may voice the turn, most fitting first; placement prefers meetings where one is present. */
  speakerRoles?: string[];
}

/** An insertion as rendered at its point. */
export interface PlacedText {
  text: string;
  /** The question as it reads there, when it names something of the place. */
  question?: string;
  /** The expected answers as they read there (a date relative to the meeting, say). */
  answers?: string[];
  /** Transcript needles: role keys that may voice the turn, most fitting first. */
  speakerRoles?: string[];
  /** Transcript needles: a short reply turn that follows, by one of these roles. */
  reply?: { roles: string[]; text: string };
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
  /** The insertion as rendered at its point (question and answers included for built-in needles). */
  placed: PlacedText;
  /** Section (or meeting) title of the point. */
  section?: string;
  /** Where the point sits in the document (fiscal year, meeting and clock), when the generator said. */
  place?: PlaceContext;
  /** True when the point is in a section the insertion fits (and, in a transcript, a fitting speaker is present). */
  fits: boolean;
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
  /** Character offset in the haystack where the document part ends (its text before that, insertions aside); set by buildPrompt. */
  documentEnd?: number;
  /** The question asked (the needle's, as it reads at its place); set by buildPrompt. */
  question?: string;
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
  const lang = haystack.lang ?? 'en';
  const suffix = questionSuffix(question, lang);
  // Tokens around the document: chat format or template, system message, instructions and question (in the document's language).
  const frame = frameChat(tokenizer, PROMPT_FRAMES[lang].system, PROMPT_FRAMES[lang].documentPrefix, suffix);
  const fixed = frame.outside + tokenizer.count(frame.head) + tokenizer.count(frame.tail);
  // Rendering decides transcript labels; draw them once so every retry of the cut uses the same text.
  const labels = insertions.map(() => rng.next());
  // A transcript needle also brings its label and, often, a reply turn: count a few tokens for them.
  const inserted = insertions.reduce((sum, ins) => sum + tokenizer.count(ins.text) + (haystack.style === 'turn' ? 24 : 0), 0);
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
    const built = assemble(haystack, tokenizer, endPoint, insertions, labels, question);
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
  defaultQuestion: string,
): BuiltPrompt {
  const { document, pointTokens, index } = haystack;
  let end = cutOffset(haystack, endPoint);
  const text = document.text;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const endTokens = pointTokens[endPoint]! || index.tokens.length;

  // Candidate points: those of the needle style up to the cut, plus the cut itself ("the very end").
  const chosen = choosePoints(haystack, endPoint, endTokens, insertions);
  const order = insertions.map((_, i) => i).sort((a, b) => chosen[a]!.point.offset - chosen[b]!.point.offset || a - b);

  const parts: Part[] = [];
  const rendered: string[] = [];
  const placed: PlacedText[] = [];
  const partIndexOf: number[] = [];
  let cursor = 0;
  for (const i of order) {
    const point = chosen[i]!.point;
    const at = Math.min(point.offset, end);
    if (at > cursor) parts.push({ from: cursor, to: at });
    cursor = Math.max(cursor, at);
    const atEnd = at >= end;
    const ins = insertions[i]!;
    const asPoint = asTurnIfNeeded(haystack, point);
    placed[i] = ins.render ? ins.render(asPoint) : { text: ins.text };
    const r = renderInsertion(placed[i]!, asPoint, labels[i]!, atEnd);
    rendered[i] = r;
    partIndexOf[i] = parts.length;
    parts.push(r);
  }
  if (end > cursor) parts.push({ from: cursor, to: end });
  // The document never ends in whitespace, whatever was inserted last.
  const last = parts[parts.length - 1];
  if (typeof last === 'string') parts[parts.length - 1] = last.replace(/\s+$/, '');

  const needleAt = insertions.findIndex((ins) => ins.role === 'needle');
  const question = (needleAt >= 0 ? placed[needleAt]!.question : undefined) ?? defaultQuestion;
  const lang = haystack.lang ?? 'en';
  const prompt = PROMPT_FRAMES[lang];
  const suffix = questionSuffix(question, lang);
  // The question may read differently at the needle's place: frame the prompt around the one asked.
  const frame = frameChat(tokenizer, prompt.system, prompt.documentPrefix, suffix);
  const documentTokens = countParts(parts, index, tokenizer);
  const promptTokens = frame.outside + countParts([frame.head, ...parts, frame.tail], index, tokenizer, frame.context);
  const docText = parts.map((p) => (typeof p === 'string' ? p : text.slice(p.from, p.to))).join('');

  const placements: Placement[] = insertions.map((ins, i) => {
    const before = parts.slice(0, partIndexOf[i]);
    const tokenOffset = countParts(before, index, tokenizer);
    const own = tokenizer.count(rendered[i]!);
    const charOffset = before.reduce<number>((n, p) => n + (typeof p === 'string' ? p.length : p.to - p.from), 0);
    const room = Math.max(1, documentTokens - own);
    const { point, fits } = chosen[i]!;
    return { role: ins.role, tokenOffset, depth: Math.min(100, (tokenOffset / room) * 100), charOffset, rendered: rendered[i]!, placed: placed[i]!, section: point.section, place: point.context, fits };
  });
  return {
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.documentPrefix + docText + suffix },
    ],
    promptTokens,
    documentTokens,
    placements,
    documentEnd: end,
    question,
  };
}

/** Sentence openings that refer back to the sentence before (a needle is never put between the two). */
const ANAPHOR = /^(?:It|Its|They|Their|This|These|That|Those|Such|The site|The segment|The line|The plant|The facility|The program|The matter|The case|The complaint|The acquisition|The transaction|The same|Both|Each of (?:these|them)|Of (?:these|that|this))\b/;

/** A back-reference a little way into a sentence: "A 50 basis point decline in that rate would…", "Half of these plans…". */
const INNER_ANAPHOR = /^[^.;:!?]{0,40}\b(?:in|of|on|at|from|to|by|for|under|with|over) (?:that|this|these|those|such)\b/;

/** Japanese and Chinese openings that refer back ("この", "同社", "当該", "这", "该", "上述", "其中"). */
const CJK_ANAPHOR = /^(?:この|その|これ|それ|同社|同期|同年|同様|当該|上記|前述|こうした|そうした|这|该|此|其|上述|前述|同时|对此)/;

/** How far (in percent of the document part) a needle may move from its target depth to sit in a place it fits. */
export const FIT_WINDOW = 0.1;

/**
 * For each insertion, the allowed point nearest its target depth; no two insertions share a point. Within
 * FIT_WINDOW of the target, a point the insertion fits is preferred: a section it names and, in a transcript,
 * a meeting of a kind it names where someone who may voice it is present and the clock leaves room for its turn.
 */
function choosePoints(haystack: PreparedHaystack, endPoint: number, endTokens: number, insertions: readonly Insertion[]): Array<{ point: InsertionPoint; fits: boolean }> {
  const { document, pointTokens, style } = haystack;
  const allowed = allowedPoints(haystack);
  const candidates: number[] = [];
  for (let i = 0; i <= endPoint; i++) if (allowed(document.points[i]!)) candidates.push(i);
  if (candidates.length === 0) candidates.push(0);
  const used = new Set<number>();
  // Needles first, then companions and decoys, so a decoy never takes the needle's spot.
  const priority = insertions.map((_, i) => i).sort((a, b) => rank(insertions[a]!.role) - rank(insertions[b]!.role) || a - b);
  const out: Array<{ point: InsertionPoint; fits: boolean }> = [];
  const window = Math.round(FIT_WINDOW * endTokens);
  const tokensAt = (c: number) => (c === endPoint && document.points[c]!.offset > 0 ? endTokens : pointTokens[c]!);
  for (const i of priority) {
    const ins = insertions[i]!;
    const target = (ins.depth / 100) * endTokens;
    const fits = (c: number) => pointFits(document.points[c]!, ins, style);
    // The very start and the very end are exact places: no moving for a better fit there.
    const useFit = ins.depth > 0 && ins.depth < 100 && ((ins.sections?.length ?? 0) > 0 || (ins.speakerRoles?.length ?? 0) > 0);
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
      // The start of a prose paragraph reads best; the middle of one (between two sentences of an argument) less
      // well, and a one-sentence paragraph above a table or heading least: those points count as farther.
      const point = document.points[c]!;
      const paragraphStart = point.offset === 0 || document.text.startsWith('\n\n', point.offset - 2);
      const fitDist = dist + (style !== 'sentence' ? 0 : point.kind === 'paragraph' ? window / 2 : paragraphStart ? 0 : window / 4);
      if (useFit && dist <= window && fitDist < bestFitDist && fits(c)) {
        bestFitDist = fitDist;
        bestFit = c;
      }
    }
    if (bestFit >= 0) best = bestFit;
    if (best < 0) best = candidates[0]!;
    used.add(best);
    out[i] = { point: document.points[best]!, fits: fits(best) };
  }
  return out;
}

/** Which points an inserted text may take: a sentence or paragraph start that does not point back (a turn in a transcript). */
function allowedPoints(haystack: PreparedHaystack): (p: InsertionPoint) => boolean {
  const { document, style } = haystack;
  // In a transcript, the very start (before the first meeting's header) also takes a turn: that is what depth 0 means.
  // Never before a sentence that points back at the one before it ("The site makes…", "It ran at…"): the needle would
  // come between them and take the reference.
  const pointsBack = (p: InsertionPoint) => p.kind === 'sentence' && (ANAPHOR.test(document.text.slice(p.offset, p.offset + 24)) || INNER_ANAPHOR.test(document.text.slice(p.offset, p.offset + 60)) || CJK_ANAPHOR.test(document.text.slice(p.offset, p.offset + 8)));
  // No turn goes between a meeting's header and its opening turn: nobody speaks before the meeting is opened.
  const opening = (p: InsertionPoint) => p.context?.kind === 'meeting-transcript' && p.context.previousTime === undefined;
  return (p: InsertionPoint) =>
    style === 'turn' ? (p.kind === 'turn' && !opening(p)) || p.offset === 0 : (p.kind === 'sentence' && !pointsBack(p)) || p.kind === 'paragraph';
}

/**
 * True when a document part ending at character `documentEnd` has, within FIT_WINDOW of `depth`, a point where a
 * text with these sections (and speakers) fits: what placement would find for it there. The planner asks this to
 * choose, among the built-in templates, one that fits a cell (a 16K prefix of a report holds no audit-fee note).
 */
export function fitsNearDepth(haystack: PreparedHaystack, documentEnd: number, depth: number, ins: Pick<Insertion, 'sections' | 'speakerRoles' | 'role'>): boolean {
  const { document, pointTokens, index, style } = haystack;
  const points = document.points;
  // The cut's own point: the document part ends there, less the whitespace trimmed before it.
  let end = documentEnd;
  while (end < document.text.length && /\s/.test(document.text[end]!)) end++;
  const endPoint = Math.max(0, lastIndex(points.length, (i) => points[i]!.offset <= end));
  const endTokens = pointTokens[endPoint]! || index.tokens.length;
  const allowed = allowedPoints(haystack);
  // The very start and the very end are exact places: only the point placement would take there counts.
  if (depth <= 0 || depth >= 100) {
    const step = depth <= 0 ? 1 : -1;
    for (let i = depth <= 0 ? 0 : endPoint; i >= 0 && i <= endPoint; i += step) if (allowed(points[i]!)) return pointFits(points[i]!, ins, style);
    return false;
  }
  const target = (depth / 100) * endTokens;
  const window = Math.round(FIT_WINDOW * endTokens);
  for (let i = lastIndex(endPoint + 1, (k) => pointTokens[k]! < target - window) + 1; i <= endPoint && pointTokens[i]! <= target + window; i++) {
    if (allowed(points[i]!) && pointFits(points[i]!, ins, style)) return true;
  }
  return false;
}

/** The last index below `n` for which a monotone predicate (true, then false) holds, or -1. */
function lastIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** True when an insertion reads naturally at a point: its section (or meeting kind), its speaker, room on the clock. */
export function pointFits(point: InsertionPoint, ins: Pick<Insertion, 'sections' | 'speakerRoles' | 'role'>, style: 'turn' | 'sentence'): boolean {
  const place = point.context;
  const sections = ins.sections ?? [];
  if (style === 'turn' && place?.kind === 'meeting-transcript') {
    const kindFits = sections.length === 0 || sections.some((s) => place.meetingKind === s || place.meetingKind.includes(s) || place.title.toLowerCase().includes(s));
    const roles = ins.speakerRoles ?? [];
    const speakerFits = roles.length === 0 || place.participants.some((p) => roles.some((r) => voices(r, p)));
    return kindFits && speakerFits && point.kind === 'turn' && turnGap(place) >= 3 && !place.awaitsAnswer && !place.continuesTurn;
  }
  const title = point.section?.toLowerCase();
  if (title === undefined) return false;
  // "Item 7. Management's Discussion and Analysis … Results of Operations — Liquidity": a subsection name matches the
  // part after the dash (so "results of operations" is not every MD&A subsection); "item 7" matches the Item.
  const dash = title.indexOf(' — ');
  const item = dash < 0 ? title : title.slice(0, dash);
  // An Item's own opening (no part yet) is matched by its name, except MD&A's, whose long name says "Results of Operations".
  const part = dash >= 0 ? title.slice(dash + 3) : item.startsWith('item 7.') ? '' : title;
  return sections.some((s) => (/^item \d/.test(s) ? item.startsWith(`${s}.`) || item.startsWith(`${s} `) || item === s : part.includes(s)));
}

function rank(role: Insertion['role']): number {
  return role === 'needle' ? 0 : role === 'companion' ? 1 : 2;
}

/** In a transcript, a needle at the document's start is a turn by one of the first meeting's participants. */
function asTurnIfNeeded(haystack: PreparedHaystack, point: InsertionPoint): InsertionPoint {
  if (haystack.style !== 'turn' || point.kind === 'turn') return point;
  const first = haystack.document.points.find((p) => p.kind === 'turn');
  const context = first?.context?.kind === 'meeting-transcript' ? { ...first.context, previousTime: undefined, time: '00:00:00' } : first?.context;
  return { ...point, kind: 'turn', speakers: first?.speakers, time: '00:00:00', context };
}

/** A Japanese or Chinese sentence's end (。！？, optionally closed by 」』）). */
const CJK_SENTENCE_END = /[。！？][」』）]*$/;

/** The inserted text as it reads in place: a sentence before the next one, a paragraph, or a transcript turn (with its reply). */
function renderInsertion(placed: PlacedText, point: InsertionPoint, labelDraw: number, atEnd: boolean): string {
  const sentence = placed.text.trim();
  if (point.kind === 'turn') return `${atEnd ? '\n\n' : ''}${renderTurns(placed, point, labelDraw)}`;
  // Japanese and Chinese sentences follow one another with no space between them.
  const space = CJK_SENTENCE_END.test(sentence) ? '' : ' ';
  if (point.kind === 'sentence') return `${atEnd ? space : ''}${sentence}${space}`;
  return `${atEnd ? '\n\n' : ''}${sentence}\n\n`;
}

/**
 * A needle turn (and its reply) at a turn point. With a meeting place, the speaker is a participant whose role
 * may voice it, and the turns take timestamps strictly between the previous turn's and the next one's.
 */
function renderTurns(placed: PlacedText, point: InsertionPoint, labelDraw: number): string {
  const sentence = placed.text.trim();
  const place = point.context?.kind === 'meeting-transcript' ? point.context : undefined;
  if (!place || place.participants.length === 0) {
    const speakers = point.speakers && point.speakers.length > 0 ? point.speakers : ['Participant'];
    const speaker = speakers[Math.floor(labelDraw * speakers.length)]!;
    return `${speaker} [${point.time ?? '00:00:00'}]: ${sentence}\n\n`;
  }
  const speaker = pickSpeaker(place.participants, placed.speakerRoles ?? [], labelDraw) ?? place.participants[Math.floor(labelDraw * place.participants.length)]!.label;
  const from = place.previousTime ? seconds(place.previousTime) : Math.max(0, seconds(place.time ?? '00:00:00') - 8);
  const to = seconds(place.time ?? '00:00:00');
  const gap = to - from;
  // With no room on the clock (the very start), the turn shares the next one's second rather than go back in time.
  const first = gap >= 2 ? from + Math.max(1, Math.floor(gap / 3)) : to;
  let out = `${speaker} [${hms(first)}]: ${sentence}\n\n`;
  if (placed.reply) {
    const responder = pickSpeaker(place.participants.filter((p) => p.label !== speaker), placed.reply.roles, (labelDraw * 7) % 1);
    const second = gap >= 3 ? from + Math.max(2, Math.floor((2 * gap) / 3)) : to;
    if (responder && second > first && second < to) out += `${responder} [${hms(second)}]: ${placed.reply.text}\n\n`;
  }
  return out;
}

/**
 * True when a participant may voice a role: the role key (`executive`), or a role key and a part of the label
 * (`executive@教育部長`: the head of education among the executives, not whichever head is present).
 */
export function voices(role: string, p: { label: string; role: string }): boolean {
  const at = role.indexOf('@');
  return at < 0 ? p.role === role : p.role === role.slice(0, at) && p.label.includes(role.slice(at + 1));
}

/** The label of a participant with the most fitting role present (drawn among equals), or undefined. */
function pickSpeaker(participants: ReadonlyArray<{ label: string; role: string }>, roles: readonly string[], draw: number): string | undefined {
  for (const role of roles) {
    const who = participants.filter((p) => voices(role, p));
    if (who.length > 0) return who[Math.floor(draw * who.length)]!.label;
  }
  return undefined;
}

/** Seconds of clock between the previous turn and this one (a large number at a meeting's start with room before it). */
function turnGap(place: { time?: string; previousTime?: string }): number {
  if (!place.time) return 0;
  return place.previousTime ? seconds(place.time) - seconds(place.previousTime) : Math.min(8, seconds(place.time));
}

function seconds(hmsText: string): number {
  const [h, m, s] = hmsText.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
}

function hms(total: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(total / 3600))}:${p(Math.floor((total % 3600) / 60))}:${p(total % 60)}`;
}
