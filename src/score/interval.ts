// Wilson score interval for a proportion, the interval reported around every recall figure.

/**
 * 95% (by default) Wilson score interval of `successes` out of `n`. Successes may be fractional (a sum of
 * partial scores). `n = 0` gives `[0, 1]`: nothing is known.
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
