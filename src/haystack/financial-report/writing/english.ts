// English for the report's sentences: lists joined with commas and "and".

/** "a, b and c" (empty items skipped). */
export function list(items: readonly string[]): string {
  const xs = items.filter((x) => x !== '');
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
