// The fictional company behind a financial report: identity, segments, people and properties, drawn once from the seed.
import { loadHaystackData } from '../data.js';
import type { Rng } from '../../util/rng.js';

/** Vocabulary of one industry (haystacks/financial-report/industries.json). */
export interface Industry {
  name: string;
  nameWords: string[];
  segments: SegmentProfile[];
  rawMaterials: string[];
  facility: string[];
  regulation: string[];
  volumeUp: string[];
  volumeDown: string[];
  costUp: string[];
  costDown: string[];
}

/** A segment's products, customers and end markets. */
export interface SegmentProfile {
  name: string;
  /** How a paraphrasing question refers to the segment without sharing a word with its name (`valves and pumps` for Flow Control). */
  gloss?: string;
  products: string[];
  customers: string[];
  markets: string[];
}

/** Names and places (haystacks/financial-report/names.json). */
export interface Names {
  first: string[];
  last: string[];
  companyRoot: string[];
  citiesUS: Array<[string, string]>;
  citiesWorld: Array<[string, string]>;
  incorporation: string[];
  exchange: string[];
  auditor: string[];
  bank: string[];
  analystFirm: string[];
}

/** An officer or director; the title never changes. */
export interface Person {
  name: string;
  title: string;
  age: number;
  since: number;
  background: string;
}

/** A principal property listed under Item 2. */
export interface Property {
  city: string;
  region: string;
  domestic: boolean;
  use: string;
  segment: string;
  sqft: number;
  owned: boolean;
}

/** Everything about the company that does not change from year to year. */
export interface Company {
  name: string;
  short: string;
  ticker: string;
  exchange: string;
  incorporation: string;
  hqCity: string;
  hqState: string;
  street: string;
  phone: string;
  ein: string;
  fileNo: string;
  founded: number;
  fyEndMonth: string;
  fyEndDay: number;
  firstYear: number;
  industry: Industry;
  segments: SegmentProfile[];
  officers: Person[];
  directors: Person[];
  auditor: string;
  bank: string;
  properties: Property[];
  /** Seasonal share of annual sales by quarter. */
  seasonality: number[];
}

const FY_ENDS: Array<[string, number]> = [['December', 31], ['December', 31], ['September', 30], ['June', 30], ['March', 31], ['January', 31]];
const BACKGROUNDS = [
  'previously led the {industrial|commercial|international} business of a {diversified manufacturer|global industrial company|large private-equity-backed supplier}',
  'joined the Company from {a global accounting firm|an investment bank|a consumer products company|a technology company}',
  'held {finance|operations|supply chain|legal|sales} leadership roles at {two|three|several} public companies',
  'began a career as {an engineer|an auditor|a plant manager|a sales representative} and rose through {operations|finance|commercial} roles',
  'served {in the armed forces|as a consultant|in government} before entering industry',
];

/**
 * A unique "First Last" name not yet used; its first and last names are new too while the lists allow,
 * so no two people of one company answer to the same first name in a transcript.
 */
export function personName(rng: Rng, names: Names, used: Set<string>): string {
  for (let tries = 0; ; tries++) {
    const first = rng.pick(names.first);
    const last = rng.pick(names.last);
    const n = `${first} ${last}`;
    const fresh = tries >= 200 || (!used.has(`first:${first}`) && !used.has(`last:${last}`));
    if (!used.has(n) && fresh) {
      used.add(n);
      used.add(`first:${first}`);
      used.add(`last:${last}`);
      return n;
    }
  }
}

