// Agenda topics as data: typed variables drawn once per item, so a figure or name reads the same every time it is said.
import type { Vars } from '../../data.js';
import { MONTHS } from '../model/calendar.js';
import type { Person, Site } from '../model/organization.js';
import type { MeetingContext } from './meeting-context.js';
import { counted, money, percent } from './words.js';
import type { Topic, TopicFollowUp, TopicMemory } from './series-state.js';

export type { TopicExchange, TopicFollowUp, Topic, TopicMemory } from './series-state.js';

/**
 * Draws one variable from a spec:
 * `money lo hi` (millions), `moneyOf var lo hi` (a share of another money variable), `pct lo hi [decimals]`,
 * `num lo hi` (with separators), `count noun lo hi` (a count with its noun), `int lo hi`, `future lo hi` / `past lo hi` (a date that many days from the meeting),
 * `month lo hi` (a month name that many months ahead), `year lo hi`, `site plant|distribution center|office|any`,
 * `abroad`, `product`, `launch`, `material`, `segment`, `account`, `customerType`, `market`, `supplier`, `carrier`, `outsider`, `firm`,
 * `competitor`, `project`, `region`, `first role`, `pick a|b|c`, `firm kind` (see Outsiders.firm),
 * `world key` (a count the company has whatever the topic: `legalEntities`, `entityCountries`, `banks`, `lenders`, `bankAccounts`).
 * Returns the text and, for figures, the number behind it (for `moneyOf`).
 */
