// Word lists and value generators the needle templates draw from: fictional names, places, code names, amounts, dates.
import type { Rng } from '../util/rng.js';

const SURNAME_HEADS = ['Ash', 'Brom', 'Cal', 'Dorn', 'Fen', 'Gal', 'Hal', 'Kes', 'Lind', 'Mor', 'Orr', 'Pell', 'Quen', 'Rav', 'Sel', 'Tor', 'Vell', 'Wick', 'Yar', 'Zan', 'Bel', 'Crag', 'Drex', 'Eld'];
const SURNAME_TAILS = ['ford', 'wick', 'mere', 'holt', 'stead', 'by', 'worth', 'ridge', 'ley', 'ton', 'sby', 'gard', 'vane', 'croft', 'hurst', 'dale'];
const FIRST_NAMES = ['Priya', 'Tomas', 'Ingrid', 'Mateo', 'Aisha', 'Declan', 'Yuki', 'Farah', 'Oskar', 'Leona', 'Ravi', 'Noemi', 'Emeka', 'Hana', 'Stellan', 'Marisol', 'Anders', 'Delphine', 'Kwame', 'Liesel', 'Tobias', 'Soraya', 'Callum', 'Imogen'];
const PLACE_HEADS = ['Carn', 'Ell', 'Frost', 'Hollin', 'Marl', 'Pen', 'Stan', 'Wex', 'Brack', 'Dun', 'Gor', 'Lun', 'Thorn', 'Ver', 'Ock', 'Sarn'];
const PLACE_TAILS = ['bury', 'haven', 'mouth', 'field', 'port', 'dale', 'wick', 'ton', 'moor', 'stow', 'brook', 'combe'];
const CODE_HEADS = ['Amber', 'Cobalt', 'Silver', 'Granite', 'Copper', 'Saffron', 'Indigo', 'Juniper', 'Obsidian', 'Quartz', 'Cinder', 'Russet', 'Teal', 'Onyx', 'Hazel', 'Flint'];
const CODE_TAILS = ['heron', 'lantern', 'falcon', 'harbor', 'meadow', 'tern', 'anvil', 'comet', 'orchid', 'sparrow', 'kettle', 'badger', 'willow', 'beacon', 'marten', 'thistle'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real city with words for its country that share no stem with it, for latent-link questions. */
export interface CityLink {
  city: string;
  /** Adjective, e.g. `Portuguese`. */
  adj: string;
  /** Country name, e.g. `Portugal`. */
  country: string;
}

const CITIES: CityLink[] = [
  { city: 'Lisbon', adj: 'Portuguese', country: 'Portugal' },
  { city: 'Osaka', adj: 'Japanese', country: 'Japan' },
  { city: 'Monterrey', adj: 'Mexican', country: 'Mexico' },
  { city: 'Gdansk', adj: 'Polish', country: 'Poland' },
  { city: 'Brno', adj: 'Czech', country: 'Czechia' },
  { city: 'Lyon', adj: 'French', country: 'France' },
  { city: 'Turin', adj: 'Italian', country: 'Italy' },
  { city: 'Valencia', adj: 'Spanish', country: 'Spain' },
  { city: 'Leipzig', adj: 'German', country: 'Germany' },
  { city: 'Ghent', adj: 'Belgian', country: 'Belgium' },
  { city: 'Rotterdam', adj: 'Dutch', country: 'the Netherlands' },
  { city: 'Gothenburg', adj: 'Swedish', country: 'Sweden' },
  { city: 'Tampere', adj: 'Finnish', country: 'Finland' },
  { city: 'Aarhus', adj: 'Danish', country: 'Denmark' },
  { city: 'Bergen', adj: 'Norwegian', country: 'Norway' },
  { city: 'Cork', adj: 'Irish', country: 'Ireland' },
  { city: 'Pune', adj: 'Indian', country: 'India' },
  { city: 'Busan', adj: 'Korean', country: 'Korea' },
  { city: 'Curitiba', adj: 'Brazilian', country: 'Brazil' },
  { city: 'Rosario', adj: 'Argentine', country: 'Argentina' },
  { city: 'Medellin', adj: 'Colombian', country: 'Colombia' },
  { city: 'Winnipeg', adj: 'Canadian', country: 'Canada' },
  { city: 'Izmir', adj: 'Turkish', country: 'Turkey' },
  { city: 'Debrecen', adj: 'Hungarian', country: 'Hungary' },
  { city: 'Shenzhen', adj: 'Chinese', country: 'China' },
  { city: 'Casablanca', adj: 'Moroccan', country: 'Morocco' },
  { city: 'Thessaloniki', adj: 'Greek', country: 'Greece' },
  { city: 'Cebu', adj: 'Filipino', country: 'the Philippines' },
];

/** Business segments with a description that shares no words with the segment name. */
export interface SegmentLink {
  name: string;
  /** How a paraphrased question refers to it, e.g. `farm machinery`. */
  gloss: string;
}

const SEGMENTS: SegmentLink[] = [
  { name: 'Marine Coatings', gloss: 'paint for ships' },
  { name: 'Agricultural Equipment', gloss: 'farm machinery' },
  { name: 'Pet Nutrition', gloss: 'dog and cat food' },
  { name: 'Industrial Adhesives', gloss: 'glues for factories' },
  { name: 'Medical Imaging', gloss: 'hospital scanners' },
  { name: 'Residential Lighting', gloss: 'household lamps' },
  { name: 'Consumer Audio', gloss: 'headphones and speakers' },
  { name: 'Commercial Aviation', gloss: 'airliner parts' },
  { name: 'Water Filtration', gloss: 'purifiers for drinking supplies' },
  { name: 'Specialty Textiles', gloss: 'technical fabrics' },
];

/** A fictional surname such as `Kesworth`. */
export function surname(rng: Rng): string {
  return rng.pick(SURNAME_HEADS) + rng.pick(SURNAME_TAILS);
}

/** A first name (real first names are fine: the surname carries the identity). */
export function firstName(rng: Rng): string {
  return rng.pick(FIRST_NAMES);
}

/** A fictional town name such as `Marlhaven`. */
export function place(rng: Rng): string {
  return rng.pick(PLACE_HEADS) + rng.pick(PLACE_TAILS);
}

/** A fused code word such as `Cobaltheron` (use as `Project Cobaltheron`). */
export function codeWord(rng: Rng): string {
  return rng.pick(CODE_HEADS) + rng.pick(CODE_TAILS);
}

/** `count` cities from different countries. */
export function cities(rng: Rng, count: number): CityLink[] {
  return rng.sample(CITIES, count);
}

/** `count` distinct business segments. */
export function segments(rng: Rng, count: number): SegmentLink[] {
  return rng.sample(SEGMENTS, count);
}

/** Draws `count` values from a generator, all different by `key`. */
export function distinct<T>(rng: Rng, count: number, make: (rng: Rng) => T, key: (v: T) => string = String): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < count; tries++) {
    if (tries > 200) throw new Error('vocab.distinct: generator has too few distinct values');
    const v = make(rng);
    const k = key(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

/** `$4.7 million`-style amount with a one-decimal mantissa in [lo, hi), never ending in `.0`. */
export function millions(rng: Rng, lo: number, hi: number): string {
  const whole = rng.int(lo, hi - 1);
  const tenth = rng.int(1, 9);
  return `$${whole}.${tenth} million`;
}

/**
 * `$4.37 million`: a figure in millions with two decimals (last one never zero), for amounts small enough that
 * every one-decimal figure in their range already appears somewhere in a long report.
 */
export function millionsFine(rng: Rng, lo: number, hi: number): string {
  const hundredths = rng.int(lo * 100, hi * 100 - 1);
  return `$${((hundredths % 10 === 0 ? hundredths + 3 : hundredths) / 100).toFixed(2)} million`;
}

/** Dollar amount with cents below one dollar, e.g. `$0.47`. */
export function cents(rng: Rng, lo: number, hi: number): string {
  const c = rng.int(lo, hi);
  return `$${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
}

/** Whole-dollar amount with thousands separators, e.g. `$18,400` (rounded to `step`). */
export function dollars(rng: Rng, lo: number, hi: number, step = 1): string {
  const v = rng.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
  return `$${v.toLocaleString('en-US')}`;
}

/** Percentage with the given number of decimals, e.g. `12.5%` (decimal part never zero). */
export function percent(rng: Rng, lo: number, hi: number, decimals = 1): string {
  const scale = 10 ** decimals;
  let v: number;
  do v = rng.int(lo * scale, hi * scale - 1);
  while (decimals > 0 && v % 10 === 0);
  return `${(v / scale).toFixed(decimals)}%`;
}

/** Multiple such as `3.75x` (two decimals, last digit 5 or non-zero). */
export function multiple(rng: Rng, lo: number, hi: number): string {
  const v = rng.int(lo * 100, hi * 100 - 1);
  const fixed = v % 10 === 0 ? v + 5 : v;
  return `${(fixed / 100).toFixed(2)}x`;
}

/** A whole number in [lo, hi] as digits. */
export function count(rng: Rng, lo: number, hi: number): string {
  return String(rng.int(lo, hi));
}

/** A date such as `March 3, 2026` in one of the given years. */
export function date(rng: Rng, years: readonly number[] = [2026, 2027]): string {
  const m = rng.int(0, 11);
  const d = rng.int(1, DAYS_IN_MONTH[m]!);
  return `${MONTHS[m]} ${d}, ${rng.pick(years)}`;
}

/** A month and year such as `October 2026`. */
export function monthYear(rng: Rng, years: readonly number[] = [2026, 2027]): string {
  return `${rng.pick(MONTHS)} ${rng.pick(years)}`;
}

/** A ticket id such as `PAY-4821`. */
export function ticket(rng: Rng): string {
  const prefix = rng.pick(['PAY', 'OPS', 'INV', 'LED', 'AUTH', 'SHIP', 'BILL', 'CORE']);
  return `${prefix}-${rng.int(1000, 9899)}`;
}
