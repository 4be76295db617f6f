// Values and places the Chinese annual-report needles draw: amounts in 万元, percentages, dates and names the report never uses.
import { worldData, type ZhReportWorld } from '../../../haystack/zh/financial-report/world.js';
import type { PlaceContext } from '../../../haystack/place-context.js';
import type { Rng } from '../../../util/rng.js';

/** The fiscal year of the report the needle lands in (the first report's year without a place). */
export function reportYear(world: ZhReportWorld, place: PlaceContext | undefined): number {
  return place?.kind === 'financial-report' ? place.fiscalYear : world.firstYear;
}

/** `36,480万元`: whole 万元 in steps of ten, never a round hundred (the report prints 万元 with two decimals, 亿元 with two). */
export function wanWhole(rng: Rng, lo: number, hi: number): string {
  let n = rng.int(Math.ceil(lo / 10), Math.floor(hi / 10)) * 10;
  if (n % 100 === 0) n += 10 * rng.int(1, 9);
  return `${n.toLocaleString('en-US')}万元`;
}

/** `412.6万元`: 万元 with one decimal that is never zero (the report writes 万元 with two decimals or whole). */
export function wanTenth(rng: Rng, lo: number, hi: number): string {
  const n = rng.int(lo, hi) + rng.int(1, 9) / 10;
  return `${n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}万元`;
}

/** `41.7%`: one decimal, never zero (the report prints percentages with two decimals). */
export function pctTenth(rng: Rng, lo: number, hi: number): string {
  return `${rng.int(lo, hi)}.${rng.int(1, 9)}%`;
}


/** A fictional counterparty company in a city the report never names. */
export function counterparty(rng: Rng, world: ZhReportWorld, tails: readonly string[] = worldData().counterpartyTails): { name: string; city: string } {
  const d = worldData();
  const city = rng.pick(world.unusedCities);
  let stem = '';
  while (stem === '' || world.company.name.includes(stem)) stem = rng.sample(d.stemChars, 2).join('');
  return { name: `${city}${stem}${rng.pick(tails)}`, city };
}
