// Remembers what the series has said, so a speaker re-draws a sentence rather than repeat one word for word.

/** Japanese sentences of a text: cut after 。！？ (and a closing bracket that follows). */
export function jaSentences(text: string): string[] {
  return text.split(/(?<=[。！？][」』）]?)(?![」』）])/u).filter((s) => s.length > 0);
}

/** Sentences at least this long are never said twice in a series (the length the realism bench counts). */
const LONG = 10;

export class JaMemory {
  private seen = new Set<string>();

  /**
   * Draws from `make` until none of its long sentences was said before (at most `tries` draws), then drops any
   * repeated sentence that remains; records and returns the result (possibly empty: callers skip empty turns).
   */
  unique(make: () => string, tries = 8): string {
    let parts: string[] = [];
    for (let t = 0; t < tries; t++) {
      parts = jaSentences(make());
      if (!parts.some((p) => p.length >= LONG && this.seen.has(p))) break;
    }
    const fresh = parts.filter((p) => p.length < LONG || !this.seen.has(p));
    for (const p of fresh) if (p.length >= LONG) this.seen.add(p);
    return fresh.join('');
  }

  /** True when none of the text's long sentences was said before. */
  fresh(text: string): boolean {
    return !jaSentences(text).some((p) => p.length >= LONG && this.seen.has(p));
  }

  /** Records a text said without a draw (procedure with unique figures). */
  remember(text: string): void {
    for (const p of jaSentences(text)) if (p.length >= LONG) this.seen.add(p);
  }
}
