// The fictional company whose meetings are transcribed: its board, executives, analysts and engineering teams.
import type { Rng } from '../../util/rng.js';
import { loadHaystackData } from '../data.js';
import { createCompany, personName, type Company, type Names } from '../financial-report/company.js';

/** A participant; `label` is printed before every turn and never changes. */
export interface Speaker {
  name: string;
  first: string;
  role: string;
  label: string;
}

/** An engineering team with its own ticket prefix and running ticket numbers. */
export interface Team {
  name: string;
  prefix: string;
  lead: Speaker;
  pm: Speaker;
  engineers: Speaker[];
  nextTicket: number;
  /** Services the team owns ("ledger-api"), named in stand-ups and reviews. */
  services: string[];
}

/** Everyone who may appear in the organization's meetings. */
export interface Organization {
  company: Company;
  chair: Speaker;
  directors: Speaker[];
  ceo: Speaker;
  cfo: Speaker;
  coo: Speaker;
  gc: Speaker;
  chro: Speaker;
  cto: Speaker;
  ir: Speaker;
  operator: Speaker;
  analysts: Speaker[];
  teams: Team[];
}

function speaker(name: string, role: string): Speaker {
  return { name, first: name.split(' ')[0]!, role, label: `${name} (${role})` };
}

const TEAMS: Array<[string, string]> = [['Platform', 'PLAT'], ['Payments', 'PAY'], ['Data', 'DATA'], ['Mobile', 'MOB'], ['Infrastructure', 'INFRA'], ['Integrations', 'INT']];
const ENG_ROLES = ['Staff Engineer', 'Senior Software Engineer', 'Senior Software Engineer', 'Software Engineer', 'Software Engineer', 'Site Reliability Engineer', 'QA Engineer'];

/** Draws the organization from the seed. */
export function createOrganization(rng: Rng): Organization {
  const company = createCompany(rng.fork('company'));
  const names = loadHaystackData<Names>('financial-report/names.json');
  const used = new Set<string>([...company.officers, ...company.directors].map((p) => p.name));
  const o = company.officers;
  const ceo = speaker(o[0]!.name, 'Chief Executive Officer');
  const directors = [ceo, ...company.directors.slice(2).map((d) => speaker(d.name, 'Director'))];
  const chair = speaker(company.directors[1]!.name, 'Chair of the Board');
  // Engineers call each other by first name ("I'll pair with Fatima"): no two people share one, so nobody seems to name themselves.
  const firsts = new Set([...company.officers, ...company.directors].map((p) => p.name.split(' ')[0]!));
  const fresh = (): string => {
    for (;;) {
      const n = personName(rng, names, used);
      const first = n.split(' ')[0]!;
      if (!firsts.has(first)) return firsts.add(first), n;
    }
  };
  const teams = rng.sample(TEAMS, 2).map(([name, prefix]) => ({
    name, prefix,
    lead: speaker(fresh(), `Engineering Manager, ${name}`),
    pm: speaker(fresh(), `Product Manager, ${name}`),
    engineers: rng.sample(ENG_ROLES, 6).map((r) => speaker(fresh(), `${r}, ${name}`)),
    nextTicket: rng.int(300, 4800),
    services: [] as string[],
  }));
  const svc = loadHaystackData<Record<string, string[]>>('meeting-transcript/engineering.json');
  for (const t of teams) {
    const r = rng.fork(`services-${t.name}`);
    t.services = r.sample(svc.svcNoun!, 7).map((n) => `${n}-${r.pick(svc.svcSuffix!)}`);
  }
  return {
    company, chair, directors, ceo,
    cfo: speaker(o[1]!.name, 'Chief Financial Officer'), coo: speaker(o[2]!.name, 'Chief Operating Officer'),
    gc: speaker(o[3]!.name, 'General Counsel and Corporate Secretary'), chro: speaker(o[5]!.name, 'Chief Human Resources Officer'),
    cto: speaker(o[6]!.name, 'Chief Technology Officer'),
    ir: speaker(fresh(), 'Vice President, Investor Relations'),
    operator: { name: 'Operator', first: 'Operator', role: 'Operator', label: 'Operator' },
    // Two or three analysts per covering firm, as on a real call list; more names keep the operator's introductions varied.
    analysts: [...rng.sample(names.analystFirm, 10), ...rng.sample(names.analystFirm, 10), ...rng.sample(names.analystFirm, 4)].map((f) => speaker(fresh(), `Analyst, ${f}`)),
    teams,
  };
}
