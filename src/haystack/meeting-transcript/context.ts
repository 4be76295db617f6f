// What every meeting renderer receives: the organization, the grammar, the date and sentence helpers.
import type { Rng } from '../../util/rng.js';
import { Grammar, SentenceMemory, type Vars } from '../data.js';
import { Entities } from './entities.js';
import type { Organization } from './organization.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** "seven" for 7 (counts spoken in votes and roll calls). */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** State shared by the renderers of one meeting. */
export class MeetingContext {
  readonly vars: Vars;
  /** Fresh vendors, firms, people and figures for this meeting. */
  readonly ent: Entities;

  constructor(
    readonly org: Organization,
    readonly g: Grammar,
    readonly mem: SentenceMemory,
    readonly rng: Rng,
    /** Days since 1970-01-01 (UTC) of the meeting. */
    readonly day: number,
  ) {
    this.ent = new Entities(rng.fork('entities'));
    const c = org.company;
    const d = this.date();
    this.vars = {
      company: c.name, short: c.short, market: c.segments.flatMap((s) => s.markets), segment: c.segments.map((s) => s.name),
      customer: c.segments.flatMap((s) => s.customers), product: c.segments.flatMap((s) => s.products),
      city: c.properties.filter((p) => p.domestic).map((p) => p.city), year: d.getUTCFullYear(), nextYear: d.getUTCFullYear() + 1,
      prevMonth: MONTHS[(d.getUTCMonth() + 9) % 12]!, nextMonth: MONTHS[(d.getUTCMonth() + 2) % 12]!,
    };
  }

  /** The meeting date. */
  date(offsetDays = 0): Date {
    return new Date((this.day + offsetDays) * 86_400_000);
  }

  /** "March 12, 2026". */
  longDate(offsetDays = 0): string {
    const d = this.date(offsetDays);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  }

  /** "March 12". */
  shortDate(offsetDays = 0): string {
    const d = this.date(offsetDays);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  }

  /** Variables extending `parent` (default: the meeting's) through the prototype chain, so nothing large is copied. */
  layer(extra: Vars, parent: Vars = this.vars): Vars {
    const o = Object.assign(Object.create(parent) as Vars, extra);
    this.layered.add(o);
    return o;
  }

  /** The variables a template sees: the meeting's, under `extra`. */
  scope(extra?: Vars): Vars {
    return !extra ? this.vars : this.layered.has(extra) ? extra : this.layer(extra);
  }

  /** One sentence from a template or "@list", never one already emitted in the series if avoidable. */
  say(template: string, extra?: Vars): string {
    const vars = this.scope(extra);
    if (!template.startsWith('@')) return this.mem.unique(() => this.g.sentence(this.rng, template, vars));
    const list = this.g.list(template.slice(1));
    return this.mem.unique(() => this.g.sentence(this.rng, this.rng.pick(list), vars));
  }

  /** A procedural line: fresh wording if the memory allows, else repeated (a meeting cannot skip its roll call). */
  line(template: string, extra?: Vars): string {
    return this.say(template, extra) || this.fixed(template, extra);
  }

  /** Fresh wording from `template` if the memory allows, else the short stock phrase `fallback` (which may repeat, as stock phrases do). */
  either(template: string, fallback: string, extra?: Vars): string {
    return this.say(template, extra) || this.fixed(fallback, extra);
  }

  /** A sentence that must appear even if it repeats an earlier one (quorum counts, tallies, action items). */
  fixed(template: string, extra?: Vars): string {
    return this.g.sentence(this.rng, template, this.scope(extra));
  }

  /** `n` sentences from a list's templates, dealt like cards so a meeting uses each before repeating any. */
  some(list: string, n: number, extra?: Vars): string[] {
    const all = this.g.list(list);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      let deck = this.decks.get(list);
      if (!deck || deck.length === 0) this.decks.set(list, (deck = this.rng.shuffle(all.map((_, k) => k))));
      out.push(this.say(all[deck.pop()!]!, extra));
    }
    return out;
  }

  /** One sentence dealt from a list's deck. */
  one(list: string, extra?: Vars): string {
    return this.some(list, 1, extra)[0]!;
  }

  private decks = new Map<string, number[]>();
  private readonly layered = new WeakSet<object>();
}
