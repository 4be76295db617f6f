// The world of a seed's 有価証券報告書: one fictional Japanese company (segments, sites, officers, subsidiaries, lenders) and its fiscal calendar.
import { createRng, type Rng } from '../../../util/rng.js';
import { loadHaystackData } from '../../data.js';
import { JaLedger, type JaYear } from './ledger.js';
import type { JaSegment, JaSite, JaOfficer, JaSubsidiary, JaCompany } from './company.js';

export type { JaSegment, JaSite, JaOfficer, JaSubsidiary, JaCompany } from './company.js';

interface Names {
  surnames: string[];
  givenMale: string[];
  givenFemale: string[];
  companyHeads: string[];
  /** More heads of listed companies, for the policy shareholdings only. */
  holdingHeads: string[];
  romanHeads: Record<string, string>;
  headquarters: Array<[string, string, string]>;
  sites: Array<[string, string]>;
  overseas: Array<[string, string, string]>;
  banks: string[];
  auditors: string[];
  transferAgents: string[];
  bureaus: Record<string, string>;
}

interface Industry {
  industry: string;
  suffixes: string[];
  purpose: string;
  segments: Array<{ name: string; products: string[]; gloss: string; customers: string; revenue: JaSegment['revenue'] }>;
  materials: string[];
  markets: string[];
  improve: string[];
  eco: string[];
}

/** Phrase data of the Japanese report (names, industries), loaded once. */
export const jaNames = () => loadHaystackData<Names>('ja/financial-report/names.json');
const industries = () => loadHaystackData<Industry[]>('ja/financial-report/industries.json');

/** Fiscal years end on 31 March; `year` is the calendar year the period ends in (2023 → 2023年3月期). */
export interface JaCalendar {
  firstYear: number;
  periodStart(year: number): string;
  periodEnd(year: number): string;
  /** 提出日 (ISO), a weekday in late June. */
  filedOn(year: number): string;
  /** 第N期. */
  term(year: number): number;
}

/** Everything a needle may draw on: the company, its calendar and its books. */
export interface JaReportWorld {
  kind: 'financial-report';
  lang: 'ja';
  seed: number;
  company: JaCompany;
  calendar: JaCalendar;
  /** The books of fiscal `year` (the same ledger every report prints). */
  books(year: number): JaYear;
}

/** The English of a name's trade word, as 英訳名 carry it (日本橋食品工業 → NIHONBASHI FOOD INDUSTRY CO., LTD.). */
const SUFFIX_EN: Record<string, string> = {
  精機: 'SEIKI ', 機械製作所: 'MACHINERY WORKS ', 工機: 'KOKI ', 化学工業: 'CHEMICAL INDUSTRY ', 化成: 'KASEI ', ケミカル: 'CHEMICAL ',
  食品工業: 'FOOD INDUSTRY ', 食品: 'FOODS ', フーズ: 'FOODS ', 電機: 'ELECTRIC ', 電子工業: 'ELECTRONICS ', 電工: 'DENKO ',
  工業: 'INDUSTRIES ', 住設: 'HOUSING EQUIPMENT ', 建材: 'BUILDING MATERIALS ',
};

/**
 * A person's name, `姓　名` as 有報 print them: a surname nobody in `used` has, and (while the lists allow) a given
 * name nobody there has either, so no page lists 斎藤　義明 and 平野　義明 side by side.
 */
export function personName(rng: Rng, female: boolean, used: Set<string>): string {
  const n = jaNames();
  for (let tries = 0; ; tries++) {
    const surname = rng.pick(n.surnames);
    const given = rng.pick(female ? n.givenFemale : n.givenMale);
    if (!used.has(surname) && (tries > 40 || !used.has(`名:${given}`))) {
      used.add(surname);
      used.add(`名:${given}`);
      return `${surname}　${given}`;
    }
  }
}

/** The `used` set personName reads, for people already named. */
export function namesUsed(names: Iterable<string>): Set<string> {
  const used = new Set<string>();
  for (const name of names) {
    const [surname, given] = name.split('　');
    used.add(surname!);
    if (given) used.add(`名:${given}`);
  }
  return used;
}