export function drawVar(mc: MeetingContext, spec: string, numbers: Map<string, number>, extra: Record<string, string>, prior?: number, name = 'value'): { text: string; value?: number; future?: boolean } {
  const { rng, org } = mc;
  const [kind, ...args] = spec.split(' ');
  const lo = Number(args[0]);
  const hi = Number(args[1]);
  switch (kind) {
    case 'money': {
      const v = rng.float(lo, hi);
      return { text: money(v), value: v };
    }
    case 'moneyOf': {
      const base = numbers.get(args[0]!);
      if (base === undefined) throw new Error(`topic variable: moneyOf needs ${args[0]} drawn first`);
      const v = base * rng.float(Number(args[1]), Number(args[2]));
      return { text: money(v), value: v };
    }
    case 'pct': {
      const v = rng.float(lo, hi);
      return { text: percent(v, args[2] === undefined ? 0 : Number(args[2])), value: v };
    }
    case 'num': {
      const v = rng.int(lo, hi);
      return { text: v.toLocaleString('en-US'), value: v };
    }
    case 'count': {
      // `count noun lo hi`: a count with its noun, agreeing ("no findings", "one finding", "three findings"); the noun
      // may be several words ("count high-rated finding 0 3" → "two high-rated findings").
      const v = rng.int(Number(args[args.length - 2]), Number(args[args.length - 1]));
      return { text: counted(v, args.slice(0, -2).join(' ')), value: v };
    }
    case 'int': {
      const v = rng.int(lo, hi);
      return { text: String(v), value: v };
    }
    case 'future': {
      const days = rng.int(lo, hi);
      return { text: mc.shortDate(days), value: days, future: true };
    }
    case 'past':
      return { text: mc.shortDate(-rng.int(lo, hi)) };
    case 'month':
      return { text: MONTHS[(mc.date().getUTCMonth() + rng.int(lo, hi)) % 12]! };
    case 'year':
      return { text: String(mc.date().getUTCFullYear() + rng.int(lo, hi)) };
    case 'site': {
      const want = args.join(' ');
      const sites = org.sites.filter((s: Site) => want === 'any' || s.kind === want);
      return { text: rng.pick(sites.length ? sites : org.sites).city };
    }
    case 'abroad':
      return { text: rng.pick(org.sites.filter((s) => !s.domestic)).city };
    case 'product': {
      const p = rng.pick(org.segments.flatMap((s) => s.productLines));
      extra[`${args[0] ?? 'product'}Segment`] = p.segment;
      return { text: p.name };
    }
    case 'segment':
      return { text: rng.pick(org.segments).name };
    case 'account':
      return { text: rng.pick(org.segments.flatMap((s) => s.accounts)).name };
    case 'customerType':
      return { text: rng.pick(org.segments.flatMap((s) => s.customerTypes)) };
    case 'market':
      return { text: rng.pick(org.segments.flatMap((s) => s.markets)) };
    case 'supplier': {
      const v = rng.pick(org.suppliers);
      extra.material = v.supplies;
      return { text: v.name };
    }
    case 'material':
      return { text: rng.pick(org.rawMaterials)[0] };
    case 'launch':
      return { text: rng.pick(org.launches)[0] };
    case 'bank':
      return { text: rng.pick(org.banks) };
    case 'carrier':
      return { text: rng.pick(org.carriers).name };
    case 'outsider':
      return { text: mc.outsiders.person(rng) };
    case 'firm':
      return { text: mc.outsiders.firm(rng, args[0]) };
    case 'competitor':
      return { text: rng.pick(org.competitors) };
    case 'project': {
      // A code name no other project of the series has had.
      const used = mc.series.codeNames;
      const free = org.codeWords.filter((w) => !used.has(w));
      const word = rng.pick(free.length ? free : org.codeWords);
      used.add(word);
      return { text: `Project ${word}` };
    }
    case 'region':
      return { text: rng.pick(org.regions).name };
    case 'first': {
      const p = (org as unknown as Record<string, Person | undefined>)[args[0]!];
      return { text: p?.first ?? org.cfo.first };
    }
    case 'pick':
      return { text: rng.pick(args.join(' ').split('|')) };
    case 'fixed': {
      // `fixed a|b|c`: a company's standing policy (the share of grants in performance shares), the same at every
      // meeting of the document and still changing with the seed, since the company's name does.
      const options = args.join(' ').split('|');
      let h = 2166136261;
      for (const ch of `${org.name}/${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
      return { text: options[h % options.length]! };
    }
    case 'ledger': {
      // `ledger siteVar measure`: last month's figure of the site named by an earlier variable, from the site ledger,
      // so a topic about a site quotes what its manager reported (`overtime`, `overtimeShare`, `units`, `onTime`).
      const city = extra[args[0]!];
      const site = org.sites.find((x) => x.city === city && x.kind !== 'office');
      if (!site) throw new Error(`topic variable: ledger needs a plant or distribution center in ${args[0]}`);
      const d = mc.date();
      const m = mc.world.sites.month(site, d.getUTCFullYear() * 12 + d.getUTCMonth() - 1);
      switch (args[1]) {
        case 'overtime':
          return { text: `${m.overtimeHours.toLocaleString('en-US')} hours`, value: m.overtimeHours };
        case 'overtimeShare':
          return { text: percent((m.overtimeHours / m.hoursWorked) * 100, 0), value: (m.overtimeHours / m.hoursWorked) * 100 };
        case 'units':
          return { text: m.units.toLocaleString('en-US'), value: m.units };
        default:
          return { text: percent(m.onTime), value: m.onTime };
      }
    }
    case 'grow': {
      // `grow base lo hi`: a running total that adds a share of `base` at each visit (money spent on a project), never past 98% of it.
      const base = numbers.get(args[0]!);
      if (base === undefined) throw new Error(`topic variable: grow needs ${args[0]} drawn first`);
      const v = Math.min(base * 0.98, (prior ?? 0) + base * rng.float(Number(args[1]), Number(args[2])));
      return { text: money(v), value: v };
    }
    case 'progress': {
      // `progress lo hi`: a percentage complete that advances lo–hi points at each visit, never past 97.
      const v = Math.min(97, (prior ?? 0) + rng.float(lo, hi));
      return { text: percent(v, 0), value: v };
    }
    case 'yearRevenue': {
      // `yearRevenue lo hi`: a share of the trailing four quarters' revenue, so plans and budgets fit the company's size.
      const k = mc.meeting.cycle;
      const year = [0, 1, 2, 3].reduce((a, j) => a + mc.world.book.results(k - j).revenue, 0);
      const f = rng.float(lo, hi);
      // A plan's growth over this year's revenue, said as `<name>Change` ("4.3 percent").
      extra[`${name}Change`] = percent(Math.abs(f - 1) * 100);
      return { text: money(year * f), value: year * f };
    }
    case 'between': {
      // `between a b`: a whole number strictly between two drawn numbers (a figure on its way from one to the other).
      const a = numbers.get(args[0]!);
      const b = numbers.get(args[1]!);
      if (a === undefined || b === undefined) throw new Error(`topic variable: between needs ${args[0]} and ${args[1]} drawn first`);
      const v = Math.round(Math.min(a, b) + Math.abs(b - a) * rng.float(0.25, 0.75));
      return { text: String(v), value: v };
    }
    case 'margin': {
      // `margin lo hi`: the cycle's operating margin plus lo–hi points (a plan's margin), one decimal.
      const v = mc.world.book.results(mc.meeting.cycle).operatingMargin + rng.float(lo, hi);
      return { text: percent(v), value: v };
    }
    case 'world': {
      const v = worldCount(mc.org.name, args[0]!);
      return { text: String(v), value: v };
    }
    case 'dividend':
      return { text: `$${mc.world.book.results(mc.meeting.cycle).dividend.toFixed(2)}` };
    default:
      throw new Error(`topic variable: unknown spec "${spec}"`);
  }
}

/**
 * Draws every variable of a topic (in declaration order, so `moneyOf` can refer back). On a later visit to a
 * persistent topic (`memory`), the first visit's values stand and only the follow-up's variables are drawn.
 */
export function topicVars(mc: MeetingContext, topic: Topic, parent?: Vars, memory?: TopicMemory): Vars {
  const numbers = new Map<string, number>(memory ? Object.entries(memory.numbers) : []);
  const out: Record<string, string | number> = memory ? { ...memory.vars } : {};
  const fu = followUpOf(topic, memory);
  const specs = memory ? fu?.vars ?? {} : topic.vars;
  // A topic taken up again without being a lasting matter states the same company it did the first time: its counts,
  // sites, suppliers and figures stand (the forklift fleet does not go from 1,100 to 730); only what is tied to the
  // meeting's date (dates, months, the quarter's figures) is drawn afresh.
  let saved = drawnBefore.get(mc.series);
  if (!saved) drawnBefore.set(mc.series, (saved = new Map()));
  const before = !memory && !topic.persist ? saved.get(topic.id) : undefined;
  const keep = new Map<string, SavedVar>();
  for (const [name, spec] of Object.entries(specs)) {
    // A figure said as last year's or this year's ("Last year we spent about <price>") is a new figure once the year has
    // turned: the same amount for two different years reads as a copy.
    const year = mc.date().getUTCFullYear();
    const again = before?.get(name);
    if (again && (again.year === year || !AMOUNTS.has(spec.split(' ')[0]!) || !yearScopedVars(topic).has(name))) {
      for (const [k, x] of again.entries) out[k] = x;
      if (again.value !== undefined) numbers.set(name, again.value);
      keep.set(name, again);
      continue;
    }
    const had = new Set(Object.keys(out));
    let { text, value, future } = drawVar(mc, spec, numbers, out as Record<string, string>, numbers.get(name), name);
    // "about 1,037 people" reads as a misprint: a count said approximately is a round one (and the same wherever it is said).
    const kind = spec.split(' ')[0];
    if ((kind === 'int' || kind === 'num') && value !== undefined && value >= 100 && approximatedVars(topic).has(name)) {
      value = roundCount(value);
      text = value.toLocaleString('en-US');
    }
    out[name] = text;
    if (value !== undefined) numbers.set(name, value);
    if (!memory && !topic.persist && !TIMELY.has(spec.split(' ')[0]!)) {
      keep.set(name, { value, year, entries: Object.keys(out).filter((k) => k === name || !had.has(k)).map((k) => [k, out[k]!]) });
    }
    // A future date's distance in days, so a follow-up that reports on it falls due after it.
    if (future) out[`${FUTURE}${name}`] = value!;
    else delete out[`${FUTURE}${name}`];
  }
  if (!memory && !topic.persist) saved.set(topic.id, keep);
  if (topic.persist) {
    // Dates drawn on an earlier visit are said again only as written then; their distance from today is no longer known.
    const kept = Object.fromEntries(Object.entries(out).filter(([k]) => !k.startsWith(FUTURE) || Object.hasOwn(specs, k.slice(FUTURE.length))));
    const prev = mc.series.topics.get(topic.id);
    mc.series.topics.set(topic.id, { vars: kept, numbers: Object.fromEntries(numbers), visits: (prev?.visits ?? 0) + 1, lastDay: mc.day, resolution: prev?.resolution });
  }
  const v = mc.layer(out, parent);
  v.title = mc.fill(memory && fu?.title ? fu.title : topic.title, v);
  return v;
}

const FUTURE = 'daysUntil_';

/** A variable as drawn on a topic's first visit: its text (with any companions it set) and the number behind it. */
interface SavedVar {
  value?: number;
  /** The calendar year of the meeting that drew it. */
  year: number;
  entries: Array<[string, string | number]>;
}

/** What each series' non-lasting topics drew when first taken up, by topic id. */
const drawnBefore = new WeakMap<object, Map<string, Map<string, SavedVar>>>();

/** Variable kinds tied to the meeting's date or quarter, drawn afresh at every visit. */
const TIMELY = new Set(['future', 'past', 'month', 'year', 'ledger', 'yearRevenue', 'margin', 'dividend', 'grow', 'progress', 'between']);

/**
 * Counts that belong to the company rather than to a topic, with their ranges: two topics that state how many legal
 * entities or banks the company has agree, because each draws the same number from the company's name. The banks in the
 * credit facility (`lenders`) are the core banks a treasury topic keeps; `banks` counts every banking relationship.
 */
const WORLD_COUNTS: Record<string, [number, number]> = {
  legalEntities: [26, 48],
  entityCountries: [9, 16],
  banks: [18, 34],
  lenders: [6, 9],
  bankAccounts: [220, 560],
};

/** A company's count for `key`, the same in every meeting and topic of its series. */
export function worldCount(company: string, key: string): number {
  const range = WORLD_COUNTS[key];
  if (!range) throw new Error(`topic variable: unknown world count "${key}"`);
  let h = 2166136261;
  for (const c of `${company}#${key}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return range[0] + (h % (range[1] - range[0] + 1));
}

/** Variables said after "about" and the like ("about <forklifts> forklifts"), per topic. */
const approximated = new WeakMap<Topic, Set<string>>();

function approximatedVars(topic: Topic): Set<string> {
  let names = approximated.get(topic);
  if (!names) {
    // "about <n>", and "{About|Roughly} <n>" where the word is one of a phrase's alternatives.
    names = new Set([...JSON.stringify(topic).matchAll(/\b(?:[Aa]bout|[Rr]oughly|[Aa]round|[Aa]pproximately|[Nn]early|[Aa]lmost|[Ss]ome)(?:\|[^{}|<]*)*\}? <(\w+)>/g)].map((m) => m[1]!));
    approximated.set(topic, names);
  }
  return names;
}

/** Variable kinds that are amounts of a period (a sum spent, a count, a share), drawn afresh for a new year's figure. */
const AMOUNTS = new Set(['money', 'moneyOf', 'pct', 'num', 'count', 'int']);

/** Variables said in a sentence about a year ("last year", "this year's", "a year ago", "so far this year"), per topic. */
const yearScoped = new WeakMap<Topic, Set<string>>();

export function yearScopedVars(topic: Topic): Set<string> {
  let names = yearScoped.get(topic);
  if (!names) {
    names = new Set();
    for (const sentence of JSON.stringify(topic).split(/(?<=[.?!])\s|","/)) {
      if (!/\b(?:(?:last|this|past) year(?:'s)?|a year ago|(?:last|past) twelve months|year to date)\b/i.test(sentence)) continue;
      for (const m of sentence.matchAll(/<(\w+)>/g)) names.add(m[1]!);
    }
    yearScoped.set(topic, names);
  }
  return names;
}

/** A whole number of three or more digits as people round it after "about": two significant figures (412 → 410, 27,384 → 27,000). */
export function roundCount(v: number): number {
  if (v < 100) return v;
  const step = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(v / step) * step;
}

/** The follow-up a persistent topic gives on this visit: its first follow-up, then `later` (when it has one) from the third visit on. */
export function followUpOf(topic: Topic, memory?: TopicMemory): TopicFollowUp | undefined {
  if (!memory || !topic.followUp) return undefined;
  return (memory.visits >= 2 && topic.followUp.later) || topic.followUp;
}

/** Days from the meeting until the latest future date a template refers to (0 when none). */
export function latestDateIn(template: string, v: Vars): number {
  let latest = 0;
  for (const m of template.matchAll(/<(\w+)>/g)) {
    const d = v[`${FUTURE}${m[1]}`];
    if (typeof d === 'number' && d > latest) latest = d;
  }
  return latest;
}

/** True when a topic may be taken up: none of the facts it states is omitted. */
export function topicAllowed(mc: MeetingContext, topic: Topic): boolean {
  if (topic.after && !topic.after.includes(mc.world.book.results(mc.meeting.cycle).quarter.q)) return false;
  if (topic.industries && !topic.industries.includes(mc.org.industry)) return false;
  return (topic.states ?? []).every((f) => mc.states(f));
}
