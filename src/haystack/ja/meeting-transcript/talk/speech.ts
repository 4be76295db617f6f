// Turns phrase templates (haystacks/ja/meeting-transcript/*.json) into spoken Japanese: one grammar over every
// phrase file, the series' memory, and fillers (えー、あのー) in moderation for the speakers who use them.
import type { Rng } from '../../../../util/rng.js';
import { Grammar, loadHaystackData, type Vars } from '../../../data.js';
import { JaMemory } from './memory.js';

const FILES = ['common', 'board', 'earnings', 'engineering', 'assembly'];

let grammar: Grammar | undefined;

/** The grammar over all Japanese transcript phrase files (list names are unique across files). */
export function jaGrammar(): Grammar {
  if (grammar) return grammar;
  const lists: Record<string, string[]> = {};
  for (const f of FILES) {
    const data = loadHaystackData<Record<string, string[]>>(`ja/meeting-transcript/${f}.json`);
    for (const [k, v] of Object.entries(data)) {
      if (lists[k]) throw new Error(`ja transcript phrases: list "${k}" defined twice`);
      lists[k] = v;
    }
  }
  return (grammar = new Grammar(lists));
}

/** Tidies expanded Japanese: no stray spaces, no doubled or dangling punctuation. */
export function tidyJa(text: string): string {
  return text
    .replace(/[ \t]+/g, '')
    .replace(/、+/g, '、')
    .replace(/、(?=[。！？])/g, '')
    .replace(/。+/g, '。')
    .replace(/^、/, '')
    .trim();
}

const FILLERS = ['えー、', 'あのー、', 'えー、', 'まあ、', 'ええと、'];

/** Spoken text for one meeting: grammar + memory + the speaker's fillers. */
export class Speech {
  constructor(private readonly rng: Rng, private readonly memory: JaMemory) {}

  /** A template expanded once (no memory): for procedure whose sentences carry unique figures or names. */
  raw(template: string, vars: Vars = {}): string {
    return tidyJa(jaGrammar().expand(this.rng, template, vars));
  }

  /** A template expanded until none of its sentences repeats one the series said; '' when it could not be. */
  say(template: string, vars: Vars = {}, fillers = 0): string {
    return this.memory.unique(() => this.withFillers(this.raw(template, vars), fillers));
  }

  /**
   * Procedure that must be said whole (a chair opening an item, calling a vote): a wording not said before when one
   * of `tries` draws gives it, else the last draw as it is (real minutes repeat their procedure). Recorded either way.
   */
  sayWhole(template: string, vars: Vars = {}, tries = 8): string {
    let text = '';
    for (let t = 0; t < tries; t++) {
      text = this.raw(template, vars);
      if (this.memory.fresh(text)) break;
    }
    this.memory.remember(text);
    return text;
  }

  /** Several templates said in turn, joined into one utterance. */
  saySeq(templates: string[], vars: Vars = {}, fillers = 0): string {
    return templates.map((t) => this.say(t, vars, fillers)).join('');
  }

  /** Records text said verbatim (so it is not said again). */
  remember(text: string): string {
    this.memory.remember(text);
    return text;
  }

  /** Puts a filler before some sentences (probability `p` each). */
  private withFillers(text: string, p: number): string {
    if (p <= 0) return text;
    return text.replace(/(^|[。？！])(?=[^。？！」』）])/g, (m) => (this.rng.chance(p) ? `${m}${this.rng.pick(FILLERS)}` : m));
  }
}
