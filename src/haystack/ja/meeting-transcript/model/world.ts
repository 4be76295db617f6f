// The Japanese series' world: one listed company (board, officers, segments, sites, engineering teams, analysts who
// cover it) and one city (mayor, department heads, assembly members), drawn from the seed alone.
import { createRng, type Rng } from '../../../../util/rng.js';
import { loadHaystackData } from '../../../data.js';
import { dayFromYmd } from './calendar.js';
import { CityLedger, CompanyLedger } from './ledger.js';
import type { JaPerson, JaSpeaker, JaSegment, JaSite, JaTeam, JaCity, JaCompany } from './people.js';

export type { JaPerson, JaSpeaker, JaSegment, JaSite, JaTeam, JaAssemblyMember, JaCity, JaCompany } from './people.js';

/** Names, places and code words no generated sentence uses: needles draw on them. */
export interface JaReserved {
  people: JaPerson[];
  places: string[];
}

export interface JaMeetingWorld {
  seed: number;
  company: JaCompany;
  teams: JaTeam[];
  analysts: Array<JaSpeaker & { firm: string }>;
  city: JaCity;
  /** First day of the series (the first of May of its first year). */
  start: number;
  /** The first year (the fiscal year that closed in March before it is `year - 1`). */
  year: number;
  book: CompanyLedger;
  budget: CityLedger;
  reserved: JaReserved;
}

interface NameData {
  family: string[];
  givenMale: string[];
  givenFemale: string[];
  companyHead: string[];
  companyTail: string[];
  cityHead: string[];
  securities: string[];
  prefCity: string[];
  districts: string[];
  factions: string[];
}

export interface WorldData {
  segments: Array<{ name: string; short: string; products: string[]; customers: string[]; parts?: boolean }>;
  teams: Array<{ name: string; system: string; prefix: string; parts: string[] }>;
  departments: Array<{ title: string; area: string }>;
  budgetItems: Array<{ name: string; area: string; lo: number; hi: number }>;
}

const SEAT_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** `十四番`: an assembly seat as 会議録 print it. */
export function seatLabel(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${SEAT_NUMERALS[tens]}十`}${SEAT_NUMERALS[ones]}番`;
}

/** The rng every part of the series forks from. */
export function worldRng(seed: number): Rng {
  return createRng(seed).fork('ja-meeting-transcript');
}

/** The world of a seed. */
export function createWorld(seed: number): JaMeetingWorld {
  const rng = worldRng(seed).fork('world');
  const names = loadHaystackData<NameData>('ja/meeting-transcript/names.json');
  const data = loadHaystackData<WorldData>('ja/meeting-transcript/world.json');
  // Every person gets a family name of their own, so labels and forms of address never collide.
  const families = rng.shuffle(names.family);
  const person = (): JaPerson => {
    const family = families.pop()!;
    const given = rng.chance(0.7) ? rng.pick(names.givenMale) : rng.pick(names.givenFemale);
    return { family, given, name: `${family}${given}` };
  };
  const speaker = (title: string, role: string, honorific: string): JaSpeaker => {
    const p = person();
    return { person: p, title, role, address: `${p.family}${honorific}` };
  };
  // Reserved people have family names of two characters or more, so an answer is never part of another word (原 in 原因).
  const reserved: JaReserved = { people: Array.from({ length: 8 }, person).filter((p) => p.family.length >= 2), places: [] };
  const short = `${rng.pick(names.companyHead)}${rng.pick(names.companyTail)}`;
  const places = rng.shuffle(names.prefCity);
  reserved.places = places.splice(0, 5);
  const segs = rng.sample(data.segments, rng.int(3, 4));
  const segments: JaSegment[] = segs.map((s, i) => ({ ...s, head: speaker(`取締役 執行役員 ${s.short}事業本部長`, 'director', i === 0 ? '本部長' : 'さん') }));
  for (const s of segments) s.head.address = `${s.head.person.family}本部長`;
  const sites: JaSite[] = segments.flatMap((s) =>
    places.splice(0, rng.int(1, 2)).map((place) => ({ name: `${place.replace(/^.+?[都道府県]/, '').replace(/[市町村]$/, '')}${rng.pick(['工場', '工場', '事業所', '製作所'])}`, place, segment: s.name })),
  );
  const company: JaCompany = {
    name: `株式会社${short}`,
    short,
    chair: speaker('取締役会長', 'chair', '会長'),
    ceo: speaker('代表取締役社長', 'ceo', '社長'),
    cfo: speaker('取締役 常務執行役員 経理財務本部長', 'cfo', '常務'),
    cto: speaker('取締役 執行役員 技術開発本部長', 'cto', '本部長'),
    planning: speaker('取締役 専務執行役員 経営企画本部長', 'director', '専務'),
    outside: Array.from({ length: 3 }, () => speaker('社外取締役', 'outside-director', '取締役')),
    auditors: [speaker('常勤監査役', 'auditor', '監査役'), speaker('社外監査役', 'auditor', '監査役')],
    ir: speaker('IR部長', 'ir', '部長'),
    segments,
    sites,
    employees: rng.int(18, 96) * 100 + rng.int(1, 9) * 10,
  };
  const teams: JaTeam[] = rng.sample(data.teams, 2).map((t) => ({
    ...t,
    manager: speaker('開発マネージャー', 'eng-manager', 'さん'),
    pm: speaker('PM', 'pm', 'さん'),
    engineers: Array.from({ length: rng.int(3, 4) }, () => speaker(rng.pick(['エンジニア', 'エンジニア', 'SRE', 'QA']), 'engineer', 'さん')),
  }));
  const analysts = rng.sample(names.securities, 7).map((firm) => ({ ...speaker('質問者', 'analyst', '様'), firm }));
  const cityName = `${rng.pick(names.cityHead)}市`;
  const seats = rng.sample(Array.from({ length: 28 }, (_, i) => i + 1), 10).sort((a, b) => a - b);
  const city: JaCity = {
    name: cityName,
    population: rng.int(1100, 3900),
    districts: rng.sample(names.districts, 8),
    mayor: speaker('市長', 'mayor', '市長'),
    speaker: speaker('議長', 'speaker', '議長'),
    departments: data.departments.map((d) => ({ ...speaker(d.title, 'executive', d.title.replace(/^.+?(部長|監)$/, '$1')), area: d.area })),
    members: seats.map((seat) => ({ ...speaker(seatLabel(seat), 'member', '議員'), seat, faction: rng.pick(names.factions) })),
  };
  const year = rng.int(2027, 2033);
  return {
    seed,
    company,
    teams,
    analysts,
    city,
    start: dayFromYmd(year, 5, 1),
    year,
    book: new CompanyLedger(company, year, rng.fork('book')),
    budget: new CityLedger(data.budgetItems, year, rng.fork('budget')),
    reserved,
  };
}
