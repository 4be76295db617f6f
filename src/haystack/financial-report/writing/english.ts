// English for the report's sentences: lists joined with commas and "and".

/** "a, b and c" (empty items skipped). */
export function list(items: readonly string[]): string {
  const xs = items.filter((x) => x !== '');
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as a report writes it: words up to nine ("five"), digits with commas after ("1,240"). */
export function numberWord(n: number): string {
  return n >= 0 && n < WORDS.length ? WORDS[n]! : n.toLocaleString('en-US');
}

/** A count with its noun in the right number: "one site", "three sites", "12 sites". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberWord(n)} ${n === 1 ? singular : plural}`;
}
