// What a meeting's writer works with: the world, the phrase grammar, the series' memory, and the facts it may state.
import { Grammar, loadHaystackData, type Vars } from '../../../data.js';
import type { FactKey } from '../../../place-context.js';
import type { Rng } from '../../../../util/rng.js';
import type { ZhMeetingWorld } from '../model/world.js';
import type { ScheduledMeeting } from '../model/calendar.js';
import { ZhMemory } from './memory.js';

const FILES = ['common', 'board', 'earnings', 'weekly'];

let grammar: Grammar | undefined;
let synonyms: { pattern: RegExp; groups: Map<string, readonly string[]> } | undefined;

/**
 * Says some common words another way (目前 / 现在 / 当前, 主要 / 重点 …), each occurrence drawn anew, the way people
 * vary their words; only groups interchangeable in every phrase of the data are listed (synonyms.json).
 */
function reword(rng: Rng, text: string, formal = false): string {
  if (!synonyms) {
    const list = loadHaystackData<string[][]>('zh/meeting-transcript/synonyms.json');
    const groups = new Map<string, readonly string[]>();
    for (const g of list) for (const w of g) groups.set(w, g);
    const words = [...groups.keys()].sort((a, b) => b.length - a.length);
    synonyms = { pattern: new RegExp(words.join('|'), 'gu'), groups };
  }
  const { pattern, groups } = synonyms;
  return text.replace(pattern, (w) => {
    if (!rng.chance(0.5)) return w;
    if (formal && !FORMAL.has(w)) return w;
    return rng.pick(groups.get(w)!);
  });
}

/**
 * The only groups a board meeting or a results call rewords: the others hold casual words (眼下, 差不多, 伙伴) or
 * words that change the sense in set phrases (现在宣布, 可持续), which formal wording does not allow.
 */
const FORMAL = new Set(['提升', '提高', '推进', '推动']);

/** The phrase lists of every file under haystacks/zh/meeting-transcript/, merged (names are unique across files). */
export function phrases(): Grammar {
  if (grammar) return grammar;
  const lists: Record<string, string[]> = {};
  for (const f of FILES) {
    for (const [k, v] of Object.entries(loadHaystackData<Record<string, string[]>>(`zh/meeting-transcript/${f}.json`))) {
      if (k in lists) throw new Error(`zh meeting phrases: list "${k}" defined twice`);
      lists[k] = v;
    }
  }
  return (grammar = new Grammar(lists));
}

/** State that lives across the meetings of a series. */
export interface SeriesState {
  world: ZhMeetingWorld;
  omit: ReadonlySet<FactKey>;
  memory: ZhMemory;
  /** Ticket boards by team index. */
  boards: Map<number, unknown>;
  /** Decks of whole-sentence topic data: indexes not yet dealt in the current round, by deck name. */
  decks?: Map<string, number[]>;
  /** Concerns directors raised at a board meeting, which the general manager takes up at the next one. */
  carried?: Array<{ director: string; concern: string }>;
}

/** One meeting's writer: draws phrases that are new to the series, with the meeting's own rng. */
export class Talk {
  readonly g = phrases();

  /** Formal meetings (the board, the results call) keep to formal wording when common words are said another way. */
  formal = false;

  constructor(readonly series: SeriesState, readonly meeting: ScheduledMeeting, readonly rng: Rng) {}

  get world(): ZhMeetingWorld {
    return this.series.world;
  }

  /** True when the series may state this fact (no needle of the sweep competes with it). */
  states(fact: FactKey): boolean {
    return !this.series.omit.has(fact);
  }

  /** A phrase from a list (or a template with `<refs>`), new to the series ('' when every draw repeated). */
  line(list: string, vars: Vars = {}): string {
    const template = list.startsWith('@') ? `<${list.slice(1)}>` : list;
    return this.series.memory.unique(() => reword(this.rng, this.g.expand(this.rng, template, vars).replace(/\s+/g, ''), this.formal));
  }

  /**
   * Deals an index in [0, size) from the series' deck `name`: every entry is dealt once before any comes again, so a
   * topic or a detail recurs only after all the others have been used. With `fits`, the last dealable entry that fits
   * (the others wait for a meeting they fit; one deck serves every team, so no two teams say the same thing in turn).
   */
  deal(name: string, size: number, fits: (index: number) => boolean = () => true): number {
    const decks = (this.series.decks ??= new Map());
    let deck = decks.get(name);
    let at = deck ? deck.findLastIndex(fits) : -1;
    if (!deck || at < 0) {
      decks.set(name, (deck = this.rng.shuffle([...Array(size).keys()])));
      at = deck.findLastIndex(fits);
    }
    return at < 0 ? this.rng.int(0, size - 1) : deck.splice(at, 1)[0]!;
  }

  /** Several phrases joined, each new to the series. */
  lines(lists: string[], vars: Vars = {}): string {
    return lists.map((l) => this.line(l, vars)).join('');
  }

  /** A phrase as drawn, not checked against the memory (short back-channels, fixed formulas). */
  raw(list: string, vars: Vars = {}): string {
    const template = list.startsWith('@') ? `<${list.slice(1)}>` : list;
    return this.g.expand(this.rng, template, vars).replace(/\s+/g, '');
  }
}
