// Names and codes as answers: word tokens, abbreviations (St./Street, Inc.), designators ("Project X" ↔ "X"), shapes.

/** A word token of cleaned lower-case text, with its offsets. */
export interface Token {
  /** Canonical form: abbreviations expanded (`st` → `street`). */
  word: string;
  start: number;
  end: number;
}

/** Company designators of Japanese and Chinese names, read as one token each (longest first). */
const CJK_DESIGNATORS = ['股份有限公司', '有限责任公司', '有限責任公司', '株式会社', '有限会社', '合同会社', '有限公司', '控股集团', '集团', '集團', 'ホールディングス', 'グループ'];
/** Honorifics and titles after a Japanese or Chinese name: the person is named with or without them. */
const CJK_TITLES = [
  '本部長', '工場長', '事業部長', '董事长', '总经理', '副总裁', 'さん', 'さま', 'くん', '先生', '女士', '小姐', '部長', '課長', '社長', '会長', '専務',
  '常務', '室長', '所長', '支店長', '取締役', '总监', '總監', '经理', '經理', '主任', '总裁', '主席', '教授', '老师', '様', '氏', '君', '殿', '总', '總',
];
const CJK_WORDS = [...CJK_DESIGNATORS, ...CJK_TITLES].sort((a, b) => b.length - a.length);
const CJK_TITLE_SET = new Set(CJK_TITLES);

/** Abbreviations read as their full word, on both sides of a comparison. */
const ABBREVIATIONS: Record<string, string> = {
  st: 'street', str: 'street', ave: 'avenue', av: 'avenue', rd: 'road', blvd: 'boulevard', ln: 'lane', dr: 'drive', pl: 'place',
  ct: 'court', sq: 'square', pkwy: 'parkway', hwy: 'highway', mt: 'mount', ft: 'fort',
  inc: 'incorporated', corp: 'corporation', co: 'company', ltd: 'limited', llc: 'llc', plc: 'plc', intl: 'international',
  dept: 'department', assn: 'association', univ: 'university', bros: 'brothers', natl: 'national', mfg: 'manufacturing',
};

/**
 * Words that say what kind of thing a name is rather than which one: "Project" in "Project Cobaltheron",
 * "Street" in "Marlhaven Street", "Freight" in "Kesworth Freight". A name may be given without them.
 */
const DESIGNATORS = new Set([
  'project', 'operation', 'initiative', 'program', 'programme', 'codename', 'the',
  'street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'place', 'court', 'square', 'parkway', 'highway', 'way', 'terrace', 'crescent',
  'incorporated', 'corporation', 'company', 'limited', 'llc', 'plc', 'llp', 'lp', 'group', 'holdings', 'partners',
  'freight', 'logistics', 'airlines', 'airline', 'airways', 'rail', 'railway', 'shipping', 'transport', 'trucking',
  'hospital', 'clinic', 'bank', 'mining', 'robotics', 'analytics', 'stores', 'store', 'wholesale', 'biosystems', 'instruments',
  'polymers', 'systems', 'technologies', 'labs', 'laboratories', 'industries', 'manufacturing', 'international',
  'school', 'district', 'association', 'neighborhood', 'county', 'city', 'town', 'village', 'university', 'college',
  'mill', 'plant', 'depot', 'warehouse', 'center', 'centre',
  ...CJK_DESIGNATORS,
]);
/** Street words are interchangeable as a class when listing candidates (Marlhaven Street vs Pellwick Avenue). */
const STREET_CLASS = new Set(['street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'place', 'court', 'square', 'parkway', 'highway', 'way', 'terrace', 'crescent']);
const PROJECT_CLASS = new Set(['project', 'operation', 'initiative', 'program', 'programme', 'codename']);

/** True for an honorific or title token (さん, 様, 氏, 先生, 女士, 部長, 总监). */
export function isTitle(word: string): boolean {
  return CJK_TITLE_SET.has(word);
}

/** A run of Chinese/Japanese text as tokens: designators and titles whole, every other character alone. */
function cjkTokens(run: string, at: number): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < run.length) {
    const word = CJK_WORDS.find((w) => run.startsWith(w, i));
    const len = word?.length ?? 1;
    out.push({ word: word ?? run[i]!, start: at + i, end: at + i + len });
    i += len;
  }
  return out;
}

/**
 * Word tokens of lower-case text with abbreviations expanded; `pay-4821` gives `pay`, `4821`. Chinese and
 * Japanese have no spaces: each character is a token, except designators (株式会社, 有限公司) and titles (さん, 女士).
 */
