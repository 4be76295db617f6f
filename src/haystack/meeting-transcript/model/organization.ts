// The fictional company whose meetings are transcribed: segments, sites, board and committees, executives, teams, outsiders.
import type { Rng } from '../../../util/rng.js';
import { loadHaystackData } from '../../data.js';
import { NamePool, peopleData, placesData, type Region } from './names.js';

/** Somebody who speaks in (or is named by) the meetings; name, title and role never change. */
export interface Person {
  name: string;
  first: string;
  last: string;
  /** Title as printed, e.g. `Chief Financial Officer`. */
  title: string;
  /** Role key (see `Participant.role` in place-context.ts): `cfo`, `director`, `engineer`, … */
  role: string;
  /** Printed before every turn (`Zora Wexford`); a speaker's first turn in a meeting also gives the title. */
  label: string;
}

/** A product line of a segment, with a description that shares none of its words. */
export interface ProductLine {
  name: string;
  gloss: string;
  segment: string;
}

/** A named customer account. */
export interface Account {
  name: string;
  /** Kind of customer, e.g. `equipment rental companies`. */
  type: string;
  segment: string;
}

/** A business segment. */
export interface Segment {
  name: string;
  /** The segment's president, who presents its annual review to the board. */
  head: Person;
  productLines: ProductLine[];
  customerTypes: string[];
  markets: string[];
  accounts: Account[];
}

/** A plant, distribution center or office. */
export interface Site {
  city: string;
  /** US state, or the country abroad. */
  state: string;
  country: string;
  /** Country adjective for sites abroad (`Polish`), else the state. */
  adjective: string;
  domestic: boolean;
  kind: 'plant' | 'distribution center' | 'office';
  /** Segment a plant makes products for. */
  segment?: string;
  /** The site's manager (plants and distribution centers). */
  manager?: Person;
}

/** A board committee with its own chair. */
export interface Committee {
  key: 'audit' | 'compensation' | 'governance';
  /** `Audit Committee`, `Compensation Committee`, `Nominating and Governance Committee`. */
  name: string;
  chair: Person;
  members: Person[];
}

/** An engineering team with its own ticket prefix and running ticket numbers. */
export interface Team {
  name: string;
  prefix: string;
  lead: Person;
  pm: Person;
  engineers: Person[];
  /** Services the team owns (`ledger-api`), named in stand-ups and reviews. */
  services: string[];
  /** First ticket number the meetings use; tickets count up from here (lower numbers are older tickets). */
  firstTicket: number;
}

/** A supplier of one raw material, or a freight carrier. */
export interface Vendor {
  name: string;
  /** What it supplies (`castings`), or `freight`. */
  supplies: string;
}

/** Names the meetings never use, held back so a needle can introduce them and be the only place they occur. */
export interface Reserved {
  /** People of the company who never attend or get named (a new procurement lead, an interim controller). */
  people: Array<{ first: string; last: string }>;
  /** Code words the meetings never use for their own projects. */
  codeWords: string[];
  /** Company-name roots the meetings never use (a new carrier, a new supplier, an acquisition target). */
  roots: string[];
  /** US cities where the company has no site and the meetings never go. */
  cities: Array<[string, string]>;
  /** Streets the meetings never name. */
  streets: string[];
}

/** Everyone and everything the meetings of one company may name. */
export interface Organization {
  name: string;
  short: string;
  ticker: string;
  industry: string;
  /** First calendar year of the series. */
  firstYear: number;
  /** Month (0–11) in which the fiscal year ends. */
  fiscalYearEnd: number;
  hq: { city: string; state: string };
  segments: Segment[];
  sites: Site[];
  rawMaterials: Array<[string, string]>;
  injuries: string[];
  /** New products under development (launch talk), with a description sharing none of their words. */
  launches: Array<[string, string]>;
  regions: Region[];
  chair: Person;
  /** Independent directors other than the chair. */
  directors: Person[];
  committees: Record<Committee['key'], Committee>;
  ceo: Person;
  cfo: Person;
  coo: Person;
  gc: Person;
  chro: Person;
  cto: Person;
  ir: Person;
  sales: Person;
  ehs: Person;
  supply: Person;
  internalAudit: Person;
  /** The controller: named in finance talk, never present. */
  controller: Person;
  treasurer: Person;
  operator: Person;
  analysts: Person[];
  /** The audit firm's engagement partner (attends the audit committee). */
  auditPartner: Person;
  auditor: string;
  /** The compensation committee's independent consultant. */
  compConsultant: Person;
  compAdviser: string;
  counsel: string;
  banks: string[];
  teams: Team[];
  /** Employees who ask questions at town halls. */
  employees: Person[];
  suppliers: Vendor[];
  carriers: Vendor[];
  /** Competitors named in the meetings. */
  competitors: string[];
  codeWords: string[];
  reserved: Reserved;
}

