// The writing context of one year's Chinese report: world, books, rng, phrase grammar, memory of sentences, omitted facts.
import type { Block } from '../../../types.js';
import type { Rng } from '../../../util/rng.js';
import { Grammar, loadHaystackData, type Vars } from '../../data.js';
import type { FactKey, ReportPlace } from '../../place-context.js';
import type { ZhYear } from './ledger.js';
import type { ZhReportWorld } from './world.js';

/** Every phrase list of haystacks/zh/financial-report merged into one grammar. */
export function zhReportGrammar(): Grammar {
  return new Grammar({
    ...loadHaystackData<Record<string, string[]>>('zh/financial-report/grammar.json'),
    ...loadHaystackData<Record<string, string[]>>('zh/financial-report/mdna.json'),
    ...loadHaystackData<Record<string, string[]>>('zh/financial-report/notes.json'),
    ...loadHaystackData<Record<string, string[]>>('zh/financial-report/extra.json'),
  });
}

/** Tidies an expanded template: single spaces only (Chinese needs none between words), no doubled punctuation. */
export function tidyZh(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/，，/g, '，').replace(/。。/g, '。').replace(/，。/g, '。');
}

/** Sentences of a Chinese paragraph: each ends at 。！？ (optionally closed by 」』）). */
export function zhSentences(text: string): string[] {
  return text.split(/(?<=[。！？][」』）]?)/u).filter((s) => s !== '');
}

/** Remembers emitted sentences so the report re-draws instead of repeating itself. */
export class ZhSentenceMemory {
  private readonly seen = new Set<string>();

  /** Draws until no sentence of ten characters or more repeats an earlier one (at most `tries`), then drops repeats left. */
  unique(make: () => string, tries = 6): string {
    let parts: string[] = [];
    for (let t = 0; t < tries; t++) {
      parts = zhSentences(make());
      if (!parts.some((p) => p.length >= 10 && this.seen.has(p))) break;
    }
    const fresh = parts.filter((p) => p.length < 10 || !this.seen.has(p));
    if (this.seen.size > 300_000) this.seen.clear();
    for (const p of fresh) if (p.length >= 10) this.seen.add(p);
    return fresh.some((p) => p.length >= 10) ? fresh.join('') : '';
  }
}

/** One year's report being written. */
export class ZhReportContext {
  /** The section title blocks are filed under (`第三节 管理层讨论与分析 — 可能面对的风险`). */
  section = '';
  readonly place: ReportPlace;

  constructor(
    readonly world: ZhReportWorld,
    readonly year: number,
    readonly rng: Rng,
    readonly grammar: Grammar,
    readonly memory: ZhSentenceMemory,
    private readonly omitted: ReadonlySet<FactKey>,
  ) {
    this.place = { kind: 'financial-report', fiscalYear: year, periodEnd: world.periodEnd(year), filedOn: world.filedOn(year) };
  }

  get company() { return this.world.company; }
  /** This year's books, last year's and the year before. */
  get cur(): ZhYear { return this.world.books(this.year); }
  get prev(): ZhYear { return this.world.books(this.year - 1); }
  get prev2(): ZhYear { return this.world.books(this.year - 2); }

  /** True unless the haystack must leave the fact out. */
  states(fact: FactKey): boolean {
    return !this.omitted.has(fact);
  }

  /** A sub-rng for one part of the report. */
  fork(label: string): Rng {
    return this.rng.fork(label);
  }

  /** Expands a phrase template into tidy Chinese. */
  fill(rng: Rng, template: string, vars: Vars = {}): string {
    return tidyZh(this.grammar.expand(rng, template, vars));
  }

  /** A paragraph of unique sentences, each drawn from `make` (empty when every draw repeated earlier text). */
  paragraph(make: () => string): string {
    return this.memory.unique(make);
  }

  /** A heading block; `sub` (a subsection name) becomes the part after the dash of the section title. */
  heading(text: string, sub?: string): Block {
    if (sub === undefined) this.section = text;
    else this.section = `${this.section.split(' — ')[0]} — ${sub}`;
    return { kind: 'heading', text, section: this.section, context: this.place };
  }

  /** Starts a 节 (chapter): its heading, and the section every following block belongs to. */
  chapter(text: string): Block {
    this.section = text;
    return { kind: 'heading', text, section: text, context: this.place };
  }

  /** A subsection heading within the current 节. */
  sub(text: string, name = text.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+、/u, '')): Block {
    return this.heading(text, name);
  }

  /** A prose block (skipped by the caller when empty). */
  para(text: string, facts?: FactKey[]): Block {
    return { kind: 'paragraph', text, section: this.section, context: this.place, ...(facts && facts.length > 0 ? { facts } : {}) };
  }

  /** A table block: caption line (unit), header row, rows; cells joined by pipes, as a PDF's table reads when extracted. */
  table(caption: string, header: string[], rows: string[][], facts?: FactKey[]): Block {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const text = [caption, line(header), ...rows.map(line)].filter((l) => l !== '').join('\n');
    return { kind: 'table', text, section: this.section, context: this.place, ...(facts && facts.length > 0 ? { facts } : {}) };
  }

  /** A note block (e.g. `□适用 √不适用`). */
  meta(text: string): Block {
    return { kind: 'meta', text, section: this.section, context: this.place };
  }
}
