// Haystack data: loads the JSON vocabularies under haystacks/ and expands their phrase templates with a seeded rng.
import { readFileSync } from 'node:fs';
import type { Rng } from '../util/rng.js';

const cache = new Map<string, unknown>();

/** Parsed JSON of a file under the project's haystacks/ folder (e.g. `financial-report/names.json`), cached. */
export function loadHaystackData<T>(relativePath: string): T {
  const hit = cache.get(relativePath);
  if (hit !== undefined) return hit as T;
  const url = new URL('../../haystacks/' + relativePath, import.meta.url);
  const parsed = JSON.parse(readFileSync(url, 'utf8')) as T;
  cache.set(relativePath, parsed);
  return parsed;
}

/** Values a template may reference as `<name>`: a literal string, or a list to pick one (expanded) from. */
export type Vars = Record<string, string | number | readonly string[]>;

type Node = string | { alt: Node[][] } | { ref: string };

const parsed = new Map<string, Node[]>();

function parse(template: string): Node[] {
  const hit = parsed.get(template);
  if (hit) return hit;
  let i = 0;
  const seq = (stops: string): Node[] => {
    const out: Node[] = [];
    let lit = '';
    while (i < template.length && !stops.includes(template[i]!)) {
      const c = template[i]!;
      if (c === '{') {
        if (lit) out.push(lit), (lit = '');
        i++;
        const alt: Node[][] = [seq('|}')];
        while (template[i] === '|') i++, alt.push(seq('|}'));
        if (template[i] !== '}') throw new Error(`unclosed "{" in template: ${template}`);
        i++;
        out.push({ alt });
      } else if (c === '<') {
        if (lit) out.push(lit), (lit = '');
        const end = template.indexOf('>', i);
        if (end < 0) throw new Error(`unclosed "<" in template: ${template}`);
        out.push({ ref: template.slice(i + 1, end) });
        i = end + 1;
      } else {
        lit += c;
        i++;
      }
    }
    if (lit) out.push(lit);
    return out;
  };
  const nodes = seq('');
  parsed.set(template, nodes);
  return nodes;
}

const AN_EXCEPTIONS = /^(?:u[nst][aeiou]|uni|use|eu|one|once)/i;

/** Tidies an expanded template: spacing around punctuation and "a"/"an" before vowels. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:?!%])/g, '$1')
    .replace(/\b([Aa]) (?=([aeiouAEIOU]\w*))/g, (m, a: string, word: string) =>
      AN_EXCEPTIONS.test(word) ? m : `${a}n `,
    )
    .trim();
}

/**
 * Phrase grammar over named lists: `{a|b|c}` picks one alternative (nestable, empty allowed),
 * `<name>` inserts a variable or an expanded pick from the list of that name.
 */
export class Grammar {
  constructor(private readonly lists: Readonly<Record<string, readonly string[]>>) {}

  /** Expands a template (not tidied). */
  expand(rng: Rng, template: string, vars: Vars = {}): string {
    return this.run(rng, parse(template), vars);
  }

  /** Expands a template and tidies it. */
  fill(rng: Rng, template: string, vars: Vars = {}): string {
    return tidy(this.expand(rng, template, vars));
  }

  /** Expands a template into a sentence: tidied, first letter capitalized. */
  sentence(rng: Rng, template: string, vars: Vars = {}): string {
    const s = this.fill(rng, template, vars);
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  /** True when the grammar has a list of that name. */
  has(name: string): boolean {
    return name in this.lists;
  }

  /** A list by name (throws on a missing one, which is a data bug). */
  list(name: string): readonly string[] {
    const l = this.lists[name];
    if (!l) throw new Error(`haystack grammar: no list "${name}"`);
    return l;
  }

  private run(rng: Rng, nodes: Node[], vars: Vars): string {
    let out = '';
    for (const n of nodes) {
      if (typeof n === 'string') out += n;
      else if ('alt' in n) out += this.run(rng, rng.pick(n.alt), vars);
      else {
        const v = vars[n.ref];
        if (typeof v === 'string') out += v;
        else if (typeof v === 'number') out += String(v);
        else if (v) out += this.run(rng, parse(rng.pick(v)), vars);
        else out += this.run(rng, parse(rng.pick(this.list(n.ref))), vars);
      }
    }
    return out;
  }
}

/** Remembers emitted sentences so a generator can re-draw instead of repeating itself. */
export class SentenceMemory {
  private seen = new Set<string>();

  /**
   * Draws from `make` (one or more sentences) until none of its sentences longer than 20 characters
   * was emitted before (at most `tries` draws); then drops any repeated sentence that remains
   * (possibly leaving the empty string: callers skip empty sentences). Records and returns the result.
   */
  unique(make: () => string, tries = 6): string {
    let parts: string[] = [];
    for (let t = 0; t < tries; t++) {
      parts = splitForMemory(make());
      if (!parts.some((p) => p.length > 20 && this.seen.has(p))) break;
    }
    const fresh = parts.filter((p) => p.length <= 20 || !this.seen.has(p));
    const out = fresh.some((p) => p.length > 20) || parts.every((p) => p.length <= 20) ? fresh : [];
    if (this.seen.size > 400_000) this.seen.clear();
    for (const p of out) if (p.length > 20) this.seen.add(p);
    return out.join(' ');
  }
}

// A sentence ends at ".", "!" or "?" followed by a capital, but not after an abbreviation ("Acme v. Baxter", "Inc.", "No. 4").
const SENTENCE_END = /(?<=[.!?]["'”’)\]]?)(?<!\b(?:v|vs|Inc|Co|Corp|Ltd|No|St|Mr|Mrs|Ms|Dr|Jr|Sr)\.) +(?=["'“‘A-Z0-9])/;

function splitForMemory(text: string): string[] {
  return text.split(SENTENCE_END);
}