interface IndustryData {
  name: string;
  nameWords: string[];
  rawMaterials: Array<[string, string]>;
  injuries: string[];
  segments: Array<{ name: string; productLines: Array<[string, string]>; customers: Array<[string, string]>; markets: string[] }>;
  launches: Array<[string, string]>;
  teams: Array<{ name: string; prefix: string; services: string[] }>;
}

const CODE_WORDS = ['Aurora', 'Bluestem', 'Cobalt', 'Driftwood', 'Ember', 'Foxglove', 'Granite', 'Heron', 'Ironwood', 'Juniper', 'Kestrel', 'Lantern', 'Meridian', 'Nightjar', 'Osprey', 'Pinnacle', 'Quartz', 'Redwing', 'Sierra', 'Tamarack', 'Umber', 'Vantage', 'Willow', 'Yellowfin', 'Alder', 'Basalt', 'Cinder', 'Halyard', 'Keel', 'Larkspur', 'Mistral', 'Northstar', 'Outrigger', 'Palisade', 'Saltmarsh', 'Thimble', 'Wayfarer', 'Bramble', 'Comet', 'Dunlin', 'Equinox', 'Fathom', 'Gannet', 'Harrier', 'Indigo', 'Jetty', 'Kittiwake', 'Lodestar', 'Marlin', 'Nimbus', 'Obsidian', 'Plover', 'Quill', 'Rampart', 'Sextant', 'Tern', 'Upwind', 'Vesper', 'Whitecap', 'Zephyr'];
const ENG_TITLES = ['Staff Engineer', 'Senior Software Engineer', 'Senior Software Engineer', 'Software Engineer', 'Software Engineer', 'Site Reliability Engineer', 'QA Engineer', 'Data Engineer'];
const EMPLOYEE_TITLES = ['Buyer', 'Maintenance Technician', 'Customer Service Lead', 'Inside Sales Representative', 'Quality Engineer', 'Payroll Specialist', 'Shift Supervisor', 'Field Service Engineer', 'Marketing Coordinator', 'Production Planner', 'Logistics Analyst', 'Financial Analyst', 'Process Engineer', 'Warehouse Lead'];

/** "Zora Wexford, Chief Financial Officer": how attendance lists name a person. */
export function titled(p: Person): string {
  return p.title === p.name ? p.name : `${p.name}, ${p.title}`;
}

function person(n: { first: string; last: string }, title: string, role: string): Person {
  const name = `${n.first} ${n.last}`;
  return { name, first: n.first, last: n.last, title, role, label: name };
}

