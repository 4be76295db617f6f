// `needle run [config]`: every sweep of a config (model × haystack × needle set), one run folder each, haystacks shared, resumable as a whole.

import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { EndpointError, EXIT, UsageError } from '../errors.js';
import { DEFAULT_CONFIG_FILE, keyPath, loadConfig, type LoadedConfig } from '../config/load-config.js';
import { DEFAULT_OUT_PATTERN, type PlannedSweep } from '../config/sweep-matrix.js';
import type { SweepOptions } from '../config/sweep-options.js';
import { formatTokens } from '../report/format.js';
import { readManifest } from '../run/results-store.js';
import { createSharedResources } from '../run/shared-resources.js';
import type { GateThresholds } from '../score/gate.js';
import { plannedSweeps, resolvePlanned, type SweepCommandFlags } from './config-sweeps.js';
import { gateThresholds } from './gate.js';
import { writeLeaderboardGroups } from './leaderboard.js';
import { addSweepOptions, dryRunSweep, runAndReport } from './sweep.js';
import { bold, printError, table } from './terminal.js';

/** The run command: a config's whole matrix. */
export function runCommand(setExit: (code: number) => void): Command {
  return addSweepOptions(
    new Command('run')
      .description(`run every sweep of a config file (models × haystacks × needle sets), one run folder each; rerun to resume`)
      .argument('[config]', `YAML or JSON config (default: ./${DEFAULT_CONFIG_FILE}; needle init writes one)`),
  ).action(async (file: string | undefined, flags: SweepCommandFlags, command: Command) => {
    setExit(await runAction(file ?? DEFAULT_CONFIG_FILE, flags, command));
  });
}

