// `needle leaderboard <run-dir…>`: many runs in one ranked table, as leaderboard.md, leaderboard.json, leaderboard.html and leaderboard.svg.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { EXIT } from '../errors.js';
import { formatTokens } from '../report/format.js';
import { buildLeaderboard, comparableSettings, leaderboardJson, type Leaderboard, type LeaderboardRun } from '../report/leaderboard.js';
import { renderLeaderboardHtml } from '../report/leaderboard-html.js';
import { LEADERBOARD_FILES, recallWithInterval, renderLeaderboardMarkdown } from '../report/leaderboard-md.js';
import { leaderboardSvg } from '../report/leaderboard-svg.js';
import { buildResults } from '../report/results-json.js';
import { loadRun } from '../run/load-run.js';
import { writeFileAtomic } from '../run/results-store.js';
import { table } from './terminal.js';

interface LeaderboardFlags {
  out: string;
  mixed: boolean;
}

/** Reads run folders for the leaderboard (each summary recomputed from its results.jsonl). */
export function loadLeaderboardRuns(dirs: readonly string[]): LeaderboardRun[] {
  return dirs.map((dir) => {
    const run = loadRun(dir);
    return { dir, manifest: run.manifest, records: run.records, results: buildResults(run.manifest, run.records) };
  });
}

/** Writes the four leaderboard files into `out`; returns the board. */
export function writeLeaderboard(runs: LeaderboardRun[], out: string, opts: { allowMixed?: boolean; now?: Date } = {}): Leaderboard {
  const board = buildLeaderboard(runs, opts);
  mkdirSync(out, { recursive: true });
  writeFileAtomic(join(out, LEADERBOARD_FILES.markdown), renderLeaderboardMarkdown(board));
  writeFileAtomic(join(out, LEADERBOARD_FILES.json), JSON.stringify(leaderboardJson(board, (opts.now ?? new Date()).toISOString()), null, 2) + '\n');
  writeFileAtomic(join(out, LEADERBOARD_FILES.svg), leaderboardSvg(board));
  writeFileAtomic(join(out, LEADERBOARD_FILES.html), renderLeaderboardHtml(board));
  return board;
}

/**
 * One leaderboard per group of comparable runs (e.g. per haystack kind × needle set of a `needle run`
 * matrix): into `out` when all runs compare, else into `out/<haystack>-<needle set>`. Returns the folders.
 */
export async function writeLeaderboardGroups(dirs: readonly string[], out: string, opts: { allowMixed?: boolean } = {}): Promise<string[]> {
  const runs = loadLeaderboardRuns(dirs);
  const groups = new Map<string, LeaderboardRun[]>();
  for (const run of runs) {
    const key = JSON.stringify(comparableSettings(run.results));
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  if (groups.size <= 1) {
    writeLeaderboard(runs, out, opts);
    return [out];
  }
  const written: string[] = [];
  for (const group of groups.values()) {
    const s = group[0]!.results.settings;
    const name = `${s.haystack.kind === 'files' ? 'files' : s.haystack.kind}-${s.needles.set}`.replace(/[^A-Za-z0-9._-]+/g, '_');
    let dir = join(out, name);
    for (let i = 2; written.includes(dir); i++) dir = join(out, `${name}-${i}`);
    writeLeaderboard(group, dir, opts);
    written.push(dir);
  }
  return written;
}

/** The leaderboard command. */
export function leaderboardCommand(setExit: (code: number) => void): Command {
  return new Command('leaderboard')
    .description('rank several runs in one table (recall with intervals, effective lengths, counts, tokens, cost) with small-multiple heatmaps')
    .argument('<run-dir...>', 'run folders written by needle sweep, run or merge')
    .option('-o, --out <dir>', 'folder for leaderboard.md, .json, .html and .svg', 'reports/leaderboard')
    .option('--mixed', 'rank runs that are not like for like (other haystack, needles, lengths, tokenizer or scorer), marking each difference', false)
    .action((dirs: string[], flags: LeaderboardFlags) => {
      const board = writeLeaderboard(loadLeaderboardRuns(dirs), flags.out, { allowMixed: flags.mixed });
      const rows = board.rows.map((r) => {
        const res = r.run.results;
        const eff = res.effective_length.absolute.length;
        const rel = res.effective_length.relative?.length ?? null;
        return [String(r.rank), r.label + (r.differences.length ? ' ⚠' : ''), recallWithInterval(res.overall), eff === null ? 'none' : formatTokens(eff), rel === null ? 'none' : formatTokens(rel), `${res.overall.counts.ok ?? 0}/${res.overall.trials}`];
      });
      process.stdout.write(table(['#', 'model', 'recall (95% CI)', 'effective', 'base-relative', 'ok'], rows));
      if (!board.likeForLike) process.stdout.write('⚠ not like for like: see the differences in leaderboard.md\n');
      process.stdout.write(`wrote ${Object.values(LEADERBOARD_FILES).join(', ')} in ${flags.out}\n`);
      setExit(EXIT.ok);
    });
}