/** Telephone area codes of the head-office prefectures (the city of the head office). */
const AREA_CODES: Record<string, string> = { 東京都: '03', 大阪府: '06', 愛知県: '052', 神奈川県: '045', 京都府: '075', 兵庫県: '078', 静岡県: '053', 広島県: '082' };

function createCompany(rng: Rng): JaCompany {
  const n = jaNames();
  const ind = rng.pick(industries());
  const head = rng.pick(n.companyHeads);
  const suffix = rng.pick(ind.suffixes);
  const short = head + suffix;
  const [prefecture, city, street] = rng.pick(n.headquarters);
  const segShares = [rng.int(40, 55), rng.int(25, 35)];
  const shares3 = [segShares[0]!, segShares[1]!, 100 - segShares[0]! - segShares[1]!];
  const segments: JaSegment[] = ind.segments.map((s, i) => ({
    name: s.name,
    label: `${s.name}事業`,
    products: s.products,
    gloss: s.gloss,
    customers: s.customers,
    revenue: s.revenue,
    share: shares3[i]! / 100,
    margin: rng.int(40, 120) / 1000,
  }));
  const placeList = rng.sample(n.sites, 7);
  const sites: JaSite[] = [{ name: '本社', prefecture, city, kind: 'office', segment: -1, use: '統括業務施設' }];
  placeList.slice(0, 5).forEach(([pref, c], i) => {
    const seg = i % segments.length;
    sites.push({ name: `${c.replace(/市$/, '')}工場`, prefecture: pref, city: c, kind: 'plant', segment: seg, use: `${segments[seg]!.name}生産設備` });
  });
  const [labPref, labCity] = placeList[5]!;
  sites.push({ name: `${labCity.replace(/市$/, '')}技術センター`, prefecture: labPref, city: labCity, kind: 'lab', segment: -1, use: '研究開発設備' });
  const [dcPref, dcCity] = placeList[6]!;
  sites.push({ name: `${dcCity.replace(/市$/, '')}物流センター`, prefecture: dcPref, city: dcCity, kind: 'office', segment: -1, use: '物流設備' });

  const used = new Set<string>();
  const founded = { year: rng.int(1938, 1972), month: rng.int(1, 12) };
  // No two officers share a birthday (a list with two 1952年2月27日生 reads as a copying slip).
  const birthdays = new Set<string>();
  const born = (age: number) => {
    for (;;) {
      const b = { year: 2020 - age, month: rng.int(1, 12), day: rng.int(1, 28) };
      if (!birthdays.has(`${b.year}-${b.month}-${b.day}`)) {
        birthdays.add(`${b.year}-${b.month}-${b.day}`);
        return b;
      }
    }
  };
  const officers: JaOfficer[] = [];
  const charges = ['経営企画本部長', '管理本部長', '営業本部長', '生産本部長', '技術開発本部長'];
  officers.push({ title: '代表取締役社長', name: personName(rng, false, used), role: 'president', born: born(rng.int(56, 64)), female: false });
  officers.push({ title: '代表取締役専務執行役員', name: personName(rng, false, used), role: 'senior', born: born(rng.int(57, 65)), female: false, charge: charges[1] });
  for (const charge of rng.sample([charges[0]!, charges[2]!, charges[3]!, charges[4]!], 3)) {
    officers.push({ title: '取締役常務執行役員', name: personName(rng, false, used), role: 'director', born: born(rng.int(52, 62)), female: false, charge });
  }
  for (let i = 0; i < 3; i++) {
    const female = i === 0 || rng.chance(0.3);
    officers.push({ title: '取締役', name: personName(rng, female, used), role: 'outside', born: born(rng.int(55, 72)), female });
  }
  officers.push({ title: '常勤監査役', name: personName(rng, false, used), role: 'auditor', born: born(rng.int(58, 66)), female: false });
  for (let i = 0; i < 2; i++) {
    const female = rng.chance(0.35);
    officers.push({ title: '監査役', name: personName(rng, female, used), role: 'outside-auditor', born: born(rng.int(52, 70)), female });
  }

  const abroad = rng.sample(n.overseas, 3);
  const roman = n.romanHeads[head] ?? 'Nippon';
  const subsidiaries: JaSubsidiary[] = [
    { name: `${short}販売株式会社`, location: `${prefecture}${city}`, capital: `${rng.int(1, 9) * 50}百万円`, segment: 0, business: `${segments[0]!.name}製品の販売`, ratio: 100 },
    { name: `${head}${rng.pick(['テクノ', 'プロダクツ', '製造'])}株式会社`, location: `${sites[1]!.prefecture}${sites[1]!.city}`, capital: `${rng.int(1, 9) * 10}百万円`, segment: 1, business: `${segments[1]!.name}製品の製造`, ratio: rng.pick([100, 80, 66.7]) },
    ...abroad.map(([country, en, region], i): JaSubsidiary => ({
      name: `${roman.toUpperCase()} ${en === 'GmbH' ? 'Europe GmbH' : en === 'U.S.A.' ? 'AMERICA, INC.' : `(${en}) CO., LTD.`}`,
      location: `${country}${region}`,
      capital: `${(rng.int(10, 400) * 100).toLocaleString('en-US')}${country === '米国' ? '千米ドル' : country === 'ドイツ' ? '千ユーロ' : country === '中国' ? '千人民元' : country === 'タイ' ? '千タイバーツ' : '千米ドル'}`,
      segment: i % segments.length,
      business: `${segments[i % segments.length]!.name}製品の${rng.pick(['製造及び販売', '販売', '製造'])}`,
      ratio: rng.pick([100, 100, 90, 75, 51]),
    })),
  ];
  const customerHeads = rng.sample(n.companyHeads.filter((h) => h !== head), 3);
  const customers = customerHeads.map((h, i) => `${h}${['自動車', '電子', '産業', 'ホールディングス'][i % 4]}株式会社`);
  const banks = rng.sample(n.banks, 3);
  return {
    name: `株式会社${short}`,
    short,
    english: `${roman.toUpperCase()} ${SUFFIX_EN[suffix] ?? ''}${rng.pick(['CORPORATION', 'CO., LTD.'])}`,
    industry: ind.industry,
    purpose: ind.purpose,
    founded,
    listedYear: founded.year + rng.int(12, 30),
    hq: { prefecture, city, street },
    segments,
    sites,
    officers,
    subsidiaries,
    customers,
    bank: banks[0]!,
    banks,
    auditor: rng.pick(n.auditors),
    transferAgent: rng.pick(n.transferAgents),
    bureau: n.bureaus[prefecture] ?? '関東財務局長',
    materials: ind.materials,
    markets: ind.markets,
    improve: ind.improve,
    eco: ind.eco,
    shares: rng.int(180, 900) * 100_000,
    phone: `${AREA_CODES[prefecture] ?? '03'}（${rng.int(3000, 6999)}）${rng.int(1000, 9999)}`,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function createCalendar(firstYear: number, founded: number): JaCalendar {
  return {
    firstYear,
    periodStart: (y) => `${y - 1}-04-01`,
    periodEnd: (y) => `${y}-03-31`,
    filedOn: (y) => {
      // The day after the general meeting of shareholders: the last weekday of late June that is not a Monday.
      for (let d = 29; d > 20; d--) {
        const wd = new Date(Date.UTC(y, 5, d)).getUTCDay();
        if (wd >= 2 && wd <= 5) return `${y}-06-${pad(d)}`;
      }
      return `${y}-06-27`;
    },
    term: (y) => y - founded,
  };
}

/** The world of a seed (the same company every report of that seed describes). */
export function jaReportWorld(seed: number): JaReportWorld {
  const root = createRng(seed).fork('ja-financial-report');
  const company = createCompany(root.fork('company'));
  const firstYear = root.fork('calendar').int(2019, 2026);
  const calendar = createCalendar(firstYear, company.founded.year);
  let ledger: JaLedger | null = null;
  const books = (year: number) => (ledger ??= new JaLedger(company, root.fork('ledger'), firstYear)).get(year);
  return { kind: 'financial-report', lang: 'ja', seed, company, calendar, books };
}
