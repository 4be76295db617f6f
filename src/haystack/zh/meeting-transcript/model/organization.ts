// The fictional Chinese listed company of a seed: its name, segments, bases, board, executives, teams, and names kept for needles.
import type { Rng } from '../../../../util/rng.js';
import { loadHaystackData } from '../../../data.js';

interface NameData {
  surnames: string[];
  given: string[];
  female: string[];
  brands: string[];
  cities: string[];
  hq: string[];
  broker_stems: string[];
  funds: string[];
  supplier_stems: string[];
  supplier_kinds: string[];
  rooms: string[];
}
interface IndustryData {
  industry: string;
  suffix: string[];
  segments: Array<{ name: string; products: string[]; customers: string[] }>;
  materials: string[];
  rivals: string[];
}
interface TeamData {
  name: string;
  key: string;
  system: string;
  modules: string[];
  services: string[];
}

/** A person of the series; `role` is a stable role key, `title` the Chinese title printed in labels. */
export interface Person {
  name: string;
  surname: string;
  role: string;
  title: string;
  /** Whether the given name reads as a woman's (names.json `female`): colleagues say 她 of her, not 他. */
  she: boolean;
}

/** A business segment with its products and customers. */
export interface Segment {
  name: string;
  products: string[];
  customers: string[];
}

/** An engineering team that holds a 周例会 every week. */
export interface Team {
  name: string;
  key: string;
  system: string;
  modules: string[];
  services: string[];
  /** 项目经理: runs the weekly meeting. */
  lead: Person;
  /** 产品经理. */
  product: Person;
  /** 测试负责人. */
  qa: Person;
  engineers: Person[];
}

/** The company and everyone in its meetings. */
export interface Company {
  name: string;
  /** Short name used in speech, e.g. 华澜智能. */
  short: string;
  industry: string;
  hq: string;
  /** Six-digit stock code. */
  code: string;
  /** Which 届 the board is in. */
  term: number;
  segments: Segment[];
  /** Production bases (city names) the meetings talk about. */
  bases: string[];
  materials: string[];
  rivals: string[];
  rooms: string[];
  chair: Person;
  ceo: Person;
  cfo: Person;
  secretary: Person;
  vp: Person;
  /** Non-executive and independent directors (the chair and ceo are directors too). */
  directors: Person[];
  independents: Person[];
  supervisor: Person;
  /** 证券事务代表: hosts the results call. */
  host: Person;
  teams: Team[];
  /** Sell-side analysts who ask on the results calls (title: their broker's 分析师). */
  analysts: Person[];
  brokers: string[];
  funds: string[];
  suppliers: string[];
  /** Kept for needles: never mentioned by the generator. */
  reserved: { people: string[]; cities: string[]; suppliers: string[] };
}

/** Draws the company of a seed. */
export function createCompany(rng: Rng): Company {
  const names = loadHaystackData<NameData>('zh/meeting-transcript/names.json');
  const industries = loadHaystackData<IndustryData[]>('zh/meeting-transcript/industries.json');
  const teamData = loadHaystackData<TeamData[]>('zh/meeting-transcript/teams.json');
  const ind = rng.pick(industries);
  const brand = rng.pick(names.brands);
  const surnames = rng.shuffle([...new Set(names.surnames)]);
  const given = rng.shuffle([...new Set(names.given)]);
  const female = new Set(names.female);
  let n = 0;
  // Every person has a surname of their own, so "王总" or "李董" never names two people.
  const person = (role: string, title: string): Person => {
    const surname = surnames[n]!;
    const first = given[n % given.length]!;
    const name = surname + first;
    n++;
    return { name, surname, role, title, she: female.has(first) };
  };
  const chair = person('chair', '董事长');
  const ceo = person('ceo', '总经理');
  const cfo = person('cfo', '财务总监');
  const secretary = person('secretary', '董事会秘书');
  const vp = person('vp', '副总经理');
  const directors = Array.from({ length: rng.int(2, 3) }, () => person('director', '董事'));
  const independents = Array.from({ length: 3 }, () => person('independent-director', '独立董事'));
  const supervisor = person('supervisor', '监事会主席');
  const host = person('host', '主持人');
  const teams = rng.sample(teamData, 2).map((t): Team => ({
    ...t,
    lead: person('eng-manager', '项目经理'),
    product: person('pm', '产品经理'),
    qa: person('qa', '测试'),
    engineers: Array.from({ length: rng.int(3, 4) }, () => person('engineer', '开发')),
  }));
  const brokers = rng.sample(names.broker_stems, 10).map((b) => `${b}证券`);
  const analysts = brokers.map((b) => person('analyst', `${b}分析师`));
  const reservedPeople = Array.from({ length: 12 }, () => {
    const p = person('reserved', '');
    return p.name;
  });
  const hq = rng.pick(names.hq);
  const cities = rng.shuffle(names.cities.filter((c) => c !== hq));
  const suppliers = rng.shuffle(names.supplier_stems).map((s, i) => `${s}${names.supplier_kinds[(i * 7 + s.length) % names.supplier_kinds.length]}`);
  return {
    name: `${brand}${rng.pick(ind.suffix)}`,
    short: `${brand}${ind.industry.slice(0, 2)}`,
    industry: ind.industry,
    hq,
    code: `${rng.pick(['603', '688', '300', '002', '301'])}${String(rng.int(0, 999)).padStart(3, '0')}`,
    term: rng.int(3, 6),
    segments: ind.segments,
    bases: cities.slice(0, 3),
    materials: ind.materials,
    rivals: ind.rivals,
    rooms: names.rooms,
    chair, ceo, cfo, secretary, vp, directors, independents, supervisor, host, teams,
    analysts,
    brokers,
    funds: rng.sample(names.funds, 8),
    suppliers: suppliers.slice(0, 10),
    reserved: { people: reservedPeople, cities: cities.slice(3, 9), suppliers: suppliers.slice(10, 16) },
  };
}

/** What kind of supplier sells a material (a name's last part): plastics from a 化工 firm, copper from 金属制品. */
const SUPPLIER_KIND: Array<[RegExp, string]> = [
  [/芯片|电子元器件|IGBT|晶片/u, '电子'],
  [/电芯|锂/u, '新能源'],
  [/铝|铜|钢|铁|钛|金属/u, '金属制品'],
  [/塑料|橡胶|高分子|苯|硫磺|原油|工业盐|萤石/u, '化工'],
  [/线缆/u, '机电'],
  [/包装/u, '包装'],
];

/**
 * The supplier named for a material: one of the company's supplier stems with the kind of firm that sells it (the
 * '万隆金属制品' that supplied 工程塑料 becomes '万隆化工'); the stem is drawn per material, so a material keeps its supplier.
 */
export function supplierOf(c: Company, material: string): string {
  const kind = SUPPLIER_KIND.find(([re]) => re.test(material))?.[1] ?? '材料';
  let h = 0;
  for (const ch of material) h = (h * 31 + ch.codePointAt(0)!) % 9973;
  const name = c.suppliers[h % c.suppliers.length]!;
  return name.replace(/(?:材料|精密|电子|机电|化工|金属制品|包装|物流|自动化|新能源)$/u, '') + kind;
}

/** Board members: chair, ceo, other directors, independents (the ones who vote). */
export function boardMembers(c: Company): Person[] {
  return [c.chair, c.ceo, ...c.directors, ...c.independents];
}
