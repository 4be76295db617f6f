// What the series has already said: a phrase drawn again is redrawn, so a long series repeats itself as little as it can.
/** Sentence ends inside a drawn phrase (before a capital, a digit or a quote). */
const SENTENCE_END = /(?<=[.!?]["'”’)\]]?) +(?=["'“‘A-Z0-9])/;

/**
 * Remembers the sentences a series has said. A draw is taken whole or not at all: it is accepted when none of its
 * sentences longer than `min` characters was said before (short ones, "What's the worst case?", may recur as they
 * do in speech), so a multi-sentence phrase never loses a sentence from its middle.
 */
export class TurnMemory {
  private seen = new Set<string>();

  constructor(private readonly min = 20) {}

  /** The first of up to `tries` draws that says nothing long said before, remembered; '' when every draw repeats. */
  unique(make: () => string, tries = 6): string {
    for (let t = 0; t < tries; t++) {
      const text = make();
      const long = text.split(SENTENCE_END).filter((p) => p.length > this.min);
      if (long.some((p) => this.seen.has(p))) continue;
      if (this.seen.size > 400_000) this.seen.clear();
      for (const p of long) this.seen.add(p);
      return text;
    }
    return '';
  }

  /**
   * A phrase that must be said (a procedural line), less any sentence of it said before, as long as something is
   * left: the chair still says "Thank you, Gareth." without "That's for information." a tenth time.
   */
  trim(text: string): string {
    const parts = text.split(SENTENCE_END);
    const kept = parts.filter((p) => p.length <= this.min || !this.seen.has(p));
    const out = kept.some((p) => p.length > 3) ? kept : parts;
    for (const p of out) if (p.length > this.min) this.seen.add(p);
    return out.join(' ');
  }
}