/** Draws the organization from the seed. */
export function createOrganization(rng: Rng): Organization {
  const people = peopleData();
  const places = placesData();
  const industries = loadHaystackData<IndustryData[]>('meeting-transcript/companies.json');
  const pool = new NamePool(rng.fork('names'));
  const ind = rng.pick(industries);
  const roots = rng.shuffle(people.companyRoot);
  const root = roots.pop()!;
  const word = rng.pick(ind.nameWords);
  // "Eastlake Food Company" takes no second suffix ("Food Company Company", "Food Company Inc.").
  const suffix = rng.pick(['Corporation', 'Company', 'Inc.', 'Holdings']);
  const name = word.endsWith('Company') ? `${root} ${word}` : `${root} ${word} ${suffix}`;
  const ticker = (root.replace(/[^A-Za-z]/g, '').slice(0, 3) + word.charAt(0)).toUpperCase();

  // Cities: the headquarters, the sites, and a few held back for needles (a venue nobody has mentioned).
  const us = rng.shuffle(places.citiesUS.filter(([c], i, all) => all.findIndex(([d]) => d === c) === i));
  const world = rng.shuffle(places.citiesWorld);
  const hq = us.pop()!;
  const segs = rng.sample(ind.segments, rng.int(3, 4));
  const sites: Site[] = [];
  const site = (c: [string, string] | [string, string, string], kind: Site['kind'], segment?: string): Site => {
    const abroad = c.length === 3;
    return { city: c[0], state: c[1], country: abroad ? c[1] : 'the United States', adjective: abroad ? c[2] : c[1], domestic: !abroad, kind, segment };
  };
  for (const s of segs) {
    sites.push(site(us.pop()!, 'plant', s.name));
    if (rng.chance(0.6)) sites.push(site(world.pop()!, 'plant', s.name));
  }
  for (let i = 0, n = rng.int(2, 3); i < n; i++) sites.push(site(us.pop()!, 'distribution center'));
  sites.push(site(world.pop()!, 'distribution center'));
  for (let i = 0, n = rng.int(2, 3); i < n; i++) sites.push(site(i === 0 ? world.pop()! : us.pop()!, 'office'));
  const reservedCities = us.splice(0, 6);

  const drafts: Array<Omit<Segment, 'head'>> = segs.map((s) => ({
    name: s.name,
    productLines: s.productLines.map(([n, gloss]) => ({ name: n, gloss, segment: s.name })),
    customerTypes: s.customers.map(([t]) => t),
    markets: s.markets,
    accounts: [],
  }));
  // Named accounts: "<root> <suffix>" per customer type ("Ridgeline Rentals"), never the company's own root.
  for (const [i, s] of segs.entries()) {
    for (const [type, suffix] of s.customers) {
      for (let k = 0, n = rng.int(1, 2); k < n; k++) drafts[i]!.accounts.push({ name: `${roots.pop()!} ${suffix}`, type, segment: s.name });
    }
  }

  const chair = person(pool.person(), 'Chair of the Board', 'chair');
  const directors = Array.from({ length: rng.int(6, 7) }, () => person(pool.person(), 'Director', 'director'));
  const committee = (key: Committee['key'], title: string, chairIndex: number): Committee => {
    const c = directors[chairIndex]!;
    const others = rng.sample(directors.filter((d) => d !== c), rng.int(2, 3));
    return { key, name: title, chair: c, members: [c, ...others] };
  };
  const committees = {
    audit: committee('audit', 'Audit Committee', 0),
    compensation: committee('compensation', 'Compensation Committee', 1),
    governance: committee('governance', 'Nominating and Governance Committee', 2),
  };
  const exec = (title: string, role: string) => person(pool.person(), title, role);
  const ceo = exec('Chief Executive Officer', 'ceo');
  const cfo = exec('Chief Financial Officer', 'cfo');
  const coo = exec('Chief Operating Officer', 'coo');
  const gc = exec('General Counsel and Corporate Secretary', 'gc');
  const chro = exec('Chief Human Resources Officer', 'chro');
  const cto = exec('Chief Technology Officer', 'cto');
  const sales = exec('Chief Commercial Officer', 'sales');
  const ehs = exec('Vice President, Environment, Health and Safety', 'ehs');
  const supply = exec('Vice President, Supply Chain', 'supply-chain');
  const internalAudit = exec('Vice President, Internal Audit', 'internal-audit');
  const ir = exec('Vice President, Investor Relations', 'ir');
  const controller = exec('Vice President and Controller', 'controller');
  const treasurer = exec('Treasurer', 'treasurer');
  for (const s of sites) {
    if (s.kind === 'plant') s.manager = person(pool.person(), `Plant Manager, ${s.city}`, 'site-manager');
    else if (s.kind === 'distribution center') s.manager = person(pool.person(), `General Manager, ${s.city} Distribution Center`, 'site-manager');
  }
  const auditor = rng.pick(people.auditor);
  const firm = (shapes: string[]) => rng.pick(shapes).replace('<a>', pool.surname()).replace('<b>', pool.surname());
  const compAdviser = firm(people.adviser.filter((a) => !/Search/.test(a)));
  const teams: Team[] = rng.sample(ind.teams, 3).map((t) => ({
    name: t.name,
    prefix: t.prefix,
    lead: person(pool.person(), `Engineering Manager, ${t.name}`, 'eng-manager'),
    pm: person(pool.person(), `Product Manager, ${t.name}`, 'pm'),
    engineers: rng.sample(ENG_TITLES, 6).map((title) => person(pool.person(), title, 'engineer')),
    services: t.services.slice(),
    firstTicket: rng.int(1400, 4800),
  }));
  const firms = rng.shuffle(people.analystFirm);
  const analysts = [...firms.slice(0, 12), ...firms.slice(0, 8)].map((f) => person(pool.person(), `Analyst, ${f}`, 'analyst'));
  const employees = rng.sample(EMPLOYEE_TITLES, 12).map((t, i) => {
    const s = sites[i % sites.length]!;
    return person(pool.person(), `${t}, ${s.city}`, 'employee');
  });
  // A vendor's name fits what it sells: no "Corvane Metals" shipping semiconductors or "… Chemicals" shipping steel.
  const tailsFor = (supplies: string): string[] =>
    /flour|cocoa|sugar|vegetable oil|grain|dairy|spice/i.test(supplies) ? ['Supply', 'Foods', 'Ingredients', 'Trading', 'Ingredients', 'Commodities']
      : /carton|packaging|film|cans\b/i.test(supplies) ? ['Supply', 'Packaging', 'Packaging', 'Industries', 'Materials', 'Manufacturing']
      : /resin|chemical|solvent|dioxide|monomer|propylene|caustic|sulfuric|acid|epoxy|silicone|polymer|pigment|compound/i.test(supplies) ? ['Supply', 'Industries', 'Chemicals', 'Materials', 'Chemicals', 'Manufacturing']
      : /semiconductor|circuit|contacts|electronic/i.test(supplies) ? ['Supply', 'Electronics', 'Components', 'Industries', 'Electronics', 'Technologies']
      : /steel|alumin|copper|metal|iron|titanium|chrome|casting|forging|wire/i.test(supplies) ? ['Supply', 'Industries', 'Metals', 'Materials', 'Metals', 'Manufacturing']
      : /cylinder|bearing|motor|engine|pump|valve/i.test(supplies) ? ['Supply', 'Components', 'Industries', 'Manufacturing', 'Components', 'Engineering']
      : ['Supply', 'Industries', 'Materials', 'Building Supply', 'Materials', 'Manufacturing'];
  const vendor = (supplies: string): Vendor => ({ name: `${roots.pop()!} ${rng.pick(tailsFor(supplies))}`, supplies });
  const suppliers = ind.rawMaterials.map(([m]) => vendor(m));
  const carriers = Array.from({ length: 3 }, () => ({ name: `${roots.pop()!} ${rng.pick(['Freight', 'Logistics', 'Transport', 'Carriers'])}`, supplies: 'freight' }));
  const competitors = Array.from({ length: 4 }, () => `${roots.pop()!} ${rng.pick([word, ...ind.nameWords])}`.replace(/ (Industries|Brands)$/, ' $1'));
  const codes = rng.shuffle(CODE_WORDS);
  // Held back for needles: people, code words, company roots, cities and streets the meetings never use.
  const reserved: Reserved = {
    people: Array.from({ length: 16 }, () => pool.person()),
    codeWords: codes.splice(0, 16),
    roots: roots.splice(0, 16),
    cities: reservedCities,
    streets: rng.sample(places.streets, 10),
  };
  // Segment presidents come last from the name pool, so adding them changed no other name of a seed.
  const segments: Segment[] = drafts.map((s) => ({ ...s, head: person(pool.person(), `President, ${s.name}`, 'segment-head') }));
  return {
    name, short: root, ticker, industry: ind.name, firstYear: rng.int(2019, 2025), fiscalYearEnd: rng.pick([11, 11, 11, 8, 5, 2]),
    hq: { city: hq[0], state: hq[1] }, segments, sites, rawMaterials: ind.rawMaterials, injuries: ind.injuries, launches: ind.launches,
    regions: places.regions.filter((r) => sites.some((s) => s.domestic && r.states.includes(s.state)) || r.states.includes(hq[1])),
    chair, directors, committees, ceo, cfo, coo, gc, chro, cto, ir, sales, ehs, supply, internalAudit, controller, treasurer,
    operator: { name: 'Operator', first: 'Operator', last: 'Operator', title: 'Operator', role: 'operator', label: 'Operator' },
    analysts,
    auditPartner: person(pool.person(), `Engagement Partner, ${auditor}`, 'auditor'),
    auditor,
    compConsultant: person(pool.person(), `Compensation Consultant, ${compAdviser}`, 'comp-consultant'),
    compAdviser,
    counsel: firm(people.lawFirm),
    banks: rng.sample(people.bank, 3),
    teams, employees, suppliers, carriers, competitors,
    codeWords: codes,
    reserved,
  };
}
