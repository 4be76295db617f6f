// The Hugging Face tokenizer against the Rust reference (huggingface/tokenizers through @anush008/tokenizers), on
// fixture folders trained here: ids, the index's cut points, continuations, and one-line errors for bad input.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rust from '@anush008/tokenizers';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { assembleBlocks } from '../../../src/haystack/assemble.js';
import { financialReportBlocks } from '../../../src/haystack/financial-report/index.js';
import { createTokenizer } from '../../../src/tokenize/create-tokenizer.js';
import type { HfTokenizerHandle } from '../../../src/tokenize/hf-tokenizer.js';
import { createRng } from '../../../src/util/rng.js';
import { awkwardText } from '../../support/awkward-text.js';
import { sharedHfFixtures, type HfFixtures } from '../../support/hf-fixtures.js';

let dir: string;
let fx: HfFixtures;
let report: string;

async function reference(folder: string): Promise<(text: string, special?: boolean) => Promise<number[]>> {
  const rs = rust.Tokenizer.fromFile(join(folder, 'tokenizer.json'));
  return async (text, special = false) => (await rs.encode(text, null, { addSpecialTokens: special })).getIds();
}

function hf(folder: string): HfTokenizerHandle {
  return createTokenizer(`hf:${folder}`).tokenizer as HfTokenizerHandle;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'needle-hf-'));
  fx = sharedHfFixtures();
  report = assembleBlocks(financialReportBlocks(5), 60_000, { type: 'generated', kind: 'financial-report', seed: 5 }).text;
});

describe('a tokenizer.json counted offline', () => {
  for (const kind of ['sentencepiece', 'byteLevel', 'uncuttable'] as const) {
    it(`${kind}: encodes and indexes exactly as the Rust tokenizers do`, async () => {
      const tokenizer = hf(fx[kind]);
      const ref = await reference(fx[kind]);
      // Without cut points every text is one BPE word: keep those short.
      const texts = kind === 'uncuttable' ? [report.slice(0, 15_000), awkwardText(3, 100)] : [report, awkwardText(kind.length, 400)];
      for (const text of texts) {
        const expected = await ref(text);
        expect(Array.from(tokenizer.encode(text))).toEqual(expected);
        const index = tokenizer.index(text);
        expect(Array.from(index.tokens)).toEqual(expected);
        expect(index.starts[index.tokens.length]).toBe(text.length);
        for (let i = 1; i < index.tokens.length; i++) expect(index.starts[i]!).toBeGreaterThanOrEqual(index.starts[i - 1]!);
      }
      expect(tokenizer.cuttable).toBe(kind !== 'uncuttable');
      if (kind === 'uncuttable') expect(tokenizer.index(report).boundaries.length).toBe(0);
    });
  }

  it('cut points are exact: the tokens before each equal the reference count of the text before it', async () => {
    for (const kind of ['sentencepiece', 'byteLevel'] as const) {
      const tokenizer = hf(fx[kind]);
      const ref = await reference(fx[kind]);
      for (const text of [report.slice(0, 30_000), awkwardText(9, 300)]) {
        const index = tokenizer.index(text);
        expect(index.boundaries.length).toBeGreaterThan(10);
        const rng = createRng(kind.length);
        for (let k = 0; k < 12; k++) {
          const t = index.boundaries[rng.int(0, index.boundaries.length - 1)]!;
          const at = index.starts[t]!;
          expect(text[at]).toBe(' ');
          // Cut there: the tokens before, plus the rest counted as a continuation, make the whole.
          expect((await ref(text.slice(0, at))).length).toBe(t);
          expect(t + tokenizer.countContinuation(text.slice(at, at + 400))).toBe((await ref(text.slice(0, at + 400))).length);
        }
      }
    }
  });

  it('counts a continuation without the start-of-text marker SentencePiece adds', async () => {
    const tokenizer = hf(fx.sentencepiece);
    const ref = await reference(fx.sentencepiece);
    const piece = ' reviewed the quarterly forecast';
    expect(tokenizer.count(piece)).toBe((await ref(piece)).length);
    expect(tokenizer.countContinuation(piece)).toBe((await ref(`The committee${piece}`)).length - (await ref('The committee')).length);
    expect(tokenizer.countContinuation(piece)).toBeLessThan(tokenizer.count(piece));
  });

  it('renders the chat template with BOS and the generation prompt', () => {
    const tokenizer = hf(fx.byteLevel);
    const text = tokenizer.renderChat!([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: ' Hello ' },
    ]);
    expect(text).toBe('<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n');
    expect(hf(fx.sentencepiece).specialTokensAdded).toBe(1);
  });
});

