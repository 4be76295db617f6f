// Reads a Hugging Face tokenizer from disk: a model folder or a tokenizer.json, its tokenizer_config.json and chat
// template, with one-line errors naming the file and the problem.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import type { TokenizerInfo } from '../types.js';
import { templateText } from './chat-template.js';
import type { HfTokenizerFiles } from './hf-tokenizer.js';
import type { TokenizerJson } from './hf-vocabulary.js';

/** A tokenizer read from disk, with the fingerprints run.json records. */
export interface LoadedHfFiles {
  files: HfTokenizerFiles;
  info: TokenizerInfo;
}

/** Where the files are and what overrides them. */
export interface HfFilesInput {
  /** Name recorded in run.json. */
  name: string;
  tokenizerPath: string;
  /** tokenizer_config.json; null when there is none. */
  configPath: string | null;
  /** A template file that replaces the model's own (--chat-template). */
  chatTemplateFile?: string | null;
  /** A template to use when neither a file nor the config gives one (a preset's). */
  fallbackTemplate?: { text: string; source: string } | null;
}

/** The files of `hf:<path>`: a folder with tokenizer.json, or a tokenizer.json file with tokenizer_config.json beside it. */
export function hfPaths(path: string): { tokenizerPath: string; configPath: string | null } {
  if (!existsSync(path)) throw new UsageError(`--tokenizer hf:${path}: no such file or folder`, { hint: 'give a model folder (with tokenizer.json) or a tokenizer.json file' });
  const folder = statSync(path).isDirectory();
  const tokenizerPath = folder ? join(path, 'tokenizer.json') : path;
  if (folder && !existsSync(tokenizerPath)) {
    throw new UsageError(`${path}: no tokenizer.json in this folder`, {
      hint: 'a Hugging Face model folder holds tokenizer.json and tokenizer_config.json (models shipping only tokenizer.model need converting with transformers first)',
    });
  }
  const config = join(folder ? path : dirname(path), 'tokenizer_config.json');
  return { tokenizerPath, configPath: existsSync(config) ? config : null };
}

/** Reads and checks the files. */
export function loadHfFiles(input: HfFilesInput): LoadedHfFiles {
  const fingerprints: Array<{ path: string; sha256: string }> = [];
  const read = (path: string): string => {
    let raw: Buffer;
    try {
      raw = readFileSync(path);
    } catch (error) {
      throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    fingerprints.push({ path, sha256: createHash('sha256').update(raw).digest('hex') });
    return raw.toString('utf8');
  };
  const parse = (path: string): Record<string, unknown> => {
    const text = read(path);
    try {
      const value = JSON.parse(text) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
      return value as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
    }
  };

  const tokenizerJson = parse(input.tokenizerPath);
  const model = tokenizerJson.model as Record<string, unknown> | undefined;
  if (!model || typeof model !== 'object' || (!('vocab' in model) && !('type' in model))) {
    throw new UsageError(`${input.tokenizerPath}: not a Hugging Face tokenizer.json (it has no "model" with a vocabulary)`);
  }
  if (!Array.isArray(tokenizerJson.added_tokens)) tokenizerJson.added_tokens = [];
  const config = input.configPath ? parse(input.configPath) : {};

  let chatTemplate: string | null = null;
  let source = '';
  const sibling = (name: string) => join(dirname(input.configPath ?? input.tokenizerPath), name);
  if (input.chatTemplateFile) {
    chatTemplate = read(input.chatTemplateFile);
    source = input.chatTemplateFile;
    if (/^\s*[{[]/.test(chatTemplate) && basename(input.chatTemplateFile).endsWith('.json')) {
      // A chat_template.json ({"chat_template": …}) works as well as a .jinja file.
      chatTemplate = templateText((parseJsonText(chatTemplate, input.chatTemplateFile) as { chat_template?: unknown }).chat_template);
      if (chatTemplate === null) throw new UsageError(`${input.chatTemplateFile}: no "chat_template" in this JSON file`);
    }
    if (chatTemplate.trim() === '') throw new UsageError(`${input.chatTemplateFile}: the chat template file is empty`);
  } else if (existsSync(sibling('chat_template.jinja'))) {
    // transformers ≥ 4.43 saves the template beside the config, and prefers it.
    source = sibling('chat_template.jinja');
    chatTemplate = read(source);
  } else if (templateText(config.chat_template) !== null) {
    chatTemplate = templateText(config.chat_template);
    source = `${input.configPath} (chat_template)`;
  } else if (existsSync(sibling('chat_template.json'))) {
    source = sibling('chat_template.json');
    chatTemplate = templateText((parseJsonText(read(source), source) as { chat_template?: unknown }).chat_template);
  } else if (input.fallbackTemplate) {
    chatTemplate = input.fallbackTemplate.text;
    source = input.fallbackTemplate.source;
  }

  return {
    files: { name: input.name, tokenizerJson: tokenizerJson as unknown as TokenizerJson, config, chatTemplate, chatTemplateSource: source || undefined },
    info: {
      kind: 'hf',
      name: input.name,
      files: fingerprints,
      chat_template: chatTemplate === null ? null : { source, sha256: createHash('sha256').update(chatTemplate).digest('hex') },
      templated: chatTemplate !== null,
    },
  };
}

function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}
