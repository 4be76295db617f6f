// Company facts that fill a long 10-K and stay fixed across years: brands, customers, rivals, plant details, lawsuits, lenders.
import { MONTHS } from './calendar.js';
import type { Company } from './company.js';
import type { Rng } from '../../util/rng.js';

/** A branded product line of a segment. */
export interface ProductLine {
  brand: string;
  product: string;
  market: string;
  launched: number;
  /** Relative weight of the line in segment sales. */
  weight: number;
}

/** Details of one principal property (same order as `Company.properties`). */
export interface PlantDetail {
  opened: number;
  lines: number;
  certifications: string[];
  inputs: string[];
  outputs: string[];
  /** Share of the company's employees working at the site, in tenths of a percent. */
  staffShare: number;
  union: string | null;
}

/** A named lawsuit or proceeding that moves through stages from its filing year. */
export interface LegalMatter {
  caption: string;
  court: string;
  docket: string;
  filed: number;
  filedMonth: string;
  nature: string;
  claimM: number;
  /** Fiscal year it is resolved (no longer reported after that year). */
  resolved: number;
  outcome: string;
}

/** Everything a long report needs beyond the company record. */
export interface Profile {
  lines: ProductLine[][];
  keyCustomers: string[][];
  competitors: string[][];
  /** Channel weights per segment: direct, distributors, OEM, e-commerce and other. */
  channels: number[][];
  plants: PlantDetail[];
  matters: LegalMatter[];
  lenders: string[];
  auditorSince: number;
  creditAgreementYear: number;
  committees: string[][];
  otherBoards: string[];
}

const SYL_A = ['Ar', 'Bel', 'Cor', 'Dura', 'El', 'Fer', 'Gal', 'Hy', 'Iso', 'Ka', 'Lum', 'Max', 'Nor', 'Opti', 'Pra', 'Quan', 'Rex', 'Sol', 'Tera', 'Ul', 'Vex', 'Zy', 'Cal', 'Mer', 'Tor', 'Sen', 'Ven', 'Aer', 'Kin', 'Pol'];

const SYL_B = ['aflex', 'bond', 'cor', 'dex', 'era', 'forma', 'gard', 'ion', 'lite', 'lon', 'max', 'nova', 'pro', 'quest', 'ra', 'shield', 'tec', 'trax', 'vue', 'xis', 'zen', 'line', 'core', 'guard', 'sys', 'tron'];

const FIRM_ROOTS = ['Abernell', 'Brightmoor', 'Castlegate', 'Delmonte Ridge', 'Eastvale', 'Fairholm', 'Greystone', 'Hawthorne', 'Ivybridge', 'Jasper Creek', 'Kentmere', 'Longacre', 'Mayfield', 'Newhaven', 'Oldbury', 'Pemberly', 'Quincy Falls', 'Rosedale', 'Stanwick', 'Trentham', 'Underwood', 'Valmont', 'Whitford', 'Yorkshire Point', 'Ardent', 'Bluecrest', 'Coldwater', 'Dovetail', 'Evergreen Hollow', 'Fulcrum', 'Granbury', 'Highmark', 'Ironwood', 'Kingsbury', 'Larkspur', 'Marigold', 'Northfield', 'Overlook', 'Pinnacle Bay', 'Redstone'];

const FIRM_WORDS = ['Industries', 'Holdings', 'Manufacturing', 'Group', 'Supply Company', 'Products', 'Systems', 'Brands', 'Partners', 'Enterprises', 'Works', 'International'];

const CERTS = ['ISO 9001', 'ISO 14001', 'ISO 45001', 'ISO 50001'];

const INDUSTRY_CERTS: Record<string, string> = { 'medical devices': 'ISO 13485', 'aerospace components': 'AS9100', 'packaged foods': 'FSSC 22000', 'industrial machinery': 'IATF 16949', 'electrical equipment': 'UL 508A' };

const UNIONS = ['United Steelworkers', 'International Association of Machinists', 'International Brotherhood of Teamsters', 'International Brotherhood of Electrical Workers', 'United Food and Commercial Workers', 'United Automobile Workers'];

const COURTS = ['United States District Court for the District of Delaware', 'United States District Court for the Northern District of Illinois', 'United States District Court for the Southern District of New York', 'United States District Court for the Eastern District of Texas', 'Superior Court of the State of California, County of Los Angeles', 'United States District Court for the District of New Jersey', 'Circuit Court of Cook County, Illinois', 'United States District Court for the Western District of Pennsylvania', 'Court of Chancery of the State of Delaware', 'International Chamber of Commerce arbitration panel in Geneva'];

const NATURES = ['alleges that certain of our <product> infringe {two|three|four} of its patents', 'seeks contribution toward remediation costs at a former waste disposal site', 'alleges breach of a {multi-year|long-term} supply agreement and seeks lost profits', 'is a putative class action alleging violations of state wage-and-hour laws at our distribution centers', 'alleges that a product defect in our <product> caused property damage', 'alleges that we misappropriated trade secrets through former employees of the plaintiff', 'challenges the termination of a distribution agreement covering {three|four|five} states', 'is a shareholder derivative suit alleging breaches of fiduciary duty in connection with a prior acquisition', 'asserts that our marketing of <product> violated state consumer protection statutes', 'concerns disputed earn-out payments under the purchase agreement for a business we acquired'];

const OUTCOMES = ['settled for an amount that was not material', 'dismissed with prejudice', 'resolved by a jury verdict in our favor', 'withdrawn by the plaintiff', 'settled, and the settlement was covered by insurance', 'concluded with an arbitration award that was within our accrual'];

