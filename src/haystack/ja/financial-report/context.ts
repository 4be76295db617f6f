// What every section of one fiscal year's 有価証券報告書 reads: the company, this year's and earlier books, the phrase grammar and the blocks it makes.
import type { Block } from '../../../types.js';
import type { Rng } from '../../../util/rng.js';
import type { Grammar, Vars } from '../../data.js';
import type { FactKey, ReportPlace } from '../../place-context.js';
import type { JaYear } from './ledger.js';
import type { JaSentenceMemory } from './memory.js';
import type { JaCalendar, JaCompany, JaOfficer } from './world.js';
import { officersIn } from './board.js';

/** One fiscal year's report being written. */
export class JaReportContext {
  /** The section blocks are currently tagged with. */
  section = '';
  readonly place: ReportPlace;

  constructor(
    readonly company: JaCompany,
    readonly calendar: JaCalendar,
    /** The fiscal year (the calendar year its period ends in). */
    readonly year: number,
    readonly y: JaYear,
    /** Books of earlier years: `books(year - 1)` … */
    readonly books: (year: number) => JaYear,
    readonly rng: Rng,
    private readonly grammar: Grammar,
    private readonly memory: JaSentenceMemory,
    readonly omit: ReadonlySet<FactKey>,
    /** The report series' root stream: year `y` draws from its fork `report-y`. */
    private readonly rootRng: Rng,
  ) {
    this.place = { kind: 'financial-report', fiscalYear: year, periodEnd: calendar.periodEnd(year), filedOn: calendar.filedOn(year) };
  }

  /** The officers listed in this year's report. */
  get officers(): JaOfficer[] {
    return officersIn(this.company, this.calendar.firstYear, this.year);
  }

  /** Last year's books. */
  get p(): JaYear {
    return this.books(this.year - 1);
  }

  /** 第N期. */
  get term(): number {
    return this.calendar.term(this.year);
  }

  /** The same report read as of another fiscal year (for figures of earlier years drawn the way that year drew them). */
  withYear(year: number): JaReportContext {
    return new JaReportContext(this.company, this.calendar, year, this.books(year), this.books, this.rootRng.fork(`report-${year}`), this.grammar, this.memory, this.omit, this.rootRng);
  }

  /** True when a fact may be stated (no needle of the sweep competes with it). */
  may(fact: FactKey): boolean {
    return !this.omit.has(fact);
  }

  /** Expands a phrase template with the company's names available as `<社名>` etc. */
  say(template: string, vars: Vars = {}): string {
    return this.grammar.expand(this.rng, template, { 社名: this.company.short, ...vars });
  }

  /** A list of the grammar as it is (not expanded). */
  list(name: string): readonly string[] {
    return this.grammar.list(name);
  }

  /** Expands a named list of the grammar. */
  from(list: string, vars: Vars = {}): string {
    return this.say(`<${list}>`, vars);
  }

  /** A sentence (or several) said once in the document: re-drawn when it would repeat, '' when it cannot be new. */
  once(make: () => string): string {
    return this.memory.unique(make);
  }

  /** A heading block; sets the section for what follows when `section` is given. */
  heading(text: string, section?: string): Block {
    if (section !== undefined) this.section = section;
    return { kind: 'heading', text, section: this.section, context: this.place };
  }

  /** A prose paragraph of sentences (empty sentences dropped); facts it states are tagged. */
  para(sentences: string[], facts?: FactKey[]): Block {
    return { kind: 'paragraph', text: sentences.filter((s) => s !== '').join(''), section: this.section, context: this.place, facts };
  }

  /** A table: caption lines then rows. */
  table(lines: string[], facts?: FactKey[]): Block {
    return { kind: 'table', text: lines.join('\n'), section: this.section, context: this.place, facts };
  }

  /** A note or cover block that takes no needle. */
  meta(lines: string[]): Block {
    return { kind: 'meta', text: lines.join('\n'), section: this.section, context: this.place };
  }
}
