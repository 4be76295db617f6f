// Many runs side by side: ranked rows from each run's results, and the check that they measured the same thing (like for like).

import { basename } from 'node:path';
import { UsageError } from '../errors.js';
import type { RunManifest, TrialRecord } from '../types.js';
import { formatDepth, formatTokens } from './format.js';
import type { ResultsFile } from './results-schema.js';

/** Format id of leaderboard.json. */
export const LEADERBOARD_FORMAT = 'needle.leaderboard/1';

/** One run given to the leaderboard. */
export interface LeaderboardRun {
  dir: string;
  manifest: RunManifest;
  records: TrialRecord[];
  results: ResultsFile;
}

/** A ranked row. */
export interface LeaderboardRow {
  rank: number;
  /** The model id, with the run folder's name added when two rows share a model id. */
  label: string;
  run: LeaderboardRun;
  /** Settings in which this run differs from the first run given (empty when like for like). */
  differences: string[];
}

/** The table, ready for rendering. */
export interface Leaderboard {
  rows: LeaderboardRow[];
  /** Every length any run measured, ascending. */
  lengths: number[];
  /** Every trial status any run has, `ok` first. */
  statuses: string[];
  /** Every outcome any run has. */
  outcomes: string[];
  /** The settings that make runs comparable, as the first run has them. */
  settings: Record<string, string>;
  likeForLike: boolean;
}

/** How rows are ranked (stated on every rendering). */
export const RANKING = 'ranked by effective length (the longest length up to which recall stays ≥ the threshold), then overall recall';

/** The tokenizer as compared: a named encoding, or the model's own tokens (counted by its server or its tokenizer.json). */
function tokenizerClass(label: string): string {
  if (label.startsWith('server')) return "each model's own (server)";
  if (label.startsWith('hf:')) return "each model's own (tokenizer.json)";
  return label;
}

/** The settings that must agree for runs to be compared, by name: a difference in any makes them not like for like. */
export function comparableSettings(r: ResultsFile): Record<string, string> {
  const s = r.settings;
  const needles = ['lexical', 'paraphrased', 'mixed'].includes(s.needles.set) ? s.needles.set : `file ${basename(s.needles.set)} (sha256 ${s.needles.sha256.slice(0, 12)})`;
  return {
    haystack: s.haystack.kind === 'files' ? `files (sha256 ${s.haystack.sha256.slice(0, 12)})` : `${s.haystack.kind}${(s.haystack.lang ?? 'en') === 'en' ? '' : ` (${s.haystack.lang})`}`,
    'needle set': needles,
    lengths: s.lengths.map(formatTokens).join(', '),
    depths: s.depths.map(formatDepth).join(', '),
    tokenizer: tokenizerClass(s.tokenizer),
    'scorer version': r.scorer.version,
    'needles per prompt': s.multi > 1 ? `${s.multi} (${s.multi_mode})` : '1',
    distractors: String(s.distractors),
  };
}

/**
 * Ranks runs. Runs that differ from the first in a comparable setting are refused (UsageError naming the
 * setting and the runs), unless `allowMixed`: then each such row lists its differences.
 */
export function buildLeaderboard(runs: LeaderboardRun[], opts: { allowMixed?: boolean } = {}): Leaderboard {
  if (runs.length === 0) throw new UsageError('needle leaderboard needs at least one run folder');
  const reference = comparableSettings(runs[0]!.results);
  const differencesOf = (run: LeaderboardRun) => {
    const mine = comparableSettings(run.results);
    return Object.keys(reference)
      .filter((k) => mine[k] !== reference[k])
      .map((k) => `${k}: ${mine[k]} (not ${reference[k]})`);
  };
  const withDiffs = runs.map((run) => ({ run, differences: differencesOf(run) }));
  const mixed = withDiffs.filter((r) => r.differences.length > 0);
  if (mixed.length > 0 && !opts.allowMixed) {
    const first = mixed[0]!;
    const setting = first.differences[0]!.split(':')[0]!;
    throw new UsageError(
      `runs are not like for like: ${setting} is ${comparableSettings(first.run.results)[setting]} in ${first.run.dir} but ${reference[setting]} in ${runs[0]!.dir}` +
        (mixed.length > 1 || first.differences.length > 1 ? ` (and ${mixed.reduce((n, r) => n + r.differences.length, 0) - 1} more difference(s))` : ''),
      { hint: 'rank runs of the same haystack kind, needle set, lengths, depths, tokenizer and scorer; or pass --mixed to rank them anyway with every difference marked' },
    );
  }
  const eff = (r: LeaderboardRun) => r.results.effective_length.absolute.length ?? -1;
  const recall = (r: LeaderboardRun) => r.results.overall.recall ?? -1;
  const sorted = [...withDiffs].sort((a, b) => eff(b.run) - eff(a.run) || recall(b.run) - recall(a.run) || a.run.results.model.id.localeCompare(b.run.results.model.id));
  const idCount = new Map<string, number>();
  for (const r of runs) idCount.set(r.results.model.id, (idCount.get(r.results.model.id) ?? 0) + 1);
  const rows = sorted.map(({ run, differences }, i) => ({
    rank: i + 1,
    label: idCount.get(run.results.model.id)! > 1 ? `${run.results.model.id} (${basename(run.dir.replace(/[/\\]+$/, ''))})` : run.results.model.id,
    run,
    differences,
  }));
  const union = (pick: (r: ResultsFile) => string[]) => [...new Set(runs.flatMap((r) => pick(r.results)))];
  const statuses = union((r) => Object.keys(r.overall.counts));
  return {
    rows,
    lengths: [...new Set(runs.flatMap((r) => r.results.by_length.map((g) => g.length)))].sort((a, b) => a - b),
    statuses: ['ok', ...statuses.filter((s) => s !== 'ok').sort()],
    outcomes: union((r) => Object.keys(r.outcomes)),
    settings: reference,
    likeForLike: mixed.length === 0,
  };
}

/** leaderboard.json: the ranking with each run's whole results.json. */
export function leaderboardJson(board: Leaderboard, generatedAt: string): Record<string, unknown> {
  return {
    format: LEADERBOARD_FORMAT,
    generated_at: generatedAt,
    ranking: RANKING,
    like_for_like: board.likeForLike,
    settings: board.settings,
    runs: board.rows.map((r) => ({ rank: r.rank, label: r.label, dir: r.run.dir, differences: r.differences, results: r.run.results })),
  };
}
