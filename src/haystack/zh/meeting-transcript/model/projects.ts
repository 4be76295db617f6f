// The company's capital projects and subsidiaries across the series: each project is approved at one quarter's board
// meeting and advances quarter by quarter, so the board and the results call report where it stands at their date.
import { createRng } from '../../../../util/rng.js';
import { endsInZero } from './numbers.js';
import type { Company } from './organization.js';

/** A capital project: approved at the board meeting of quarter `approvedK`, built over `quarters` quarters. */
export interface CapitalProject {
  name: string;
  /** Short name used in speech: `合肥二期项目`. */
  short: string;
  base: string;
  product: string;
  /** Budget in 亿元 (whole). */
  budget: number;
  approvedK: number;
  quarters: number;
}

/** Where a project stands at a quarter. */
export interface ProjectState {
  project: CapitalProject;
  /** Quarters since approval (1 = the first quarter after). */
  age: number;
  /** Percent of the works done, a multiple of five. */
  progress: number;
  /** Money spent so far, in 万元 (never printing a zero second decimal). */
  spentWan: number;
  done: boolean;
}

/** A subsidiary the board deals with (guarantees, capital increases). */
export interface Subsidiary {
  name: string;
  /** City or country it sits in. */
  place: string;
  overseas: boolean;
  /** Quarter it was set up (negative: before the series). */
  sinceK: number;
}

const PHASES = ['二期', '三期', '扩建', '技改'];
const OVERSEAS = ['越南', '泰国', '马来西亚', '墨西哥', '匈牙利', '印度尼西亚'];
const SUB_KINDS = ['制造', '科技', '智能', '精密', '新材料'];

/** A new capital project every three quarters, at one of the bases, for one of the products. */
export function projectOf(c: Company, seed: number, j: number): CapitalProject {
  const r = createRng(seed).fork(`zh-project-${j}`);
  const base = c.bases[j % c.bases.length]!;
  const product = r.pick(c.segments.flatMap((s) => s.products));
  const phase = PHASES[Math.floor(j / c.bases.length) % PHASES.length]!;
  // Materials are made by the ton and storage by the gigawatt-hour; equipment and devices by the unit.
  const drawn = r.int(4, 60);
  const [capacity, unit] = c.industry === '新材料' ? [Math.ceil(drawn / 2), '万吨'] : c.industry === '储能' ? [drawn, 'GWh'] : [drawn * 5, r.pick(['万台', '万套', '万件'])];
  const name = phase === '技改' ? `${base}基地${product}产线技术改造项目` : `${base}基地年产${capacity}${unit}${product}${phase}项目`;
  return { name, short: `${base}${phase}项目`, base, product, budget: r.int(3, 24), approvedK: j * 3, quarters: r.int(4, 8) };
}

/** The project state at quarter k: how far the works are and what was spent. */
export function stateAt(p: CapitalProject, k: number): ProjectState {
  const age = k - p.approvedK;
  const share = Math.min(1, age / p.quarters);
  const progress = Math.min(100, Math.round(share * 20) * 5);
  let spentWan = Math.round(p.budget * 10_000 * share * (0.55 + 0.4 * share));
  while (endsInZero(spentWan)) spentWan += 113;
  return { project: p, age, progress, spentWan, done: age >= p.quarters };
}

/** Projects under way at quarter k (approved before it, not yet finished), oldest first. */
export function projectsUnderWay(c: Company, seed: number, k: number): ProjectState[] {
  const out: ProjectState[] = [];
  for (let j = 0; j * 3 < k; j++) {
    const s = stateAt(projectOf(c, seed, j), k);
    if (!s.done) out.push(s);
  }
  return out;
}

/** The project finished most recently before quarter k, if any finished in the last four quarters. */
export function lastFinished(c: Company, seed: number, k: number): ProjectState | undefined {
  for (let j = Math.floor((k - 1) / 3); j >= 0; j--) {
    const p = projectOf(c, seed, j);
    const s = stateAt(p, k);
    if (s.done && k - (p.approvedK + p.quarters) < 4) return s;
  }
  return undefined;
}

/** The company's subsidiaries: one per base from before the series, one overseas set up at quarter 2, another later. */
export function subsidiaries(c: Company, seed: number, k: number): Subsidiary[] {
  const r = createRng(seed).fork('zh-subsidiaries');
  const stem = c.short.slice(0, 2);
  const home = c.bases.map((b, i): Subsidiary => ({ name: `${b}${stem}${SUB_KINDS[(i + r.int(0, 4)) % SUB_KINDS.length]}有限公司`, place: b, overseas: false, sinceK: -4 }));
  const abroad = r.sample(OVERSEAS, 2).map((p, i): Subsidiary => ({ name: `${stem}（${p}）${i === 0 ? '制造' : '科技'}有限公司`, place: p, overseas: true, sinceK: 2 + i * 5 }));
  return [...home, ...abroad].filter((s) => s.sinceK <= k);
}

/** The overseas subsidiary the board sets up at quarter k, if one is due. */
export function overseasDue(c: Company, seed: number, k: number): Subsidiary | undefined {
  return subsidiaries(c, seed, k).find((s) => s.overseas && s.sinceK === k);
}
