// Release gating: checks a run's summary against recall thresholds; a threshold the run cannot judge fails.

import type { GroupStats, RunSummary } from '../types.js';
import { effectiveLength } from './stats.js';

/** Thresholds of `needle gate` (and `sweep --fail-under`). */
export interface GateThresholds {
  /** Overall recall at least this. */
  minRecall?: number;
  /** Recall at these lengths at least this (length → recall). */
  minLengthRecall?: Record<number, number>;
  /** Every cell's recall at least this. */
  minCell?: number;
  /** The effective length (at `threshold`) at least this many tokens. */
  effectiveLength?: number;
  /** Recall an effective length must keep. @default 0.85 */
  threshold?: number;
  /** Largest share of overflow + error + incomplete trials a judged group may have. @default 0.5 */
  maxUnjudged?: number;
}

/** One threshold's verdict. */
export interface GateCheck {
  /** e.g. `recall`, `recall at 128K`, `worst cell`, `effective length`. */
  name: string;
  /** Human-readable threshold, e.g. `≥ 0.90`. */
  threshold: string;
  /** Measured value, null when it cannot be judged. */
  measured: number | null;
  interval: [number, number] | null;
  pass: boolean;
  /** Why it failed (or could not be judged). */
  reason: string | null;
  /** Lengths the check concerns (for per-length JUnit cases). */
  length?: number;
}

/** All checks and the overall verdict. */
export interface GateResult {
  checks: GateCheck[];
  pass: boolean;
}

/** Why a group cannot be judged, or null when it can. Incomplete trials (cut off before answering) count as unjudged. */
function unjudgeable(g: GroupStats, maxUnjudged: number): string | null {
  const incomplete = g.incomplete ?? 0;
  if (g.ok === 0) return `no ok trials (${g.overflow} overflow, ${g.error} error, ${incomplete} incomplete)`;
  const unscored = g.overflow + g.error + incomplete;
  if (unscored / Math.max(1, g.trials) > maxUnjudged) {
    const what = incomplete > g.overflow + g.error ? 'were cut off before answering (raise --max-output-tokens)' : 'overflowed, failed or were cut off';
    return `${unscored} of ${g.trials} trials ${what} (more than ${Math.round(maxUnjudged * 100)}%)`;
  }
  return null;
}

function checkGroup(name: string, g: GroupStats | undefined, min: number, maxUnjudged: number, length?: number): GateCheck {
  const base = { name, threshold: `≥ ${min}`, length };
  if (!g) return { ...base, measured: null, interval: null, pass: false, reason: 'not measured in this run' };
  const why = unjudgeable(g, maxUnjudged);
  if (why) return { ...base, measured: g.recall, interval: g.interval, pass: false, reason: why };
  const pass = (g.recall ?? 0) >= min;
  return { ...base, measured: g.recall, interval: g.interval, pass, reason: pass ? null : `recall ${fmt(g.recall)} is below ${min}` };
}

function fmt(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

/** Evaluates every given threshold against a run summary. */
export function evaluateGate(summary: RunSummary, t: GateThresholds): GateResult {
  const maxUnjudged = t.maxUnjudged ?? 0.5;
  const checks: GateCheck[] = [];
  if (t.minRecall !== undefined) checks.push(checkGroup('recall', summary, t.minRecall, maxUnjudged));
  for (const [len, min] of Object.entries(t.minLengthRecall ?? {})) {
    const length = Number(len);
    checks.push(checkGroup(`recall at ${length.toLocaleString('en-US')} tokens`, summary.byLength.find((g) => g.length === length), min, maxUnjudged, length));
  }
  if (t.minCell !== undefined) {
    const judged = summary.cells.filter((c) => unjudgeable(c, maxUnjudged) === null);
    const unjudged = summary.cells.filter((c) => unjudgeable(c, maxUnjudged) !== null);
    const worst = judged.reduce<(typeof judged)[number] | null>((w, c) => (w === null || (c.recall ?? 0) < (w.recall ?? 0) ? c : w), null);
    const base = { name: 'worst cell', threshold: `≥ ${t.minCell}` };
    if (unjudged.length > 0) {
      const c = unjudged[0]!;
      checks.push({ ...base, measured: worst?.recall ?? null, interval: worst?.interval ?? null, pass: false, reason: `${unjudged.length} cell(s) cannot be judged, e.g. ${c.length} tokens at ${c.depth}%: ${unjudgeable(c, maxUnjudged)}` });
    } else if (!worst) {
      checks.push({ ...base, measured: null, interval: null, pass: false, reason: 'no cells measured' });
    } else {
      const pass = (worst.recall ?? 0) >= t.minCell;
      checks.push({ ...base, measured: worst.recall, interval: worst.interval, pass, reason: pass ? null : `cell ${worst.length} tokens at ${worst.depth}% has recall ${fmt(worst.recall)}` });
    }
  }
  if (t.effectiveLength !== undefined) {
    const threshold = t.threshold ?? 0.85;
    const eff = effectiveLength(summary.byLength, threshold);
    const pass = eff !== null && eff >= t.effectiveLength;
    checks.push({
      name: `effective length (recall ≥ ${threshold})`,
      threshold: `≥ ${t.effectiveLength.toLocaleString('en-US')} tokens`,
      measured: eff,
      interval: null,
      pass,
      reason: pass ? null : eff === null ? `even the shortest length keeps recall below ${threshold} (or has no ok trials)` : `recall holds only up to ${eff.toLocaleString('en-US')} tokens`,
    });
  }
  return { checks, pass: checks.every((c) => c.pass) };
}
