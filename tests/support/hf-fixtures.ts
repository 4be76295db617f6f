// Small but real Hugging Face tokenizer folders for tests: BPE vocabularies trained here on generated text, written as
// tokenizer.json + tokenizer_config.json in the two shapes models ship (SentencePiece-style and byte-level), so the
// Rust reference tokenizer and ours can both load them without any preset installed.

import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleBlocks } from '../../src/haystack/assemble.js';
import { financialReportBlocks } from '../../src/haystack/financial-report/index.js';
import { meetingTranscriptBlocks } from '../../src/haystack/meeting-transcript/index.js';
import { byteLevelAlphabet } from '../../src/tokenize/hf-vocabulary.js';
import { prose } from './prose.js';

/** Text the fixtures' vocabularies are trained on: both generated kinds, prose, and some non-English characters. */
export function trainingText(): string {
  const report = assembleBlocks(financialReportBlocks(11), 40_000, { type: 'generated', kind: 'financial-report', seed: 11 }).text;
  const meeting = assembleBlocks(meetingTranscriptBlocks(11), 30_000, { type: 'generated', kind: 'meeting-transcript', seed: 11 }).text;
  return `${report}\n\n${meeting}\n\n${prose(3, 40)}\n\nZürich café naïve façade — “quoted” ‘single’ … Ωmega 1,234.5%`;
}

