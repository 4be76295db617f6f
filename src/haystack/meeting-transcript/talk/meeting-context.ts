// What every meeting module receives: the world, the meeting on the calendar, the phrase grammar, dates and sentence helpers.
import type { Rng } from '../../../util/rng.js';
import { Grammar, loadHaystackData, type Vars } from '../../data.js';
import type { FactKey } from '../../place-context.js';
import { dateOf, longDate, MONTHS, shortDate, type ScheduledMeeting } from '../model/calendar.js';
import type { Organization } from '../model/organization.js';
import type { MeetingWorld } from '../model/world.js';
import type { Outsiders } from './outsiders.js';
import { GRAMMAR_FILES } from './phrase-files.js';
import type { LoggedAction, SiteHappening, TeamBoard, TopicMemory } from './series-state.js';
import type { TurnMemory } from './turn-memory.js';
import { lowerFirst } from './words.js';

let grammar: Grammar | undefined;

/** The transcript grammar: every phrase list of every grammar file (names are unique across files). */
export function transcriptGrammar(): Grammar {
  if (grammar) return grammar;
  const lists: Record<string, string[]> = {};
  for (const f of GRAMMAR_FILES) {
    for (const [k, v] of Object.entries(loadHaystackData<Record<string, string[]>>(`meeting-transcript/${f}.json`))) {
      if (k in lists) throw new Error(`haystack grammar: list "${k}" is defined twice (${f}.json)`);
      lists[k] = v;
    }
  }
  grammar = new Grammar(lists);
  return grammar;
}

/** State shared by the meetings of one series. */
export interface SeriesState {
  world: MeetingWorld;
  memory: TurnMemory;
  outsiders: Outsiders;
  omit: ReadonlySet<FactKey>;
  /** What each committee reported at its last meeting, for the board's committee reports. */
  committeeNotes: Map<string, string[]>;
  /** Each body's action log (by the body's name): items assigned or carried at its last meeting. */
  actionLog: Map<string, LoggedAction[]>;
  /** Day of each body's last meeting (by the body's name), for its minutes. */
  lastMet: Map<string, number>;
  /** Next ticket number per team prefix. */
  tickets: Map<string, number>;
  /** Sprint number per team prefix (the last one planned). */
  sprints: Map<string, number>;
  /** Incidents already reviewed. */
  reviewed: Set<string>;
  /** Persistent topics taken up so far, by topic id. */
  topics: Map<string, TopicMemory>;
  /** Project code names in use. */
  codeNames: Set<string>;
  /** How often each topic has been taken up (by topic id), so a body turns to the least discussed first. */
  visits: Map<string, number>;
  /** What happened at each site (by city) in the month last reviewed, for the next review's follow-up. */
  siteEvents: Map<string, SiteHappening[]>;
  /** Each engineering team's board of tickets (by ticket prefix). */
  boards: Map<string, TeamBoard>;
}

/** State of one meeting's renderer. */
export class MeetingContext {
  readonly g = transcriptGrammar();
  readonly vars: Vars;
  readonly org: Organization;
  readonly day: number;

  constructor(
    readonly series: SeriesState,
    readonly meeting: ScheduledMeeting,
    readonly rng: Rng,
  ) {
    this.org = series.world.org;
    this.day = meeting.day;
    const o = this.org;
    const d = this.date();
    // A supplier is named with what it supplies: one pair per meeting unless a section picks its own.
    const vendor = this.rng.pick(o.suppliers);
    this.vars = {
      company: o.name, short: o.short, segment: o.segments.map((s) => s.name), product: o.segments.flatMap((s) => s.productLines.map((p) => p.name)),
      market: o.segments.flatMap((s) => s.markets), customerType: o.segments.flatMap((s) => s.customerTypes), account: o.segments.flatMap((s) => s.accounts.map((a) => a.name)),
      city: o.sites.map((s) => s.city), plantCity: o.sites.filter((s) => s.kind === 'plant').map((s) => s.city), hqCity: o.hq.city,
      material: vendor.supplies, supplier: vendor.name, competitor: o.competitors, carrier: o.carriers.map((v) => v.name), injury: o.injuries,
      ceoFirst: o.ceo.first, cfoFirst: o.cfo.first, cooFirst: o.coo.first, gcFirst: o.gc.first, chroFirst: o.chro.first, ctoFirst: o.cto.first, partnerFirst: o.auditPartner.first, controllerName: o.controller.name, consultantFirst: o.compConsultant.first,
      launch: o.launches.map(([l]) => l), region: o.regions.map((r) => r.name), year: d.getUTCFullYear(), nextYear: d.getUTCFullYear() + 1,
      prevMonth: MONTHS[(d.getUTCMonth() + 11) % 12]!, thisMonth: MONTHS[d.getUTCMonth()]!, nextMonth: MONTHS[(d.getUTCMonth() + 1) % 12]!,
      laterMonth: MONTHS[(d.getUTCMonth() + 2 + this.rng.int(0, 2)) % 12]!,
    };
  }

  get world(): MeetingWorld {
    return this.series.world;
  }

  get mem(): TurnMemory {
    return this.series.memory;
  }

  get outsiders(): Outsiders {
    return this.series.outsiders;
  }

  /** True unless the sweep's needles compete with this fact (then no section states it). */
  states(fact: FactKey): boolean {
    return !this.series.omit.has(fact);
  }

