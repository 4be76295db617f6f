// Remembers the sentences a series has said, so a speaker re-draws a phrase instead of repeating one word for word.

/** Splits Chinese text after 。！？ (and a closing quote or bracket that follows). */
export function zhSentences(text: string): string[] {
  return text.split(/(?<=[。！？][」』）”]?)/u).filter((s) => s.trim() !== '');
}

/** Sentences of at least this many characters must be new (the bench counts sentences from ten characters). */
const MIN = 10;

/** The sentences said so far in a series. */
export class ZhMemory {
  private readonly seen = new Set<string>();

  /**
   * Draws from `make` until none of its sentences of ten or more characters was said before (at most `tries`
   * draws), then drops whatever long sentence still repeats; records and returns the result ('' when nothing is new).
   */
  unique(make: () => string, tries = 8): string {
    let parts: string[] = [];
    for (let t = 0; t < tries; t++) {
      parts = zhSentences(make());
      if (!parts.some((p) => p.length >= MIN && this.seen.has(p))) break;
    }
    const out = parts.filter((p) => p.length < MIN || !this.seen.has(p));
    if (this.seen.size > 400_000) this.seen.clear();
    for (const p of out) if (p.length >= MIN) this.seen.add(p);
    return out.join('');
  }

  /** True when the sentence was said before. */
  has(sentence: string): boolean {
    return this.seen.has(sentence);
  }

  /** Records a sentence said outside `unique` (a header line). */
  add(sentence: string): void {
    this.seen.add(sentence);
  }
}
