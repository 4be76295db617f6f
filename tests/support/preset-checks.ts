// Shared checks of one tokenizer preset against the Rust reference: ids on awkward texts, and prompts over many
// cuts and depths. A preset that is not installed skips locally; in CI (CI=true) it fails, since setup installs all.

import { describe, expect, it } from 'vitest';
import { checkPromptCounts, haystackFor, referenceTokenizer } from './prompt-exactness.js';
import { createTokenizer } from '../../src/tokenize/create-tokenizer.js';
import { findPreset, locatePreset } from '../../src/tokenize/presets.js';
import { awkwardText } from './awkward-text.js';

const EDGE_TEXTS = [
  'Hello world',
  ' Hello  world  ',
  '\n\nleading newlines and trailing spaces   ',
  "it's they're we've I'm you'll he'd",
  'Net sales decreased $48.2 million, or 1.9%, to $2,470.1 million in fiscal 2022.',
  '| (in millions) | Fiscal 2022 | Fiscal 2021 |\n|---|---:|---:|\n| Net sales | 2,470.1 | 2,518.3 |',
  'Café naïve façade — “quotes” … 日本語のテキスト 中文 한국어 😀👍🏽\ttab\r\nCRLF',
  'e\u0301te\u0301 ﬁnance x² ① Ⅻ',
  '12345678901234567890 3.14159',
];

/** Registers the tests of one preset. */
export function describePreset(name: string): void {
  const preset = findPreset(name)!;
  const installed = locatePreset(preset) !== null;
  const required = process.env.CI === 'true' || process.env.CI === '1';
  describe(`preset ${name} (${preset.package}@${preset.version})`, () => {
    if (!installed && !required) {
      it.skip(`not installed here (needle tokenizers install ${name}; CI installs every preset)`, () => undefined);
      return;
    }
    it('is installed (CI installs every preset)', () => {
      expect(locatePreset(preset), `needle tokenizers install ${name}`).not.toBeNull();
    });
    if (!installed) return;
    // Loading a vocabulary takes a second or two (Gemma's 262K): once per preset.
    let memo: ReturnType<typeof createTokenizer> | null = null;
    const created = () => (memo ??= createTokenizer(name));

    it('encodes exactly as the Rust tokenizers do, awkward text included', async () => {
      const { tokenizer, info } = created();
      const rs = referenceTokenizer(info.files![0]!.path);
      for (const text of [...EDGE_TEXTS, awkwardText(name.length, 600)]) {
        const expected = (await rs.encode(text, null, { addSpecialTokens: false })).getIds();
        expect(Array.from(tokenizer.encode(text)), JSON.stringify(text.slice(0, 40))).toEqual(expected);
      }
      const index = tokenizer.index(awkwardText(7, 600));
      expect(Array.from(index.tokens)).toEqual((await rs.encode(index.text, null, { addSpecialTokens: false })).getIds());
      expect(info.package).toBe(`${preset.package}@${preset.version}`);
      expect(info.chat_template).not.toBeNull();
    });

    for (const kind of ['financial-report', 'meeting-transcript'] as const) {
      it(`${kind}: every prompt's count equals a full re-encode of the templated prompt, ≤ L, within 1% from 4K`, async () => {
        const { tokenizer, info } = created();
        const haystack = haystackFor(tokenizer, kind, 10_000);
        // The generated document tokenizes as the reference does, in one piece.
        const rs = referenceTokenizer(info.files![0]!.path);
        expect(Array.from(haystack.index.tokens)).toEqual((await rs.encode(haystack.document.text, null, { addSpecialTokens: false })).getIds());
        const report = await checkPromptCounts(tokenizer, info.files![0]!.path, haystack, [900, 4500, 9000], [0, 30, 50, 91, 100]);
        expect(report.prompts).toBe(15);
      });
    }
  });
}