/** Learns `merges` BPE merges over words given as symbol arrays with counts (most frequent pair first, ties by text). */
function trainMerges(words: Map<string, number>, split: (word: string) => string[], merges: number): Array<[string, string]> {
  const entries = [...words.entries()].map(([w, n]) => ({ symbols: split(w), n }));
  const out: Array<[string, string]> = [];
  for (let m = 0; m < merges; m++) {
    const pairs = new Map<string, number>();
    for (const { symbols, n } of entries) {
      for (let i = 0; i + 1 < symbols.length; i++) {
        const key = `${symbols[i]}\u0000${symbols[i + 1]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + n);
      }
    }
    let best: string | null = null;
    let bestN = 1;
    for (const [key, n] of pairs) if (n > bestN || (n === bestN && best !== null && key < best)) [best, bestN] = [key, n];
    if (best === null) break;
    const [a, b] = best.split('\u0000') as [string, string];
    out.push([a, b]);
    for (const e of entries) {
      const next: string[] = [];
      for (let i = 0; i < e.symbols.length; i++) {
        if (i + 1 < e.symbols.length && e.symbols[i] === a && e.symbols[i + 1] === b) {
          next.push(a + b);
          i++;
        } else next.push(e.symbols[i]!);
      }
      e.symbols = next;
    }
  }
  return out;
}

function count(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

const LLAMA3_SPLIT = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

const CHATML_TEMPLATE =
  "{{ bos_token }}{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] | trim + '<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

const HEADER_TEMPLATE =
  "{% for message in messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}";

/** Paths of the fixture folders. */
export interface HfFixtures {
  /** SentencePiece-style: Prepend + Replace normalizer, no pre-tokenizer, byte fallback, BOS post-processor, ChatML template. */
  sentencepiece: string;
  /** Byte-level BPE with Llama 3's split regex and a header-style template. */
  byteLevel: string;
  /** Like `sentencepiece` but one vocabulary token spans a word start ("e▁t"), so no cut is safe. */
  uncuttable: string;
  /** Like `sentencepiece` without a chat template. */
  noTemplate: string;
}

/** Writes the fixture folders under `dir` (about a second: the vocabularies are trained here). */
export function writeHfFixtures(dir: string, merges = 500): HfFixtures {
  const text = trainingText();

  // SentencePiece style: words are "▁word" units of the normalized text.
  const normalized = '▁' + text.replace(/ /g, '▁');
  const units = normalized.match(/▁*[^▁]+|▁+/g) ?? [];
  const spMerges = trainMerges(count(units), (w) => Array.from(w), merges);
  const chars = [...new Set(Array.from(normalized))].sort();
  const spVocab: Record<string, number> = { '<unk>': 0, '<s>': 1, '</s>': 2 };
  for (let b = 0; b < 256; b++) spVocab[`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`] = 3 + b;
  for (const c of chars) if (!(c in spVocab)) spVocab[c] = Object.keys(spVocab).length;
  for (const [a, b] of spMerges) if (!(a + b in spVocab)) spVocab[a + b] = Object.keys(spVocab).length;
  const spBase = (vocab: Record<string, number>, mergeList: Array<[string, string]>) => {
    const n = Object.keys(vocab).length;
    return {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: [
        { id: 0, content: '<unk>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
        { id: 1, content: '<s>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
        { id: 2, content: '</s>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
        { id: n, content: '<|im_start|>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
        { id: n + 1, content: '<|im_end|>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
      ],
      normalizer: { type: 'Sequence', normalizers: [{ type: 'Prepend', prepend: '▁' }, { type: 'Replace', pattern: { String: ' ' }, content: '▁' }] },
      pre_tokenizer: null,
      post_processor: {
        type: 'TemplateProcessing',
        single: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
        pair: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '<s>', type_id: 1 } }, { Sequence: { id: 'B', type_id: 1 } }],
        special_tokens: { '<s>': { id: '<s>', ids: [1], tokens: ['<s>'] } },
      },
      decoder: {
        type: 'Sequence',
        decoders: [{ type: 'Replace', pattern: { String: '▁' }, content: ' ' }, { type: 'ByteFallback' }, { type: 'Fuse' }, { type: 'Strip', content: ' ', start: 1, stop: 0 }],
      },
      model: { type: 'BPE', dropout: null, unk_token: '<unk>', continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: true, byte_fallback: true, ignore_merges: false, vocab, merges: mergeList },
    };
  };
  const spConfig = { bos_token: '<s>', eos_token: '</s>', unk_token: '<unk>', add_bos_token: true, add_eos_token: false, tokenizer_class: 'LlamaTokenizer', chat_template: CHATML_TEMPLATE };

  // Byte-level: words are the regex pre-tokens, as bytes.
  const table = byteLevelAlphabet();
  const encoder = new TextEncoder();
  const toByteLevel = (s: string) => Array.from(encoder.encode(s), (b) => table[b]!).join('');
  const pieces = (text.match(new RegExp(LLAMA3_SPLIT.replace('(?i:', '(?:'), 'gu')) ?? []).map(toByteLevel);
  const blMerges = trainMerges(count(pieces), (w) => Array.from(w), merges);
  const blVocab: Record<string, number> = {};
  for (const c of table) blVocab[c] = Object.keys(blVocab).length;
  for (const [a, b] of blMerges) if (!(a + b in blVocab)) blVocab[a + b] = Object.keys(blVocab).length;
  const bn = Object.keys(blVocab).length;
  const special = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const blJson = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(bn, '<|begin_of_text|>'), special(bn + 1, '<|start_header_id|>'), special(bn + 2, '<|end_header_id|>'), special(bn + 3, '<|eot_id|>')],
    normalizer: null,
    pre_tokenizer: {
      type: 'Sequence',
      pretokenizers: [
        { type: 'Split', pattern: { Regex: LLAMA3_SPLIT }, behavior: 'Isolated', invert: false },
        { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false },
      ],
    },
    post_processor: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: false, use_regex: true },
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, byte_fallback: false, ignore_merges: false, vocab: blVocab, merges: blMerges },
  };
  const blConfig = { bos_token: '<|begin_of_text|>', eos_token: '<|eot_id|>', tokenizer_class: 'PreTrainedTokenizerFast', chat_template: HEADER_TEMPLATE };

  // A vocabulary token across a word start: "e▁t", merged right after "▁t" exists.
  if (!('▁t' in spVocab)) throw new Error('fixture: "▁t" is not in the trained vocabulary');
  const unVocab: Record<string, number> = { ...spVocab, 'e▁t': Object.keys(spVocab).length };
  const unMerges = spMerges.slice();
  unMerges.splice(spMerges.findIndex(([a, b]) => a + b === '▁t') + 1, 0, ['e', '▁t']);

  const write = (name: string, json: unknown, config: unknown) => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'tokenizer.json'), JSON.stringify(json));
    writeFileSync(join(folder, 'tokenizer_config.json'), JSON.stringify(config));
    return folder;
  };
  const { chat_template: _none, ...spConfigNoTemplate } = spConfig;
  return {
    sentencepiece: write('sp-tiny', spBase(spVocab, spMerges), spConfig),
    byteLevel: write('bl-tiny', blJson, blConfig),
    uncuttable: write('sp-uncuttable', spBase(unVocab, unMerges), spConfig),
    noTemplate: write('sp-no-template', spBase(spVocab, spMerges), spConfigNoTemplate),
  };
}

/**
 * The fixture folders, trained once per machine and shared by test files (under the system's temp folder; written
 * to a private folder first and renamed, so parallel workers never see half a fixture).
 */
export function sharedHfFixtures(merges = 500): HfFixtures {
  // Bump the version when the fixtures change: a folder of that name is reused as it is.
  const dir = join(tmpdir(), `needle-hf-fixtures-v1-${merges}`);
  const names = { sentencepiece: 'sp-tiny', byteLevel: 'bl-tiny', uncuttable: 'sp-uncuttable', noTemplate: 'sp-no-template' };
  const paths = Object.fromEntries(Object.entries(names).map(([k, v]) => [k, join(dir, v)])) as unknown as HfFixtures;
  if (existsSync(join(dir, 'complete'))) return paths;
  const scratch = mkdtempSync(join(tmpdir(), 'needle-hf-fixtures-'));
  writeHfFixtures(scratch, merges);
  writeFileSync(join(scratch, 'complete'), '');
  try {
    renameSync(scratch, dir);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another worker got there first
  }
  return paths;
}
