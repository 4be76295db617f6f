// Joins a generator's blocks into a Document and derives where needles may go and where it may be cut.

import type { Block, Document, DocumentSource, InsertionPoint } from '../types.js';
import { looksLikeTableRow, sentenceStarts } from './sentences.js';

/** Separator between blocks. */
export const BLOCK_SEPARATOR = '\n\n';

/** Pulls blocks until the text reaches `minChars` characters (or the stream ends) and indexes them. */
export function assembleBlocks(blocks: Iterable<Block>, minChars: number, source: DocumentSource): Document {
  const parts: string[] = [];
  const points: InsertionPoint[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (offset >= minChars) break;
    if (parts.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    addBlockPoints(block, offset, points);
    parts.push(block.text);
    offset += block.text.length;
  }
  return { text: parts.join(''), points, source };
}

function addBlockPoints(block: Block, offset: number, points: InsertionPoint[]): void {
  const section = block.section;
  if (block.kind === 'turn') {
    points.push({ offset, kind: 'turn', section, time: block.time, speakers: block.speakers });
    return;
  }
  if (block.kind === 'paragraph') {
    points.push({ offset, kind: 'sentence', section });
    for (const start of sentenceStarts(block.text)) points.push({ offset: offset + start, kind: 'sentence', section });
    return;
  }
  points.push({ offset, kind: 'paragraph', section });
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
    const prose = lines.every((l) => !looksLikeTableRow(l)) && !/^(#|```|\s*[-*+] |\s*\d+[.)] )/.test(body) && /[.!?]["'”’)]?$/.test(body);
    if (prose) {
      points.push({ offset: at, kind: 'sentence' });
      for (const s of sentenceStarts(body)) {
        // Only where the sentence starts on a line that is itself prose (hard-wrapped text is fine).
        points.push({ offset: at + s, kind: 'sentence' });
      }
    } else {
      points.push({ offset: at, kind: 'paragraph' });
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
