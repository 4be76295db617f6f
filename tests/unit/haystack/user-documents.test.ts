import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexPlainText } from '../../../src/haystack/assemble.js';
import { loadUserDocuments } from '../../../src/haystack/user-documents.js';
import { UsageError } from '../../../src/errors.js';
import { minimalPdf, minimalPdfPages } from '../../support/minimal-pdf.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'needle-docs-'));
  mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'b-notes.md'), '# Minutes\n\nThe board met on Tuesday. It approved the budget.\n');
  writeFileSync(join(dir, 'docs', 'a-report.txt'), 'Revenue grew in the third quarter. Margins held steady.\r\n\r\nThe outlook is unchanged.\n');
  writeFileSync(join(dir, 'docs', 'sub', 'c-annual.pdf'), minimalPdf(['Annual report of Orvik Holdings.', 'Net sales rose to 4.2 billion.']));
  writeFileSync(join(dir, 'docs', 'ignored.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dir, 'empty.txt'), '   \n\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'fake.pdf'), 'not really a pdf');
});

describe('user documents as haystacks', () => {
  it('concatenates a folder’s .txt, .md and .pdf files sorted by path and records the order', async () => {
    const docs = await loadUserDocuments(join(dir, 'docs'));
    expect(docs.source.files.map((f) => f.path.split('/').pop())).toEqual(['a-report.txt', 'b-notes.md', 'c-annual.pdf']);
    expect(docs.source.order).toMatch(/sorted by path/);
    const a = docs.text.indexOf('Revenue grew');
    const b = docs.text.indexOf('The board met');
    const c = docs.text.indexOf('Annual report of Orvik Holdings.');
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
    expect(docs.text).not.toContain('\r');
    expect(docs.source.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });

  it('reads a single file and a glob', async () => {
    expect((await loadUserDocuments(join(dir, 'docs', 'a-report.txt'))).source.files).toHaveLength(1);
    expect((await loadUserDocuments(join(dir, 'docs', '**', '*.pdf'))).text).toContain('Net sales rose to 4.2 billion.');
  });

  it('gives needles sentence boundaries in prose and keeps them out of headings', async () => {
    const docs = await loadUserDocuments(join(dir, 'docs'));
    const doc = indexPlainText(docs.text, docs.source);
    const sentenceStarts = doc.points.filter((p) => p.kind === 'sentence').map((p) => doc.text.slice(p.offset, p.offset + 12));
    expect(sentenceStarts).toContain('It approved ');
    expect(sentenceStarts).toContain('Margins held');
    expect(sentenceStarts.some((s) => s.startsWith('# Minutes'))).toBe(false);
  });

  it.each([
    ['empty.txt', /is empty/],
    ['binary.txt', /is binary/],
    ['fake.pdf', /not a PDF/],
    ['missing-folder', /neither a built-in kind nor an existing file/],
  ])('rejects %s with one line naming the file', async (name, message) => {
    const path = join(dir, name);
    const error = await loadUserDocuments(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain('\n');
  });

  it('gives the model a PDF’s text without the page separators pdf-parse adds ("-- 2 of 3 --")', async () => {
    const file = join(dir, 'three-pages.pdf');
    writeFileSync(file, minimalPdfPages([['Net sales rose in fiscal 2024.'], ['Margins held steady.'], ['The outlook is unchanged.']]));
    const docs = await loadUserDocuments(file);
    expect(docs.text).toContain('Net sales rose in fiscal 2024.');
    expect(docs.text).toContain('The outlook is unchanged.');
    expect(docs.text).not.toMatch(/--\s*\d+\s+of\s+\d+\s*--/);
    // Pages follow one another as paragraphs, in order.
    expect(docs.text.indexOf('Margins held steady.')).toBeGreaterThan(docs.text.indexOf('Net sales rose'));
    expect(docs.text.indexOf('The outlook is unchanged.')).toBeGreaterThan(docs.text.indexOf('Margins held steady.'));
  });

  it('rejects a folder with no documents', async () => {
    mkdirSync(join(dir, 'nothing'), { recursive: true });
    await expect(loadUserDocuments(join(dir, 'nothing'))).rejects.toThrow(/has no \.txt, \.md or \.pdf files/);
  });
});