describe('where the template comes from', () => {
  function folderWith(name: string, files: Record<string, string>): string {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'tokenizer.json'), readFileSync(join(fx.sentencepiece, 'tokenizer.json')));
    for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
    return folder;
  }
  const config = (extra: object) => JSON.stringify({ bos_token: '<s>', eos_token: '</s>', ...extra });
  const chat = [
    { role: 'system' as const, content: 'S' },
    { role: 'user' as const, content: 'U' },
  ];

  it('prefers chat_template.jinja beside the config, and --chat-template over both', () => {
    const folder = folderWith('jinja-beside', { 'tokenizer_config.json': config({ chat_template: 'config:{{ messages[1].content }}' }), 'chat_template.jinja': 'jinja:{{ messages[1].content }}' });
    expect(createTokenizer(`hf:${folder}`).tokenizer.renderChat!(chat)).toBe('jinja:U');
    const override = join(dir, 'override.jinja');
    writeFileSync(override, '{{ bos_token }}file:{{ messages[0].content }}');
    const { tokenizer, info } = createTokenizer(`hf:${folder}`, { chatTemplate: override });
    expect(tokenizer.renderChat!(chat)).toBe('<s>file:S');
    expect(info.chat_template?.source).toBe(override);
    expect(info.files!.map((f) => f.sha256)).toHaveLength(3);
  });

  it('takes the default of named templates, and a tokenizer.json path with its config beside it', () => {
    const folder = folderWith('named', {
      'tokenizer_config.json': config({ chat_template: [{ name: 'tool_use', template: 'tools' }, { name: 'default', template: 'default:{{ messages|length }}' }] }),
    });
    expect(createTokenizer(`hf:${join(folder, 'tokenizer.json')}`).tokenizer.renderChat!(chat)).toBe('default:2');
  });
});

describe('bad input: one line naming the file and the problem', () => {
  function expectUsage(fn: () => unknown, pattern: RegExp): void {
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(pattern);
    expect((error as Error).message).not.toContain('\n');
  }

  it('a tokenizer.json that does not parse, is not a tokenizer, or is missing', () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'tokenizer.json'), '{"model": {"type": "BPE", ');
    expectUsage(() => createTokenizer(`hf:${broken}`), /broken\/tokenizer\.json: not valid JSON/);
    const other = join(dir, 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'tokenizer.json'), '{"name": "not a tokenizer"}');
    expectUsage(() => createTokenizer(`hf:${other}`), /other\/tokenizer\.json: not a Hugging Face tokenizer\.json/);
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    expectUsage(() => createTokenizer(`hf:${empty}`), /empty: no tokenizer\.json in this folder/);
    expectUsage(() => createTokenizer(`hf:${join(dir, 'nowhere')}`), /nowhere: no such file or folder/);
    const badConfig = join(dir, 'bad-config');
    mkdirSync(badConfig, { recursive: true });
    writeFileSync(join(badConfig, 'tokenizer.json'), readFileSync(join(fx.sentencepiece, 'tokenizer.json')));
    writeFileSync(join(badConfig, 'tokenizer_config.json'), 'chat_template: no');
    expectUsage(() => createTokenizer(`hf:${badConfig}`), /bad-config\/tokenizer_config\.json: not valid JSON/);
  });

  it('an unknown or uninstalled preset', () => {
    expectUsage(() => createTokenizer('llama9'), /--tokenizer "llama9" is not one of/);
    expectUsage(() => createTokenizer('llama3', { env: { NEEDLE_TOKENIZERS_DIR: join(dir, 'no-presets') } }), /tokenizer preset "llama3" is not installed/);
  });

  it('a template that does not parse or fails to render', () => {
    const folder = join(dir, 'gemma2-like');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'tokenizer.json'), readFileSync(join(fx.sentencepiece, 'tokenizer.json')));
    // Gemma 2's template refuses a system message.
    writeFileSync(join(folder, 'tokenizer_config.json'), JSON.stringify({ bos_token: '<s>', chat_template: "{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}" }));
    expectUsage(() => createTokenizer(`hf:${folder}`), /gemma2-like\/tokenizer_config\.json \(chat_template\): the chat template fails to render .*System role not supported/);
    const bad = join(dir, 'bad.jinja');
    writeFileSync(bad, '{% for m in messages %}{{ m.content }');
    expectUsage(() => createTokenizer(`hf:${fx.sentencepiece}`, { chatTemplate: bad }), /bad\.jinja: the chat template does not parse/);
    expectUsage(() => createTokenizer('o200k_base', { chatTemplate: bad }), /--chat-template needs the model's own tokenizer/);
  });
});
