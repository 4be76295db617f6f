// Remembers the sentences a Japanese document has said, so a generator re-draws instead of repeating itself.

/** Sentences end at 。！？ (optionally closed by 」』）). */
export function splitJa(text: string): string[] {
  return text.split(/(?<=[。！？][」』）]?)/u).filter((s) => s !== '');
}

/** Like the English SentenceMemory, for text that ends sentences with 。 and uses no spaces. */
export class JaSentenceMemory {
  private seen = new Set<string>();

  /**
   * Draws from `make` until none of its sentences of 12 characters or more was said before (at most `tries`
   * draws); then drops the repeated sentences that remain. Records and returns the result (possibly '').
   */
  unique(make: () => string, tries = 8): string {
    let parts: string[] = [];
    for (let t = 0; t < tries; t++) {
      parts = splitJa(make());
      if (!parts.some((p) => p.length >= 12 && this.seen.has(p))) break;
    }
    const fresh = parts.filter((p) => p.length < 12 || !this.seen.has(p));
    for (const p of fresh) if (p.length >= 12) this.seen.add(p);
    if (this.seen.size > 400_000) this.seen.clear();
    return fresh.join('');
  }
}
