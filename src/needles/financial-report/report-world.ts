// What annual-report needles draw from the report's world (sites, segments, brands, people) and read from their place (fiscal year, dates).
import { dayIso, isoDay, longDate, monthYear } from '../../haystack/financial-report/calendar.js';
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import { loadHaystackData } from '../../haystack/data.js';
import type { PlaceContext } from '../../haystack/place-context.js';
import type { Rng } from '../../util/rng.js';

interface Paraphrase {
  countryAdjective: Record<string, string>;
  facilityGloss: Record<string, string>;
}
const paraphrase = () => loadHaystackData<Paraphrase>('financial-report/paraphrase.json');

/** A site of the company, with the words a paraphrased question may use for it (never printed in the needle). */
export interface SiteRef {
  /** Index in `company.properties`. */
  index: number;
  city: string;
  /** State or country, as Item 2 prints it. */
  region: string;
  use: string;
  segment: string;
  domestic: boolean;
  /** `Ohio` for a domestic site, `Finnish` for a site in Finland. */
  regionWord: string;
  /** A plain word for the kind of site: `factory` for an assembly plant. */
  useGloss: string;
}

const MAKES = /plant|facility|factory|works|foundry|bakery|assembly|machining|fabrication|extrusion|tempering|composite|heat-treatment|kitchen/i;
const PRODUCES = /plant|factory|foundry|bakery|assembly|machining|extrusion|tempering|composite/i;

/** Sites whose region no other site shares, so "the Finnish casting works" names exactly one place. */
export function distinctSites(world: ReportWorld, filter: (s: SiteRef) => boolean = () => true): SiteRef[] {
  const props = world.company.properties;
  const count = new Map<string, number>();
  for (const p of props) count.set(p.region, (count.get(p.region) ?? 0) + 1);
  const { countryAdjective, facilityGloss } = paraphrase();
  const out: SiteRef[] = [];
  props.forEach((p, index) => {
    if (index === 0 || count.get(p.region) !== 1 || p.city === p.region) return;
    const regionWord = p.domestic ? p.region : countryAdjective[p.region];
    const useGloss = facilityGloss[p.use];
    if (!regionWord || !useGloss) return;
    const ref: SiteRef = { index, city: p.city, region: p.region, use: p.use, segment: p.segment, domestic: p.domestic, regionWord, useGloss };
    if (filter(ref)) out.push(ref);
  });
  return out;
}

/** Production sites (plants, foundries, bakeries …) with a distinct region. */
export function productionSites(world: ReportWorld): SiteRef[] {
  const sites = distinctSites(world, (s) => PRODUCES.test(s.use));
  return sites.length > 0 ? sites : distinctSites(world, (s) => MAKES.test(s.use));
}

/** `count` different sites drawn from a list (repeats only when the list is shorter). */
export function pickSites(rng: Rng, sites: SiteRef[], count: number): SiteRef[] {
  if (sites.length === 0) throw new Error('the company has no site of this kind');
  const out = rng.sample(sites, count);
  while (out.length < count) out.push(rng.pick(sites));
  return out;
}

/** A segment of the company with its paraphrase. */
export interface SegmentRef {
  index: number;
  name: string;
  gloss: string;
}

/** The company's segments. */
export function segmentsOf(world: ReportWorld): SegmentRef[] {
  return world.company.segments.map((s, index) => ({ index, name: s.name, gloss: s.gloss ?? 'that business' }));
}

/** A branded product line of the company, e.g. `Duraflex industrial valves` of Flow Control. */
export interface LineRef {
  brand: string;
  product: string;
  segment: SegmentRef;
}

/** Every product line of the company. */
export function productLines(world: ReportWorld): LineRef[] {
  const segs = segmentsOf(world);
  return world.profile.lines.flatMap((lines, i) => lines.map((l) => ({ brand: l.brand, product: l.product, segment: segs[i]! })));
}

/** The officer whose title contains `title` (e.g. `Chief Financial Officer`). */
export function officer(world: ReportWorld, title: string): string {
  return (world.company.officers.find((o) => o.title.includes(title)) ?? world.company.officers[0]!).name;
}

/** The fiscal year a needle reads in and its dates (ISO): the place's, or the first report's when placed in no report. */
export interface ReportTime {
  year: number;
  start: string;
  end: string;
  filed: string;
}

/** The report time of a place. */
export function reportTime(world: ReportWorld, place: PlaceContext | undefined): ReportTime {
  return timeOf(world, place?.kind === 'financial-report' ? place.fiscalYear : world.calendar.firstYear);
}

/** The dates of fiscal `year`. */
export function timeOf(world: ReportWorld, year: number): ReportTime {
  return { year, start: world.calendar.periodStart(year), end: world.calendar.periodEnd(year), filed: world.calendar.filedOn(year) };
}

/** A day inside the fiscal year, `f` of the way through it (0 ≤ f < 1), as "March 3, 2023". */
export function dayInYear(t: ReportTime, f: number): string {
  const a = isoDay(t.start);
  return longDate(dayIso(a + Math.floor(f * (isoDay(t.end) - a))));
}

/** The month `f` of the way through the fiscal year, as "March 2023". */
export function monthInYear(t: ReportTime, f: number): string {
  const a = isoDay(t.start);
  return monthYear(dayIso(a + Math.floor(f * (isoDay(t.end) - a))));
}

/** A day after the period end and at least a week before the filing, `f` of the way through that window. */
export function dayAfterYearEnd(t: ReportTime, f: number): string {
  const a = isoDay(t.end) + 5;
  return longDate(dayIso(a + Math.floor(f * Math.max(1, isoDay(t.filed) - 7 - a))));
}

/** The month of `dayAfterYearEnd`, as "February 2023". */
export function monthAfterYearEnd(t: ReportTime, f: number): string {
  const a = isoDay(t.end) + 5;
  return monthYear(dayIso(a + Math.floor(f * Math.max(1, isoDay(t.filed) - 7 - a))));
}

/** "a" or "an" before a number, amount or word as it is read aloud: an 8-year lease, an $18.95 million grant, an Akron-based maker. */
export function article(n: number | string): string {
  return /^(8|11|18)(\D|$)|^[AEIOUaeiou]/.test(String(n).replace(/^\$/, '')) ? 'an' : 'a';
}
