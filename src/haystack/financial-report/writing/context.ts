// What every report section renderer receives: the company, three years of ledger, the grammar and block helpers.
import { Grammar, SentenceMemory, type Vars } from '../../data.js';
import type { FactKey, ReportPlace } from '../../place-context.js';
import type { FiscalCalendar } from '../calendar.js';
import type { Company } from '../company.js';
import type { Profile } from '../profile.js';
import { amount } from './format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';
import type { Rng } from '../../../util/rng.js';

/** Drops a phrase drawn twice in a row ("pulp and paper and pulp and paper" → "pulp and paper"). */
function undouble(s: string): string {
  return s.replace(/\b((?:[\w-]+ ){0,4}[\w-]+) (and|or) \1\b/g, '$1');
}

/** State shared by the renderers of one fiscal year's report. */
export class ReportContext {
  /** Variables every template may use. */
  readonly vars: Vars;
  /** The Item (or other top part) being written. */
  section = '';
  /** The subsection of the Item being written (a Note, an MD&A part), named after the Item in block sections. */
  private part = '';
  /** Where every block of this report sits: its fiscal year and filing date. */
  readonly place: ReportPlace;
  /** Facts stated since the last block was made; the next block records them. */
  private stated: FactKey[] = [];

  constructor(
    readonly c: Company,
    /** Current, prior and two-years-prior fiscal years. */
    readonly y: YearLedger,
    readonly p: YearLedger,
    readonly pp: YearLedger,
    readonly rng: Rng,
    readonly g: Grammar,
    readonly mem: SentenceMemory,
    /** Long-report facts fixed across years. */
    readonly pr: Profile,
    /** Fiscal years three and four before the current one (five-year summary). */
    readonly older: YearLedger[],
    readonly cal: FiscalCalendar,
    /** Facts this report leaves out (those the sweep's needles compete with). */
    readonly omit: ReadonlySet<FactKey> = new Set(),
  ) {
    this.place = { kind: 'financial-report', fiscalYear: y.year, periodEnd: cal.periodEnd(y.year), filedOn: cal.filedOn(y.year) };
    const allProducts = c.segments.flatMap((s) => s.products);
    this.vars = {
      company: c.name, short: c.short, industry: c.industry.name, hqCity: c.hqCity, hqState: c.hqState,
      year: y.year, nextYear: y.year + 1, prevYear: p.year, founded: c.founded, incorporation: c.incorporation,
      fyEnd: this.fyEnd(y.year), auditor: c.auditor, bank: c.bank,
      product: allProducts, customer: c.segments.flatMap((s) => s.customers), market: c.segments.flatMap((s) => s.markets),
      raw: c.industry.rawMaterials, regulation: c.industry.regulation, facility: c.industry.facility,
      city: c.properties.filter((p) => p.domestic).map((p) => `${p.city}, ${p.region}`),
      worldCity: c.properties.filter((p) => !p.domestic).map((p) => `${p.city}, ${p.region}`),
      segment: c.segments.map((s) => s.name), salesM: amount(y.sales), oiM: amount(y.oi), employees: y.headcount.toLocaleString('en-US'),
    };
  }

  /** "December 31, 2025" for a fiscal year. */
  fyEnd(year: number): string {
    return `${this.c.fyEndMonth} ${this.c.fyEndDay}, ${year}`;
  }

  /**
   * True when the report may state `fact` (the sweep's needles do not compete with it), and notes that the
   * next block states it. Sections ask before writing a sentence, table row or list template that states a fact.
   */
  states(fact: FactKey): boolean {
    if (this.omit.has(fact)) return false;
    this.stated.push(fact);
    return true;
  }

  /** A sentence from a template (or a list name prefixed with "@"), never one already emitted. */
  say(template: string, extra?: Vars): string {
    const vars = extra ? { ...this.vars, ...extra } : this.vars;
    if (!template.startsWith('@')) {
      const t = this.allowed(template);
      return t === null ? '' : this.mem.unique(() => undouble(this.g.sentence(this.rng, t, vars)));
    }
    const list = this.usable(template.slice(1));
    return this.mem.unique(() => undouble(this.g.sentence(this.rng, this.allowed(this.rng.pick(list))!, vars)));
  }

  /** A paragraph of `n` sentences drawn without repetition from a template list, in list order. */
  fromList(list: string, n: number, extra?: Vars): Block {
    const all = this.usable(list);
    const picked = this.rng.sample(all.map((_, i) => i), Math.min(n, all.length)).sort((a, b) => a - b);
    return this.para(picked.map((i) => this.say(all[i]!, extra)));
  }

  /** A prose block from sentences. */
  para(sentences: string[]): Block {
    return this.block('paragraph', sentences.filter((x) => x !== '').join(' '));
  }

  /** A heading block; also sets the current section when `top`. */
  heading(text: string, top = false): Block {
    if (top) {
      this.section = text;
      this.part = '';
    }
    return this.block('heading', text);
  }

  /** A subsection heading (an MD&A part, a Note): blocks until the next one are in `<Item> — <key>`. */
  subsection(text: string, key = text): Block {
    this.part = key;
    return this.block('heading', text);
  }

  /** The heading of Note `n` to the financial statements. */
  note(n: number, title: string): Block {
    return this.subsection(`Note ${n}. ${title}`);
  }

  /** A table block. */
  table(text: string): Block {
    return this.block('table', text);
  }

  /** A meta block (cover lines, signatures, "None."). */
  meta(text: string): Block {
    return this.block('meta', text);
  }

  private block(kind: Block['kind'], text: string): Block {
    const b: Block = { kind, text, section: this.part ? `${this.section} — ${this.part}` : this.section, context: this.place };
    if (this.stated.length > 0) {
      b.facts = [...new Set(this.stated)];
      this.stated = [];
    }
    return b;
  }

  /** Templates of a list that the report may use: those stating an omitted fact are left out. */
  private usable(list: string): string[] {
    return this.g.list(list).filter((t) => factOf(t) === null || !this.omit.has(factOf(t)!));
  }

  /** A template without its fact tag (recording the fact), or null when the fact is omitted. */
  private allowed(template: string): string | null {
    const fact = factOf(template);
    if (fact === null) return template;
    return this.states(fact) ? template.slice(template.indexOf(']') + 1).trimStart() : null;
  }
}

/** The fact a data template states, written as a `[fact key]` prefix (`[fact debt.leverage-covenant] The agreement …`). */
function factOf(template: string): FactKey | null {
  return template.startsWith('[fact ') ? template.slice(6, template.indexOf(']')) : null;
}
