// Builds results.json: a run's figures for other tools (leaderboards, notebooks), read from run.json's summary and the records.

import { trialCost } from '../run/cost.js';
import { relativeEffectiveLength } from '../score/stats.js';
import type { GroupStats, RunManifest, RunSummary, TrialRecord } from '../types.js';
import { RESULTS_FORMAT, type ResultsFile } from './results-schema.js';

/** Version of the scoring rules when run.json does not name one (the deterministic scorer of needle.run/1). */
export const DEFAULT_SCORER_VERSION = '1';

/** Share of the shortest length's recall the base-relative effective length must keep (as NoLiMa and RULER report it). */
export const RELATIVE_RATIO = 0.85;

/** The scorer version a run was scored with: run.json's `scorer.version` when it records one. */
export function scorerVersion(manifest: RunManifest): string {
  const recorded = (manifest as { scorer?: { version?: unknown } }).scorer?.version;
  return typeof recorded === 'string' || typeof recorded === 'number' ? String(recorded) : DEFAULT_SCORER_VERSION;
}

/** Fields of a summary group that are not status counts (its size, recall and interval, and the interval's effective sample). */
const NOT_COUNTS = new Set(['trials', 'recall', 'interval', 'length', 'depth', 'clusters', 'effective_trials']);

/**
 * Trials by status: every count the summary group carries (ok, overflow, error, and whatever a later
 * version adds), zeros included, plus any other status found in the records.
 */
export function statusCounts(stats: GroupStats, records: readonly TrialRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(stats)) if (!NOT_COUNTS.has(key) && typeof value === 'number') counts[key] = value;
  for (const r of records) if (counts[r.status] === undefined) counts[r.status] = records.filter((x) => x.status === r.status).length;
  return counts;
}

function groupOf(stats: GroupStats, records: readonly TrialRecord[]) {
  return { trials: stats.trials, counts: statusCounts(stats, records), recall: stats.recall, interval: stats.interval };
}

/** The base-relative effective length as results.json states it (null when the shortest length has no ok trials). */
export function relativeEffective(summary: RunSummary) {
  const rel = summary.effective_length?.relative ?? relativeEffectiveLength(summary.byLength, RELATIVE_RATIO);
  if (rel.base_recall === null || rel.base_length === null) return null;
  return { ratio: rel.fraction, base_length: rel.base_length, base_recall: rel.base_recall, length: rel.length };
}

const num = (v: unknown, fallback: number | null = null): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** results.json of a run whose manifest carries its summary. */
export function buildResults(manifest: RunManifest, records: readonly TrialRecord[]): ResultsFile {
  const summary = manifest.summary;
  if (!summary) throw new Error('internal: results.json needs the run summary');
  const s = manifest.settings;
  const source = manifest.haystack.source;
  const byKey = <K>(key: (r: TrialRecord) => K) => {
    const map = new Map<K, TrialRecord[]>();
    for (const r of records) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    return map;
  };
  const byLength = byKey((r) => r.length);
  const byDepth = byKey((r) => r.depth);
  const byCell = byKey((r) => `${r.length}@${r.depth}`);
  const priceIn = num(s.priceIn);
  const priceOut = num(s.priceOut);
  const batch = s.batch === true;
  const lengths = Array.isArray(s.lengths) ? (s.lengths as number[]) : summary.byLength.map((g) => g.length);
  return {
    format: RESULTS_FORMAT,
    tool: { name: manifest.tool.name, version: manifest.tool.version },
    scorer: { version: scorerVersion(manifest) },
    run: {
      state: manifest.state,
      started_at: manifest.started_at,
      ended_at: manifest.ended_at,
      command: manifest.command,
      shard: manifest.shard ?? null,
      merged_from: manifest.merged_from?.length ?? null,
    },
    model: { id: manifest.model.id, kind: manifest.model.kind, base_url: manifest.model.base_url },
    settings: {
      haystack: {
        spec: manifest.haystack.spec,
        kind: source.type === 'generated' ? source.kind : 'files',
        lang: manifest.haystack.lang ?? (source.type === 'generated' ? source.lang : undefined) ?? 'en',
        seed: source.type === 'generated' ? source.seed : null,
        tokens: manifest.haystack.tokens,
        sha256: manifest.haystack.sha256,
      },
      needles: manifest.needles,
      tokenizer: manifest.tokenizer,
      seed: manifest.seed,
      lengths,
      depths: Array.isArray(s.depths) ? (s.depths as number[]) : summary.byDepth.map((g) => g.depth),
      repeats: num(s.repeats, 1)!,
      multi: num(s.multi, 1)!,
      multi_mode: typeof s.multiMode === 'string' ? s.multiMode : 'value',
      distractors: num(s.distractors, 0)!,
      threshold: summary.effective_length?.threshold ?? num(s.threshold, 0.85)!,
      temperature: num(s.temperature),
      max_output_tokens: num(s.maxOutputTokens),
    },
    overall: groupOf(summary, records),
    by_length: summary.byLength.map((g) => ({ length: g.length, ...groupOf(g, byLength.get(g.length) ?? []) })),
    by_depth: summary.byDepth.map((g) => ({ depth: g.depth, ...groupOf(g, byDepth.get(g.depth) ?? []) })),
    cells: summary.cells.map((g) => ({ length: g.length, depth: g.depth, ...groupOf(g, byCell.get(`${g.length}@${g.depth}`) ?? []) })),
    outcomes: { ...summary.outcomes } as Record<string, number>,
    effective_length: {
      absolute: { threshold: summary.effective_length?.threshold ?? num(s.threshold, 0.85)!, length: summary.effective_length?.length ?? null },
      relative: relativeEffective(summary),
    },
    tokens: {
      prompt: records.reduce((n, r) => n + (r.from_cache ? 0 : (r.usage_prompt_tokens ?? (r.status === 'ok' ? r.prompt_tokens : 0))), 0),
      completion: records.reduce((n, r) => n + (r.from_cache ? 0 : (r.usage_completion_tokens ?? 0)), 0),
      cached: records.reduce((n, r) => n + (r.cached_tokens ?? 0), 0),
      trials_from_cache: records.filter((r) => r.from_cache).length,
    },
    cost:
      priceIn === null || priceOut === null
        ? null
        : { price_in: priceIn, price_out: priceOut, batch, amount: Math.round(records.reduce((n, r) => n + trialCost({ priceIn, priceOut, batch }, r), 0) * 1e6) / 1e6 },
    control: summary.control ?? null,
    judge: summary.judge ? { ...summary.judge } : null,
  };
}
