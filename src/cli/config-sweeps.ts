// From the command line (and the config file it names, or ./needle.config.yaml) to the sweeps to run, each resolved into SweepOptions.

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { DEFAULT_CONFIG_FILE, loadConfig, type LoadedConfig } from '../config/load-config.js';
import { flagsToArgs, SWEEP_FLAGS, type SweepFlags } from '../config/sweep-flags.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { expandSweeps, type PlannedSweep } from '../config/sweep-matrix.js';
import { isHaystackKind } from '../haystack/prepare-haystack.js';
import { resolveSweepOptions } from './resolve-sweep-options.js';

/** The flags of `needle sweep` / `needle run`, with the config file option. */
export type SweepCommandFlags = SweepFlags & { config?: string };

/** The sweep options the user typed (not defaults), which override the config. */
export function typedFlags(command: Command): Set<keyof SweepFlags> {
  const typed = new Set<keyof SweepFlags>();
  for (const spec of SWEEP_FLAGS) {
    const source = command.getOptionValueSource(spec.name);
    if (source === 'cli' || source === 'env') typed.add(spec.name);
  }
  return typed;
}

/** The config named by `file`, else ./needle.config.yaml when present, else none. */
export function findConfig(file: string | undefined): LoadedConfig | null {
  if (file !== undefined) return loadConfig(file);
  return existsSync(DEFAULT_CONFIG_FILE) ? loadConfig(DEFAULT_CONFIG_FILE) : null;
}

/** The sweeps of the command line and its config. */
export function plannedSweeps(flags: SweepCommandFlags, command: Command, config: LoadedConfig | null, opts: { defaultOut?: string } = {}): PlannedSweep[] {
  const { config: _file, ...sweepFlags } = flags;
  return expandSweeps(config, { flags: sweepFlags, explicit: typedFlags(command) }, isHaystackKind, opts);
}

/**
 * Resolves one planned sweep. From a config, the recorded reproduce command spells out every option that
 * differs from its default, so the run can be repeated without the file; errors say which sweep of the file.
 */
export function resolvePlanned(planned: PlannedSweep, config: LoadedConfig | null, env: NodeJS.ProcessEnv, typedArgv: string[] | null, command = 'sweep'): SweepOptions {
  const argv = typedArgv ?? [command === 'run' ? 'sweep' : command, ...flagsToArgs(planned.flags)];
  try {
    return resolveSweepOptions(planned.flags, env, argv);
  } catch (error) {
    if (!(error instanceof UsageError) || !config) throw error;
    throw new UsageError(`${config.file}${planned.where ? ` (${planned.where})` : ''}: ${error.message}`, { hint: error.hint, cause: error });
  }
}
