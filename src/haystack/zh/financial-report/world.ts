// The world of a seed's Chinese annual reports: the listed company, its segments, subsidiaries, people and calendar.
import { createRng, type Rng } from '../../../util/rng.js';
import { loadHaystackData } from '../../data.js';
import { ZhLedger, type ZhYear } from './ledger.js';
import type { IndustryData, ZhPerson, ZhSubsidiary, ZhCompany } from './company.js';

export type { ZhPerson, ZhSegment, ZhSubsidiary, ZhCompany } from './company.js';

interface WorldData {
  provinces: Array<{ name: string; cities: string[] }>;
  /** Telephone area code of each city (区号), for the secretary's phone number. */
  areaCodes: Record<string, string>;
  stemChars: string[]; surnames: string[]; givenFemale: string[]; givenMale: string[]; banks: string[]; auditorHeads: string[]; sponsorHeads: string[];
  exchanges: Array<{ prefix: string; name: string; board: string }>;
  counterpartyTails: string[]; industries: IndustryData[]; subsidiaryTails: string[]; subsidiaryRoles: string[]; rdCities: string[];
}

/** The phrase and name data of the Chinese annual report. */
export const worldData = (): WorldData => loadHaystackData<WorldData>('zh/financial-report/world.json');

/** The seed's world: the company, its calendar and the books of every year. */
export interface ZhReportWorld {
  kind: 'financial-report';
  lang: 'zh';
  seed: number;
  company: ZhCompany;
  /** First fiscal (calendar) year the endless report covers. */
  firstYear: number;
  /** ISO period end of a year (12-31). */
  periodEnd(year: number): string;
  /** ISO date the year's report is disclosed (March or April of the next year). */
  filedOn(year: number): string;
  /** The ledger of a year (from firstYear − 3 on). */
  books(year: number): ZhYear;
  /** Cities no section of the report ever names (for needles that introduce a new place). */
  unusedCities: string[];
}

/** A person's name, its given name drawn from characters given to that gender (no 静芳先生). */
function personName(rng: Rng, used: Set<string>, gender: '男' | '女'): string {
  const d = worldData();
  const given = gender === '女' ? d.givenFemale : d.givenMale;
  for (;;) {
    const name = rng.pick(d.surnames) + rng.pick(given) + (rng.chance(0.7) ? rng.pick(given) : '');
    if (!used.has(name) && !used.has(name.slice(0, 2))) {
      used.add(name);
      return name;
    }
  }
}

function createCompany(rng: Rng): ZhCompany {
  const d = worldData();
  const province = rng.pick(d.provinces);
  const cities = rng.shuffle(province.cities);
  const city = cities[0]!;
  const industry = rng.pick(d.industries);
  const [a, b] = rng.sample(d.stemChars, 2);
  const stem = a! + b!;
  const ex = rng.pick(d.exchanges);
  const used = new Set<string>();
  const person = (title: string, born: [number, number] = [1962, 1985]): ZhPerson => {
    const gender = rng.chance(0.72) ? '男' : '女';
    return { name: personName(rng, used, gender), title, gender, born: rng.int(born[0], born[1]) };
  };
  const chair = person('董事长');
  const ceo = person('董事、总经理');
  const cfo = person('董事、财务总监');
  const secretary = person('副总经理、董事会秘书');
  const vicePresidents = [person('副总经理'), person('副总经理')];
  const accountant = person('财务部经理');
  const directors = [chair, ceo, cfo, person('董事')];
  const independents = [person('独立董事', [1955, 1978]), person('独立董事', [1955, 1978]), person('独立董事', [1955, 1978])];
  const supervisors = [person('监事会主席'), person('监事'), person('职工代表监事')];
  const bases = [city, ...cities.slice(1, 1 + rng.int(1, 2))];
  const subsidiaries: ZhSubsidiary[] = [];
  const subCities = rng.shuffle([...bases, ...rng.sample(d.provinces.filter((p) => p !== province).flatMap((p) => p.cities), 4)]);
  const roles = rng.shuffle(d.subsidiaryRoles);
  for (let i = 0; i < rng.int(4, 6); i++) {
    const c = subCities[i % subCities.length]!;
    const role = roles[i % roles.length]!;
    // The name says what the company does: a 销售 company sells, a procurement arm is a 贸易/供应链 company.
    const tail = role === '销售' ? '销售有限公司' : role === '进出口贸易' ? '进出口有限公司' : role === '研发' ? '技术研究有限公司'
      : role === '生产' ? rng.pick(['制造有限公司', '有限公司'])
      : role === '技术服务' ? rng.pick(['科技有限公司', '技术服务有限公司'])
      : role === '原材料采购' ? rng.pick(['贸易有限公司', '供应链管理有限公司'])
      : rng.pick(d.subsidiaryTails);
    const name = `${c}${stem}${industry.shortTail === '新材' ? '新材料' : industry.shortTail}${tail}`;
    if (subsidiaries.some((s) => s.name === name)) continue;
    subsidiaries.push({ name, city: c, role, share: rng.pick([100, 100, 100, 51, 55, 60, 80]), capital: rng.int(5, 60) * 1000 });
  }
  const listedYear = rng.int(2008, 2016);
  return {
    name: `${province.name}${stem}${industry.nameTail}股份有限公司`,
    short: stem + industry.shortTail,
    code: ex.prefix + String(rng.int(1, 999)).padStart(3, '0'),
    exchange: ex.name,
    board: ex.board,
    province: province.name,
    city,
    address: `${province.name}省${city}市${rng.pick(['经济技术开发区', '高新技术产业开发区', '工业园区'])}${rng.pick(['科技', '创业', '兴业', '富民', '长江', '新城'])}${rng.pick(['路', '大道'])}${rng.int(8, 399)}号`,
    industry,
    segments: industry.segments.map((s) => ({ ...s })),
    subsidiaries,
    bases,
    chair, ceo, cfo, secretary, accountant, vicePresidents, directors, independents, supervisors,
    auditor: `${rng.pick(d.auditorHeads)}会计师事务所（特殊普通合伙）`,
    auditorPartners: [personName(rng, used, rng.chance(0.6) ? '男' : '女'), personName(rng, used, rng.chance(0.6) ? '男' : '女')],
    sponsor: `${rng.pick(d.sponsorHeads)}证券股份有限公司`,
    bank: rng.pick(d.banks),
    listedYear,
    foundedYear: listedYear - rng.int(6, 15),
    shares: rng.int(18, 95) * 10_000_000 + rng.int(0, 9999) * 100,
    holding: `${city}${stem}投资控股有限公司`,
  };
}

/** The world of a seed (the same company in every year's report). */
export function zhReportWorld(seed: number): ZhReportWorld {
  const root = createRng(seed).fork('zh-financial-report');
  const company = createCompany(root.fork('company'));
  const firstYear = root.fork('calendar').int(2019, 2023);
  const filing = (year: number) => {
    const r = root.fork(`filing-${year}`);
    const month = r.chance(0.55) ? 4 : 3;
    const day = month === 4 ? r.int(8, 28) : r.int(15, 30);
    return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  let ledger: ZhLedger | null = null;
  return {
    kind: 'financial-report',
    lang: 'zh',
    seed,
    company,
    firstYear,
    periodEnd: (year) => `${year}-12-31`,
    filedOn: filing,
    books: (year) => (ledger ??= new ZhLedger(company, firstYear, root.fork('ledger'))).get(year),
    unusedCities: worldData().rdCities.slice(),
  };
}
