#!/usr/bin/env node
// The `needle` binary: builds the program from one file per command, runs it, and sets the exit code.

import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT, exitCodeFor } from '../errors.js';
import { toolInfo } from '../run/manifest.js';
import { auditCommand } from './audit.js';
import { exportCommand, importCommand } from './batch-files.js';
import { compareCommand } from './compare.js';
import { gateCommand } from './gate.js';
import { haystackCommand } from './haystack.js';
import { reportCommand } from './report.js';
import { sweepCommand } from './sweep.js';
import { tokenizersCommand } from './tokenizers.js';
import { runCommand } from './run.js';
import { leaderboardCommand } from './leaderboard.js';
import { mergeCommand } from './merge.js';
import { cardCommand } from './card.js';
import { schemaCommand } from './schema.js';
import { initCommand } from './init.js';
import { printError } from './terminal.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  success (and every threshold held)
  1  a recall threshold was not met (sweep --fail-under, gate, compare --max-drop)
  2  usage or input error (bad flag value, unreadable file)
  3  endpoint unreachable, credentials rejected, or every request failed
  4  the run folder is held by another needle process, or cannot be created or written
  5  unexpected internal error (a bug in needle: please report it with --debug output)
  129 hung up (SIGHUP), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM): finished trials are on disk, rerun to resume`;

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // A .env file in the working directory supplies OPENAI_BASE_URL / OPENAI_API_KEY, as in other eval tools.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => (exitCode = code);
  const program = new Command('needle')
    .description('Long-context retrieval tests: realistic haystacks, fitted needles, honest recall heatmaps.')
    .version(toolInfo().version, '-v, --version')
    .option('--debug', 'print stack traces of errors', false)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'error: ')) });
  for (const command of [sweepCommand(setExit), haystackCommand(setExit), reportCommand(setExit), gateCommand(setExit), compareCommand(setExit), auditCommand(setExit), exportCommand(setExit), importCommand(setExit), tokenizersCommand(setExit), runCommand(setExit), leaderboardCommand(setExit), mergeCommand(setExit), cardCommand(setExit), schemaCommand(setExit), initCommand(setExit)]) {
    command.exitOverride().addHelpText('after', EXIT_CODES_HELP).showHelpAfterError('(run with --help for usage)');
    program.addCommand(command);
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; unknown flags, missing values and bad choices are usage errors.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    printError(error, program.opts<{ debug: boolean }>().debug || argv.includes('--debug'));
    return exitCodeFor(error);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    printError(error, true);
    process.exitCode = EXIT.internal;
  },
);
