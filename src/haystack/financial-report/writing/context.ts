// What every report section renderer receives: the company, three years of ledger, the grammar and block helpers.
import { Grammar, SentenceMemory, type Vars } from '../../data.js';
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
  section = '';

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
    readonly older: YearLedger[] = [],
  ) {
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

  /** A sentence from a template (or a list name prefixed with "@"), never one already emitted. */
  say(template: string, extra?: Vars): string {
    const vars = extra ? { ...this.vars, ...extra } : this.vars;
    const t = template.startsWith('@') ? null : template;
    return this.mem.unique(() => undouble(this.g.sentence(this.rng, t ?? this.rng.pick(this.g.list(template.slice(1))), vars)));
  }

  /** A paragraph of `n` sentences drawn without repetition from a template list, in list order. */
  fromList(list: string, n: number, extra?: Vars): Block {
    const all = this.g.list(list);
    const picked = this.rng.sample(all.map((_, i) => i), Math.min(n, all.length)).sort((a, b) => a - b);
    return this.para(picked.map((i) => this.say(all[i]!, extra)));
  }

  /** A prose block from sentences. */
  para(sentences: string[]): Block {
    return { kind: 'paragraph', text: sentences.filter((x) => x !== '').join(' '), section: this.section };
  }

  /** A heading block; also sets the current section when `top`. */
  heading(text: string, top = false): Block {
    if (top) this.section = text;
    return { kind: 'heading', text, section: this.section };
  }

  /** A table block. */
  table(text: string): Block {
    return { kind: 'table', text, section: this.section };
  }

  /** A meta block (cover lines, signatures, "None."). */
  meta(text: string): Block {
    return { kind: 'meta', text, section: this.section };
  }
}
