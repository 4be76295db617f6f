// 主要工作经历: one career per person, drawn once from the world (so every year's report tells the same story), in the
// order it happened — where they worked before, when they joined, what they hold now — with roles their employers have
// (no 车间主任 at a law firm) and an independent director's tenure within the six years the rules allow.
import type { Rng } from '../../../../util/rng.js';
import { loadHaystackData } from '../../../data.js';
import type { ZhReportWorld, ZhPerson } from '../world.js';
import { worldData } from '../world.js';
import { yearRng } from './parent.js';

interface Employer { org: string; roles: string[]; fits: string[] }
interface Institution { org: string; roles: string[]; rank: string; degree: string }
interface BioData {
  bioEmployers: Employer[];
  bioIndependents: Institution[];
  bioInRoles: Record<string, string[]>;
  bioStaffDegrees: string[];
  bioStaffRanks: Record<string, string[]>;
  bioFields: string[];
}

let data: BioData | undefined;
const bioData = (): BioData => (data ??= loadHaystackData<BioData>('zh/financial-report/bios.json'));

/** The key of a title in the role tables: the most specific word of it that has an entry. */
function titleKey(title: string, table: Record<string, unknown>): string {
  for (const k of ['董事会秘书', '财务', '董事长', '总经理', '副总经理', '监事', '董事']) {
    if (title.includes(k) && (k !== '总经理' || !title.includes('副总经理')) && k in table) return k;
  }
  return '*';
}

const fill = (rng: Rng, org: string, fields: string[]): string => {
  const cities = worldData().provinces.flatMap((p) => p.cities);
  return org.replace('<city>', rng.pick(cities)).replace('<field>', rng.pick(fields));
};

/** Two distinct roles in career order (the earlier first), or one. */
function roles(rng: Rng, list: string[], two: boolean): string[] {
  if (!two || list.length < 2) return [rng.pick(list)];
  const [a, b] = rng.sample(list.map((_, i) => i), 2).sort((x, y) => x - y);
  return [list[a!]!, list[b!]!];
}

/**
 * One person's career as the sentences of a 年度报告's bio (the opening with birth, nationality and education first).
 * A subsidiary whose chair or executive director the person also is is taken out of `freeSubsidiaries`, so no two people
 * hold that post at one subsidiary.
 */
export function bioOf(world: ZhReportWorld, p: ZhPerson, freeSubsidiaries: string[]): string {
  const d = bioData();
  const rng = yearRng(world, `bio-${p.name}`, 0);
  const now = world.firstYear;
  const honorific = p.gender === '女' ? '女士' : '先生';
  const opening = (degree: string, rank: string): string => {
    const tail = `${degree}${rank ? `，${rank}` : ''}。`;
    return rng.chance(0.5)
      ? `${p.name}${honorific}，${p.born}年出生，中国国籍，无境外永久居留权，${tail}`
      : `${p.name}${honorific}，中国国籍，无境外永久居留权，${p.born}年${rng.pick(['出生', '生'])}，${tail}`;
  };
  if (p.title.includes('独立董事')) {
    const inst = rng.pick(d.bioIndependents);
    const since = now - rng.int(1, 4);
    const role = rng.pick(inst.roles);
    const where = fill(rng, inst.org, d.bioFields);
    const current = rng.chance(0.5) ? `现任${where}${role}` : `${rng.int(Math.max(p.born + 30, 1995), since - 1)}年至今任${where}${role}`;
    // One sentence, so that two directors who joined the board in one year do not share a sentence.
    return opening(inst.degree, inst.rank) + `${current}，${since}年${rng.pick(['起任本公司独立董事', '至今任公司独立董事'])}。`;
  }
  const key = titleKey(p.title, d.bioInRoles);
  const fitting = d.bioEmployers.filter((e) => e.fits.some((f) => p.title.includes(f)));
  const employer = rng.pick(fitting.length ? fitting : d.bioEmployers);
  const rankKey = titleKey(p.title, d.bioStaffRanks);
  const rank = rng.pick(d.bioStaffRanks[rankKey] ?? d.bioStaffRanks['*']!);
  // The years: first job after school, joining the company, taking the present post; all before the first report.
  const start = Math.max(p.born + rng.int(21, 25), 1984);
  const joined = Math.min(now - 2, start + rng.int(3, 12));
  const post = Math.min(now - 1, joined + rng.int(1, 9));
  const before = roles(rng, employer.roles, rng.chance(0.6));
  const org = fill(rng, employer.org, d.bioFields);
  const past = rng.chance(0.5) || before.length === 1
    ? `${start}年至${joined}年任${org}${before.join('、')}。`
    : `${start}年至${joined}年就职于${org}，历任${before.join('、')}。`;
  const inside = roles(rng, d.bioInRoles[key] ?? d.bioInRoles['副总经理']!, rng.chance(0.6)).filter((r) => !p.title.includes(r));
  const grew = inside.length
    ? `${joined}年加入公司，${inside.length > 1 ? `${rng.pick(['先后担任', '历任'])}${inside.join('、')}等职务` : `任${inside[0]}`}`
    : `${joined}年加入公司`;
  // Joining and the present post in one sentence: two vice presidents appointed in one year share no sentence.
  const holds = `${post}年${rng.pick(['起任', '至今任'])}${rng.pick(['公司', '本公司'])}${p.title}`;
  const sub = /董事|总经理/.test(p.title) && !p.title.includes('秘书') && freeSubsidiaries.length && rng.chance(0.4)
    ? freeSubsidiaries.splice(rng.int(0, freeSubsidiaries.length - 1), 1)[0] : undefined;
  const extra = sub ? `，兼任${sub}${rng.pick(['执行董事', '董事长'])}` : '';
  return opening(rng.pick(d.bioStaffDegrees), rank) + past + `${grew}，${holds}${extra}。`;
}
