// Per-year draws of the Chinese report's world, and the movement of 固定资产 and 无形资产 by category that the notes
// and the parent company's statements both read (depreciation rolls from one year to the next).
import { createRng, type Rng } from '../../../../util/rng.js';
import { split } from '../ledger.js';
import type { ZhReportWorld } from '../world.js';

/** A draw of the world for one year and one purpose (the same whichever year's report asks). */
export function yearRng(world: ZhReportWorld, label: string, year: number): Rng {
  return createRng(world.seed).fork('zh-financial-report').fork(`${label}-${year}`);
}

/** One category's movement over a year: gross, accumulated depreciation (or amortisation) and book value. */
export interface Movement { name: string; grossB: number; add: number; reduce: number; grossE: number; accB: number; accAdd: number; accReduce: number; accE: number; bookB: number; bookE: number }

/** Book value of each category at a year end: the ledger's line split by weights fixed by the seed, drifting a little. */
function books(world: ZhReportWorld, key: 'fixedAssets' | 'intangibles', cats: readonly string[], year: number): number[] {
  const base = yearRng(world, `${key}-close`, 0);
  const r = yearRng(world, `${key}-close`, year);
  return split(world.books(year).balance[key], cats.map((_, i) => (base.float(0.6, 1.4) / (1 + i * 0.5)) * r.float(0.95, 1.05)));
}

/** Yearly depreciation (amortisation) rate of each category, on last year's gross value. */
const RATES: Record<string, number> = { 房屋及建筑物: 0.0475, 机器设备: 0.095, 运输设备: 0.19, 电子设备及其他: 0.19, 土地使用权: 0.02, 专利权及非专利技术: 0.1, 软件: 0.2 };

const cache = new WeakMap<ZhReportWorld, Map<string, Movement[]>>();

/**
 * The year's movement of 固定资产 or 无形资产 by category: depreciation on last year's gross value, disposals, and
 * the additions that bring the book value to the ledger's. Accumulated depreciation rolls from the books' first year.
 */
export function movements(world: ZhReportWorld, key: 'fixedAssets' | 'intangibles', cats: readonly string[], year: number): Movement[] {
  let m = cache.get(world);
  if (!m) cache.set(world, (m = new Map()));
  const id = `${key}-${year}`;
  const hit = m.get(id);
  if (hit) return hit;
  const origin = world.firstYear - 3;
  const bookB = books(world, key, cats, year - 1);
  const bookE = books(world, key, cats, year);
  const r = yearRng(world, `${key}-move`, year);
  const accB = year - 1 <= origin
    ? bookB.map((b, i) => Math.round(b * (key === 'fixedAssets' ? 0.5 : 0.25) / (1 + i * 0.1)))
    : movements(world, key, cats, year - 1).map((x) => x.accE);
  const out = cats.map((name, i) => {
    const grossB = bookB[i]! + accB[i]!;
    let reduce = Math.round(grossB * r.float(0.004, 0.025));
    const accReduce = Math.min(accB[i]!, Math.round(reduce * r.float(0.55, 0.85)));
    const accAdd = Math.round(grossB * RATES[name]! * r.float(0.92, 1.05));
    const accE = accB[i]! + accAdd - accReduce;
    const grossE = bookE[i]! + accE;
    let add = grossE - grossB + reduce;
    if (add < 0) { reduce -= add; add = 0; }
    return { name, grossB, add, reduce, grossE, accB: accB[i]!, accAdd, accReduce, accE, bookB: bookB[i]!, bookE: bookE[i]! };
  });
  m.set(id, out);
  return out;
}

export const FIXED_CATS = ['房屋及建筑物', '机器设备', '运输设备', '电子设备及其他'] as const;
export const INTANGIBLE_CATS = ['土地使用权', '专利权及非专利技术', '软件'] as const;
