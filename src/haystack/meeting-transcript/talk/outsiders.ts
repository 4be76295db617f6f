// People and firms outside the organization that a meeting mentions once: never a colleague's name, never one held back for needles.
import type { Rng } from '../../../util/rng.js';
import { peopleData } from '../model/names.js';
import type { Organization } from '../model/organization.js';

/** What a firm does, and how such firms are named: `<root>` is a company root, `<last>` a surname. */
const FIRM_SHAPES: Record<string, string[]> = {
  software: ['<root> Software', '<root> Systems', '<root> Analytics', '<root> Labs', '<root> Networks'],
  contractor: ['<root> Construction', '<root> Builders', '<root> Constructors', '<last> Contracting', '<last> Building Group'],
  consultant: ['<root> Consulting', '<root> Advisory', '<last> Partners', '<root> Consulting Group'],
  security: ['<root> Security', '<root> Cyber Defense', '<last> Security Partners'],
  law: ['<last> & <last2> LLP', '<last> <last2> LLP', '<last> Law Group'],
  broker: ['<last> Insurance Brokers', '<root> Risk Partners', '<last> & <last2> Insurance Services'],
  search: ['<last> Search Partners', '<root> Executive Search', '<last> & <last2> Search'],
  engineering: ['<root> Engineering', '<root> Engineers', '<last> Design Associates'],
  supplier: ['<root> Materials', '<root> Supply', '<root> Components', '<root> Industries'],
  advisory: ['<root> Transaction Advisory', '<last> Pryor & Company', '<last> & <last2> Advisory'],
};

/** Draws outsiders' names from the name lists minus every name the organization or the needles use. */
export class Outsiders {
  private readonly first: string[];
  private readonly last: string[];
  private readonly roots: string[];

  constructor(org: Organization) {
    const data = peopleData();
    const people = [org.chair, ...org.directors, org.ceo, org.cfo, org.coo, org.gc, org.chro, org.cto, org.ir, org.sales, org.ehs, org.supply, org.internalAudit, org.controller, org.treasurer,
      org.auditPartner, org.compConsultant, ...org.analysts, ...org.employees, ...org.sites.flatMap((s) => (s.manager ? [s.manager] : [])),
      ...org.teams.flatMap((t) => [t.lead, t.pm, ...t.engineers]), ...org.segments.map((s) => s.head)];
    const taken = (w: string) => new RegExp(`\\b${w}\\b`);
    const names = [org.name, org.auditor, org.compAdviser, org.counsel, ...org.banks, ...org.suppliers.map((v) => v.name), ...org.carriers.map((v) => v.name),
      ...org.segments.flatMap((s) => s.accounts.map((a) => a.name)), ...org.competitors].join(' | ');
    const firsts = new Set([...people.map((p) => p.first), ...org.reserved.people.map((p) => p.first)]);
    const lasts = new Set([...people.map((p) => p.last), ...org.reserved.people.map((p) => p.last)]);
    this.first = data.first.filter((f) => !firsts.has(f));
    this.last = data.last.filter((l) => !lasts.has(l) && !taken(l).test(names));
    this.roots = data.companyRoot.filter((r) => !taken(r).test(names) && !org.reserved.roots.includes(r));
  }

  /** "Nadia Korhonen": somebody outside the company. */
  person(rng: Rng): string {
    return `${rng.pick(this.first)} ${rng.pick(this.last)}`;
  }

  /** A last name nobody in the company has. */
  surname(rng: Rng): string {
    return rng.pick(this.last);
  }

  /** A firm of a kind (`software`, `contractor`, `consultant`, `security`, `law`, `broker`, `search`, `engineering`, `supplier`, `advisory`). */
  firm(rng: Rng, kind = 'software'): string {
    const shape = rng.pick(FIRM_SHAPES[kind] ?? FIRM_SHAPES.software!);
    const [last, last2] = rng.sample(this.last, 2);
    return shape.replace('<root>', rng.pick(this.roots)).replace('<last2>', last2!).replace('<last>', last!);
  }
}
