// Values and places of Japanese report needles: amounts in 万円 the report never prints, two-decimal rates, dates inside the fiscal year.
import { jaNames, type JaReportWorld, type JaSite } from '../../../haystack/ja/financial-report/world.js';
import type { PlaceContext } from '../../../haystack/place-context.js';
import type { Rng } from '../../../util/rng.js';

/**
 * An amount in 万円 between `lo` and `hi` 万円, written `2億3,450万円` or `8,730万円`. Never a whole number of
 * 百万円, so no ledger figure (tables in 百万円, prose in 億円/百万円) can state the same value.
 */
export function manYen(rng: Rng, lo: number, hi: number): string {
  let v = rng.int(lo / 10, hi / 10) * 10;
  if (v % 100 === 0) v += 10 * rng.int(1, 9);
  const oku = Math.floor(v / 10_000);
  const man = v % 10_000;
  return `${oku > 0 ? `${oku}億` : ''}${man > 0 ? `${man.toLocaleString('en-US')}万` : ''}円`;
}

/**
 * Hundredths between lo and hi whose last digit is neither 0 nor 5: the report prints ratios with one decimal and
 * its two-decimal figures (大株主の状況) in steps of 0.05, so no bare number of the document equals the value.
 */
function hundredths(rng: Rng, lo: number, hi: number): string {
  const v = rng.int(Math.ceil(lo * 20), Math.floor(hi * 20) - 1) * 5 + rng.pick([1, 2, 3, 4]);
  return (v / 100).toFixed(2);
}

/** A percentage with two decimals, e.g. `14.37%`. */
export function pct2(rng: Rng, lo: number, hi: number): string {
  return `${hundredths(rng, lo, hi)}%`;
}

/** A multiple with two decimals, e.g. `4.17倍`. */
export function times2(rng: Rng, lo: number, hi: number): string {
  return `${hundredths(rng, lo, hi)}倍`;
}

/** The fiscal year a needle reads in: the place's, or the first report's when placed in no report. */
export function fiscalYear(world: JaReportWorld, place: PlaceContext | undefined): number {
  return place?.kind === 'financial-report' ? place.fiscalYear : world.calendar.firstYear;
}

/**
 * Days of the year the report prints itself: the interim dividend's board date and the quarterly filings (the 8th to
 * the 14th of August, November and February), the interim dividend's payment (1–7 December), and the general
 * meeting, the dividend's payment, the auditor's report and the temporary report after the meeting (15 June to 31 July).
 */
function printedDay(d: Date): boolean {
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return ((m === 8 || m === 11 || m === 2) && day >= 8 && day <= 14) || (m === 12 && day <= 7) || (m === 6 && day >= 15) || m === 7;
}

/** `2023年10月16日`: a day `f` of the way between 1 May of the year before `fy` and 28 February of `fy`. */
export function dayInYear(fy: number, f: number): string {
  const a = Date.UTC(fy - 1, 4, 1);
  const b = Date.UTC(fy, 1, 28);
  let d = new Date(a + Math.floor(f * ((b - a) / 86_400_000)) * 86_400_000);
  // Days the report prints: step past them.
  while (printedDay(d)) d = new Date(d.getTime() + 7 * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** `2023年5月12日`: a day after the period end and before the filing (10 April to 10 June of `fy`). */
export function dayAfterYearEnd(fy: number, f: number): string {
  const a = Date.UTC(fy, 3, 10);
  const d = new Date(a + Math.floor(f * 61) * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** The company's plants. */
export function plants(world: JaReportWorld): JaSite[] {
  return world.company.sites.filter((s) => s.kind === 'plant');
}

/** How a paraphrase names a site's place: its prefecture when no other site shares it, else its city. */
export function siteArea(world: JaReportWorld, site: JaSite): string {
  const same = world.company.sites.filter((s) => s.prefecture === site.prefecture).length;
  return same === 1 ? site.prefecture : site.city;
}

/** A fictional company that is not the reporting company nor one of its customers, e.g. `株式会社常盤工業`. */
export function otherCompany(rng: Rng, world: JaReportWorld, suffixes: readonly string[]): string {
  const taken = [world.company.short, ...world.company.customers];
  const heads = jaNames().companyHeads.filter((h) => !taken.some((t) => t.includes(h)));
  return `${rng.pick(heads)}${rng.pick(suffixes)}`;
}

/** A city where the company has no site, for a new facility. */
export function newCity(rng: Rng, world: JaReportWorld): [string, string] {
  const used = new Set(world.company.sites.map((s) => s.city));
  return rng.pick(jaNames().sites.filter(([, c]) => !used.has(c)));
}

/** The customer's name without 株式会社, e.g. `大和自動車`. */
export function shortName(name: string): string {
  return name.replace(/株式会社/g, '');
}
