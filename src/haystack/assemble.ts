// Joins a generator's blocks into a Document and derives where needles may go and where it may be cut.

import type { Block, Document, DocumentSource, InsertionPoint } from '../types.js';
import { clauseBreaks, looksLikeTableRow, sentenceStarts } from './sentences.js';

/** Separator between blocks. */
export const BLOCK_SEPARATOR = '\n\n';

/** Pulls blocks until the text reaches `minChars` characters (or the stream ends) and indexes them. */
export function assembleBlocks(blocks: Iterable<Block>, minChars: number, source: DocumentSource): Document {
  const parts: string[] = [];
  const points: InsertionPoint[] = [];
  let offset = 0;
  let previous: Block | undefined;
  for (const block of blocks) {
    if (offset >= minChars) break;
    if (parts.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    addBlockPoints(block, offset, points, previous);
    parts.push(block.text);
    offset += block.text.length;
    previous = block;
  }
  return { text: parts.join(''), points, source };
}

function addBlockPoints(block: Block, offset: number, points: InsertionPoint[], previous?: Block): void {
  const section = block.section;
  const context = block.context;
  const from = points.length;
  if (block.kind === 'turn') {
    points.push({ offset, kind: 'turn', section, time: block.time, speakers: block.speakers });
    // A long turn may be cut between its sentences or clauses (the document's end), never receive a needle there.
    for (const start of mergeSorted(sentenceStarts(block.text), clauseBreaks(block.text))) points.push({ offset: offset + start, kind: 'cut', section });
  } else if (block.kind === 'paragraph') {
    addProsePoints(block.text, offset, points, section);
  } else {
    points.push({ offset, kind: 'paragraph', section });
    addLineCuts(block.text, offset, points, section);
  }
  // Every point of the block knows where it sits (fiscal year, meeting and clock), for needles that fit their place.
  if (context) for (let i = from; i < points.length; i++) points[i]!.context = context;
  // Text put before a heading, table or meeting header reads as the end of what came before it, so that point belongs
  // to the previous block's section and place (a needle just above "Note 11. Income Taxes" sits in Note 10).
  const head = points[from];
  if (previous && head && head.kind === 'paragraph') {
    head.section = previous.section;
    if (previous.context) head.context = previous.context;
    else delete head.context;
  }
}

/** Sentence starts (needle points) and clause breaks (cut points, so lengths can be met within a few tokens). */
function addProsePoints(text: string, offset: number, points: InsertionPoint[], section?: string): void {
  points.push({ offset, kind: 'sentence', section });
  const sentences = new Set(sentenceStarts(text));
  for (const at of mergeSorted([...sentences], clauseBreaks(text))) {
    points.push({ offset: offset + at, kind: sentences.has(at) ? 'sentence' : 'cut', section });
  }
}

/** Two ascending lists merged, without duplicates. */
function mergeSorted(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Cut points at every line start after the first (table rows, list items), so long tables can end a document. */
function addLineCuts(text: string, offset: number, points: InsertionPoint[], section?: string): void {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i + 1 < text.length) points.push({ offset: offset + i + 1, kind: 'cut', section });
  }
}

/**
 * Indexes plain text (a user's document): prose paragraphs get sentence points, other blocks
 * (tables, headings, code, lists) only a cut point at their start.
 */
export function indexPlainText(text: string, source: DocumentSource): Document {
  const points: InsertionPoint[] = [];
  const re = /\n[ \t]*\n+/g;
  let start = 0;
  const visit = (from: number, to: number) => {
    const chunk = text.slice(from, to);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (body === '') return;
    const at = from + lead;
    const lines = body.split('\n');
    const prose = lines.every((l) => !looksLikeTableRow(l)) && !/^(#|```|\s*[-*+] |\s*\d+[.)] )/.test(body) && /(?:[.!?]["'”’)]?|[。！？][」』）]*)$/.test(body);
    if (prose) {
      addProsePoints(body, at, points);
    } else {
      points.push({ offset: at, kind: 'paragraph' });
      addLineCuts(body, at, points);
    }
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    visit(start, m.index);
    start = m.index + m[0].length;
  }
  visit(start, text.length);
  if (points.length === 0 || points[0]!.offset !== 0) points.unshift({ offset: 0, kind: 'paragraph' });
  return { text, points, source };
}
