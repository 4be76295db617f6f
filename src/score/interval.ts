// Confidence intervals for recall: Wilson's, and Wilson's over the effective count when trials share a needle.

/**
 * 95% (by default) Wilson score interval of `successes` out of `n`. Successes may be fractional (a sum of
 * scores in [0, 1]): the binomial variance p(1−p)/n bounds the variance of any [0, 1] score with mean p, so
 * the interval is conservative for fractional scores. `n = 0` gives `[0, 1]`: nothing is known.
 */
export function wilson(successes: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const p = Math.min(1, Math.max(0, successes / n));
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The trials of one needle (cluster) in a group: how many, and the sum of their scores. */
export interface ClusterTally {
  n: number;
  sum: number;
}

/**
 * Recall interval for trials that share needles. Trials asking about the same needle (one repeat, at every
 * depth of a length) succeed or fail together more often than independent trials would, so they carry less
 * information than their count. With k ≥ 2 needles the design effect is the cluster-robust variance of the
 * mean, (k/(k−1))·Σ(S_c − p·n_c)²/N², over the binomial variance p(1−p)/N (at least 1); the interval is
 * Wilson's over N / design effect trials. With a single needle no spread between needles can be measured:
 * the interval is Wilson's over the trials, conditional on that needle.
 */
export function clusteredInterval(clusters: ClusterTally[], z = 1.96): { interval: [number, number]; effectiveTrials: number; designEffect: number } {
  const n = clusters.reduce((a, c) => a + c.n, 0);
  const sum = clusters.reduce((a, c) => a + c.sum, 0);
  if (n === 0) return { interval: [0, 1], effectiveTrials: 0, designEffect: 1 };
  const p = sum / n;
  const k = clusters.filter((c) => c.n > 0).length;
  let deff = 1;
  const binomial = (p * (1 - p)) / n;
  if (k >= 2 && binomial > 0) {
    const robust = ((k / (k - 1)) * clusters.reduce((a, c) => a + (c.sum - p * c.n) ** 2, 0)) / (n * n);
    deff = Math.max(1, robust / binomial);
  }
  const effective = n / deff;
  return { interval: wilson(p * effective, effective, z), effectiveTrials: effective, designEffect: deff };
}
