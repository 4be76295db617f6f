// `needle init [file]`: writes a commented starter config (local server, OpenAI or CI) and its JSON Schema beside it.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { configJsonSchema } from '../config/config-schema.js';
import { INIT_TEMPLATES, SCHEMA_FILE, type InitTarget } from '../config/init-templates.js';
import { DEFAULT_CONFIG_FILE } from '../config/load-config.js';
import { writeFileAtomic } from '../run/results-store.js';

interface InitFlags {
  for: InitTarget;
  force: boolean;
}

/** The init command. */
export function initCommand(setExit: (code: number) => void): Command {
  return new Command('init')
    .description(`write a commented starter config (and ${SCHEMA_FILE}, which editors use to complete and check it)`)
    .argument('[file]', 'config file to write', DEFAULT_CONFIG_FILE)
    .addOption(new Option('--for <target>', 'a local server, OpenAI, or a CI release gate').choices(Object.keys(INIT_TEMPLATES)).default('local'))
    .option('--force', 'overwrite an existing file', false)
    .action((file: string, flags: InitFlags) => {
      if (existsSync(file) && !flags.force) throw new UsageError(`${file} already exists`, { hint: 'edit it, choose another file name, or pass --force to overwrite it' });
      writeFileAtomic(file, INIT_TEMPLATES[flags.for]);
      const schema = join(dirname(file), SCHEMA_FILE);
      writeFileAtomic(schema, JSON.stringify(configJsonSchema(), null, 2) + '\n');
      process.stdout.write(`wrote ${file} (${flags.for}) and ${schema}\nnext: edit ${file}, then: needle run${file === DEFAULT_CONFIG_FILE ? '' : ` ${file}`}\n`);
      setExit(EXIT.ok);
    });
}
