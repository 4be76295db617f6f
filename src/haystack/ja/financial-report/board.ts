// Who sits on the board in a given fiscal year: the first report's officers, with retirements and new appointments year by year.
import { createRng } from '../../../util/rng.js';
import { namesUsed, personName, type JaCompany, type JaOfficer } from './world.js';

const cache = new WeakMap<JaCompany, Map<number, JaOfficer[]>>();

/**
 * The officers listed in the report of fiscal `year` (as of its filing, after that June's general meeting).
 * Built year after year from the first report's, so a year's board never depends on how far a document runs.
 */
export function officersIn(company: JaCompany, firstYear: number, year: number): JaOfficer[] {
  let byYear = cache.get(company);
  if (!byYear) cache.set(company, (byYear = new Map([[firstYear, company.officers]])));
  if (year <= firstYear) return company.officers;
  const hit = byYear.get(year);
  if (hit) return hit;
  const prev = officersIn(company, firstYear, year - 1);
  const rng = createRng(`${company.name}/board/${year}`);
  const used = namesUsed(Array.from({ length: year - firstYear }, (_, k) => byYear.get(firstYear + k) ?? []).flat().map((o) => o.name));
  const next = prev.slice();
  const replace = (i: number, female: boolean) => {
    const o = next[i]!;
    next[i] = { ...o, name: personName(rng, female, used), female, born: { year: o.born.year + rng.int(2, 9), month: rng.int(1, 12), day: rng.int(1, 28) }, since: year };
  };
  const outside = next.map((o, i) => (o.role === 'outside' || o.role === 'outside-auditor' ? i : -1)).filter((i) => i >= 0);
  const inside = next.map((o, i) => (o.role === 'director' ? i : -1)).filter((i) => i >= 0);
  if (rng.chance(0.6)) replace(rng.pick(outside), rng.chance(0.4));
  if (rng.chance(0.4)) replace(rng.pick(inside), false);
  if (rng.chance(0.12)) replace(0, false);
  byYear.set(year, next);
  return next;
}