const COMMITTEES = ['Audit', 'Compensation and Human Capital', 'Nominating and Governance', 'Finance', 'Safety and Sustainability', 'Technology'];

/** A brand name such as "Duraflex" that is not yet in `used`. */
function brand(rng: Rng, used: Set<string>): string {
  for (;;) {
    const b = rng.pick(SYL_A) + rng.pick(SYL_B);
    if (!used.has(b)) return used.add(b), b;
  }
}

/** A firm name such as "Greystone Manufacturing" that is not yet in `used`. */
function firm(rng: Rng, used: Set<string>, roots?: Set<string>): string {
  for (;;) {
    const root = rng.pick(FIRM_ROOTS);
    const f = `${root} ${rng.pick(FIRM_WORDS)}`;
    // Within one list (a segment's competitors), no two firms share a root ("Hawthorne International" and "Hawthorne Systems").
    if (!used.has(f) && !roots?.has(root)) return roots?.add(root), used.add(f), f;
  }
}

/** Draws the company's long-report facts from their own stream, so the company record itself never changes. */
/** True for a site whose kind makes goods (a plant, foundry or bakery), not one that stores, ships, designs or serves. */
export function makesGoods(use: string): boolean {
  return /plant|factory|works|mill|foundry|bakery|assembly|machining|fabrication|extrusion|composite|manufactur|production|facility/i.test(use);
}

/** True for a service or program a segment sells (field service, rebuild programs), which no plant makes and no recall covers. */
export function isService(product: string): boolean {
  return /service|program|subscription|monitoring|support|software|analytics|training/i.test(product);
}

/** The products a plant can make: not the services and programs a segment sells (unless it sells nothing else). */
function goods(products: readonly string[]): readonly string[] {
  const made = products.filter((p) => !isService(p));
  return made.length >= 2 ? made : products;
}

export function createProfile(c: Company, rng: Rng): Profile {
  const used = new Set<string>();
  const firms = new Set<string>();
  const lines = c.segments.map((s) => s.products.map((product) => ({
    brand: brand(rng, used), product, market: rng.pick(s.markets), launched: c.firstYear - rng.int(2, 40), weight: rng.float(0.5, 2),
  })));
  const keyCustomers = c.segments.map(() => { const roots = new Set<string>(); return [0, 1, 2].map(() => firm(rng, firms, roots)); });
  const competitors = c.segments.map(() => { const roots = new Set<string>(); return [0, 1, 2, 3].map(() => firm(rng, firms, roots)); });
  const channels = c.segments.map(() => [rng.float(2, 6), rng.float(1, 4), rng.float(0.5, 3), rng.float(0.2, 1)]);
  const plants = c.properties.map((p): PlantDetail => {
    const seg = c.segments.find((s) => s.name === p.segment);
    return {
      opened: c.firstYear - rng.int(3, 70), lines: rng.int(2, 14), certifications: rng.sample([...CERTS, ...(INDUSTRY_CERTS[c.industry.name] ? [INDUSTRY_CERTS[c.industry.name]!, INDUSTRY_CERTS[c.industry.name]!] : [])], rng.int(1, 3)).filter((x, k, a) => a.indexOf(x) === k),
      inputs: rng.sample(c.industry.rawMaterials, 2), outputs: seg ? rng.sample(goods(seg.products), 2) : [],
      staffShare: rng.int(8, 60), union: rng.chance(0.35) && p.domestic && makesGoods(p.use) ? `${rng.pick(UNIONS)} Local ${rng.int(102, 9870)}` : null,
    };
  });
  const matters: LegalMatter[] = [];
  for (let k = 0; k < 24; k++) {
    const filed = c.firstYear - 3 + Math.floor(k * 1.4) + rng.int(0, 1);
    const nature = rng.pick(NATURES);
    const plaintiff = nature.includes('class action') ? `${rng.pick(['Alvarez', 'Bennett', 'Crowley', 'Dawson', 'Espinoza', 'Fletcher', 'Gomez', 'Harper'])} et al.` : firm(rng, firms);
    matters.push({
      caption: `${plaintiff} v. ${c.name}`, court: rng.pick(COURTS), docket: `${filed % 100}-cv-${String(rng.int(100, 9999)).padStart(5, '0')}`,
      // Filed in a month of calendar year `filed` that falls inside fiscal year `filed` (never after the period the report covers).
      filed, filedMonth: rng.pick(MONTHS.slice(0, MONTHS.indexOf(c.fyEndMonth) + 1)), nature, claimM: rng.int(8, 240) * 10, resolved: filed + rng.int(2, 6), outcome: rng.pick(OUTCOMES),
    });
  }
  const lenders = rng.sample(['First Meridian Bank', 'Northwind Capital Bank', 'Lakeport National Bank', 'Granite Trust Company', 'Bellamy Commercial Bank', 'Prairie State Bank', 'Harbor Federal Trust', 'Summit Crest Bank', 'Coastline Savings Bank', 'Ridgeview Bancorp'].filter((b) => b !== c.bank), 5);
  const committees = c.directors.map((_, i) => i === 0 ? [] : rng.sample(COMMITTEES, rng.int(1, 3)));
  const otherBoards = c.directors.map(() => rng.chance(0.5) ? firm(rng, firms) : '');
  return { lines, keyCustomers, competitors, channels, plants, matters, lenders, auditorSince: c.firstYear - rng.int(6, 30), creditAgreementYear: c.firstYear - rng.int(1, 3), committees, otherBoards };
}
