// `needle schema [--results]`: the JSON Schema of the config file (for editors) or of results.json (for tools that read runs).

import { Command } from 'commander';
import { EXIT } from '../errors.js';
import { configJsonSchema } from '../config/config-schema.js';
import { resultsJsonSchema } from '../report/results-schema.js';
import { writeFileAtomic } from '../run/results-store.js';

interface SchemaFlags {
  results: boolean;
  out?: string;
}

/** The schema command. */
export function schemaCommand(setExit: (code: number) => void): Command {
  return new Command('schema')
    .description('print the JSON Schema of needle.config.yaml (editors complete and check it), or of results.json with --results')
    .option('--results', 'the schema of results.json instead', false)
    .option('-o, --out <file>', 'write it to a file instead of printing')
    .action((flags: SchemaFlags) => {
      const text = JSON.stringify(flags.results ? resultsJsonSchema() : configJsonSchema(), null, 2) + '\n';
      if (flags.out) {
        writeFileAtomic(flags.out, text);
        process.stdout.write(`wrote ${flags.out}\n`);
      } else process.stdout.write(text);
      setExit(EXIT.ok);
    });
}