/** Gate thresholds of a config's `gate` section, checked with the same parsers as `needle gate`'s flags. */
export function configGate(config: LoadedConfig, threshold: string): GateThresholds | undefined {
  const gate = config.data.gate;
  if (!gate) return undefined;
  const str = (v: unknown) => (v === undefined ? undefined : String(v));
  const lengthRecall = gate.min_length_recall;
  try {
    return gateThresholds({
      minRecall: str(gate.min_recall),
      minLengthRecall: lengthRecall === undefined ? [] : typeof lengthRecall === 'string' ? [lengthRecall] : Array.isArray(lengthRecall) ? lengthRecall : Object.entries(lengthRecall).map(([k, v]) => `${k}=${v}`),
      minCell: str(gate.min_cell),
      effectiveLength: str(gate.effective_length),
      threshold,
      maxUnjudged: str(gate.max_unjudged) ?? '0.5',
      junitCells: false,
      allowPartial: false,
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`${config.locate(['gate'])}: ${keyPath(['gate'])}: ${error.message.replace(/--([a-z-]+)/g, (_, f: string) => f.replace(/-/g, '_'))}`, { hint: error.hint });
  }
}

/** The seed every sweep of the matrix shares: the config's, else the one already recorded in a run folder, else a new one. */
function matrixSeed(sweeps: PlannedSweep[]): string {
  for (const s of sweeps) {
    if (s.flags.out && existsSync(s.flags.out)) {
      const seed = readManifest(s.flags.out)?.seed;
      if (seed !== undefined) return String(seed);
    }
  }
  return String(Math.floor(Math.random() * 1_000_000));
}

interface Outcome {
  sweep: PlannedSweep;
  options: SweepOptions;
  code: number;
  error?: string;
}

async function runAction(file: string, flags: SweepCommandFlags, command: Command): Promise<number> {
  if (!existsSync(file)) {
    throw new UsageError(`no config ${file}`, { hint: `needle init writes a starter ${DEFAULT_CONFIG_FILE}; or pass a config file: needle run path/to/config.yaml` });
  }
  const config = loadConfig(file);
  const sweeps = plannedSweeps(flags, command, config, { defaultOut: DEFAULT_OUT_PATTERN });
  // One seed for the whole matrix, so every model reads the same haystacks and needles (like for like).
  if (sweeps.some((s) => s.flags.seed === undefined)) {
    const seed = matrixSeed(sweeps);
    for (const s of sweeps) s.flags.seed ??= seed;
  }
  // Everything is checked before anything is sent.
  const resolved = sweeps.map((s) => ({ sweep: s, options: resolvePlanned(s, config, process.env, null, 'run') }));
  const gate = configGate(config, sweeps[0]!.flags.threshold);
  const err = process.stderr;
  const quiet = sweeps[0]!.flags.quiet;
  if (!quiet) {
    err.write(`${bold('needle run')} ${file}: ${sweeps.length} sweep${sweeps.length === 1 ? '' : 's'} (seed ${resolved[0]!.options.seed})\n`);
    for (const { sweep, options } of resolved) err.write(`  ${sweep.where || sweep.model} → ${options.out}\n`);
  }
  const shared = createSharedResources();
  const outcomes: Outcome[] = [];
  try {
    for (const [i, { sweep, options }] of resolved.entries()) {
      const label = `[${i + 1}/${resolved.length}] ${sweep.model} × ${sweep.haystack} × ${sweep.needles}`;
      process.stdout.write(`${i === 0 ? '' : '\n'}${bold(label)} → ${options.out}\n`);
      if (sweep.flags.dryRun) {
        outcomes.push({ sweep, options, code: await dryRunSweep(options, sweep.flags.quiet, shared) });
        continue;
      }
      try {
        const code = await runAndReport(options, sweep.flags, { shared, gate, label });
        outcomes.push({ sweep, options, code });
        if (code === EXIT.interrupted) break;
      } catch (error) {
        // An unreachable endpoint stops its own sweep, not the others: they are reported, and the exit code says so.
        if (!(error instanceof EndpointError)) throw error;
        printError(error, false);
        outcomes.push({ sweep, options, code: EXIT.endpoint, error: error.message });
      }
    }
  } finally {
    if (!quiet) {
      const { built, reused } = shared.stats();
      err.write(`haystacks: ${built} built, ${reused} reused across sweeps\n`);
    }
    shared.free();
  }
  if (sweeps.some((s) => s.flags.dryRun)) return worst(outcomes.map((o) => o.code));
  process.stdout.write('\n' + runTable(outcomes));
  const leaderboardDir = config.data.leaderboard;
  if (leaderboardDir) {
    const dirs = outcomes.filter((o) => o.code !== EXIT.endpoint).map((o) => o.options.out);
    const written = await writeLeaderboardGroups(dirs, leaderboardDir, { allowMixed: false });
    for (const w of written) process.stdout.write(`leaderboard: ${w}\n`);
  }
  return worst(outcomes.map((o) => o.code));
}

/** The exit code of the whole run: interrupted, then endpoint, then threshold failures. */
function worst(codes: number[]): number {
  for (const code of [EXIT.interrupted, EXIT.endpoint, EXIT.usage, EXIT.thresholdNotMet]) if (codes.includes(code)) return code;
  return EXIT.ok;
}

/** One line per sweep: recall, effective length, folder and verdict. */
function runTable(outcomes: Outcome[]): string {
  const rows = outcomes.map(({ sweep, options, code, error }) => {
    const manifest = existsSync(options.out) ? readManifest(options.out) : null;
    const s = manifest?.summary;
    const verdict = error ? 'endpoint error' : code === EXIT.thresholdNotMet ? 'FAIL' : code === EXIT.interrupted ? 'interrupted' : 'ok';
    const eff = s?.effective_length?.length;
    return [
      sweep.model,
      sweep.haystack,
      sweep.needles,
      s?.recall === null || s?.recall === undefined ? '—' : s.recall.toFixed(2),
      s?.interval ? `${s.interval[0].toFixed(2)}–${s.interval[1].toFixed(2)}` : '—',
      eff === null || eff === undefined ? '—' : formatTokens(eff),
      s ? `${s.ok}/${s.trials}` : '—',
      verdict,
      options.out,
    ];
  });
  return table(['model', 'haystack', 'needles', 'recall', '95% CI', 'effective', 'ok', 'result', 'run folder'], rows);
}