/** Draws the company from the seed. */
export function createCompany(rng: Rng): Company {
  const names = loadHaystackData<Names>('financial-report/names.json');
  const industries = loadHaystackData<Industry[]>('financial-report/industries.json');
  const industry = rng.pick(industries);
  const root = rng.pick(names.companyRoot);
  const word = rng.pick(industry.nameWords);
  const name = `${root} ${word} ${rng.pick(['Corporation', 'Company', 'Holdings Corporation', 'Group Corporation'])}`;
  const [hqCity, hqState] = rng.pick(names.citiesUS);
  const segments = rng.sample(industry.segments, rng.int(3, Math.min(4, industry.segments.length)));
  const [fyEndMonth, fyEndDay] = rng.pick(FY_ENDS);
  const firstYear = rng.int(2019, 2025);
  const used = new Set<string>();
  const person = (title: string, minSince: number): Person => ({
    name: personName(rng, names, used),
    title,
    age: rng.int(44, 66),
    since: rng.int(minSince, firstYear - 1),
    background: rng.pick(BACKGROUNDS),
  });
  const officers: Person[] = [
    person('Chair and Chief Executive Officer', firstYear - 12),
    person('Executive Vice President and Chief Financial Officer', firstYear - 8),
    person('Executive Vice President and Chief Operating Officer', firstYear - 10),
    person('Senior Vice President, General Counsel and Corporate Secretary', firstYear - 9),
    person('Vice President, Controller and Chief Accounting Officer', firstYear - 6),
    person('Senior Vice President and Chief Human Resources Officer', firstYear - 7),
    person('Senior Vice President and Chief Technology Officer', firstYear - 5),
    ...segments.slice(0, 3).map((s) => person(`Group President, ${s.name}`, firstYear - 6)),
  ];
  const directorTitles = ['Lead Independent Director', 'Director', 'Director', 'Director', 'Director', 'Director', 'Director', 'Director'];
  const directors = [officers[0]!, ...directorTitles.map((t) => person(t, firstYear - 14))];
  const ticker = (root.replace(/[^A-Za-z]/g, '').slice(0, 3) + word.charAt(0)).toUpperCase();
  const properties: Property[] = [];
  const hqProp: Property = { city: hqCity, region: hqState, domestic: true, use: 'corporate headquarters', segment: 'Corporate', sqft: rng.int(60, 240) * 1000, owned: rng.chance(0.4) };
  properties.push(hqProp);
  const places = rng.sample(names.citiesUS.filter(([c]) => c !== hqCity), 14).map(([c, s]) => ({ city: c, region: s, domestic: true }))
    .concat(rng.sample(names.citiesWorld, 9).map(([c, s]) => ({ city: c, region: s, domestic: false })));
  for (const p of rng.shuffle(places)) {
    properties.push({ ...p, use: rng.pick(industry.facility), segment: rng.pick(segments).name, sqft: rng.int(40, 900) * 1000, owned: rng.chance(0.6) });
  }
  const w = [0, 1, 2, 3].map(() => rng.float(0.9, 1.1));
  const total = w.reduce((a, b) => a + b, 0);
  return {
    name,
    short: root,
    ticker: ticker.length >= 3 ? ticker : `${ticker}X`,
    exchange: rng.pick(names.exchange),
    incorporation: rng.pick(names.incorporation),
    hqCity,
    hqState,
    street: `${rng.int(100, 9800)} ${rng.pick(['Commerce', 'Riverside', 'Lakeview', 'Meridian', 'Industrial', 'Harbor', 'Summit', 'Parkway', 'Founders', 'Cedar'])} ${rng.pick(['Drive', 'Boulevard', 'Parkway', 'Avenue', 'Way', 'Plaza'])}`.replace('Parkway Parkway', 'Parkway'),
    phone: `(${rng.int(201, 989)}) ${rng.int(200, 989)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
    ein: `${rng.int(10, 99)}-${rng.int(1000000, 9999999)}`,
    fileNo: `001-${rng.int(10000, 39999)}`,
    founded: rng.int(1890, 1990),
    fyEndMonth,
    fyEndDay,
    firstYear,
    industry,
    segments,
    officers,
    directors,
    auditor: rng.pick(names.auditor),
    bank: rng.pick(names.bank),
    properties,
    seasonality: w.map((x) => x / total),
  };
}
