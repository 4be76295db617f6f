// Loads a user's own documents (.txt, .md, .pdf: a file, a folder or a glob) as one haystack text.

import { readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { UsageError } from '../errors.js';
import type { DocumentSource } from '../types.js';
import { sha256 } from '../util/hash.js';

/** File endings read as haystack documents. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

/** The concatenated text of the user's documents, and where each came from. */
export interface UserDocuments {
  text: string;
  source: Extract<DocumentSource, { type: 'files' }>;
}

/** Order in which several documents are concatenated (recorded in run.json). */
export const DOCUMENT_ORDER = 'sorted by path, joined with a blank line';

/** Lists the document files a `--haystack` path, folder or glob names. Throws UsageError when there are none. */
export function listDocumentFiles(spec: string): string[] {
  let files: string[];
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(spec);
  } catch {
    stat = undefined;
  }
  if (stat?.isFile()) {
    files = [resolve(spec)];
  } else if (stat?.isDirectory()) {
    files = globSync(DOCUMENT_EXTENSIONS.map((e) => `**/*${e}`), { cwd: spec, absolute: true, caseSensitiveMatch: false });
    if (files.length === 0) {
      throw new UsageError(`--haystack folder ${spec} has no .txt, .md or .pdf files`, { hint: 'point --haystack at a folder with documents, a file, or a glob like "docs/**/*.md"' });
    }
  } else if (/[*?[\]{}]/.test(spec)) {
    files = globSync(spec, { absolute: true }).filter((f) => isDocument(f));
    if (files.length === 0) throw new UsageError(`--haystack glob "${spec}" matches no .txt, .md or .pdf files`);
  } else {
    throw new UsageError(`--haystack "${spec}" is neither a built-in kind nor an existing file, folder or glob`, {
      hint: 'use financial-report, meeting-transcript, or a path to .txt/.md/.pdf documents',
    });
  }
  for (const f of files) {
    if (!isDocument(f)) throw new UsageError(`--haystack file ${f} is not a .txt, .md or .pdf document`);
  }
  return [...new Set(files)].sort();
}

function isDocument(path: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** Reads and concatenates the documents a `--haystack` spec names. Empty, binary or unreadable files are errors naming the file. */
export async function loadUserDocuments(spec: string): Promise<UserDocuments> {
  const files = listDocumentFiles(spec);
  const texts: string[] = [];
  const recorded: UserDocuments['source']['files'] = [];
  for (const file of files) {
    const text = normalizeText(await readDocument(file));
    if (text.trim() === '') throw new UsageError(`haystack document ${file} is empty (no text to read)`);
    texts.push(text.trim());
    recorded.push({ path: relative(process.cwd(), file) || file, chars: text.length, sha256: sha256(text) });
  }
  return { text: texts.join('\n\n'), source: { type: 'files', files: recorded, order: DOCUMENT_ORDER } };
}

async function readDocument(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read haystack document ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (extname(file).toLowerCase() === '.pdf') return readPdf(file, bytes);
  if (bytes.includes(0)) throw new UsageError(`haystack document ${file} is binary, not text (expected UTF-8 .txt or .md)`);
  const text = bytes.toString('utf8');
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0 && replaced / Math.max(1, text.length) > 0.01) {
    throw new UsageError(`haystack document ${file} is not UTF-8 text`);
  }
  return text;
}

async function readPdf(file: string, bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new UsageError(`haystack document ${file} is not a PDF (no %PDF- header)`);
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    // pdf-parse marks page breaks with "-- 3 of 212 --" lines by default: no part of the document, so not for the model.
    const result = await parser.getText({ pageJoiner: '' });
    return result.pages.map((page) => page.text.trim()).filter((text) => text !== '').join('\n\n');
  } catch (error) {
    throw new UsageError(`cannot read PDF ${file}: ${(error as Error).message}`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Normalizes line endings and strips control characters a tokenizer or a model would trip on. */
function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