  /** The meeting date, or a day `offsetDays` from it. */
  date(offsetDays = 0): Date {
    return dateOf(this.day + offsetDays);
  }

  /** "March 12, 2026". */
  longDate(offsetDays = 0): string {
    return longDate(this.day + offsetDays);
  }

  /** "March 12". */
  shortDate(offsetDays = 0): string {
    return shortDate(this.day + offsetDays);
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

  /** Expands a template or "@list" without the sentence memory (a phrase inside a sentence). */
  fill(template: string, extra?: Vars): string {
    const t = template.startsWith('@') ? this.rng.pick(this.g.list(template.slice(1))) : template;
    return this.g.fill(this.rng, t, this.scope(extra));
  }

  /** One sentence from a template or "@list", never one already emitted in the series if avoidable (else ''). */
  say(template: string, extra?: Vars): string {
    const vars = this.scope(extra);
    if (!template.startsWith('@')) return this.mem.unique(() => this.g.sentence(this.rng, template, vars));
    const list = this.g.list(template.slice(1));
    return this.mem.unique(() => this.g.sentence(this.rng, this.rng.pick(list), vars));
  }

  /**
   * A question: fresh wording if the memory allows, else the same question with a lead-in ("Coming back to
   * this one,"), as directors do ask the same thing quarter after quarter.
   */
  ask(template: string, extra?: Vars): string {
    const plain = this.say(template, extra);
    if (plain) return plain;
    const vars = this.scope(extra);
    return this.mem.unique(() => {
      const lead = this.g.sentence(this.rng, this.rng.pick(this.g.list('q_lead')), vars);
      const question = this.g.sentence(this.rng, this.resolve(template), vars);
      // A lead-in that is a sentence of its own ("Any change on this one?") is followed by a capital.
      return `${lead} ${/[.?!]$/.test(lead) ? question : lowerFirst(question)}`;
    });
  }

  /** An answer: fresh wording if the memory allows, else the same answer after a lead-in ("As I said last quarter,"). */
  answer(template: string, extra?: Vars): string {
    const plain = this.say(template, extra);
    if (plain) return plain;
    const vars = this.scope(extra);
    return this.mem.unique(() => `${this.g.sentence(this.rng, this.rng.pick(this.g.list('a_lead')), vars)} ${lowerFirst(this.g.sentence(this.rng, this.resolve(template), vars))}`) || this.mem.trim(this.fixed(template, extra));
  }

  /** A template, or one of a list's templates for "@list". */
  private resolve(template: string): string {
    return template.startsWith('@') ? this.rng.pick(this.g.list(template.slice(1))) : template;
  }

  /** A procedural line: fresh wording if the memory allows, else repeated (a meeting cannot skip its roll call). */
  line(template: string, extra?: Vars): string {
    return this.say(template, extra) || this.mem.trim(this.fixed(template, extra));
  }

  /** A sentence that must appear even if it repeats an earlier one (quorum counts, tallies, action items). */
  fixed(template: string, extra?: Vars): string {
    const t = template.startsWith('@') ? this.rng.pick(this.g.list(template.slice(1))) : template;
    return this.g.sentence(this.rng, t, this.scope(extra));
  }

  /** The name of list `a` or list `b`, drawn in proportion to their sizes (as if their templates made one list). */
  eitherList(a: string, b: string): string {
    const n = this.g.list(a).length;
    return this.rng.int(1, n + this.g.list(b).length) <= n ? a : b;
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
    return out.filter((s) => s !== '');
  }

  /** One sentence dealt from a list's deck ('' when the memory dropped it). */
  one(list: string, extra?: Vars): string {
    return this.some(list, 1, extra)[0] ?? '';
  }

  /** A question and its answer from two lists whose entries pair by position; undefined when that question was asked before. */
  pair(questions: string, answers: string, extra?: Vars): [string, string] | undefined {
    const qs = this.g.list(questions);
    const as = this.g.list(answers);
    const i = this.rng.int(0, qs.length - 1);
    const q = this.say(qs[i]!, extra);
    return q ? [q, this.line(as[i] ?? as[0]!, extra)] : undefined;
  }

  /**
   * A question and its answer from two lists whose entries pair by position: a question not asked before if one is
   * left, else a familiar one with a lead-in (and its answer, fresh or after "As I said,").
   */
  exchange(questions: string, answers: string, extra?: Vars): [string, string] | undefined {
    const qs = this.g.list(questions);
    const as = this.g.list(answers);
    for (const i of this.rng.shuffle(qs.map((_, k) => k))) {
      const q = this.say(qs[i]!, extra);
      if (q) return [q, this.answer(as[Math.min(i, as.length - 1)]!, extra)];
    }
    const i = this.rng.int(0, qs.length - 1);
    const q = this.ask(qs[i]!, extra);
    return q ? [q, this.answer(as[Math.min(i, as.length - 1)]!, extra)] : undefined;
  }

  /** One sentence from a list that must be said (repeats allowed when every wording was used). */
  must(list: string, extra?: Vars): string {
    return this.one(list, extra) || this.mem.trim(this.fixed(`@${list}`, extra));
  }

  private decks = new Map<string, number[]>();
  private readonly layered = new WeakSet<object>();
}
