// Deterministic per-company, per-year random streams and the splitting helpers every breakdown uses.
import type { Company } from './company.js';
import { createRng, type Rng } from '../../util/rng.js';

/** A stream fixed by company, fiscal year and label: the same in every report that prints that year's figure. */
export function yearRng(c: Company, year: number, label: string): Rng {
  return createRng(`${c.name}|${c.ein}|${year}|${label}`);
}

/** Splits a total into integer parts by weights; the last part takes the rounding residue. */
export function splitBy(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.slice(0, -1).map((w) => Math.round((total * w) / sum));
  return [...parts, total - parts.reduce((a, b) => a + b, 0)];
}

/** Split weights drawn once per company from `ranges`, then nudged a few percent each fiscal year, so breakdowns drift instead of jumping. */
export function driftWeights(c: Company, year: number, label: string, ranges: Array<[number, number]>): number[] {
  const base = yearRng(c, 0, label);
  const r = yearRng(c, year, label);
  return ranges.map(([lo, hi]) => base.float(lo, hi) * r.float(0.96, 1.04));
}