export function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  for (const m of lower.matchAll(/[a-z0-9]+(?:'[a-z]+)?|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g)) {
    if (/[^a-z0-9']/.test(m[0][0]!)) {
      out.push(...cjkTokens(m[0], m.index!));
      continue;
    }
    let word = m[0].replace(/'s$/, '');
    word = ABBREVIATIONS[word] ?? word;
    out.push({ word, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The class a designator belongs to: `street` for every street word, `project` for code-name words, else itself. */
export function designatorClass(designator: string): string {
  return STREET_CLASS.has(designator) ? 'street' : PROJECT_CLASS.has(designator) ? 'project' : designator;
}

/** True for a designator word (see DESIGNATORS). */
export function isDesignator(word: string): boolean {
  return DESIGNATORS.has(word);
}

/** What a text answer looks like, for finding it and its rivals in a response. */
export interface NamePattern {
  /** Canonical tokens of the whole answer. */
  tokens: string[];
  /** Tokens without designators: the part that names it ("cobaltheron" of "Project Cobaltheron"); may equal `tokens`. */
  core: string[];
  /** The answer's designator, when it has one at its start or end. */
  designator: string | null;
  /** Where the designator stands. */
  designatorAt: 'start' | 'end' | null;
  /** A code such as `PAY-4821` or `marlmouth-lb3` (letters and digits). */
  code: boolean;
  /** Two capitalized words, like a person's first and last name (the last alone names them too). */
  person: boolean;
  /** Other ways the name is written: a Chinese/Japanese company without its city (恒通物流 of 深圳市恒通物流有限公司). */
  alternates?: string[][];
  /** A Chinese/Japanese person's family name (森川 of 森川 誠), which names them alone or with a title. */
  surname?: string[];
  /** True when the family name names them only with a title after it (李总, 李女士): the name was written unspaced. */
  surnameNeedsTitle?: boolean;
}

const HAN_OR_KANA = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

/** The Chinese/Japanese parts of a name pattern: titles dropped, a city prefix optional, a family name. */
function cjkPattern(original: string, tokens: string[], core: string[]): Pick<NamePattern, 'tokens' | 'core' | 'alternates' | 'surname' | 'surnameNeedsTitle'> | null {
  if (!tokens.some((t) => HAN_OR_KANA.test(t))) return null;
  let bare = tokens;
  while (bare.length > 1 && isTitle(bare[bare.length - 1]!)) bare = bare.slice(0, -1);
  let kept = core.filter((t) => !isTitle(t));
  if (kept.length === 0) kept = bare;
  const out: ReturnType<typeof cjkPattern> = { tokens: bare, core: kept };
  // 深圳市恒通物流有限公司 is also 恒通物流: a city, province or county before a company name may be left out.
  const place = kept.findIndex((t, i) => i >= 1 && i <= 3 && /^[市省县縣区區都府]$/.test(t));
  if (place >= 0 && kept.length - place - 1 >= 2 && bare.length > kept.length) out.alternates = [kept.slice(place + 1)];
  const hasDesignator = bare.length > kept.length;
  const words = original.trim().replace(/(?:さん|様|氏|先生|女士|君)$/, '').split(/[\s\u3000]+/);
  if (!hasDesignator && words.length === 2 && words.every((w) => HAN_OR_KANA.test(w)) && words[0]!.length <= 3) {
    // 森川 誠: family name first, written apart.
    out.surname = [...words[0]!];
  } else if (!hasDesignator && words.length === 1 && /^[\u4e00-\u9fff]{2,4}$/.test(words[0]!)) {
    // 李文静: a Chinese name unspaced; 李 alone names her only as 李总, 李女士.
    out.surname = [words[0]![0]!];
    out.surnameNeedsTitle = true;
  }
  return out;
}

/** Reads a text answer as a name pattern. `original` keeps its case. */
export function namePattern(original: string, lower: string): NamePattern {
  const tokens = tokenize(lower).map((t) => t.word);
  const code = /[a-z]/i.test(original) && /\d/.test(original) && tokens.length <= 4;
  let designator: string | null = null;
  let designatorAt: NamePattern['designatorAt'] = null;
  if (tokens.length >= 2 && isDesignator(tokens[0]!) && tokens[0] !== 'the') {
    designator = tokens[0]!;
    designatorAt = 'start';
  } else if (tokens.length >= 2 && isDesignator(tokens[tokens.length - 1]!)) {
    designator = tokens[tokens.length - 1]!;
    designatorAt = 'end';
  }
  const core = tokens.filter((t) => !isDesignator(t));
  const words = original.trim().split(/\s+/);
  const person = words.length === 2 && words.every((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w)) && core.length === 2;
  const base: NamePattern = { tokens, core: core.length > 0 ? core : tokens, designator, designatorAt, code, person };
  const cjk = code ? null : cjkPattern(original, tokens, base.core);
  return cjk ? { ...base, ...cjk } : base;
}

/** Where a token sequence occurs in a token list (start indexes). */
function occurrences(tokens: Token[], seq: string[]): number[] {
  const out: number[] = [];
  if (seq.length === 0) return out;
  for (let i = 0; i + seq.length <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < seq.length && ok; j++) ok = tokens[i + j]!.word === seq[j];
    if (ok) out.push(i);
  }
  return out;
}

/** A span of the response that names an answer. */
export interface NameSpan {
  start: number;
  end: number;
}

/**
 * Where a response names this answer: the whole answer, its core without designator ("Cobaltheron",
 * "Marlhaven St."), or a person's last name alone; never a core followed by another designator
 * ("Kesworth Airlines" does not name "Kesworth Freight"). Spans are merged when they overlap.
 */
export function findName(pattern: NamePattern, tokens: Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const add = (i: number, n: number) => spans.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
  for (const i of occurrences(tokens, pattern.tokens)) add(i, pattern.tokens.length);
  const cores: string[][] = [];
  if (pattern.core.length < pattern.tokens.length) cores.push(pattern.core);
  if (pattern.person) cores.push([pattern.core[pattern.core.length - 1]!]);
  for (const alt of pattern.alternates ?? []) cores.push(alt);
  if (pattern.surname) {
    // A family name alone: followed by a title (森川さん, 李总), or for a spaced name by no further character of a name.
    for (const i of occurrences(tokens, pattern.surname)) {
      const next = tokens[i + pattern.surname.length];
      const glued = next !== undefined && next.start === tokens[i + pattern.surname.length - 1]!.end;
      const titled = next !== undefined && glued && isTitle(next.word);
      const ends = !glued || !/^[\u3400-\u4dbf\u4e00-\u9fff\u30a0-\u30ff]$/.test(next!.word);
      if (titled || (!pattern.surnameNeedsTitle && ends)) add(i, pattern.surname.length);
    }
  }
  for (const core of cores) {
    for (const i of occurrences(tokens, core)) {
      const next = tokens[i + core.length]?.word;
      const prev = tokens[i - 1]?.word;
      const other = (w: string | undefined) => w !== undefined && isDesignator(w) && w !== 'the' && w !== pattern.designator;
      if (pattern.designatorAt === 'end' && other(next)) continue;
      if (pattern.designatorAt === 'start' && other(prev) && PROJECT_CLASS.has(prev!)) continue;
      if (pattern.designatorAt === null && other(next)) continue;
      add(i, core.length);
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: NameSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** A rival name of the same shape found in a response, with a key that identifies which name it is. */
export interface ShapeCandidate extends NameSpan {
  key: string;
}

/**
 * Names in a response shaped like the answer: codes of the same pattern (`PAY-4821` → `OPS-2290`), or a
 * capitalized word with the same kind of designator (`Marlhaven Street` → `Pellwick Avenue`, `Project X` →
 * `Project Y`, `Kesworth Freight` → `Dornholt Freight`). Plain names without either have no shape.
 */
export function shapeCandidates(pattern: NamePattern, text: string): ShapeCandidate[] {
  const out: ShapeCandidate[] = [];
  if (pattern.code) {
    for (const m of text.matchAll(/(?<![\w-])[A-Za-z]{2,}(?:[-_ ]?[A-Za-z]*\d+[A-Za-z]*|[-_][A-Za-z]+\d+)(?![\w-])/g)) {
      if (!/\d/.test(m[0])) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, key: m[0].toLowerCase().replace(/[-_ ]/g, '') });
    }
    return out;
  }
  if (!pattern.designator) return out;
  if (CJK_DESIGNATORS.includes(pattern.designator)) {
    // Another company of the same kind: 天津市顺达仓储有限公司 beside 深圳市恒通物流有限公司, 株式会社高砂建設.
    const names = '[\\u30a0-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff]{2,12}?';
    const des = CJK_DESIGNATORS.join('|');
    const re = pattern.designatorAt === 'start' ? new RegExp(`(${des})(${names.replace('?', '')})`, 'g') : new RegExp(`(${names})(${des})`, 'g');
    for (const m of text.matchAll(re)) {
      const proper = pattern.designatorAt === 'start' ? m[2]! : m[1]!;
      out.push({ start: m.index!, end: m.index! + m[0].length, key: `${[...proper].join(' ')} ${pattern.designator}` });
    }
    return out;
  }
  const cls = STREET_CLASS.has(pattern.designator) ? STREET_CLASS : PROJECT_CLASS.has(pattern.designator) ? PROJECT_CLASS : new Set([pattern.designator]);
  const name = "\\p{Lu}[\\p{L}'-]+";
  const re =
    pattern.designatorAt === 'start'
      ? new RegExp(`\\b(\\p{L}+)\\s+(${name})`, 'gu')
      : new RegExp(`(${name}(?:\\s+${name})?)\\s+(\\p{L}+)\\.?`, 'gu');
  for (const m of text.matchAll(re)) {
    const [des, proper] = pattern.designatorAt === 'start' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const canonical = ABBREVIATIONS[des.toLowerCase()] ?? des.toLowerCase();
    if (!cls.has(canonical)) continue;
    const core = tokenize(proper.toLowerCase()).map((t) => t.word).filter((w) => !isDesignator(w));
    if (core.length === 0) continue;
    // The designator is part of a rival's identity: "Marlhaven Avenue" is not "Marlhaven Street".
    out.push({ start: m.index!, end: m.index! + m[0].length, key: `${core.join(' ')} ${canonical}` });
  }
  return out;
}
